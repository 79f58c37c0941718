package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.app.FxScreens.focusId;
import static org.podium.app.FxScreens.waitUntil;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
import org.podium.service.PgWire;
import org.podium.service.StationUplink;
import org.podium.service.VenueLink;
import org.podium.store.PostgresContestStore;
import org.podium.ui.common.FxBackground;
import org.podium.ui.common.I18n;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A judge's station joined to a real venue server (embedded PostgreSQL on 127.0.0.1) through the tests'
 * {@link FaultProxy}, recording every byte the server sends the station, on screen (headless Monocle; issue 13 "Done
 * when"): J1 logs in, opens the heat, marks a sheet with the keyboard, submits it, and after the network cut every
 * connection of the station logs in again and reads the heat again; meanwhile J2-J5 record marks for the same heat
 * with values nobody else uses. No DataRow or notification the server sent the station carries one of their marks
 * (read as PostgreSQL's protocol, {@link PgWire}: by kind and official, by value, by fact key) before the round is
 * published; after publishing, the judge's station may read them, and the same check finds them on the wire.
 */
@ExtendWith(ApplicationExtension.class)
class VenueJudgeFxTest {
    private static final List<String> OTHERS = List.of("J2", "J3", "J4", "J5");
    @TempDir
    static Path tmp;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final List<String> values = new ArrayList<>();
    private final List<UUID> keys = new ArrayList<>();
    private VenueServer server;
    private FaultProxy proxy;
    private OpenContest joined;
    private Shell shell;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = TestFolders.monitorStand(tmp.resolve("c" + System.nanoTime()));
        server = VenueServer.start(dir, ContestFolder.load(dir).contest(),
                new VenueServer.Options(TestFolders.freePort(), "127.0.0.1", null), Clock.systemUTC());
        proxy = new FaultProxy(server.port(), 1, 0, 0).recordingReplies();
        joined = OpenContest.join(dir, new VenueLink("127.0.0.1", proxy.port(), server.password()), "judge-1",
                Clock.systemUTC()); // a sample served: its officials (the judges J1-J5, C; PIN 0000) at the first join
        othersMark("101", 0);
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

    /** J2-J5 mark a sheet at their own stations (through the server), each value theirs alone, and submit it. */
    private void othersMark(String bib, int round) throws Exception {
        PostgresContestStore store = server.store();
        for (int j = 0; j < OTHERS.size(); j++) {
            String judge = OTHERS.get(j);
            String c1 = (11 + j + 4 * round) + ".5";
            String c2 = (1 + j + 4 * round) + ".5";
            for (String[] mark : new String[][] {{"C1", c1}, {"C2", c2}, {"C3", "2"}}) {
                UUID key = UUID.randomUUID();
                store.recordOnce(key, judge, "judge-" + judge, Fact.mark("stand", "final", bib, judge, mark[0],
                        new BigDecimal(mark[1]), null, Origin.NONE), null);
                keys.add(key);
            }
            values.add(c1);
            values.add(c2);
            store.submitSheet(judge, "judge-" + judge, "stand", "final", bib, judge, null);
        }
    }

    /** From the login screen: Shift+Tab to the station choice, Down to the judge station, Tab back; J1 and the PIN. */
    private void logInAsJ1(FxRobot robot) throws Exception {
        waitUntil(() -> "official".equals(focusId(stage)));
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        robot.type(KeyCode.DOWN).type(KeyCode.TAB);
        robot.write("J1").type(KeyCode.ENTER).write("0000").type(KeyCode.ENTER);
        waitUntil(() -> "mark-C1".equals(focusId(stage)));
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void aJudgesStationReceivesNoOtherJudgesMarkBeforePublishingAndMayAfter(FxRobot robot) throws Exception {
        StationUplink uplink = joined.uplink().orElseThrow();
        logInAsJ1(robot);
        assertThat(label(robot, "sheet-label")).isEqualTo("101  张伟");

        robot.write("38.5").type(KeyCode.TAB).write("27.5").type(KeyCode.ENTER).write("3").type(KeyCode.ENTER);
        waitUntil(() -> "submit".equals(focusId(stage)));
        waitUntil(() -> uplink.status().waiting() == 0); // the server holds the sheet's marks: it may be submitted
        othersMark("102", 1); // the others go on meanwhile: their rows are the journal's last
        robot.type(KeyCode.ENTER);
        waitUntil(() -> label(robot, "sheet-label").startsWith("102"));

        proxy.down(); // the network cuts every connection of the station
        proxy.up();
        robot.clickOn("#away"); // log out, and in again: the heat read again on a new connection
        logInAsJ1(robot);
        assertThat(label(robot, "sheet-label")).startsWith("102");
        robot.write("40").type(KeyCode.ENTER);
        waitUntil(() -> uplink.status().waiting() == 0 && uplink.status().connected() && proxy.replies().size() >= 4);
        robot.interact(() -> Screenshots.png(stage.getScene(), Path.of("target/venue-judge-station.png")));
        assertThat(server.store().currentFactsOf("J1", "stand", "final")).extracting(f -> f.bib() + " " + f.item() + " "
                + f.amount().toPlainString()).containsExactly("101 C1 38.5", "101 C2 27.5", "101 C3 3", "102 C1 40");

        List<byte[]> beforePublish = proxy.replies();
        List<PgWire.Message> sent = PgWire.messages(beforePublish);
        assertThat(PgWire.markRows(sent, "J1", "38.5")).as("the check reads the rows sent: J1's own mark").isNotEmpty();
        assertThat(PgWire.othersMarks(sent, OTHERS, values, keys)).isEmpty();

        server.store().lockRound("C", "head", "stand", "final", null);
        server.store().publishRound("C", "head", "stand", "final");
        assertThat(joined.judgeSheets().published("J1", "stand", "final")).anyMatch(f -> "J2".equals(f.official()));
        assertThat(PgWire.othersMarks(PgWire.since(beforePublish, proxy.replies()), OTHERS, values, keys))
                .as("published: the judge's station may receive them").isNotEmpty();
    }
}
