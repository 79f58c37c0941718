package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Attempts and the unit limit on the command line (scoring.md sections 14 and 15). */
class AttemptsCliTest {
    private static final String HEADER = "event,round,bib,kind,official,item,value,attempt\n";

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "attempt {0}")
    @CsvSource(delimiter = '|', value = {
            "3|not an attempt of event oilfire: it must be a whole number from 1 to 2",
            "0|not an attempt of event oilfire: it must be a whole number from 1 to 2",
            "x|not an attempt of event oilfire: it must be a whole number from 1 to 2",
    })
    void aBadAttemptNumberRejectsTheFile(String attempt, String fragment) throws IOException {
        Path file = tmp.resolve("bad.csv");
        Files.writeString(file, HEADER + "oilfire,final,1,time,T1,,13.5,1\noilfire,final,1,time,T2,,13.5," + attempt + "\n");
        CliRunner r = CliRunner.run("rank", "contests/fire-safety", "--scores", file.toString());
        r.assertOneLineInputError("bad.csv:3:", "attempt '" + attempt + "'", fragment);
    }

    @Test
    void aTheoryLineNamingAnAttemptIsRefused() throws IOException {
        Path file = tmp.resolve("bad.csv");
        Files.writeString(file, HEADER + "hose,,1,theory,,,80,1\n");
        CliRunner.run("rank", "contests/fire-safety", "--scores", file.toString()).assertOneLineInputError("bad.csv:2:",
                "a theory line cannot name an attempt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"max_per_unit: 0", "max_per_unit: -1"})
    void maxPerUnitBelowOneIsRefusedWithItsPlace(String setting) throws IOException {
        Path contest = copyWith("advance: {share: 0.5, max_per_unit: 2}", "advance: {share: 0.5, " + setting + "}");
        CliRunner.run("validate", contest.toString()).assertOneLineInputError("contest.yaml:43:", "max_per_unit");
    }

    @Test
    void attemptsBelowOneIsRefusedWithItsPlace() throws IOException {
        Path contest = copyWith("attempts: 2", "attempts: 0");
        CliRunner.run("validate", contest.toString()).assertOneLineInputError("contest.yaml:59:", "attempts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"monitor-stand", "sanitation"})
    void attemptsOneGivesTheSameCsvAsNoAttemptsKey(String slug) throws IOException {
        Path contest = tmp.resolve(slug);
        BadInputTest.copy(Path.of("contests", slug), contest);
        Path yaml = contest.resolve("contest.yaml");
        String text = Files.readString(yaml, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("attempts:");
        Files.writeString(yaml, text.replace("    timekeepers:", "    attempts: 1\n    timekeepers:"), StandardCharsets.UTF_8);
        String scores = "contests/" + slug + "/scores/sample.csv";
        CliRunner with = CliRunner.run("rank", contest.toString(), "--scores", scores);
        assertThat(with.code()).isZero();
        assertThat(with.out()).isEqualTo(CliRunner.run("rank", "contests/" + slug, "--scores", scores).out());
    }

    @Test
    void theAttemptColumnShowsTheCountingAttemptOfRankedEntriesOnly() {
        CliRunner r = CliRunner.run("rank", "contests/fire-safety", "--scores", "contests/fire-safety/scores/sample.csv",
                "--event", "oilfire");
        assertThat(r.code()).isZero();
        for (String line : r.out().lines().skip(1).toList()) {
            String[] cells = line.split(",", -1);
            boolean ranked = !cells[2].isEmpty();
            assertThat(cells[17]).as(line).matches(ranked ? "[12]" : "");
        }
    }

    private Path copyWith(String from, String to) throws IOException {
        Path contest = tmp.resolve("fire-safety");
        BadInputTest.copy(Path.of("contests/fire-safety"), contest);
        Path yaml = contest.resolve("contest.yaml");
        String text = Files.readString(yaml, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(yaml, text.replace(from, to), StandardCharsets.UTF_8);
        return contest;
    }
}
