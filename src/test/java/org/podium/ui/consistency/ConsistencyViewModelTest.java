package org.podium.ui.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.ContestResult;
import org.podium.domain.RoundResult;
import org.podium.scoring.ScoringEngine;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;

/** The consistency screen's model on the samples, without a screen (numbers checked in ConsistencyTest). */
class ConsistencyViewModelTest {
    private final I18n i18n = I18n.forLocale(Locale.ROOT);

    static ContestResult sample(String name) throws Exception {
        Path dir = Path.of("contests", name);
        ContestFolder.Loaded loaded = ContestFolder.loadWithScores(dir, List.of(dir.resolve("scores/sample.csv")));
        return new ScoringEngine().score(loaded.folder().contest(), loaded.facts());
    }

    private static RoundResult monitorStand() throws Exception {
        return sample("monitor-stand").rounds().get(0);
    }

    @Test
    void showsEveryJudgeAndTimekeeperWithTheirRoundedMeansAndTheFarOffRecords() throws Exception {
        ConsistencyViewModel model = new ConsistencyViewModel(i18n, Background.sameThread());
        model.show(monitorStand());
        assertThat(model.titleProperty().get()).contains("显示器支架组装").contains("决赛");
        assertThat(model.criteria()).extracting(c -> c.id()).containsExactly("C1", "C2", "C3");
        assertThat(model.judges()).extracting(ConsistencyViewModel.JudgeRow::judge).containsExactly("J1", "J2", "J3", "J4", "J5");
        // J1 on C1: -0.6132.. (ConsistencySampleTest checks the exact value against a plain reading of the CSV).
        ConsistencyViewModel.Deviation j1c1 = model.judges().get(0).criteria().get(0);
        assertThat(j1c1.signed()).isEqualByComparingTo("-0.61");
        assertThat(ConsistencyViewModel.signed(j1c1.signed())).isEqualTo("-0.61");
        assertThat(ConsistencyViewModel.signed(model.judges().get(2).criteria().get(0).signed())).isEqualTo("+0.66");
        assertThat(j1c1.count()).isEqualTo(38);
        assertThat(model.timekeepers()).extracting(ConsistencyViewModel.TimekeeperRow::timekeeper).containsExactly("T1", "T2", "T3");
        assertThat(model.timekeepers().get(2).deviation().signed()).isEqualByComparingTo("37");
        // Defaults: 10 % (C1: 4 points, C2: 3 points), 1 level, tolerance 500 ms = 0.5 s.
        assertThat(model.measurementPercentProperty().get()).isEqualTo("10");
        assertThat(model.judgementLevelsProperty().get()).isEqualTo("1");
        assertThat(model.timeLimitProperty().get()).isEqualTo("0.5");
        assertThat(model.marks()).hasSize(10);
        assertThat(model.marks().get(0)).satisfies(m -> {
            // bib 107, J2 on C1: 37.5 against a panel mean of 166/5 = 33.2: +4.3.
            assertThat(m.bib()).isEqualTo("107");
            assertThat(m.name()).isEqualTo("黄丽");
            assertThat(m.judge()).isEqualTo("J2");
            assertThat(m.criterion()).isEqualTo("C1 螺丝紧固力矩");
            assertThat(m.mark()).isEqualTo("37.5");
            assertThat(m.panelMean()).isEqualTo("33.20");
            assertThat(m.panelSize()).isEqualTo(5);
            assertThat(m.deviation()).isEqualByComparingTo("4.30");
        });
        assertThat(model.times()).singleElement().satisfies(t -> {
            assertThat(t.bib()).isEqualTo("107");
            assertThat(t.timekeeper()).isEqualTo("T3");
            assertThat(t.time()).isEqualTo("1:29.10");
            assertThat(t.officialTime()).isEqualTo("1:28.52");
            assertThat(t.deviation()).isEqualTo(580);
        });
        assertThat(model.attemptsProperty().get()).isFalse();
        assertThat(model.errorProperty().get()).isEmpty();
        // The same list every time: the view's listeners sit on it (a new read-only view per call was collected).
        assertThat(model.judges()).isSameAs(model.judges());
        assertThat(model.criteria()).isSameAs(model.criteria());
        assertThat(model.timekeepers()).isSameAs(model.timekeepers());
    }

