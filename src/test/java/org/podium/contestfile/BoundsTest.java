package org.podium.contestfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.podium.domain.Shown;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/** Issue 12, point 7, inside the readers: linear YAML reading, values cut in messages, problems counted not kept. */
class BoundsTest {

    /** The node tree read through a reader: every node's kind, value and start and end marks, or the error's. */
    private static List<String> tree(java.util.function.Supplier<StreamReader> reader) {
        LoaderOptions options = new LoaderOptions();
        Resolver textOnly = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
            }
        };
        List<String> out = new ArrayList<>();
        try {
            walk(new Composer(new ParserImpl(reader.get(), options), textOnly, options).getSingleNode(), out);
        } catch (MarkedYAMLException e) {
            out.add("error " + e.getProblem() + " at " + at(e.getProblemMark()) + " / " + at(e.getContextMark()));
        } catch (ReaderException e) {
            out.add("reader " + e.getCodePoint() + " at " + e.getPosition());
        }
        return out;
    }

    private static String at(Mark m) {
        return m == null ? "-" : m.getLine() + ":" + m.getColumn() + ":" + m.getIndex();
    }

    private static void walk(Node n, List<String> out) {
        if (n == null) {
            out.add("null");
            return;
        }
        String where = at(n.getStartMark()) + "-" + at(n.getEndMark());
        if (n instanceof ScalarNode s) {
            out.add("scalar " + s.getValue() + " " + s.getScalarStyle() + " " + where);
        } else if (n instanceof SequenceNode s) {
            out.add("list " + where);
            s.getValue().forEach(v -> walk(v, out));
        } else if (n instanceof MappingNode m) {
            out.add("map " + where);
            for (NodeTuple t : m.getValue()) {
                walk(t.getKeyNode(), out);
                walk(t.getValueNode(), out);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"monitor-stand", "sanitation", "fire-safety"})
    void theWholeTextReaderReadsTheSamplesAsSnakeYamlDoes(String slug) throws Exception {
        String text = Files.readString(Path.of("contests", slug, "contest.yaml"), StandardCharsets.UTF_8);
        for (String variant : List.of(text, text.replace("\n", "\r\n"), text.replace("\n", "\r"), "\uFEFF" + text,
                text.replace("\n", "\u0085"))) {
            assertThat(tree(() -> new YamlText(variant))).isEqualTo(tree(() -> new StreamReader(new StringReader(variant))));
        }
    }

    static List<String> oddYaml() {
        return List.of("a: [1, 2\nb: 3", "a:\n\tb: 1", "a: 'x\n", "a: |\n  one\n  two\nb: >\n  three\n  four\n",
                "- 'it''s'\n- \"tab\\there\\u263a\"\n- ? complex\n  : key\n", "a: b: c", "a: \u0001",
                "k: v # comment\n# " + "x".repeat(5000), "x: " + "y".repeat(3000) + "\n  z: 1", "a: &x [1, {b: 2}]\nc: *x",
                "a: 𠮷䶮 😀\nb: \"\\U0001F600\"", "", "a: 1\r\n\r\nb: 2\r", "\uFEFFa: 1");
    }

    @ParameterizedTest
    @MethodSource("oddYaml")
    void theWholeTextReaderReadsOddYamlAsSnakeYamlDoes(String text) {
        assertThat(tree(() -> new YamlText(text))).isEqualTo(tree(() -> new StreamReader(new StringReader(text))));
    }

    @Test
    void aSixteenMegabyteCommentIsReadInLinearTime() throws Exception {
        String scheme = Files.readString(Path.of("contests/monitor-stand/contest.yaml"), StandardCharsets.UTF_8);
        String text = scheme + "# " + "x".repeat(16 << 20) + "\n";

        long start = System.nanoTime();
        org.podium.domain.Contest contest = ContestYaml.parse(text, "contest.yaml");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(contest.events()).isNotEmpty();
        // SnakeYAML's own reader took about 70 s here (quadratic); the whole-text reader about 1.5 s
        assertThat(millis).as("generous for a loaded machine").isLessThan(20_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"contest: &c\n  name: *c\n", "events: &e [*e]\n", "contest: &c {name: x, venue: [*c]}\nevents: [*c]\n"})
    void aRecursiveAliasIsAProblemNotAStackOverflow(String text) {
        assertThatThrownBy(() -> ContestYaml.parse(text, "contest.yaml")).isInstanceOf(ContestFileException.class);
    }

    @Test
    void aValueIsShownCutTo80CharactersOnOneLine() {
        assertThat(Shown.value("short")).isEqualTo("short");
        assertThat(Shown.value("x".repeat(80))).isEqualTo("x".repeat(80));
        assertThat(Shown.value("x".repeat(81))).isEqualTo("x".repeat(79) + "…");
        assertThat(Shown.value("𠮷".repeat(100))).isEqualTo("𠮷".repeat(79) + "…"); // characters, not UTF-16 units
        assertThat(Shown.value("a\nb\r\tc")).isEqualTo("a b  c");
        assertThat(Words.quote("y".repeat(50_000_000))).hasSize(82).endsWith("…'");
    }

    @Test
    void aHugeValueFindsNoSuggestionAtOnce() {
        String huge = "event".repeat(10_000_000);

        assertThat(Words.closest(huge, List.of("event", "round", "bib"))).isNull();
        assertThat(Words.hint(huge, List.of("event", "round"), "columns")).isEqualTo(" (columns: event, round)");
    }

    @Test
    void anExceptionKeepsAHundredProblemsAndCountsTheRest() {
        Problems problems = new Problems();
        for (int i = 1; i <= 1_000; i++) {
            problems.add(Problem.at("f.csv", i, "bad"));
        }
        ContestFileException e = problems.exception();
        Problems merged = new Problems();
        merged.add(Problem.of("contest.yaml", "first"));
        merged.addAll(e);

        assertThat(e.problems()).hasSize(100).last().extracting(Problem::line).isEqualTo(100);
        assertThat(e.omitted()).isEqualTo(900);
        assertThat(merged.size()).isEqualTo(1_001);
        assertThat(merged.exception().problems()).hasSize(100).first().extracting(Problem::file).isEqualTo("contest.yaml");
        assertThat(merged.exception().omitted()).isEqualTo(901);
        assertThat(new ContestFileException(e.problems().subList(0, 3), 7).omitted()).isEqualTo(7);
        assertThat(e.getMessage().lines()).hasSize(100);
    }

    @Test
    void aMessageBuiltAroundAnUncutValueIsBoundedAnyway() {
        Problem p = Problem.at("f", 1, "found " + "z".repeat(5_000_000));

        assertThat(p.message()).hasSize(Problem.MAX_MESSAGE).endsWith("…");
    }

    @Test
    void aFileOverItsLimitIsRefusedWithoutReadingIt(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("roster.csv");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(Limits.ROSTER_CSV_BYTES + 1);
        }

        assertThatThrownBy(() -> TextFiles.read(file, "a roster", Limits.ROSTER_CSV_BYTES, "a roster"))
                .hasMessage(file + ": is 16 MB (16777217 bytes); a roster may be at most 16 MB (README.md, Limits):"
                        + " nothing of it was read");
        assertThat(Limits.megabytes(200L << 20)).isEqualTo("200 MB");
        assertThat(Limits.megabytes((3L << 20) / 2)).isEqualTo("1.5 MB");
    }
}
