package org.podium.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Fact;
import org.podium.domain.RoundResult;
import org.podium.scoring.ScoringEngine;
import org.podium.ui.common.I18n;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The board in its own window (headless Monocle, one screen: a normal window, not full screen), showing the
 * monitor-stand sample: the names of the first page in large type, the marker, the latest finishers; published-only
 * takes the live ranking off the screen.
 */
@ExtendWith(ApplicationExtension.class)
class BoardWindowFxTest {
    private final I18n i18n = I18n.forLocale(Locale.SIMPLIFIED_CHINESE);
    private BoardViewModel model;
    private BoardWindow window;

    @Start
    void start(Stage stage) {
        model = new BoardViewModel(i18n);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (window != null) {
                window.close();
            }
        });
    }

    /** The monitor-stand sample scored: its facts in file order and its one round. */
    private record Sample(List<Fact> facts, RoundResult round) {
        static Sample load() throws Exception {
            Path dir = Path.of("contests/monitor-stand");
            ContestFolder.Loaded loaded = ContestFolder.loadWithScores(dir, List.of(dir.resolve("scores/sample.csv")));
            return new Sample(loaded.facts(),
                    new ScoringEngine().score(loaded.folder().contest(), loaded.facts()).rounds().get(0));
        }
    }

    private Set<Node> labels() {
        return window.stage().getScene().getRoot().lookupAll(".label");
    }

    private Label label(String text) {
        return labels().stream().filter(n -> n instanceof Label l && text.equals(l.getText()) && l.isVisible())
                .map(Label.class::cast).findFirst().orElse(null);
    }

    @Test
    void theBoardOpensInItsOwnWindowWithTheRankingInLargeType(FxRobot robot) throws Exception {
        Sample sample = Sample.load();
        List<BoardRow> rows = BoardRows.of(sample.round());
        robot.interact(() -> {
            window = BoardWindow.open(model, i18n, "board");
            model.show("2020年岗位练兵首场拉练赛", BoardRows.title(sample.round()), rows,
                    BoardRows.latest(rows, sample.facts(), "stand", "final", 1, BoardViewModel.LATEST), BoardStanding.LIVE);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> label("张伟") != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().isShowing()).isTrue();
        assertThat(Screen.getScreens()).hasSize(1);
        assertThat(window.stage().isFullScreen()).isFalse();
        // As many lines as fit in the window's 720 px, each 76 px high, in 50 px type; from 15 m that is what reads.
        int perPage = model.rowsPerPageProperty().get();
        assertThat(perPage).isBetween(3, 720 / BoardView.ROW_HEIGHT);
        assertThat(model.pageRows()).hasSize(perPage);
        for (BoardRow row : model.pageRows()) {
            Label name = label(row.name());
            assertThat(name).as(row.name()).isNotNull();
            assertThat(name.getFont().getSize()).isGreaterThanOrEqualTo(40);
            assertThat(name.getHeight()).isGreaterThanOrEqualTo(40);
            assertThat(name.localToScene(name.getBoundsInLocal()).getMaxY())
                    .isLessThanOrEqualTo(window.stage().getScene().getHeight());
        }
        assertThat(label("96.10").getFont().getSize()).isGreaterThanOrEqualTo(40);
        assertThat(label("一等奖")).isNotNull();
        assertThat(label("● 实时成绩")).isNotNull();
        assertThat(label("2020年岗位练兵首场拉练赛")).isNotNull();
        assertThat(label("显示器支架组装 · 决赛").getFont().getSize()).isGreaterThanOrEqualTo(40);
        // The latest finishers, newest first: 萧宇航 (130) finished last (115 got a late mark: not a finish).
        assertThat(label("萧宇航")).isNotNull();
        assertThat(label("第34名 · 65.61")).isNotNull();

        // The next page shows the next names; published-only takes the live ranking off the board.
        String firstOfNext = rows.get(perPage).name();
        robot.interact(model::nextPage);
        assertThat(label(firstOfNext)).isNotNull();
        robot.interact(() -> model.modeProperty().set(BoardMode.PUBLISHED_ONLY));
        assertThat(label(firstOfNext)).isNull();
        assertThat(label("成绩公布后在此显示。")).isNotNull();
        robot.interact(() -> model.show("2020年岗位练兵首场拉练赛", BoardRows.title(sample.round()), rows, List.of(),
                BoardStanding.OFFICIAL));
        assertThat(label("张伟")).isNotNull();
        assertThat(label("已公布 · 正式成绩")).isNotNull();
    }

    @Test
    void theBoardGoesOnTheFirstScreenThatIsNotThePrimaryOne() {
        assertThat(BoardWindow.target(Screen.getScreens(), Screen.getPrimary())).isEqualTo(Screen.getPrimary());
    }
}
