package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestDraft;
import org.podium.contestfile.ContestFileException;
import org.podium.contestfile.ContestFolder;
import org.podium.contestfile.ContestYaml;
import org.podium.contestfile.Problem;

/**
 * The setup screen's checks: the same problems as {@code podium validate} (English on the command line, the screen's
 * language on screen), each tied to its field; nothing saved while anything is wrong.
 */
class ContestSetupTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    @TempDir
    Path tmp;

    private static ContestDraft monitorStand() throws Exception {
        return ContestSetup.open(Path.of("contests", "monitor-stand"));
    }

    @Test
    void weightsThatDoNotAddUpSayTheRemainderInTheScreensLanguage() throws Exception {
        ContestDraft d = monitorStand();
        d.events.get(0).weightTheory = "0.3";
        d.events.get(0).weightTime = "0.28";
        d.events.get(0).weightQuality = "0.32";
        ContestSetup.Check en = ContestSetup.check(d, Locale.ENGLISH);
        assertThat(en.of("events.0.weights")).containsExactly(
                "events[0].total.weights: weights add up to 0.9, they must add up to exactly 1 (0.1 is missing)");
        assertThat(ContestSetup.check(d, ZH).of("events.0.weights")).containsExactly(
                "events[0].total.weights：权重合计为 0.9，必须正好等于 1（还差 0.1）");
        assertSameAsValidate(d, en);
        d.events.get(0).weightQuality = "0.52";
        assertThat(ContestSetup.check(d, ZH).of("events.0.weights")).containsExactly(
                "events[0].total.weights：权重合计为 1.1，必须正好等于 1（多出 0.1）");
    }

    @Test
    void aDuplicateEventIdIsToldOnTheSecondEventsIdInTheScreensLanguage() throws Exception {
        ContestDraft d = monitorStand();
        ContestDraft again = monitorStand();
        d.events.add(again.events.get(0));
        ContestSetup.Check en = ContestSetup.check(d, Locale.ENGLISH);
        assertThat(en.byField().keySet()).containsExactly("events.1.id");
        assertThat(en.of("events.1.id")).containsExactly(
                "event id 'stand' is used twice (first at line 11): each event id must be different");
        assertThat(ContestSetup.check(d, ZH).of("events.1.id")).containsExactly(
                "项目编号“stand”重复使用（第一次在第 11 行）：每个项目编号必须不同");
        assertSameAsValidate(d, en);
    }

    @Test
    void aStepThatDoesNotDivideTheMaximumIsRefusedWithOneThatDoes() throws Exception {
        ContestDraft d = monitorStand();
        d.events.get(0).criteria.get(0).step = "0.3";
        ContestSetup.Check en = ContestSetup.check(d, Locale.ENGLISH);
        assertThat(en.byField().keySet()).containsExactly("events.0.quality.criteria.0.step");
        assertThat(en.of("events.0.quality.criteria.0.step")).containsExactly("events[0].quality.criteria[0].step: 0.3 does"
                + " not divide max 40, so the full mark 40 could never be given: use a step that divides it, like 0.5");
        assertThat(ContestSetup.check(d, ZH).of("events.0.quality.criteria.0.step")).containsExactly(
                "events[0].quality.criteria[0].step：步长 0.3 不能整除满分 40，满分 40 永远打不出来：请用能整除满分的步长，如 0.5");
        // contest.yaml may say it (scoring.md section 5: marks are multiples of the step up to max): the command line
        // reads it, only the setup screen refuses it as a slip (spec reading 56)
        Path f = tmp.resolve("contest.yaml");
        Files.writeString(f, org.podium.contestfile.ContestYamlWriter.text(d), StandardCharsets.UTF_8);
        assertThat(ContestYaml.read(f).events().get(0).quality().criteria().get(0).step()).isEqualByComparingTo("0.3");
        // a judgement criterion's marks are levels 0..scale: its step is not used
        d.events.get(0).criteria.get(0).step = "0.5";
        d.events.get(0).criteria.get(2).step = "7";
        assertThat(ContestSetup.check(d, Locale.ENGLISH).ok()).isTrue();
    }

    /** The command line reads the same text and says the same, in English. */
    private void assertSameAsValidate(ContestDraft d, ContestSetup.Check screen) throws Exception {
        Path f = tmp.resolve("contest.yaml");
        Files.writeString(f, org.podium.contestfile.ContestYamlWriter.text(d), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ContestYaml.read(f)).isInstanceOfSatisfying(ContestFileException.class,
                e -> assertThat(e.problems()).extracting(Problem::message)
                        .containsExactlyElementsOf(screen.problems().stream().map(Problem::message).toList()));
    }

    @Test
    void aDraftWithAProblemIsNotSavedAndAGoodOneIsWrittenWholeAndReadsBackEqual() throws Exception {
        Path dir = tmp.resolve("drill");
        ContestDraft d = monitorStand();
        d.events.get(0).weightTime = "0.5";
        ContestSetup.Check refused = ContestSetup.save(dir, d, Locale.ENGLISH);
        assertThat(refused.ok()).isFalse();
        assertThat(dir.resolve("contest.yaml")).doesNotExist();

        d.events.get(0).weightTime = "0.4";
        assertThat(ContestSetup.save(dir, d, Locale.ENGLISH).ok()).isTrue();
        Files.copy(Path.of("contests", "monitor-stand", "roster.csv"), dir.resolve("roster.csv"));
        assertThat(ContestFolder.load(dir).contest()).isEqualTo(ContestFolder.load(Path.of("contests", "monitor-stand")).contest());
        assertThat(Files.readString(dir.resolve("contest.yaml"))).startsWith("# 2020年岗位练兵首场拉练赛");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("contest.yaml", "roster.csv");
        }
    }

    @Test
    void whatASetupScreenCanGetWrongIsSaidInChineseOnAChineseScreen() throws Exception {
        ContestDraft empty = new ContestDraft();
        ContestDraft d = monitorStand();
        ContestDraft.EventDraft e = d.events.get(0);
        e.timeScoreMethod = "linear";
        e.limit = "";
        e.timeRequired = "4";
        e.qualityAggregate = "";
        e.laps = "two";
        e.criteria.get(0).max = "-1";
        e.criteria.get(1).id = "";
        e.tieBreak.add("quality");
        e.tiers.get(0).value = "1.5";
        e.titles.get(0).tier = "特等奖";
        e.titles.get(0).minTimeScore = "80";
        e.weightTime = "";
        e.weightQuality = "1";
        ContestDraft.RoundDraft prelim = new ContestDraft.RoundDraft();
        prelim.id = "final";
        prelim.awards = true;
        e.rounds.add(prelim);
        e.rounds.get(0).awards = true;
        e.rounds.get(1).advanceBy = "count";
        e.rounds.get(1).advance = "8";
        d.date = "2020-7-20";
        for (ContestDraft draft : java.util.List.of(empty, d)) {
            ContestSetup.Check zh = ContestSetup.check(draft, ZH);
            ContestSetup.Check en = ContestSetup.check(draft, Locale.ENGLISH);
            assertThat(zh.problems()).hasSameSizeAs(en.problems()).hasSizeGreaterThan(draft == d ? 10 : 0);
            for (Problem p : zh.problems()) {
                assertThat(p.message()).as(p.toString()).doesNotContainPattern(
                        "\\b(must|missing|expected|found|needs|twice|the|not|only|gives)\\b").containsPattern("\\p{IsHan}");
            }
        }
    }

    @Test
    void aFolderWithoutContestYamlOpensAsAnEmptyDraftWhoseProblemsNameTheEmptyFields() throws Exception {
        ContestDraft d = ContestSetup.open(tmp);
        assertThat(d.events).isEmpty();
        ContestSetup.Check c = ContestSetup.check(d, Locale.ENGLISH);
        assertThat(c.of("name")).containsExactly("contest.name: must not be empty (the contest's name, shown on sheets and certificates)");
    }
}
