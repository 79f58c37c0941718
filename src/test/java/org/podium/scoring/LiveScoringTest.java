package org.podium.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.ContestResult;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.FactTable;
import org.podium.domain.Origin;

/**
 * The engine kept warm (issue 17) gives after every step of a history (facts appended, corrections, withdrawals) exactly
 * the results a fresh engine gives of the current facts: the sample contests' facts replayed with random corrections and
 * withdrawals, read through frozen copies as the head table does.
 */
class LiveScoringTest {

    @ParameterizedTest
    @ValueSource(strings = {"sanitation", "monitor-stand", "fire-safety"})
    void everyStepOfARandomHistoryScoresAsAFreshEngineWould(String slug) throws Exception {
        ContestFolder folder = ContestFolder.load(Path.of("contests", slug));
        List<Fact> facts = folder.readScores(List.of(Path.of("contests", slug, "scores", "sample.csv")));
        for (long seed = 1; seed <= 6; seed++) {
            Random rnd = new Random(seed);
            FactTable table = new FactTable();
            LiveScoring live = new LiveScoring(folder.contest(), seed % 2 == 0 ? 1 : 400);
            List<Integer> positions = new ArrayList<>();
            int step = 0;
            for (Fact f : facts) {
                positions.add(table.append(f));
                if (rnd.nextInt(6) == 0) {
                    Fact a = facts.get(rnd.nextInt(facts.size()));
                    Fact b = facts.get(rnd.nextInt(facts.size()));
                    if (a.kind() == b.kind() && java.util.Objects.equals(a.item(), b.item()) && a.kind() != FactKind.THEORY) {
                        // a correction: fact a's key with fact b's value (valid: same kind and item)
                        positions.add(table.append(new Fact(a.kind(), a.event(), a.round(), a.bib(), a.official(), a.item(),
                                a.attempt(), b.millis(), b.amount(), b.status(), new Origin("correction", step))));
                    }
                }
                if (rnd.nextInt(8) == 0) {
                    table.withdraw(positions.get(rnd.nextInt(positions.size())));
                }
                if (rnd.nextInt(3) == 0 || step == facts.size() - 1) {
                    FactTable frozen = table.freeze();
                    ContestResult incremental = live.score(frozen);
                    ContestResult fresh = new ScoringEngine().score(folder.contest(), new ArrayList<>(frozen));
                    assertThat(incremental).as("%s, seed %d, step %d", slug, seed, step).isEqualTo(fresh);
                }
                step++;
            }
        }
    }

    @Test
    void anotherTableIsScoredWhole() throws Exception {
        ContestFolder folder = ContestFolder.load(Path.of("contests", "sanitation"));
        List<Fact> facts = folder.readScores(List.of(Path.of("contests", "sanitation", "scores", "sample.csv")));
        LiveScoring live = new LiveScoring(folder.contest());
        live.score(FactTable.of(facts));
        List<Fact> half = facts.subList(0, facts.size() / 2);
        assertThat(live.score(FactTable.of(new ArrayList<>(half))))
                .isEqualTo(new ScoringEngine().score(folder.contest(), half));
    }
}
