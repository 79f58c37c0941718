package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.app.FxScreens.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.domain.Role;
import org.podium.server.TestFolders;
import org.podium.server.VenueServer;
import org.podium.service.FaultProxy;
import org.podium.service.OpenContest;
import org.podium.service.StationUplink;
import org.podium.service.VenueLink;
import org.podium.ui.common.FxBackground;
import org.podium.ui.common.I18n;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A station joined to a real venue server (embedded PostgreSQL on 127.0.0.1, through the tests' {@link FaultProxy}), on
 * screen (headless Monocle): offline, the facts it saves show as waiting on its status line; the link back, the
 * waiting count goes to zero and the line says connected (issue 13, "Done when", screen tests).
 */
@ExtendWith(ApplicationExtension.class)
class VenueStationFxTest {
    @TempDir
    static Path tmp;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private VenueServer server;
    private FaultProxy proxy;
    private Shell shell;
    private OpenContest joined;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = TestFolders.monitorStand(tmp.resolve("c" + System.nanoTime()));
        server = VenueServer.start(dir, ContestFolder.load(dir).contest(),
                new VenueServer.Options(TestFolders.freePort(), "127.0.0.1", null), Clock.systemUTC());
        server.store().addOfficial("T1", "Timekeeper One", Role.TIMEKEEPER, "4711".toCharArray());
        proxy = new FaultProxy(server.port(), 1, 0, 0);
        joined = OpenContest.join(dir, new VenueLink("127.0.0.1", proxy.port(), server.password()), "timing-1",
                Clock.systemUTC());
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

    @Test
    void aStationOfflineShowsItsWaitingFactsAndTheCountGoesToZeroWhenTheLinkReturns(FxRobot robot) throws Exception {
        StatusBar bar = robot.lookup("#venueStatus").queryAs(StatusBar.class);
        waitUntil(() -> bar.getText().startsWith("Connected to the venue server · 0 waiting"));

        proxy.down();
        StationUplink uplink = joined.uplink().orElseThrow();
        for (int i = 0; i < 5; i++) { // as the timekeeper's screen saves them: in the outbox first
            uplink.save("T1", "timing-1", Fact.time("stand", "final", "10" + (1 + i % 4), "T1", 40_000 + i, null, Origin.NONE),
                    null);
        }
        waitUntil(() -> bar.getText().startsWith("NOT connected to the venue server · 5 waiting, saved on this laptop"));
        assertThat(server.store().journal().stream().filter(r -> "timing-1".equals(r.station()))).isEmpty();

        proxy.up();
        waitUntil(() -> bar.getText().startsWith("Connected to the venue server · 0 waiting · last upload ")
                && !bar.getText().contains("none yet"));
        assertThat(server.store().journal().stream().filter(r -> "timing-1".equals(r.station()))).hasSize(5);
    }
}
