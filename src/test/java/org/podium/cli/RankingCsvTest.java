package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.ContestResult;
import org.podium.scoring.ScoringEngine;

/** The ranking's CSV written by two threads (a national preliminary's rows) is the CSV written by one, byte for byte. */
class RankingCsvTest {
    @ParameterizedTest
    @ValueSource(strings = {"sanitation", "monitor-stand", "fire-safety"})
    void twoThreadsWriteWhatOneWrites(String slug) throws Exception {
        ContestFolder folder = ContestFolder.load(Path.of("contests", slug));
        ContestResult result = new ScoringEngine().score(folder.contest(),
                folder.readScores(List.of(Path.of("contests", slug, "scores", "sample.csv"))));
        String one = ResultTables.rankingCsv(result.rounds(), Integer.MAX_VALUE);
        assertThat(ResultTables.rankingCsv(result.rounds(), 1)).isEqualTo(one);
        assertThat(ResultTables.rankingCsv(result.rounds(), 3)).isEqualTo(one);
        assertThat(one.lines().count()).isEqualTo(1 + result.rounds().stream().mapToLong(r -> r.rows().size()).sum());
    }
}
