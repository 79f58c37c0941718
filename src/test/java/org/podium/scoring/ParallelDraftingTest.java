package org.podium.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.podium.domain.ContestResult;
import org.podium.domain.Fact;
import org.podium.domain.Options;

/** A large round drafted by two threads gives exactly what one thread gives. */
class ParallelDraftingTest {

    @Test
    void twoThreadsGiveTheSameResultAsOne() {
        EventBuilder b = new EventBuilder();
        b.attempts = 2;
        b.tieBreak = List.of(Options.TieBreak.QUALITY, Options.TieBreak.TIME);
        Random rnd = new Random(7);
        List<String> lines = new ArrayList<>();
        for (int bib = 1; bib <= 301; bib++) {
            b.entrant(String.valueOf(bib));
            for (int a = 1; a <= 2; a++) {
                if (rnd.nextInt(10) == 0) {
                    continue;
                }
                for (String tk : List.of("T1", "T2", "T3")) {
                    lines.add(bib + " time " + tk + " - " + (2000 + rnd.nextInt(50)) / 100.0 + " " + a);
                }
                for (String j : List.of("J1", "J2", "J3")) {
                    lines.add(bib + " mark " + j + " C1 " + rnd.nextInt(21) / 2.0 + " " + a);
                }
            }
        }
        List<Fact> facts = b.facts(lines.toArray(new String[0]));
        ContestResult one = new ScoringEngine(Integer.MAX_VALUE).score(b.contest(), facts);
        ContestResult two = new ScoringEngine(2).score(b.contest(), facts);
        assertThat(two).isEqualTo(one);
        assertThat(one.rounds().get(0).rankedCount()).isGreaterThan(250);
    }
}
