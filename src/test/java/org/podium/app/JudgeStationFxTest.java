package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.app.FxScreens.focusId;
import static org.podium.app.FxScreens.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.FactKind;
import org.podium.service.OpenContest;
import org.podium.store.JournalRow;
import org.podium.store.LockAction;
import org.podium.store.SqliteContestStore;
import org.podium.ui.common.FxBackground;
import org.podium.ui.common.I18n;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The judge station on screen (headless Monocle), keyboard only, on a temp copy of monitor-stand: choose the judge
 * station, log in as J1 with the sample PIN; the keyboard is in the first mark; marks typed with Tab and Enter,
 * Enter on Submit; the database holds the marks and the submitted sheet. A timekeeper is refused at the judge station.
 */
@ExtendWith(ApplicationExtension.class)
class JudgeStationFxTest {
    @TempDir
    static Path dir;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private Shell shell;
    private Path contest;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        contest = Files.createDirectories(dir.resolve("monitor-stand-" + System.nanoTime()));
        for (String f : List.of("contest.yaml", "roster.csv")) {
            Files.copy(Path.of("contests/monitor-stand").resolve(f), contest.resolve(f));
        }
        shell = new Shell(stage, I18n.forLocale(Locale.ROOT), new FxBackground(executor), Clock.systemUTC());
        shell.showStation(OpenContest.open(contest, Clock.systemUTC()));
    }

    @AfterEach
    void stop() throws Exception {
        FxScreens.stop(shell, executor);
    }

    /** From the official id field: Shift+Tab to the station choice, Down to the judge station, Tab back. */
    private void logInAtTheJudgeStation(FxRobot robot, String official) {
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        robot.type(KeyCode.DOWN).type(KeyCode.TAB);
        robot.write(official).type(KeyCode.ENTER).write("0000").type(KeyCode.ENTER);
    }

    private String state(FxRobot robot, String id) {
        return robot.lookup("#state-" + id).queryAs(Label.class).getText();
    }

    @Test
    void aJudgeMarksAndSubmitsASheetWithTheKeyboardAlone(FxRobot robot) throws Exception {
        logInAtTheJudgeStation(robot, "J1");
        waitUntil(() -> "mark-C1".equals(focusId(stage)));
        assertThat(robot.lookup("#sheet-label").queryAs(Label.class).getText()).isEqualTo("101  张伟");

        robot.write("38.5").type(KeyCode.TAB).write("27.5").type(KeyCode.ENTER).write("3").type(KeyCode.ENTER);
        waitUntil(() -> "submit".equals(focusId(stage)));
        assertThat(state(robot, "C1")).isEqualTo("saved");
        assertThat(state(robot, "C3")).isEqualTo("saved");

        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#sheet-label").queryAs(Label.class).getText().startsWith("102"));
        waitUntil(() -> "mark-C1".equals(focusId(stage)));

        // 41 on a max-40 criterion: refused on its line, the keyboard stays there, nothing stored.
        robot.write("41").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#error-C1").queryAs(Label.class).getText())
                .isEqualTo("Not saved: mark 41 on C1 is out of range: it must be from 0 to 40");
        assertThat(focusId(stage)).isEqualTo("mark-C1");
        assertThat(robot.lookup("#mark-C1").queryAs(TextField.class).getText()).isEqualTo("41");

        // Submit with a mark missing is refused inline.
        robot.eraseText(2).write("40").type(KeyCode.TAB).write("30").type(KeyCode.TAB).type(KeyCode.TAB)
                .type(KeyCode.TAB).type(KeyCode.TAB);
        waitUntil(() -> "submit".equals(focusId(stage)));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !robot.lookup("#error").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#error").queryAs(Label.class).getText()).startsWith("Not submitted: C3 still without a mark.");

        try (SqliteContestStore store = new SqliteContestStore(contest.resolve("contest.db"),
                ContestFolder.load(contest).contest(), Clock.systemUTC())) {
            assertThat(store.currentFacts()).filteredOn(f -> f.kind() == FactKind.MARK)
                    .extracting(f -> f.bib() + " " + f.official() + " " + f.item() + " " + f.amount().toPlainString())
                    .containsExactly("101 J1 C1 38.5", "101 J1 C2 27.5", "101 J1 C3 3", "102 J1 C1 40", "102 J1 C2 30");
            assertThat(store.journal()).filteredOn(r -> r.lockAction() != null)
                    .extracting(JournalRow::lockAction, JournalRow::bib, JournalRow::official)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(LockAction.SUBMIT, "101", "J1"));
        }
    }

    @Test
    void aTimekeeperIsRefusedAtTheJudgeStation(FxRobot robot) throws Exception {
        logInAtTheJudgeStation(robot, "T1");
        Label error = robot.lookup("#error").queryAs(Label.class);
        waitUntil(() -> !error.getText().isEmpty());
        assertThat(error.getText()).isEqualTo("T1 is a Timekeeper and cannot open the Judge station.");
        assertThat(robot.lookup("#mark-C1").tryQuery()).isEmpty();
    }

    @Test
    void afterAnUnlockTheJudgeTypesTheReasonInAFieldOnceAndTheKeyboardGoesOn(FxRobot robot) throws Exception {
        try (SqliteContestStore store = new SqliteContestStore(contest.resolve("contest.db"),
                ContestFolder.load(contest).contest(), Clock.systemUTC())) {
            store.lockRound("C", "head", "stand", "final", null);
            store.unlockRound("C", "head", "stand", "final", "J1's sheets were typed late");
        }
        logInAtTheJudgeStation(robot, "J1");
        waitUntil(() -> "mark-C1".equals(focusId(stage)));
        robot.write("38.5").type(KeyCode.ENTER);
        waitUntil(() -> "changeReason".equals(focusId(stage)));
        assertThat(state(robot, "C1")).startsWith("NOT SAVED");
        robot.write("paper sheet of heat 1 typed after the unlock").type(KeyCode.ENTER);
        waitUntil(() -> "saved".equals(state(robot, "C1")));
        waitUntil(() -> "mark-C2".equals(focusId(stage)));
        robot.write("27.5").type(KeyCode.ENTER);
        waitUntil(() -> "saved".equals(state(robot, "C2")));
        assertThat(robot.lookup("#changeReasonLine").query().isVisible()).isFalse();
        try (SqliteContestStore store = new SqliteContestStore(contest.resolve("contest.db"),
                ContestFolder.load(contest).contest(), Clock.systemUTC())) {
            assertThat(store.journal()).filteredOn(r -> "mark".equals(r.kind())).extracting(JournalRow::reason)
                    .containsExactly("paper sheet of heat 1 typed after the unlock", "paper sheet of heat 1 typed after the unlock");
        }
    }

    @Test
    void afterTheJudgeChangesHeatTheFirstMarkTypedGoesToTheFirstSheet(FxRobot robot) throws Exception {
        logInAtTheJudgeStation(robot, "J1");
        waitUntil(() -> "mark-C1".equals(focusId(stage)));
        javafx.scene.control.ComboBox<?> heat = robot.lookup("#heat").queryAs(javafx.scene.control.ComboBox.class);
        robot.clickOn(heat);
        robot.interact(() -> {
            heat.hide();
            heat.getSelectionModel().select(1);
        });
        theFirstMarkTypedInHeat2GoesToItsFirstSheet(robot);
    }

    /** Heat 2 chosen: its first sheet (114) comes with the keyboard in C1, and 38 typed there is 114's C1, alone. */
    private void theFirstMarkTypedInHeat2GoesToItsFirstSheet(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#sheet-label").queryAs(Label.class).getText().startsWith("114"));
        waitUntil(() -> "mark-C1".equals(focusId(stage)));
        robot.write("38").type(KeyCode.ENTER);
        waitUntil(() -> "saved".equals(state(robot, "C1")));
        try (SqliteContestStore store = new SqliteContestStore(contest.resolve("contest.db"),
                ContestFolder.load(contest).contest(), Clock.systemUTC())) {
            assertThat(store.currentFacts()).filteredOn(f -> f.kind() == FactKind.MARK)
                    .extracting(f -> f.bib() + " " + f.item() + " " + f.amount().toPlainString()).containsExactly("114 C1 38");
        }
    }

    /** A mark typed and not yet entered is said so (not "saved", which was the value before); Esc takes it back. */
    @Test
    void aMarkTypedButNotEnteredIsSaidSoAndEscapeTakesItBack(FxRobot robot) throws Exception {
        logInAtTheJudgeStation(robot, "J1");
        waitUntil(() -> "mark-C1".equals(focusId(stage)));
        robot.write("38").type(KeyCode.ENTER);
        waitUntil(() -> "saved".equals(state(robot, "C1")));
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        waitUntil(() -> "mark-C1".equals(focusId(stage)));
        robot.write("1");
        waitUntil(() -> state(robot, "C1").equals("typed: Enter saves, Esc takes it back"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> "saved".equals(state(robot, "C1")));
        assertThat(robot.lookup("#mark-C1").queryTextInputControl().getText()).isEqualTo("38");
    }

    /** The same with the keyboard alone in the choice: open it, Down, Enter: that Enter chooses, it types nothing. */
    @Test
    void aHeatChosenWithTheKeyboardLeavesTheFirstMarkToTheFirstKeyTyped(FxRobot robot) throws Exception {
        logInAtTheJudgeStation(robot, "J1");
        waitUntil(() -> "mark-C1".equals(focusId(stage)));
        javafx.scene.control.ComboBox<?> heat = robot.lookup("#heat").queryAs(javafx.scene.control.ComboBox.class);
        robot.clickOn(heat);
        waitUntil(heat::isShowing);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        theFirstMarkTypedInHeat2GoesToItsFirstSheet(robot);
    }

    /**
     * Issue 15 point 3 at the judge station: a submitted sheet corrected with its reason (typed in the reason field,
     * Enter) leaves the keyboard in the sheet's first mark, never in the choice boxes: the corrected mark typed next
     * lands there and is saved with that reason.
     */
    @Test
    void afterACorrectionWithItsReasonTheKeyboardIsInTheSheetsFirstMark(FxRobot robot) throws Exception {
        logInAtTheJudgeStation(robot, "J1");
        waitUntil(() -> "mark-C1".equals(focusId(stage)));
        robot.write("38.5").type(KeyCode.ENTER).write("27.5").type(KeyCode.ENTER).write("3").type(KeyCode.ENTER);
        waitUntil(() -> "submit".equals(focusId(stage)));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#sheet-label").queryAs(Label.class).getText().startsWith("102"));

        javafx.scene.control.ListView<?> sheets = robot.lookup("#sheets").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> sheets.getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#sheet-label").queryAs(Label.class).getText().startsWith("101"));
        waitUntil(() -> "reason".equals(focusId(stage)));
        robot.write("C1 read again from the gauge").type(KeyCode.ENTER);
        waitUntil(() -> "mark-C1".equals(focusId(stage)));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("37").type(KeyCode.ENTER);
        waitUntil(() -> "mark-C2".equals(focusId(stage)));
        waitUntil(() -> "saved".equals(state(robot, "C1")));
        try (SqliteContestStore store = new SqliteContestStore(contest.resolve("contest.db"),
                ContestFolder.load(contest).contest(), Clock.systemUTC())) {
            assertThat(store.currentFacts()).filteredOn(f -> f.kind() == FactKind.MARK && f.bib().equals("101"))
                    .extracting(f -> f.item() + " " + f.amount().toPlainString()).containsExactlyInAnyOrder("C1 37", "C2 27.5", "C3 3");
            assertThat(store.journal()).filteredOn(r -> "mark".equals(r.kind())).last()
                    .extracting(JournalRow::reason).isEqualTo("C1 read again from the gauge");
        }
    }

    /**
     * Issue 15 point 4 on screen: the chief, as the clerk, types J5's paper sheet at the judge station (J5 chosen in
     * the judge box); once every criterion has a mark the sheet shows submitted, without a Submit, and the journal
     * holds the submit of J5's sheet recorded by the clerk.
     */
    @Test
    void aPaperSheetTypedInByTheClerkCountsAsSubmittedInTheClerksName(FxRobot robot) throws Exception {
        logInAtTheJudgeStation(robot, "C");
        waitUntil(() -> robot.lookup("#judge").tryQuery().isPresent());
        javafx.scene.control.ComboBox<?> judge = robot.lookup("#judge").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> judge.getSelectionModel().select(judge.getItems().indexOf("J5")));
        waitUntil(() -> robot.lookup("#sheet-label").queryAs(Label.class).getText().startsWith("101"));
        robot.clickOn("#mark-C1");
        waitUntil(() -> "mark-C1".equals(focusId(stage)));
        robot.write("36").type(KeyCode.ENTER).write("27").type(KeyCode.ENTER).write("2").type(KeyCode.ENTER);
        waitUntil(() -> "saved".equals(state(robot, "C3")));
        waitUntil(() -> shown(robot.lookup("#reopen").query()));
        try (SqliteContestStore store = new SqliteContestStore(contest.resolve("contest.db"),
                ContestFolder.load(contest).contest(), Clock.systemUTC())) {
            assertThat(store.journal()).filteredOn(r -> r.lockAction() == LockAction.SUBMIT)
                    .extracting(JournalRow::bib, JournalRow::official, JournalRow::recordedBy)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("101", "J5", "C"));
        }
    }

    /** Whether {@code node} and every parent of it are visible (a hidden box hides its children). */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
