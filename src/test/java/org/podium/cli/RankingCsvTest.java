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
        ContestResult result = sample(slug);
        String one = ResultTables.rankingCsv(result.rounds(), Integer.MAX_VALUE);
        assertThat(ResultTables.rankingCsv(result.rounds(), 1)).isEqualTo(one);
        assertThat(ResultTables.rankingCsv(result.rounds(), 3)).isEqualTo(one);
        assertThat(one.lines().count()).isEqualTo(1 + result.rounds().stream().mapToLong(r -> r.rows().size()).sum());
    }

    /** A row written straight into the text is {@link Table#csvLine} of its cells, quotes and all. */
    @ParameterizedTest
    @ValueSource(strings = {"sanitation", "monitor-stand", "fire-safety"})
    void aRowWrittenStraightIsTheLineOfItsCells(String slug) throws Exception {
        ContestResult result = sample(slug);
        int checked = 0;
        for (org.podium.domain.RoundResult round : result.rounds()) {
            for (org.podium.domain.EntryResult r : round.rows()) {
                org.podium.domain.Contestant c = r.contestant();
                org.podium.domain.Contestant hostile = new org.podium.domain.Contestant(c.bib(), "王,\"小\"\n明", "车间,1",
                        "队\r", c.event(), c.heat(), c.birthDate(), c.columns());
                org.podium.domain.EntryResult odd = new org.podium.domain.EntryResult(hostile, r.rank(), r.status(),
                        r.officialTime(), r.timeScore(), r.qualityScore(), r.theoryScore(), r.penaltyPoints(), r.total(),
                        r.award() == null ? null : r.award() + ",\"奖\"", List.of("标兵,一", "能手"),
                        List.of(org.podium.domain.Flag.values()), 2, r.attempts(), r.advances());
                for (org.podium.domain.EntryResult row : List.of(r, odd)) {
                    StringBuilder straight = new StringBuilder();
                    ResultTables.csvRow(straight, round, row);
                    StringBuilder cells = new StringBuilder();
                    Table.csvLine(cells, ResultTables.row(round, row));
                    assertThat(straight.toString()).isEqualTo(cells.toString());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(10);
    }

    /** The results of a sample contest's scores. */
    private static ContestResult sample(String slug) throws Exception {
        ContestFolder folder = ContestFolder.load(Path.of("contests", slug));
        return new ScoringEngine().score(folder.contest(),
                folder.readScores(List.of(Path.of("contests", slug, "scores", "sample.csv"))));
    }
}