    @Test
    void changedLimitsComputeAgainAndSurviveANewResultOfTheSameRound() throws Exception {
        ConsistencyViewModel model = new ConsistencyViewModel(i18n, Background.sameThread());
        RoundResult round = monitorStand();
        model.show(round);
        // 15 % of 40 = 6 and of 30 = 4.5 points: the largest deviations of the sample (4.8, 3.8) are within; 0.6 s
        // takes in T3's 580 ms. Full-width digits and a decimal comma are read as the stations read them.
        model.measurementPercentProperty().set("１５");
        model.timeLimitProperty().set("0,6");
        model.applyLimits();
        assertThat(model.marks()).isEmpty();
        assertThat(model.times()).isEmpty();
        assertThat(model.limits().measurementShare()).isEqualByComparingTo("0.15");
        assertThat(model.limits().timeMillis()).isEqualTo(600);
        model.show(round);
        assertThat(model.measurementPercentProperty().get()).isEqualTo("１５");
        assertThat(model.marks()).isEmpty();
        // 0 levels lists every judgement mark that is not exactly the panel mean.
        model.judgementLevelsProperty().set("0");
        model.applyLimits();
        assertThat(model.marks()).isNotEmpty().allSatisfy(m -> assertThat(m.criterion()).startsWith("C3"));
        assertThat(model.marks().get(0).mark()).matches("[0-3] \\(\\d+\\.\\d\\d points\\)");
    }

    @Test
    void aLimitThatIsNotANumberIsRefusedAndNothingChanges() throws Exception {
        ConsistencyViewModel model = new ConsistencyViewModel(i18n, Background.sameThread());
        model.show(monitorStand());
        for (String bad : new String[] {"abc", "-1", ""}) {
            model.measurementPercentProperty().set(bad);
            model.applyLimits();
            assertThat(model.errorProperty().get()).isEqualTo(i18n.get("consistency.error.limit"));
            assertThat(model.marks()).hasSize(10);
            assertThat(model.limits().measurementShare()).isEqualByComparingTo("0.10");
        }
        model.measurementPercentProperty().set("10");
        model.applyLimits();
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void anotherEventStartsFromItsOwnDefaultsAndShowsAttempts() throws Exception {
        ConsistencyViewModel model = new ConsistencyViewModel(i18n, Background.sameThread());
        model.show(monitorStand());
        model.timeLimitProperty().set("2");
        model.applyLimits();
        ContestResult fire = sample("fire-safety");
        RoundResult twoAttempts = fire.rounds().stream().filter(r -> r.event().attempts() > 1).findFirst().orElseThrow();
        model.show(twoAttempts);
        assertThat(model.limits().timeMillis()).isEqualTo(twoAttempts.event().timing().toleranceMillis());
        assertThat(model.attemptsProperty().get()).isTrue();
        assertThat(model.criteria()).hasSameSizeAs(twoAttempts.event().quality().criteria());
        model.clear();
        assertThat(model.judges()).isEmpty();
        assertThat(model.titleProperty().get()).isEmpty();
        assertThat(model.reportProperty().get()).isNull();
    }

    @Test
    void aResultStillBeingComputedIsDroppedWhenALaterOneArrives() throws Exception {
        List<Runnable> pending = new ArrayList<>();
        Background later = new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> done, Consumer<? super Throwable> failed) {
                pending.add(() -> {
                    try {
                        done.accept(work.call());
                    } catch (Exception e) {
                        failed.accept(e);
                    }
                });
            }
        };
        ConsistencyViewModel model = new ConsistencyViewModel(i18n, later);
        RoundResult stand = monitorStand();
        RoundResult fire = sample("fire-safety").rounds().get(0);
        model.show(stand);
        model.show(fire);
        pending.get(1).run();
        pending.get(0).run();
        assertThat(model.reportProperty().get().event().id()).isEqualTo(fire.event().id());
        assertThat(model.judges()).extracting(ConsistencyViewModel.JudgeRow::judge).containsExactlyElementsOf(fire.event().judges());
    }

    @Test
    void signsAndDashesAsShown() {
        assertThat(ConsistencyViewModel.signed(new BigDecimal("0.50"))).isEqualTo("+0.50");
        assertThat(ConsistencyViewModel.signed(new BigDecimal("-1.25"))).isEqualTo("-1.25");
        assertThat(ConsistencyViewModel.signed(new BigDecimal("0.00"))).isEqualTo("0.00");
        assertThat(ConsistencyViewModel.signed(null)).isEqualTo("—");
        assertThat(ConsistencyViewModel.plain(null)).isEqualTo("—");
    }
}
