package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.app.FxScreens.focusId;
import static org.podium.app.FxScreens.waitUntil;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.cli.Podium;
import org.podium.service.OpenContest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A whole heat through the stations, keyboard only (headless Monocle), on src/test/resources/e2e/heat: T1 types
 * its times, T2 uses the stopwatch keys (on a fake monotonic clock, so its times are exact), T3 types, one time with
 * full-width digits; five judges fill and submit their sheets, J1 with a penalty. Then the ranking the engine makes
 * from the database ({@code podium rank --db}) is exactly expected-rank.csv, which an independent implementation
 * computed from the same facts written as scores.csv.
 */
@ExtendWith(ApplicationExtension.class)
class FullHeatFxTest {
    private static final Path SOURCE = Path.of("src/test/resources/e2e/heat");
    @TempDir
    static Path dir;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final AtomicLong nanos = new AtomicLong(7_000_000_000L);
    private Shell shell;
    private Path contest;
    private Stage stage;

    /** Marks (C1, C2, C3) of judges J1-J5 for bibs 1-4, as in scores.csv. */
    private static final String[][][] MARKS = {
        {{"38", "27", "3"}, {"37.5", "28", "3"}, {"39", "26.5", "2"}, {"36", "27", "3"}, {"38.5", "29", "3"}},
        {{"35", "25", "2"}, {"34.5", "26", "2"}, {"36", "24", "2"}, {"33", "25.5", "1"}, {"35.5", "25", "2"}},
        {{"39.5", "29.5", "3"}, {"40", "29", "3"}, {"38.5", "30", "3"}, {"39", "28.5", "3"}, {"40", "29", "2"}},
        {{"30", "22", "1"}, {"31", "21.5", "1"}, {"29.5", "23", "2"}, {"32", "22", "1"}, {"30.5", "22.5", "1"}},
    };

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        contest = Files.createDirectories(dir.resolve("heat-" + System.nanoTime()));
        for (String f : List.of("contest.yaml", "roster.csv")) {
            Files.copy(SOURCE.resolve(f), contest.resolve(f));
        }
        shell = new Shell(stage, I18n().get(), new org.podium.ui.common.FxBackground(executor), Clock.systemUTC());
        shell.stopwatchClock(nanos::get);
        // a real contest (not a sample): its officials are added before the day, each with a PIN of their own
        OpenContest opened = OpenContest.open(contest, Clock.systemUTC());
        for (String t : List.of("T1", "T2", "T3")) {
            opened.store().addOfficial(t, t, org.podium.domain.Role.TIMEKEEPER, PIN.toCharArray());
        }
        for (int j = 1; j <= 5; j++) {
            opened.store().addOfficial("J" + j, "J" + j, org.podium.domain.Role.JUDGE, PIN.toCharArray());
        }
        shell.showStation(opened);
    }

    /** The officials' PIN in this test (a real contest refuses 0000). */
    private static final String PIN = "5823";

    private static java.util.function.Supplier<org.podium.ui.common.I18n> I18n() {
        return () -> org.podium.ui.common.I18n.forLocale(Locale.ROOT);
    }

    @AfterEach
    void stop() throws Exception {
        FxScreens.stop(shell, executor);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** From the login screen: (for a judge, Shift+Tab to the station choice and Down) the official id and PIN. */
    private void logIn(FxRobot robot, String official, boolean judge) throws Exception {
        waitUntil(() -> "official".equals(focusId(stage)));
        if (judge) {
            robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
            robot.type(KeyCode.DOWN).type(KeyCode.TAB);
        }
        robot.write(official).type(KeyCode.ENTER).write(PIN).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(judge ? "#sheets" : "#bib").tryQuery().isPresent());
    }

    private void logOut(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#pin").tryQuery().isPresent());
    }

    /** Manual entry: bib, Enter, time, Enter; waits until the lane shows the value saved. */
    private void typeTimes(FxRobot robot, String[][] bibAndTime, String[] shown) throws Exception {
        for (int i = 0; i < bibAndTime.length; i++) {
            String bib = bibAndTime[i][0];
            waitUntil(() -> "bib".equals(focusId(stage)));
            robot.write(bib).type(KeyCode.ENTER).write(bibAndTime[i][1]).type(KeyCode.ENTER);
            String expected = shown[i];
            waitUntil(() -> expected.equals(text(robot, "#lane-" + bib + "-saved"))
                    && "saved".equals(text(robot, "#lane-" + bib + "-state")));
        }
    }

    /** Stopwatch: F2, Space at the fake clock's now, then each lane's key when the clock reads its time. */
    private void stopwatch(FxRobot robot, long[][] laneAndMillis) throws Exception {
        robot.type(KeyCode.F2);
        waitUntil(() -> robot.lookup("#clock").queryAs(Label.class).isVisible());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        long start = nanos.get();
        for (long[] press : laneAndMillis) {
            nanos.set(start + press[1] * 1_000_000L);
            robot.type(KeyCode.valueOf("DIGIT" + press[0]));
        }
        waitUntil(() -> "saved".equals(text(robot, "#lane-3-state")) && "saved".equals(text(robot, "#lane-4-state")));
    }

    /** One judge's four sheets in bib order: C1 Tab C2 Tab C3, (J1 on bib 2: Tab, P1 count 1, Tab), Enter submits. */
    private void judge(FxRobot robot, int judge) throws Exception {
        for (int bib = 1; bib <= 4; bib++) {
            String label = Integer.toString(bib);
            waitUntil(() -> text(robot, "#sheet-label").startsWith(label + " ") && "mark-C1".equals(focusId(stage)));
            String[] m = MARKS[bib - 1][judge - 1];
            robot.write(m[0]).type(KeyCode.TAB).write(m[1]).type(KeyCode.TAB).write(m[2]);
            if (judge == 1 && bib == 2) {
                robot.type(KeyCode.TAB).write("1").type(KeyCode.TAB);
            } else {
                robot.type(KeyCode.ENTER);
            }
            waitUntil(() -> "submit".equals(focusId(stage)));
            robot.type(KeyCode.ENTER);
            waitUntil(() -> "SUBMITTED".equals(sheetState(robot, label)));
        }
    }

    private String sheetState(FxRobot robot, String bib) {
        javafx.scene.control.ListView<org.podium.ui.judging.Sheet> sheets = robot.lookup("#sheets").queryListView();
        return sheets.getItems().stream().filter(s -> s.label().startsWith(bib + " ")).findFirst()
                .map(s -> s.stateProperty().get().name()).orElse("");
    }

    @Test
    void threeTimekeepersAndFiveJudgesRecordAHeatAndTheRankingIsTheExpectedOne(FxRobot robot) throws Exception {
        logIn(robot, "T1", false);
        typeTimes(robot, new String[][] {{"1", "1:02.34"}, {"2", "58.91"}, {"3", "1:11.05"}, {"4", "66.2"}},
                new String[] {"1:02.34", "0:58.91", "1:11.05", "1:06.20"});
        logOut(robot);

        logIn(robot, "T2", false);
        stopwatch(robot, new long[][] {{2, 59_020}, {1, 62_410}, {4, 67_000}, {3, 71_300}});
        assertThat(text(robot, "#lane-4-saved")).isEqualTo("1:07.00");
        logOut(robot);

        logIn(robot, "T3", false);
        typeTimes(robot, new String[][] {{"1", "６２.２０"}, {"2", "58.88"}, {"3", "1:10.99"}, {"4", "1:06.25"}},
                new String[] {"1:02.20", "0:58.88", "1:10.99", "1:06.25"});
        logOut(robot);

        for (int j = 1; j <= 5; j++) {
            logIn(robot, "J" + j, true);
            judge(robot, j);
            logOut(robot);
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        shell.closeContest();
        executor.submit(() -> { }).get(10, TimeUnit.SECONDS); // the database is closed on the executor
        int code = Podium.run(new String[] {"rank", contest.toString(), "--db", contest.resolve("contest.db").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(Files.readString(SOURCE.resolve("expected-rank.csv")));
    }
}
