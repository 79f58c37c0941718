package org.podium.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestDraft;
import org.podium.contestfile.ContestDraft.EventDraft;
import org.podium.contestfile.ContestDraft.RoundDraft;
import org.podium.service.ContestSetup;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;

/** The setup screen's state without a screen: weights as rulebooks state them, rules in words, saving. */
class SetupViewModelTest {
    private static final I18n EN = I18n.forLocale(Locale.ROOT);
    private static final I18n ZH = I18n.forLocale(Locale.SIMPLIFIED_CHINESE);
    @TempDir
    Path tmp;

    private static SetupViewModel monitorStand(I18n i18n, Path dir) throws Exception {
        return new SetupViewModel(dir, ContestSetup.open(Path.of("contests", "monitor-stand")), i18n, Background.sameThread());
    }

    @Test
    void rulebookWeightsBecomeTheExactFlatWeightsAndBack() throws Exception {
        SetupViewModel m = monitorStand(EN, tmp);
        EventDraft e = m.eventProperty().get();
        m.setRulebook(e, new SetupViewModel.Rulebook("30", "40", "60"));
        assertThat(new String[] {e.weightTheory, e.weightTime, e.weightQuality}).containsExactly("0.3", "0.28", "0.42");
        assertThat(m.checkProperty().get().ok()).isTrue();
        assertThat(SetupViewModel.rulebook(e)).isEqualTo(new SetupViewModel.Rulebook("30", "40", "60"));
        assertThat(m.weightsRule(e)).isEqualTo("Theory 30 %, practical 70 % = time 40 % + quality 60 % of the practical\n"
                + "contest.yaml keeps: theory 0.3, time 0.28, quality 0.42 (they must add up to exactly 1).");

        m.setRulebook(e, new SetupViewModel.Rulebook("", "40", "50"));
        assertThat(m.weightsRule(e)).startsWith("time 40 % + quality 50 % of the practical; time and quality add up to 90 %: 10 % is missing");
        assertThat(m.problems("events.0.weights")).containsExactly(
                "events[0].total.weights: weights add up to 0.9, they must add up to exactly 1 (0.1 is missing)");

        // flat weights with no exact split (fire-safety's hose: theory 0.3, time 0.3, quality 0.4) are shown rounded
        e.weightTheory = "0.3";
        e.weightTime = "0.3";
        e.weightQuality = "0.4";
        assertThat(SetupViewModel.rulebook(e)).isEqualTo(new SetupViewModel.Rulebook("30", "42.8571", "57.1429"));
    }

    @Test
    void advancementIsSaidInWords() throws Exception {
        SetupViewModel m = monitorStand(EN, tmp);
        EventDraft e = m.eventProperty().get();
        RoundDraft prelim = new RoundDraft();
        prelim.id = "prelim";
        prelim.advanceBy = "count";
        prelim.advance = "8";
        prelim.maxPerUnit = "2";
        e.rounds.add(0, prelim);
        m.changed();
        assertThat(m.roundRule(e, prelim)).isEqualTo("The top 8 advance, at most 2 per unit");
        assertThat(m.roundRule(e, e.rounds.get(1))).isEqualTo("The last round; prizes and titles are given on this round.");
        assertThat(monitorStand(ZH, tmp).roundRule(e, prelim)).isEqualTo("前 8 名晋级，每单位至多 2 人");
        prelim.advanceBy = "share";
        prelim.advance = "0.5";
        assertThat(m.roundRule(e, prelim)).isEqualTo("The top 50 % advance, at most 2 per unit");
        assertThat(m.checkProperty().get().ok()).isTrue();
    }

    @Test
    void eachRuleOfTheSampleIsSaidInTheScreensLanguage() throws Exception {
        SetupViewModel m = monitorStand(ZH, tmp);
        EventDraft e = m.eventProperty().get();
        assertThat(m.tieBreakRule(e)).isEqualTo("总分相同时依次比较质量得分，再比正式用时；仍相同则名次并列。");
        assertThat(m.tierRule(e, e.tiers.get(1))).isEqualTo("参与排名人数的 20%，取整方式：四舍五入。");
        assertThat(m.titleRule(e.titles.get(0))).isEqualTo("1 名“岗位技能标兵”：排名最前的选手，须获一等奖");
        assertThat(m.penaltyRule(e.penalties.get(0))).isEqualTo("每次从总分扣 5 分。");
        assertThat(m.criterionRule(e.criteria.get(0))).isEqualTo("测量评分：0 到 40 分，步长 0.5。");
        assertThat(m.timeScoreRule(e)).isEqualTo("最快用时得 100 分，其余为 100 × 最快用时 ÷ 用时。");
        assertThat(m.teamsRule()).isEqualTo("不排团体名次。");
    }

    @Test
    void aSaveWithAProblemWritesNothingAndSaysHowManyAndAGoodOneWritesTheFile() throws Exception {
        Path dir = tmp.resolve("drill");
        SetupViewModel m = monitorStand(EN, dir);
        m.eventProperty().get().criteria.get(1).step = "0.7";
        m.changed();
        m.save();
        assertThat(m.statusProperty().get()).isEqualTo("Not saved: 1 problem(s) below; contest.yaml is as it was.");
        assertThat(dir.resolve("contest.yaml")).doesNotExist();
        assertThat(m.savedProperty().get()).isFalse();
        m.eventProperty().get().criteria.get(1).step = "0.5";
        m.changed();
        m.save();
        assertThat(m.statusProperty().get()).isEqualTo("Saved " + dir.resolve("contest.yaml") + ".");
        assertThat(m.savedProperty().get()).isTrue();
        assertThat(Files.readString(dir.resolve("contest.yaml"))).contains("step: 0.5");
    }

    @Test
    void leavingWithUnsavedChangesIsToldOnceThenAllowed() throws Exception {
        SetupViewModel m = monitorStand(EN, tmp.resolve("x"));
        assertThat(m.mayClose()).isTrue();
        m.draft().venue = "elsewhere";
        m.changed();
        assertThat(m.mayClose()).isFalse();
        assertThat(m.statusProperty().get()).isEqualTo(
                "Not saved: your changes are not in contest.yaml yet. Save them, or press Back to the start again to leave without them.");
        assertThat(m.mayClose()).isTrue();
        m.changed();
        assertThat(m.mayClose()).isFalse();
        m.save();
        assertThat(m.mayClose()).isTrue();
    }

    @Test
    void aNewEventHasTheDefaultsAndOneFinalRound() throws Exception {
        SetupViewModel m = new SetupViewModel(tmp, new ContestDraft(), ZH, Background.sameThread());
        assertThat(m.eventProperty().get()).isNull();
        EventDraft e = m.addEvent();
        assertThat(m.eventProperty().get()).isSameAs(e);
        assertThat(e.rounds).extracting(r -> r.id + " " + r.name).containsExactly("final 决赛");
        assertThat(m.field("timing.limit")).isEqualTo("events.0.timing.limit");
        m.removeEvent(e);
        assertThat(m.eventProperty().get()).isNull();
    }
}
