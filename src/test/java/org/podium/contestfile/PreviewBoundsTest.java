package org.podium.contestfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Contest;
import org.podium.domain.Contestant;
import org.podium.domain.Fact;

/**
 * Issue 12's bounds on the readers of rosters as HR sends them (issue 14): values cut in the localised messages,
 * problems kept up to a cap and counted beyond it (the preview's cap and the command line's), size limits of theory.xlsx.
 */
class PreviewBoundsTest {
    @TempDir
    Path dir;
    private Contest contest;

    @BeforeEach
    void contest() throws ContestFileException {
        contest = ContestYaml.parse(Fixtures.MINIMAL, "contest.yaml");
    }

    private Path roster(String text) {
        return Fixtures.write(dir, "roster.csv", text, StandardCharsets.UTF_8);
    }

    @Test
    void aLongValueIsCutTo80CharactersInTheScreensLanguageAndTheMessageAroundItIsWhole() {
        String event = "项".repeat(200_000);
        Path f = roster("编号,姓名,项目,出生日期\n1005,张三," + event + ",1994-02-30" + "x".repeat(100_000) + "\n");

        Preview<Contestant> zh = RosterReader.preview(f, contest, Map.of(), Locale.SIMPLIFIED_CHINESE);

        assertThat(zh.problems()).hasSize(2);
        for (Problem p : zh.problems()) {
            assertThat(p.message()).hasSizeLessThan(300);
        }
        String unknown = zh.problems().get(0).message();
        assertThat(unknown).contains("项".repeat(79) + "…").doesNotContain("项".repeat(80));
        String date = zh.problems().get(1).message();
        assertThat(date).contains("1994-02-30" + "x".repeat(69) + "…").contains("1005");
    }

    @Test
    void aPreviewKeepsTenThousandProblemsInFullAndCountsTheRest() {
        StringBuilder text = new StringBuilder("bib,name\n");
        int bad = Limits.PREVIEW_PROBLEMS + 2_500;
        for (int i = 0; i < bad; i++) {
            text.append(100_000 + i).append(",\n"); // no name
        }
        Path f = roster(text.toString());

        Preview<Contestant> p = RosterReader.preview(f, contest, Map.of(), Locale.ENGLISH);

        assertThat(p.problems()).hasSize(Limits.PREVIEW_PROBLEMS);
        assertThat(p.problemsOmitted()).isEqualTo(2_500);
        assertThat(p.problemCount()).isEqualTo(bad);
        assertThat(p.importable()).isFalse();
        assertThat(p.rows()).hasSize(bad);
        assertThat(p.problems().get(Limits.PREVIEW_PROBLEMS - 1).message())
                .isEqualTo("empty name for bib " + (100_000 + Limits.PREVIEW_PROBLEMS - 1) + ": every row needs the contestant's name");
        assertThatThrownBy(() -> RosterReader.read(f, contest))
                .isInstanceOfSatisfying(ContestFileException.class, e -> {
                    assertThat(e.problems()).hasSize(Limits.LISTED_PROBLEMS);
                    assertThat(e.omitted()).isEqualTo(bad - Limits.LISTED_PROBLEMS);
                });
    }

    @Test
    void aFolderCheckListsAHundredAndCountsTheRest() {
        StringBuilder text = new StringBuilder("bib,name\n");
        for (int i = 0; i < 250; i++) {
            text.append(100_000 + i).append(",\n");
        }
        roster(text.toString());
        Fixtures.write(dir, "contest.yaml", Fixtures.MINIMAL, StandardCharsets.UTF_8);

        ContestFolder.Checked c = ContestFolder.check(dir);

        assertThat(c.folder()).isNull();
        assertThat(c.problems()).hasSize(Limits.LISTED_PROBLEMS);
        assertThat(c.omitted()).isEqualTo(150);
        assertThatThrownBy(() -> ContestFolder.load(dir)).isInstanceOfSatisfying(ContestFileException.class,
                e -> assertThat(e.omitted()).isEqualTo(150));
    }

    @Test
    void aColumnGivenManyTimesIsOneProblemSayingHowOften() {
        Path f = roster("bib,name" + ",编号".repeat(200_000) + "\n1005,张三\n");

        Preview<Contestant> en = RosterReader.preview(f, contest, Map.of(), Locale.ENGLISH);
        Preview<Contestant> zh = RosterReader.preview(f, contest, Map.of(), Locale.SIMPLIFIED_CHINESE);

        assertThat(en.problems()).hasSize(1);
        assertThat(en.problems().get(0).message()).startsWith("columns 'bib' (A), '编号' (C)").contains("… (200001)")
                .hasSizeLessThan(400);
        assertThat(zh.problems()).hasSize(1);

        Path same = roster("bib,name,name,name\n1005,张三,张三,张三\n");
        assertThat(RosterReader.preview(same, contest, Map.of(), Locale.ENGLISH).problems()).extracting(Problem::message)
                .containsExactly("column 'name' appears 3 times in the header: give each column once");
        assertThat(RosterReader.preview(same, contest, Map.of(), Locale.SIMPLIFIED_CHINESE).problems())
                .extracting(Problem::message).containsExactly("表头中“name”列出现了 3 次：每列只写一次");
    }

    @Test
    void aTheoryWorkbookOver16MegabytesIsRefusedUnread() throws IOException {
        Path f = dir.resolve("theory.xlsx");
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
            r.setLength(17L << 20); // sparse: written in an instant
        }

        Preview<Fact> p = TheoryReader.preview(f, contest, Map.of(), Locale.ENGLISH);

        assertThat(p.problems()).extracting(Problem::toString).containsExactly(f + ": is 17 MB (17825792 bytes);"
                + " theory.xlsx may be at most 16 MB (README.md, Limits): nothing of it was read");
        assertThat(p.importable()).isFalse();
        assertThat(List.of(p.problemsOmitted())).containsExactly(0L);
    }
}
