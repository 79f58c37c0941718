package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.FactKind;
import org.podium.service.OpenContest;
import org.podium.store.JournalRows;
import org.podium.store.SqliteContestStore;
import org.podium.ui.common.FxBackground;
import org.podium.ui.common.I18n;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app on screen (headless Monocle), keyboard only: on a temp copy of monitor-stand, log in as T1 with the
 * sample PIN, type a bib and a time, Enter; the fact is in the database. A time of 1:7x is refused inline.
 */
@ExtendWith(ApplicationExtension.class)
class TimekeeperStationFxTest {
    @TempDir
    static Path dir;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private Shell shell;
    private Path contest;

    @Start
    void start(Stage stage) throws Exception {
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

    /** This test's database (each test has its own copy of the contest in the shared temporary folder). */
    private Path database() {
        return contest.resolve("contest.db");
    }

    private void logIn(FxRobot robot) throws Exception {
        robot.write("T1").type(KeyCode.ENTER).write("0000").type(KeyCode.ENTER);
        // the station is shown once the PIN is checked on the database thread; type only once the bib field has the
        // keyboard, or the first digit goes to the screen before it
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#bib").tryQuery().map(javafx.scene.Node::isFocused)
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSampleSaysSampleOnEveryScreenAndARealContestNeitherSaysItNorHasAnyone(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#sampleMark").queryAs(Label.class).getText()).startsWith("SAMPLE");
        logIn(robot);
        assertThat(robot.lookup("#sampleMark").queryAs(Label.class).isVisible()).isTrue();

        Path real = Files.createDirectories(dir.resolve("real-" + System.nanoTime()));
        Files.copy(Path.of("contests/monitor-stand/roster.csv"), real.resolve("roster.csv"));
        Files.writeString(real.resolve("contest.yaml"), Files.readString(Path.of("contests/monitor-stand/contest.yaml"))
                .replace("sample: true", "sample: false"));
        OpenContest opened = OpenContest.open(real, Clock.systemUTC());
        robot.interact(() -> shell.showStation(opened));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#noOfficials").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#sampleMark").tryQuery()).isEmpty();
        assertThat(robot.lookup("#noOfficials").queryAs(Label.class).getText()).contains("podium officials CONTEST_DIR --add");
    }

    @Test
    void aTimeTypedAtTheTimekeeperStationIsInTheDatabase(FxRobot robot) throws Exception {
        logIn(robot);
        robot.write("101").type(KeyCode.ENTER).write("12.34").type(KeyCode.ENTER);
        Label saved = robot.lookup("#lane-101-saved").queryAs(Label.class);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "0:12.34".equals(saved.getText()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not saved: lane shows '" + saved.getText() + "', error '"
                    + robot.lookup("#error").queryAs(Label.class).getText() + "', bib field '"
                    + robot.lookup("#bib").queryTextInputControl().getText() + "', time field '"
                    + robot.lookup("#time").queryTextInputControl().getText() + "'", e);
        }
        assertThat(robot.lookup("#lane-101-state").queryAs(Label.class).getText()).isEqualTo("saved");

        try (SqliteContestStore store = new SqliteContestStore(database(),
                org.podium.contestfile.ContestFolder.load(database().getParent()).contest(), Clock.systemUTC())) {
            assertThat(store.currentFacts()).filteredOn(f -> f.kind() == FactKind.TIME).singleElement().satisfies(f -> {
                assertThat(f.bib()).isEqualTo("101");
                assertThat(f.official()).isEqualTo("T1");
                assertThat(f.millis()).isEqualTo(12_340);
            });
        }
    }

    @Test
    void aTimeOf1colon7xIsRefusedInlineAndNotStored(FxRobot robot) throws Exception {
        logIn(robot);
        robot.write("102").type(KeyCode.ENTER).write("1:7x").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#error").queryAs(Label.class).getText()).startsWith("Not saved: '1:7x' is not a time:");
        assertThat(robot.lookup("#time").queryTextInputControl().getText()).isEqualTo("1:7x");
        assertThat(robot.lookup("#lane-102-saved").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void theBundledFontLoadsAndCoversLatinDigitsAndRareHanCharacters() {
        assertThat(org.podium.ui.common.Fonts.loadBundled()).contains("Noto Sans CJK SC");
        javafx.scene.text.Font font = javafx.scene.text.Font.font("Noto Sans CJK SC", 16);
        assertThat(font.getFamily()).isEqualTo("Noto Sans CJK SC");
        java.awt.Font awt;
        try (var in = org.podium.ui.common.Fonts.class.getResourceAsStream("/org/podium/fonts/NotoSansCJKsc-Regular.otf")) {
            awt = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        for (String s : List.of("Podium 2020 0:12.34", "计时员张伟", "王䶮", "𠮷")) {
            assertThat(awt.canDisplayUpTo(s)).as(s).isEqualTo(-1);
        }
    }

    @Test
    void aWrongPinIsRefusedInline(FxRobot robot) {
        robot.write("T1").type(KeyCode.ENTER).write("9999").type(KeyCode.ENTER);
        Label error = robot.lookup("#error").queryAs(Label.class);
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !error.getText().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no refusal shown", e);
        }
        assertThat(error.getText()).isEqualTo("Wrong official id or PIN.");
        assertThat(robot.lookup("#bib").tryQuery()).isEmpty();
    }

    @Test
    void stopwatchKeysSaveAFinishBackspaceWithdrawsItAfterAskingAndCtrlLLogsOut(FxRobot robot) throws Exception {
        logIn(robot);
        robot.type(KeyCode.F2).type(KeyCode.SPACE);
        Thread.sleep(30);
        robot.type(KeyCode.DIGIT3);
        Label saved = robot.lookup("#lane-103-saved").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> saved.getText().startsWith("0:00."));
        robot.type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#question").queryAs(Label.class).getText()).startsWith("Withdraw the last press of lane 3 (bib 103)");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> saved.getText().isEmpty());

        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#pin").tryQuery().isPresent());
        try (SqliteContestStore store = new SqliteContestStore(database(),
                org.podium.contestfile.ContestFolder.load(database().getParent()).contest(), Clock.systemUTC())) {
            assertThat(JournalRows.recorded(store)).extracting(org.podium.store.JournalRow::kind).containsExactly("time", "withdraw");
            assertThat(store.currentFacts()).isEmpty();
        }
    }

    @Test
    void afterAnUnlockTheStopwatchKeepsRecordingAndTheReasonIsTypedAfterThePresses(FxRobot robot) throws Exception {
        org.podium.domain.Contest c = org.podium.contestfile.ContestFolder.load(contest).contest();
        try (SqliteContestStore store = new SqliteContestStore(database(), c, Clock.systemUTC())) {
            store.lockRound("C", "head", "stand", "final", null);
            store.unlockRound("C", "head", "stand", "final", "heat 1 is run again");
        }
        logIn(robot);
        robot.type(KeyCode.F2).type(KeyCode.SPACE).type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reason").query().isVisible());
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#lane-103-state").queryAs(Label.class).getText().startsWith("held "));
        assertThat(robot.lookup("#lane-101-state").queryAs(Label.class).getText()).startsWith("held ");
        robot.clickOn("#reason").write("heat 1 run again, 2 lanes re-timed").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "saved".equals(robot.lookup("#lane-103-state").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#lane-101-state").queryAs(Label.class).getText()).isEqualTo("saved");
        assertThat(robot.lookup("#lane-102-state").queryAs(Label.class).getText()).isEqualTo("—");
        try (SqliteContestStore store = new SqliteContestStore(database(), c, Clock.systemUTC())) {
            assertThat(store.journal()).filteredOn(r -> "time".equals(r.kind()))
                    .extracting(r -> r.bib() + " " + r.reason())
                    .containsExactly("101 heat 1 run again, 2 lanes re-timed", "103 heat 1 run again, 2 lanes re-timed");
        }
    }

    @Test
    void aBibOfAnotherHeatIsRefusedAtOnceAndAfterACorrectionTheKeyboardIsBackOnTheBib(FxRobot robot) throws Exception {
        logIn(robot);
        robot.write("140").type(KeyCode.ENTER); // heat 3's last entry, the station shows heat 1
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#error").queryAs(Label.class).getText()).startsWith("Bib 140 ");
        assertThat(robot.lookup("#bib").queryTextInputControl().isFocused()).isTrue();

        robot.write("101").type(KeyCode.ENTER).write("12.34").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "0:12.34".equals(robot.lookup("#lane-101-saved").queryAs(Label.class).getText()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#bib").queryTextInputControl().isFocused());
        robot.write("101").type(KeyCode.ENTER).write("12.43").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reason").queryTextInputControl().isFocused());
        robot.write("digits swapped on the sheet").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "0:12.43".equals(robot.lookup("#lane-101-saved").queryAs(Label.class).getText()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#bib").queryTextInputControl().isFocused());
        robot.write("102");
        assertThat(robot.lookup("#bib").queryTextInputControl().getText()).isEqualTo("102");
    }

    @Test
    void shiftAndADigitPressesLanesTenToNineteenOfALargeHeat(FxRobot robot) throws Exception {
        logIn(robot);
        javafx.scene.control.ComboBox<?> heat = robot.lookup("#heat").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> heat.getSelectionModel().select(1)); // heat 2: 14 lanes
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lane-127-bib").tryQuery().isPresent());
        robot.type(KeyCode.F2);
        robot.type(KeyCode.SPACE);
        robot.press(KeyCode.SHIFT).type(KeyCode.DIGIT4).release(KeyCode.SHIFT); // lane 14: bib 127
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "saved".equals(robot.lookup("#lane-127-state").queryAs(Label.class).getText()));
        robot.press(KeyCode.SHIFT).type(KeyCode.DIGIT0).release(KeyCode.SHIFT); // lane 10: bib 123
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "saved".equals(robot.lookup("#lane-123-state").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#lane-114-state").queryAs(Label.class).getText()).isEqualTo("—");
    }
}
