package org.podium.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.scoring.EventBuilder.measurement;
import static org.podium.scoring.Generators.intsFrom;
import static org.podium.scoring.Generators.seeds;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.podium.domain.Advance;
import org.podium.domain.AttemptResult;
import org.podium.domain.EntryResult;
import org.podium.domain.Options;
import org.podium.domain.Round;
import org.podium.domain.RoundResult;
import org.podium.domain.Status;

/** Invariants of sections 14 and 15 over random contests (QuickTheories: on failure, the smallest failing case is shown). */
class AttemptPropertiesTest {

    /** Three attempts, linear time score (so one entry's time never moves another's score), quality by 3 judges. */
    private static EventBuilder threeAttempts(int entrants) {
        EventBuilder b = new EventBuilder();
        b.attempts = 3;
        b.timekeepers = List.of("T1");
        b.method = Options.TimeScoreMethod.LINEAR;
        b.standard = 10_000L;
        b.limit = 20_000L;
        b.criteria = List.of(measurement("C1", "10"));
        b.tieBreak = List.of(Options.TieBreak.QUALITY, Options.TieBreak.TIME);
        for (int i = 1; i <= entrants; i++) {
            b.entrant(String.valueOf(i));
        }
        return b;
    }

    private static void attempt(List<String> lines, int bib, int attempt, Random rnd) {
        lines.add(bib + " time T1 - " + (1000 + rnd.nextInt(6) * 100) / 100.0 + " " + attempt);
        for (String j : List.of("J1", "J2", "J3")) {
            lines.add(bib + " mark " + j + " C1 " + rnd.nextInt(5) * 2 + " " + attempt);
        }
    }

    private static List<String> lines(int entrants, long seed) {
        Random rnd = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int bib = 1; bib <= entrants; bib++) {
            for (int a = 1; a <= 3; a++) {
                int dice = rnd.nextInt(10);
                if (dice == 0) {
                    continue;
                }
                if (dice == 1) {
                    lines.add(bib + " status - - DNF " + a);
                    continue;
                }
                attempt(lines, bib, a, rnd);
            }
        }
        return lines;
    }

    @Test
    void anOkEntrysTotalIsTheHighestTotalOfItsOkAttempts() {
        qt().withExamples(150).forAll(intsFrom(1, 10), seeds())
                .checkAssert(AttemptPropertiesTest::anOkEntrysTotalIsTheHighestTotalOfItsOkAttempts);
    }

    private static void anOkEntrysTotalIsTheHighestTotalOfItsOkAttempts(int n, long seed) {
        EventBuilder b = threeAttempts(n);
        for (EntryResult r : b.score(b.facts(lines(n, seed).toArray(new String[0]))).rounds().get(0).rows()) {
            if (r.status() != Status.OK) {
                assertThat(r.countingAttempt()).isNull();
                continue;
            }
            BigDecimal best = r.attempts().stream().filter(a -> a.status() == Status.OK).map(AttemptResult::total)
                    .max(BigDecimal::compareTo).orElseThrow();
            assertThat(r.total()).isEqualByComparingTo(best);
            assertThat(r.attempts().get(r.countingAttempt() - 1).total()).isEqualByComparingTo(best);
        }
    }

    @Test
    void addingAnAttemptThatScoresLowerNeverChangesTheRanking() {
        qt().withExamples(150).forAll(intsFrom(1, 10), seeds())
                .checkAssert(AttemptPropertiesTest::addingAnAttemptThatScoresLowerNeverChangesTheRanking);
    }

    private static void addingAnAttemptThatScoresLowerNeverChangesTheRanking(int n, long seed) {
        // Attempts 1 and 2 are recorded; a third attempt is added to every entry as a copy of its worst
        // recorded attempt made slower (20 s, the limit: time score 0) and marked lower, so it scores lower.
        EventBuilder b = threeAttempts(n);
        Random rnd = new Random(seed);
        List<String> base = new ArrayList<>();
        for (int bib = 1; bib <= n; bib++) {
            attempt(base, bib, 1, rnd);
            attempt(base, bib, 2, rnd);
        }
        RoundResult before = b.score(b.facts(base.toArray(new String[0]))).rounds().get(0);
        List<String> more = new ArrayList<>(base);
        Map<String, Integer> rank = new HashMap<>();
        for (EntryResult r : before.rows()) {
            rank.put(r.bib(), r.rank());
            more.add(r.bib() + " time T1 - 20 3");
            for (String j : List.of("J1", "J2", "J3")) {
                more.add(r.bib() + " mark " + j + " C1 0 3");
            }
        }
        RoundResult after = b.score(b.facts(more.toArray(new String[0]))).rounds().get(0);
        assertThat(after.rows()).extracting(EntryResult::bib, EntryResult::rank, EntryResult::total)
                .containsExactlyElementsOf(before.rows().stream()
                        .map(r -> org.assertj.core.groups.Tuple.tuple(r.bib(), r.rank(), r.total())).toList());
    }

    @Test
    void noUnitPassesItsLimitExceptThroughATie() {
        qt().withExamples(200).forAll(intsFrom(1, 16), seeds(), intsFrom(1, 3), intsFrom(1, 10))
                .checkAssert(AttemptPropertiesTest::noUnitPassesItsLimitExceptThroughATie);
    }

    private static void noUnitPassesItsLimitExceptThroughATie(int n, long seed, int perUnit, int k) {
        Random rnd = new Random(seed);
        EventBuilder b = StatusAndRankingTest.marksAreTotals();
        List<String> facts = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            b.entrant(String.valueOf(i), rnd.nextInt(5) == 0 ? "" : "U" + rnd.nextInt(3), "");
            facts.add(i + " mark J1 C1 " + rnd.nextInt(6) * 10);
        }
        b.rounds = List.of(new Round("prelim", "初赛", new Advance(k, null, perUnit), false), new Round("final", "决赛", null, false));
        RoundResult prelim = b.score(b.facts(facts.toArray(new String[0]))).rounds().get(0);
        // Count per unit the advancing entries ranked strictly before each advancing entry's tied group.
        Map<String, Integer> perUnitBefore = new HashMap<>();
        Integer groupRank = null;
        Map<String, Integer> atGroupStart = new HashMap<>();
        for (EntryResult r : prelim.rows()) {
            if (!r.advances()) {
                continue;
            }
            if (!r.rank().equals(groupRank)) {
                groupRank = r.rank();
                atGroupStart = new HashMap<>(perUnitBefore);
            }
            String unit = r.contestant().unit();
            if (!unit.isEmpty()) {
                assertThat(atGroupStart.getOrDefault(unit, 0)).isLessThan(perUnit);
                perUnitBefore.merge(unit, 1, Integer::sum);
            }
        }
    }
}
