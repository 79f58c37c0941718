package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The worked examples of docs/rules.md (Chinese) and docs/rules.en.md (English): every folder under
 * docs/rules-examples is a small contest whose rank.csv (and teams.csv, where there is one) is what Podium
 * prints for it, so the documents cannot drift from the engine. Each folder is cited in both documents with
 * the command that re-runs it, and every line the documents quote in a csv block is a line of the example
 * whose command comes last before the block.
 */
class RulesExamplesTest {

    private static final Path EXAMPLES = Path.of("docs/rules-examples");

    static List<String> examples() throws IOException {
        try (Stream<Path> dirs = Files.list(EXAMPLES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    private static final Pattern COMMAND = Pattern.compile("target/podium (?:rank|teams) docs/rules-examples/([a-z0-9-]+) ");

    private static String rankCommand(String name) {
        String dir = "docs/rules-examples/" + name;
        return "target/podium rank " + dir + " --scores " + dir + "/scores.csv";
    }

    @Test
    void theExamplesCoverEveryRuleOfTheDocument() throws IOException {
        assertThat(examples()).contains("numbers", "status", "laps", "aggregate", "resolution", "time-limit",
                "time-spread", "time-score", "quality", "theory", "penalties", "total", "ranking", "awards",
                "titles", "rounds", "teams", "attempts");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void rankPrintsTheExpectedCsv(String name) throws IOException {
        Path dir = EXAMPLES.resolve(name);
        CliRunner r = CliRunner.run("rank", dir.toString(), "--scores", dir.resolve("scores.csv").toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(read(dir.resolve("rank.csv")));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void teamsPrintsTheExpectedCsvWhereTheExampleHasTeams(String name) throws IOException {
        Path dir = EXAMPLES.resolve(name);
        Path expected = dir.resolve("teams.csv");
        CliRunner r = CliRunner.run("teams", dir.toString(), "--scores", dir.resolve("scores.csv").toString());
        if (Files.exists(expected)) {
            assertThat(r.err()).isEmpty();
            assertThat(r.code()).isZero();
            assertThat(r.out()).isEqualTo(read(expected));
        } else {
            assertThat(read(dir.resolve("contest.yaml"))).doesNotContain("\nteams:");
            assertThat(r.code()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleValidates(String name) {
        CliRunner r = CliRunner.run("validate", EXAMPLES.resolve(name).toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void bothDocumentsGiveTheCommandThatRerunsTheExample(String name) throws IOException {
        assertThat(read(Path.of("docs/rules.md"))).contains(rankCommand(name));
        assertThat(read(Path.of("docs/rules.en.md"))).contains(rankCommand(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs/rules.md", "docs/rules.en.md"})
    void everyQuotedCsvLineIsALineOfItsExample(String doc) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(doc), StandardCharsets.UTF_8);
        String example = null;
        List<String> expected = null;
        int blocks = 0;
        int quoted = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = doc + ":" + (i + 1);
            if (expected == null) {
                Matcher m = COMMAND.matcher(line);
                if (m.find()) {
                    example = m.group(1);
                }
                if (line.equals("```csv")) {
                    assertThat(example).as(where + ": a csv block before any example's command").isNotNull();
                    Path dir = EXAMPLES.resolve(example);
                    expected = new ArrayList<>(Files.readAllLines(dir.resolve("rank.csv"), StandardCharsets.UTF_8));
                    if (Files.exists(dir.resolve("teams.csv"))) {
                        expected.addAll(Files.readAllLines(dir.resolve("teams.csv"), StandardCharsets.UTF_8));
                    }
                    blocks++;
                }
            } else if (line.equals("```")) {
                expected = null;
            } else {
                assertThat(expected).as(where + " is not a line of docs/rules-examples/" + example).contains(line);
                quoted++;
            }
        }
        assertThat(expected).as(doc + ": a csv block left open").isNull();
        assertThat(blocks).isEqualTo(examples().size());
        assertThat(quoted).isGreaterThan(blocks * 2);
    }
}
