package org.podium.contestfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.domain.Contest;

/** A scores file checked in two halves at once gives the same facts, and the same problems, in line order. */
class ParallelReadingTest {

    @Test
    void twoHalvesGiveTheSameFactsAndProblemsAsOne() throws Exception {
        Contest contest = ContestFolder.load(Path.of("contests/monitor-stand")).contest();
        String text = TextFiles.read(Path.of("contests/monitor-stand/scores/sample.csv"));
        List<Csv.Record> records = Csv.parse(text, "sample.csv");
        assertThat(ScoresReader.parse(records, "sample.csv", contest, 2))
                .isEqualTo(ScoresReader.parse(records, "sample.csv", contest, Integer.MAX_VALUE))
                .hasSize(records.size() - 1);
        // Bad lines in both halves: every problem, in line order, either way.
        String bad = text.replaceFirst("\\nstand,final,101,time,T1,,1:08.12\\n", "\nstand,final,101,time,T1,,1:75\n")
                + "stand,final,999,time,T1,,12\n";
        List<Csv.Record> badRecords = Csv.parse(bad, "bad.csv");
        String one = messageOf(badRecords, contest, Integer.MAX_VALUE);
        assertThat(messageOf(badRecords, contest, 2)).isEqualTo(one);
        assertThat(one.lines()).hasSize(2);
        assertThat(one).startsWith("bad.csv:2: '1:75' is not a time");
    }

    private static String messageOf(List<Csv.Record> records, Contest contest, int parallelFrom) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> ScoresReader.parse(records, "bad.csv", contest, parallelFrom));
        assertThat(t).isInstanceOf(ContestFileException.class);
        return t.getMessage();
    }
}
