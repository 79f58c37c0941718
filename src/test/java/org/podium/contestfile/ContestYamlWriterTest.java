package org.podium.contestfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.podium.domain.Contest;

/** The contest.yaml writer: each sample written from its model reads back to an equal contest, its comment block kept. */
class ContestYamlWriterTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"monitor-stand", "fire-safety", "sanitation"})
    void eachSampleWrittenFromItsModelReadsBackToAnEqualContest(String sample) throws Exception {
        Path dir = Path.of("contests", sample);
        ContestFolder original = ContestFolder.load(dir);
        ContestDraft draft = ContestDraft.of(original.contest());
        String source = Files.readString(dir.resolve("contest.yaml"), StandardCharsets.UTF_8);
        draft.leadingComment = ContestYamlWriter.leadingComment(source);
        String text = ContestYamlWriter.text(draft);

        Path copy = Files.createDirectories(tmp.resolve(sample));
        Files.writeString(copy.resolve("contest.yaml"), text, StandardCharsets.UTF_8);
        Files.copy(dir.resolve("roster.csv"), copy.resolve("roster.csv"));
        Contest back = ContestFolder.load(copy).contest();

        assertThat(back).isEqualTo(original.contest());
        assertThat(text).startsWith(source.substring(0, source.indexOf('\n') + 1));
        // written again from what was read back: the same text (nothing drifts from save to save)
        assertThat(ContestYamlWriter.text(withComment(ContestDraft.of(back), draft.leadingComment))).isEqualTo(text);
    }

    private static ContestDraft withComment(ContestDraft d, String comment) {
        d.leadingComment = comment;
        return d;
    }

    @Test
    void theLeadingCommentBlockIsEveryCommentOrBlankLineBeforeTheFirstKey() {
        assertThat(ContestYamlWriter.leadingComment("# one\n\n# two\n\ncontest:\n  # inside\n  name: x\n"))
                .isEqualTo("# one\n\n# two");
        assertThat(ContestYamlWriter.leadingComment("contest:\n  name: x # a note\n")).isEmpty();
    }

    @Test
    void textsThatYamlWouldReadOtherwiseAreQuotedAndReadBackAsTyped() throws Exception {
        ContestDraft d = new ContestDraft();
        d.name = "A: \"quoted\" # not a comment \\ and\ta tab";
        d.venue = "- dash first";
        d.organiser = "true";
        ContestDraft.EventDraft e = new ContestDraft.EventDraft();
        e.id = "stand";
        e.name = "[brackets], {braces}";
        e.weightTime = "1";
        e.timekeepers = "T1, T2";
        d.events.add(e);
        Contest c = ContestYaml.parse(ContestYamlWriter.text(d), "contest.yaml");
        assertThat(c.name()).isEqualTo(d.name);
        assertThat(c.venue()).isEqualTo(d.venue);
        assertThat(c.organiser()).isEqualTo("true");
        assertThat(c.events().get(0).name()).isEqualTo(e.name);
        assertThat(c.events().get(0).timekeepers()).containsExactly("T1", "T2");
    }

    @Test
    void aBadValueIsWrittenAsTypedSoThatValidationNamesItsLine() {
        ContestDraft d = new ContestDraft();
        d.name = "x";
        ContestDraft.EventDraft e = new ContestDraft.EventDraft();
        e.id = "stand";
        e.name = "s";
        e.laps = "two";
        e.weightTime = "1";
        e.timekeepers = "T1";
        d.events.add(e);
        ContestYamlWriter.Written w = ContestYamlWriter.write(d);
        assertThatThrownBy(() -> ContestYaml.parse(w.text(), "contest.yaml"))
                .isInstanceOfSatisfying(ContestFileException.class, ex -> {
                    assertThat(ex.problems()).hasSize(1);
                    assertThat(w.field(ex.problems().get(0).line())).isEqualTo("events.0.laps");
                    assertThat(ex.problems().get(0).message()).contains("laps").contains("two");
                });
    }
}
