package org.podium.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.scoring.Generators.intsFrom;
import static org.podium.scoring.Generators.seeds;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.podium.domain.EntryResult;
import org.podium.domain.Fact;
import org.podium.domain.Options;
import org.podium.domain.Penalty;
import org.podium.domain.RoundResult;
import org.podium.domain.Tier;
import org.quicktheories.core.Gen;

/** Invariants of the engine over random contests (QuickTheories: on failure, the smallest failing sample is shown). */
class EnginePropertiesTest {

    /** A random round: per bib three times (10.00-30.00 s, 10 ms steps) and three marks (0-10 by 0.5), some missing. */
    record Sample(int entrants, List<String> lines, long seed) {
        @Override
        public String toString() {
            return entrants + " entrants, seed " + seed + ": " + lines;
        }
    }

    static Gen<Sample> samples() {
        return intsFrom(1, 14).zip(seeds(), (n, seed) -> {
            Random rnd = new Random(seed);
            List<String> lines = new ArrayList<>();
            for (int bib = 1; bib <= n; bib++) {
                if (rnd.nextInt(12) == 0) {
                    continue; // no record: DNS
                }
                if (rnd.nextInt(15) == 0) {
                    lines.add(bib + " status - - DSQ");
                }
                // A coarse time grid and mark grid so that ties happen often.
                int base = 1000 + rnd.nextInt(8) * 100;
                for (String tk : List.of("T1", "T2", "T3")) {
                    if (rnd.nextInt(25) != 0) {
                        lines.add(bib + " time " + tk + " - " + (base + rnd.nextInt(3) * 10) / 100.0);
                    }
                }
                for (String j : List.of("J1", "J2", "J3")) {
                    lines.add(bib + " mark " + j + " C1 " + (12 + rnd.nextInt(6)) / 2.0);
                }
            }
            return new Sample(n, lines, seed);
        });
    }

    private static EventBuilder builder(Sample s) {
        EventBuilder b = new EventBuilder();
        b.tieBreak = List.of(Options.TieBreak.QUALITY, Options.TieBreak.TIME);
        b.tiers = List.of(new Tier("A", null, new BigDecimal("0.2")), new Tier("B", 2, null), new Tier("C", null, new BigDecimal("0.3")));
        b.penalties = List.of(new Penalty("P", "points", new BigDecimal("3"), null), new Penalty("S", "seconds", null, 2000L));
        for (int bib = 1; bib <= s.entrants(); bib++) {
            b.entrant(String.valueOf(bib));
        }
        return b;
    }

    @Test
    void inputOrderNeverChangesTheOutput() {
        qt().withExamples(200).forAll(samples()).checkAssert(EnginePropertiesTest::inputOrderNeverChangesTheOutput);
    }

    private static void inputOrderNeverChangesTheOutput(Sample s) {
        EventBuilder b = builder(s);
        List<Fact> facts = b.facts(s.lines().toArray(new String[0]));
        List<Fact> shuffled = new ArrayList<>(facts);
        Collections.shuffle(shuffled, new Random(s.seed()));
        // Every line has its own key (no corrections), so the order of recording cannot matter.
        assertThat(b.score(shuffled)).isEqualTo(b.score(facts));
    }

    @Test
    void sharedRanksSkip() {
        qt().withExamples(200).forAll(samples()).checkAssert(EnginePropertiesTest::sharedRanksSkip);
    }

    private static void sharedRanksSkip(Sample s) {
        EventBuilder b = builder(s);
        List<EntryResult> rows = b.score(b.facts(s.lines().toArray(new String[0]))).rounds().get(0).rows();
        for (int i = 0; i < rows.size(); i++) {
            EntryResult r = rows.get(i);
            if (!r.ranked()) {
                continue;
            }
            if (i == 0 || !r.rank().equals(rows.get(i - 1).rank())) {
                assertThat(r.rank()).isEqualTo(i + 1);
            } else {
                assertThat(r.total()).isEqualByComparingTo(rows.get(i - 1).total());
            }
        }
    }

    @Test
    void strictQuotasNeverExceedTheirCount() {
        qt().withExamples(200).forAll(samples()).checkAssert(EnginePropertiesTest::strictQuotasNeverExceedTheirCount);
    }

    private static void strictQuotasNeverExceedTheirCount(Sample s) {
        EventBuilder b = builder(s);
        b.ties = Options.TiePolicy.STRICT;
        RoundResult round = b.score(b.facts(s.lines().toArray(new String[0]))).rounds().get(0);
        List<String> tierNames = List.of("A", "B", "C");
        for (int i = 0; i < tierNames.size(); i++) {
            List<String> upTo = tierNames.subList(0, i + 1);
            long given = round.rows().stream().filter(r -> r.award() != null && upTo.contains(r.award())).count();
            assertThat(given).isLessThanOrEqualTo(round.quota().cumulative().get(i));
            assertThat(given).isLessThanOrEqualTo(round.rankedCount());
        }
    }

    @Test
    void addingAPenaltyNeverRaisesATotal() {
        qt().withExamples(200).forAll(samples(), intsFrom(1, 14), booleans().all())
                .checkAssert(EnginePropertiesTest::addingAPenaltyNeverRaisesATotal);
    }

    private static void addingAPenaltyNeverRaisesATotal(Sample s, int target, boolean seconds) {
        EventBuilder b = builder(s);
        String bib = String.valueOf(Math.min(target, s.entrants()));
        List<String> lines = new ArrayList<>(s.lines());
        EntryResult before = EventBuilder.byBib(b.score(b.facts(lines.toArray(new String[0]))).rounds().get(0)).get(bib);
        lines.add(bib + " penalty J1 " + (seconds ? "S" : "P") + " 1");
        EntryResult after = EventBuilder.byBib(b.score(b.facts(lines.toArray(new String[0]))).rounds().get(0)).get(bib);
        if (before.total() != null && after.total() != null) {
            assertThat(after.total()).isLessThanOrEqualTo(before.total());
        }
    }
}
