package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input on the command line: exit 1 with one line naming the file and line, never a stack trace; usage errors exit 2. */
class BadInputTest {
    private static final String HEADER = "event,round,bib,kind,official,item,value\n";

    @TempDir
    Path tmp;
    Path contest;

    @BeforeEach
    void copySample() throws IOException {
        contest = tmp.resolve("monitor-stand");
        copy(Path.of("contests/monitor-stand"), contest);
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private CliRunner rankWith(String scores) throws IOException {
        Path file = tmp.resolve("bad.csv");
        Files.writeString(file, scores, StandardCharsets.UTF_8);
        return CliRunner.run("rank", contest.toString(), "--scores", file.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed time|stand,final,101,time,T1,,1:75|'1:75' is not a time",
            "time with 4 decimals|stand,final,101,time,T1,,23.4105|more than 3 decimals",
            "mark over its max|stand,final,101,mark,J1,C1,41|out of range: it must be from 0 to 40",
            "mark off its step|stand,final,101,mark,J1,C1,38.3|multiple of 0.5",
            "judgement mark off the scale|stand,final,101,mark,J1,C3,4|whole number from 0 to 3",
            "unknown bib|stand,final,999,time,T1,,12|unknown bib 999",
            "unknown official|stand,final,101,time,T9,,12|unknown timekeeper 'T9'",
            "unknown criterion|stand,final,101,mark,J1,C9,3|unknown criterion 'C9'",
            "unknown kind|stand,final,101,score,J1,C1,3|score",
            "attempt on a one-attempt event|stand,final,101,time,T1,,12,1|attempt",
    })
    void aBadScoresLineRejectsTheFileNamingItsLine(String name, String line, String fragment) throws IOException {
        boolean eight = line.split(",", -1).length == 8;
        String header = eight ? "event,round,bib,kind,official,item,value,attempt\n" : HEADER;
        // A good line first: nothing of the file may be used when one line is bad.
        CliRunner r = rankWith(header + "stand,final,101,time,T2,,68.1" + (eight ? "," : "") + "\n" + line + "\n");
        r.assertOneLineInputError("bad.csv:3:", fragment);
    }

    @Test
    void anEmptyScoresFile() throws IOException {
        rankWith("").assertOneLineInputError("bad.csv", "is empty");
    }

    @Test
    void aBinaryScoresFile() throws IOException {
        Path file = tmp.resolve("bad.csv");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0, 20, 0, (byte) 0xff, (byte) 0xfe});
        CliRunner.run("rank", contest.toString(), "--scores", file.toString()).assertOneLineInputError("bad.csv",
                "not a text file");
    }

    @Test
    void weightsOfPointNinetyNine() throws IOException {
        edit("contest.yaml", "weights: {time: 0.4, quality: 0.6}", "weights: {time: 0.4, quality: 0.59}");
        CliRunner r = CliRunner.run("validate", contest.toString());
        r.assertOneLineInputError("contest.yaml:38:", "add up to 0.99", "exactly 1");
    }

    @Test
    void aYamlTypo() throws IOException {
        edit("contest.yaml", "aggregate: median", "agregate: median");
        CliRunner r = CliRunner.run("rank", contest.toString());
        r.assertOneLineInputError("contest.yaml:18:7:", "unknown key 'agregate'", "did you mean 'aggregate'?");
    }

    @Test
    void anEmptyRoster() throws IOException {
        Files.writeString(contest.resolve("roster.csv"), "");
        CliRunner.run("validate", contest.toString()).assertOneLineInputError("roster.csv", "is empty");
    }

    @Test
    void aGb18030RosterReadsWithoutMojibake() throws IOException {
        String utf8 = Files.readString(contest.resolve("roster.csv"), StandardCharsets.UTF_8);
        Files.write(contest.resolve("roster.csv"), utf8.getBytes(Charset.forName("GB18030")));
        CliRunner r = CliRunner.run("rank", contest.toString(), "--scores", "contests/monitor-stand/scores/sample.csv");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(CliRunner.run("rank", "contests/monitor-stand", "--scores",
                "contests/monitor-stand/scores/sample.csv").out());
        assertThat(r.out()).contains("张伟,冠捷显示总装一车间");
    }

    @Test
    void aBibThatDidNotAdvanceIsRefusedInTheFinal() throws IOException {
        // fire-safety: bib 1 is not among those the prelim sends to the final.
        CliRunner prelim = CliRunner.run("rank", "contests/fire-safety", "--scores", "contests/fire-safety/scores/sample.csv",
                "--event", "hose", "--round", "final");
        String finalists = prelim.out();
        String outsider = null;
        for (String line : CliRunner.run("rank", "contests/fire-safety", "--scores", "contests/fire-safety/scores/sample.csv",
                "--event", "hose", "--round", "prelim").out().lines().skip(1).toList()) {
            String bib = line.split(",")[3];
            if (!finalists.contains(",final,") || !finalists.lines().anyMatch(l -> l.split(",")[3].equals(bib))) {
                outsider = bib;
                break;
            }
        }
        assertThat(outsider).isNotNull();
        Path file = tmp.resolve("final.csv");
        Files.writeString(file, HEADER + "hose,final," + outsider + ",time,T1,,50\n");
        assertThat(prelim.code()).isZero();
        CliRunner r = CliRunner.run("rank", "contests/fire-safety", "--scores", "contests/fire-safety/scores/sample.csv",
                "--scores", file.toString());
        r.assertOneLineInputError("final.csv:2:", "bib " + outsider + " has no entry in round final",
                "did not advance from round prelim");
    }

    @Test
    void teamsWithoutATeamsSection() {
        CliRunner.run("teams", "contests/monitor-stand").assertOneLineInputError("contest.yaml", "no teams: section");
    }

    @Test
    void aFolderThatDoesNotExist() {
        CliRunner.run("rank", tmp.resolve("nowhere").toString()).assertOneLineInputError("nowhere", "not a contest folder");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRunner.run("rank").code()).isEqualTo(2);
        assertThat(CliRunner.run("rank", "contests/monitor-stand", "--bogus").code()).isEqualTo(2);
        assertThat(CliRunner.run("rank", "contests/monitor-stand", "--format", "xml").code()).isEqualTo(2);
        assertThat(CliRunner.run("frobnicate").code()).isEqualTo(2);
        CliRunner none = CliRunner.run();
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("rank, teams, validate, import, export, audit, verify, restore or serve").doesNotContain("Exception");
    }

    private void edit(String file, String from, String to) throws IOException {
        Path p = contest.resolve(file);
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(p, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
