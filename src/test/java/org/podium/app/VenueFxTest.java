package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.app.FxScreens.focusId;
import static org.podium.app.FxScreens.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.server.TestFolders;
import org.podium.server.VenueServer;
import org.podium.service.FaultProxy;
import org.podium.service.OpenContest;
import org.podium.service.OtherJudges;
import org.podium.service.PgWire;
import org.podium.service.StationUplink;
import org.podium.service.VenueLink;
import org.podium.ui.common.FxBackground;
import org.podium.ui.common.I18n;
import org.podium.ui.head.ResultRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A station joined to a real venue server (embedded PostgreSQL on 127.0.0.1, through the tests' {@link FaultProxy}), on
 * screen (headless Monocle; issue 13, "Done when", screen tests): the head table, its safety poll set to an hour, shows
 * times recorded at another station through the server's notification alone; a station offline shows the facts it
 * saves as waiting on its status line, and the count goes to zero when the link returns; a judge's station receives no
 * other judge's mark before publishing, asserted on what the server sent it.
 */
@ExtendWith(ApplicationExtension.class)
class VenueFxTest {
    @TempDir
    static Path tmp;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private VenueServer server;
    private FaultProxy proxy;
    private OpenContest joined;
    private Shell shell;
    private Stage stage;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = TestFolders.monitorStand(tmp.resolve("c" + System.nanoTime()));
        server = VenueServer.start(dir, ContestFolder.load(dir).contest(),
                new VenueServer.Options(TestFolders.freePort(), "127.0.0.1", null), Clock.systemUTC());
        proxy = new FaultProxy(server.port(), 1, 0, 0).recordingReplies(); // what the server sends the station, kept
        joined = OpenContest.join(dir, new VenueLink("127.0.0.1", proxy.port(), server.password()), "station-1",
                Clock.systemUTC()); // a sample served: its officials (T1-T3, the judges, C; PIN 0000) at the first join
        shell = new Shell(stage, I18n.forLocale(Locale.ROOT), new FxBackground(executor), Clock.systemUTC());
        shell.showStation(joined);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        FxScreens.stop(shell, executor);
        proxy.close();
        server.close();
    }

    @SuppressWarnings("unchecked")
    private static ResultRow row(FxRobot robot, String bib) {
        TableView<ResultRow> results = robot.lookup("#results").queryAs(TableView.class);
        return results.getItems().stream().filter(r -> r.bib().equals(bib)).findFirst().orElseThrow();
    }

    @Test
    void timesRecordedAtAnotherStationShowAtTheHeadTableAndOnTheBoardThroughTheNotificationWithTheSafetyPollAtAnHour(FxRobot robot)
            throws Exception {
        waitUntil(() -> "official".equals(focusId(stage)));
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.TAB);
        robot.write("C").type(KeyCode.ENTER).write("0000").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#results").tryQuery().isPresent()
                && robot.lookup("#results").queryAs(TableView.class).getItems().size() > 0);
        robot.interact(() -> shell.headTable().pollSlowly(3600)); // only a notification can refresh it now
        WaitForAsyncUtils.waitForFxEvents();
        String before = row(robot, "101").officialTime();

        for (String timekeeper : new String[] {"T1", "T2", "T3"}) { // another station's times, through the server
            server.store().record(timekeeper, "timing-" + timekeeper.substring(1),
                    Fact.time("stand", "final", "101", timekeeper, 61_250, null, Origin.NONE), null);
        }
        waitUntil(() -> !row(robot, "101").officialTime().equals(before));
        assertThat(row(robot, "101").officialTime()).contains("1:01.25");
        // the projector board follows the head table's reading: refreshed by the same notification, no poll (101's
        // marks complete its entry, so it is ranked and finished on the board)
        org.podium.ui.board.BoardViewModel board = shell.headTabs().board();
        assertThat(board.latest()).isEmpty();
        for (int j = 1; j <= 5; j++) {
            for (String[] mark : new String[][] {{"C1", "30"}, {"C2", "20"}, {"C3", "2"}}) {
                server.store().record("J" + j, "judge-" + j, Fact.mark("stand", "final", "101", "J" + j, mark[0],
                        new java.math.BigDecimal(mark[1]), null, Origin.NONE), null);
            }
            server.store().submitSheet("J" + j, "judge-" + j, "stand", "final", "101", "J" + j, null);
        }
        waitUntil(() -> board.latest().stream().anyMatch(r -> r.bib().equals("101")));
        assertThat(board.latest().get(0).bib()).isEqualTo("101");
    }

    @Test
    void aStationOfflineShowsItsWaitingFactsAndTheCountGoesToZeroWhenTheLinkReturns(FxRobot robot) throws Exception {
        StatusBar bar = robot.lookup("#venueStatus").queryAs(StatusBar.class);
        waitUntil(() -> bar.getText().startsWith("Connected to the venue server · 0 waiting"));
        // T1 logged in at the station (as its screen does): its facts are sent in T1's name (docs/venue-server.md)
        assertThat(joined.logins().logIn("T1", "0000".toCharArray(), org.podium.domain.Role.TIMEKEEPER))
                .isInstanceOf(org.podium.service.LoginAnswer.LoggedIn.class);

        proxy.down();
        StationUplink uplink = joined.uplink().orElseThrow();
        for (int i = 0; i < 5; i++) { // as the timekeeper's screen saves them: in the outbox first
            uplink.save("T1", "station-1", Fact.time("stand", "final", "10" + (1 + i % 4), "T1", 40_000 + i, null, Origin.NONE),
                    null);
        }
        String at = "127.0.0.1:" + proxy.port();
        waitUntil(() -> bar.getText().startsWith("NOT connected to the venue server at " + at + " since ")
                && bar.getText().contains(": 5 facts saved here, waiting"));
        // in a chief judge's words: who does not answer and what to check; the driver's own text only in the log
        assertThat(bar.getText()).endsWith(": 5 facts saved here, waiting · no answer: is podium serve running, and"
                + " this laptop on the venue Wi-Fi?").doesNotContain("I/O").doesNotContain("jdbc:");
        assertThat(server.store().journal().stream().filter(r -> "station-1".equals(r.station()))).isEmpty();

        proxy.up();
        waitUntil(() -> bar.getText().startsWith("Connected to the venue server · 0 waiting · last upload ")
                && !bar.getText().contains("none yet"));
        assertThat(server.store().journal().stream().filter(r -> "station-1".equals(r.station()))).hasSize(5);
    }

    /**
     * J1's station offline: a mark typed there is saved in the outbox and stays on the sheet when the heat is read again
     * (another heat chosen, then this one), the status line counting it waiting; once the link returns the count is 0,
     * the sheet read again shows the server's mark, and the journal holds it once.
     */
    @Test
    void aMarkTypedOfflineStaysOnTheSheetWhileItWaitsAndShowsOnceWhenTheLinkReturns(FxRobot robot) throws Exception {
        StatusBar bar = robot.lookup("#venueStatus").queryAs(StatusBar.class);
        logInAsJ1(robot);
        assertThat(label(robot, "sheet-label")).isEqualTo("101  张伟");
        waitUntil(() -> bar.getText().startsWith("Connected to the venue server · 0 waiting"));

        proxy.down();
        waitUntil(() -> bar.getText().startsWith("NOT connected to the venue server at "));
        robot.write("38.5").type(KeyCode.ENTER);
        waitUntil(() -> bar.getText().contains(": 1 fact saved here, waiting"));
        readTheHeatAgain(robot);
        assertThat(markC1(robot)).isEqualTo("38.5");
        assertThat(bar.getText()).contains(": 1 fact saved here, waiting");
        assertThat(server.store().journal().stream().filter(r -> "mark".equals(r.kind()))).isEmpty();

        proxy.up();
        waitUntil(() -> bar.getText().startsWith("Connected to the venue server · 0 waiting · last upload "));
        readTheHeatAgain(robot);
        assertThat(markC1(robot)).isEqualTo("38.5");
        assertThat(server.store().journal().stream().filter(r -> "mark".equals(r.kind())))
                .extracting(r -> r.bib() + " " + r.official() + " " + r.item() + " " + r.value()).containsExactly("101 J1 C1 38.5");
    }

    /** Heat 2 chosen, then heat 1 again: its sheets read again from the service. */
    private void readTheHeatAgain(FxRobot robot) throws Exception {
        javafx.scene.control.ComboBox<?> heat = robot.lookup("#heat").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> heat.getSelectionModel().select(1));
        waitUntil(() -> sheetLabel(robot).startsWith("114"));
        robot.interact(() -> heat.getSelectionModel().select(0));
        waitUntil(() -> sheetLabel(robot).startsWith("101"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String sheetLabel(FxRobot robot) {
        return robot.lookup("#sheet-label").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static String markC1(FxRobot robot) {
        String text = robot.lookup("#mark-C1").queryAs(javafx.scene.control.TextField.class).getText();
        return text == null ? "" : text;
    }

    /**
     * J1 logs out at the judge's station (the bar's button): the session ends on the server, so the station's
     * connection is bound to nobody and J1's token, used again on a connection of its own, binds nobody either.
     */
    @Test
    void aLogOutAtTheScreenEndsTheOfficialsSessionOnTheServer(FxRobot robot) throws Exception {
        logInAsJ1(robot);
        String token = joined.store().sessionToken();
        assertThat(token).isNotNull();
        robot.interact(() -> robot.lookup("#away").queryButton().fire());
        waitUntil(() -> joined.store().sessionToken() == null && "official".equals(focusId(stage)));
        java.util.Properties login = new java.util.Properties();
        login.setProperty("user", org.podium.store.PostgresContestStore.STATION_USER);
        login.setProperty("password", server.password());
        assertThat(org.podium.store.TestPostgres.officialOf("jdbc:postgresql://127.0.0.1:" + server.port() + "/podium", login,
                token)).as("J1's token binds nobody").isNull();
    }

    /** From the login screen: Shift+Tab to the station choice, Down to the judge station, Tab back; J1 and the PIN. */
    private void logInAsJ1(FxRobot robot) throws Exception {
        waitUntil(() -> "official".equals(focusId(stage)));
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        robot.type(KeyCode.DOWN).type(KeyCode.TAB);
        robot.write("J1").type(KeyCode.ENTER).write("0000").type(KeyCode.ENTER);
        waitUntil(() -> "mark-C1".equals(focusId(stage)));
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    /**
     * J1 at the judge's station logs in, marks a sheet with the keyboard, submits it, and after the network cut every
     * connection logs in again (the heat read again on a new connection), while J2-J5 mark the same heat at their own
     * stations with values nobody else uses: no DataRow or notification the server sent this station carries one of
     * their marks ({@link PgWire}) before the round is published; after it, the station may read them, and the same
     * check finds them in what was sent since.
     */
    @Test
    void aJudgesStationReceivesNoOtherJudgesMarkBeforePublishingAndMayAfter(FxRobot robot) throws Exception {
        OtherJudges others = new OtherJudges();
        others.mark(server.store(), "101");
        StationUplink uplink = joined.uplink().orElseThrow();
        logInAsJ1(robot);
        assertThat(label(robot, "sheet-label")).isEqualTo("101  张伟");

        robot.write("38.5").type(KeyCode.TAB).write("27.5").type(KeyCode.ENTER).write("3").type(KeyCode.ENTER);
        waitUntil(() -> "submit".equals(focusId(stage)));
        waitUntil(() -> uplink.status().waiting() == 0); // the server holds the sheet's marks: it may be submitted
        others.mark(server.store(), "102"); // the others go on meanwhile: their rows are the journal's last
        robot.type(KeyCode.ENTER);
        waitUntil(() -> label(robot, "sheet-label").startsWith("102"));

        proxy.down(); // the network cuts every connection of the station
        proxy.up();
        robot.clickOn("#away"); // log out, and in again: the heat read again on a new connection
        logInAsJ1(robot);
        assertThat(label(robot, "sheet-label")).startsWith("102");
        robot.write("40").type(KeyCode.ENTER);
        waitUntil(() -> uplink.status().waiting() == 0 && uplink.status().connected() && proxy.replies().size() >= 4);
        assertThat(server.store().currentFactsOf("J1", "stand", "final")).extracting(f -> f.bib() + " " + f.item() + " "
                + f.amount().toPlainString()).containsExactly("101 C1 38.5", "101 C2 27.5", "101 C3 3", "102 C1 40");

        List<byte[]> beforePublish = proxy.replies();
        List<PgWire.Message> sent = PgWire.messages(beforePublish);
        assertThat(PgWire.markRows(sent, "J1", "38.5")).as("the check reads the rows sent: J1's own mark").isNotEmpty();
        assertThat(others.foundIn(sent)).isEmpty();

        server.store().lockRound("C", "head", "stand", "final", null);
        server.store().publishRound("C", "head", "stand", "final");
        assertThat(joined.judgeSheets().published("J1", "stand", "final")).anyMatch(f -> "J2".equals(f.official()));
        assertThat(others.foundIn(PgWire.since(beforePublish, proxy.replies())))
                .as("published: the judge's station may receive them").isNotEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFactRecordedOfflineOnARoundLockedMeanwhileIsNotAcceptedAtTheStationAndListedAtTheHeadTable(FxRobot robot)
            throws Exception {
        StatusBar bar = robot.lookup("#venueStatus").queryAs(StatusBar.class);
        waitUntil(() -> bar.getText().startsWith("Connected to the venue server · 0 waiting"));
        proxy.down();
        StationUplink uplink = joined.uplink().orElseThrow();
        uplink.save("T1", "station-1", Fact.time("stand", "final", "104", "T1", 44_400, null, Origin.NONE), null);
        waitUntil(() -> bar.getText().startsWith("NOT connected to the venue server at ")
                && bar.getText().contains(": 1 fact saved here, waiting"));
        server.store().lockRound("C", "head", "stand", "final", null); // the chief locks the round at the head table

        proxy.up();
        NotificationPane notice = robot.lookup("#venueNotices").queryAs(NotificationPane.class);
        javafx.scene.control.Label noticeText = robot.lookup("#venueNoticeText").queryAs(javafx.scene.control.Label.class);
        waitUntil(() -> notice.isShowing() && noticeText.getText() != null && !noticeText.getText().isEmpty());
        assertThat(noticeText.getText()).startsWith("NOT ACCEPTED by the venue server: ").contains("bib 104: time 0:44.40")
                .contains("is locked, so nothing more is recorded on it").contains("by T1");
        assertThat(bar.getText()).contains("1 NOT ACCEPTED by the server (listed at the head table)");
        assertThat(server.store().journal().stream().filter(r -> "station-1".equals(r.station()))).isEmpty();

        waitUntil(() -> joined.roundControl().notAccepted().size() == 1); // reported to the server by the station
        waitUntil(() -> "official".equals(focusId(stage))); // the chief logs in at the head table of this laptop
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.TAB);
        robot.write("C").type(KeyCode.ENTER).write("0000").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#results").tryQuery().isPresent());
        waitUntil(() -> robot.lookup("#notAccepted").tryQuery().isPresent()
                && !robot.lookup("#notAccepted").queryAs(TableView.class).getItems().isEmpty());
        TableView<org.podium.ui.head.NotAcceptedRow> list = robot.lookup("#notAccepted").queryAs(TableView.class);
        org.podium.ui.head.NotAcceptedRow row = list.getItems().get(0);
        assertThat(row.station()).isEqualTo("station-1");
        assertThat(row.official()).isEqualTo("T1");
        assertThat(row.fact()).contains("bib 104: time 0:44.40");
        assertThat(row.reason()).contains("is locked");
        assertThat(notice.isShowing()).as("still shown on the next screen until acknowledged").isTrue();

        robot.clickOn("Read: OK");
        waitUntil(() -> !notice.isShowing());
        assertThat(uplink.status().unacknowledged()).isZero();
    }

    @Test
    void aWrongVenuePasswordIsOneLineOnScreenAndTheSameLineOnTheCommandLine(FxRobot robot) throws Exception {
        java.io.PrintStream before = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            robot.interact(() -> shell.joinServer(dir, new VenueLink("127.0.0.1", server.port(), "not-the-password")));
            waitUntil(() -> robot.lookup("#venueJoinFailed").tryQuery().isPresent());
        } finally {
            System.setErr(before);
        }
        String line = "Could not join the venue server: the venue server at 127.0.0.1:" + server.port()
                + " refused the venue password: use the one podium serve printed (on the whiteboard)";
        javafx.scene.control.DialogPane alert = robot.lookup("#venueJoinFailed").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(alert.getContentText()).isEqualTo(line);
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8).lines()).contains(line);
        robot.interact(() -> ((Stage) alert.getScene().getWindow()).close());
    }
}
