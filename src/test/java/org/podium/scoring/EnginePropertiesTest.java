package org.podium.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.podium.domain.Fact;
import org.podium.domain.Options;
import org.podium.domain.Penalty;
import org.podium.domain.Tier;

/** Invariants of the engine over random contests (jqwik). */
class EnginePropertiesTest {

    /** A random round: per bib three times (10.00-30.00 s, 10 ms steps) and three marks (0-10 by 0.5), some missing. */
    record Sample(int entrants, List<String> lines, long seed) {
    }

    @Provide
    Arbitrary<Sample> samples() {
        return Combinators.combine(Arbitraries.integers().between(1, 14), Arbitraries.longs()).as((n, seed) -> {
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

    @Property(tries = 200)
    void inputOrderNeverChangesTheOutput(@ForAll("samples") Sample s) {
        EventBuilder b = builder(s);
        List<Fact> facts = b.facts(s.lines().toArray(new String[0]));
        List<Fact> shuffled = new ArrayList<>(facts);
        Collections.shuffle(shuffled, new Random(s.seed()));
        // Every line has its own key (no corrections), so the order of recording cannot matter.
        assertThat(b.score(shuffled)).isEqualTo(b.score(facts));
    }

    @Property(tries = 200)
    void sharedRanksSkip(@ForAll("samples") Sample s) {
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

    @Property(tries = 200)
    void strictQuotasNeverExceedTheirCount(@ForAll("samples") Sample s) {
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

    @Property(tries = 200)
    void addingAPenaltyNeverRaisesATotal(@ForAll("samples") Sample s, @ForAll @IntRange(min = 1, max = 14) int target,
                                         @ForAll boolean seconds) {
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
