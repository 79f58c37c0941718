package org.podium.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.domain.Role;
import org.podium.server.TestFolders;
import org.podium.server.VenueServer;
import org.podium.service.FaultProxy;
import org.podium.service.OpenContest;
import org.podium.service.VenueLink;
import org.podium.ui.common.Fonts;
import org.podium.ui.common.FxBackground;
import org.podium.ui.common.I18n;

/**
 * The venue screenshots (issue 13) at 1366x768: a judge's station offline with two marks typed there still on the sheet
 * read again (and again once the link is back); a timekeeper's station joined to a real venue server (embedded
 * PostgreSQL on 127.0.0.1) with a NOT ACCEPTED notification (a time saved offline on a round the chief locked
 * meanwhile), then the head table's list of facts not accepted. Arguments: the output folder and the language tag.
 * A developer's tool ({@code Screenshots DIR LANG venue}, from {@code sh docs/screenshots/take.sh}), not part of the
 * app.
 */
public final class VenueScreenshots extends Application {
    static Path out;
    static Locale locale;
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private ExecutorService executor;
    private Stage stage;
    private Shell shell;
    private VenueServer server;
    private FaultProxy proxy;

    @Override
    public void init() {
        Fonts.loadBundled();
    }

    @Override
    public void start(Stage primary) throws Exception {
        stage = primary;
        executor = Executors.newSingleThreadExecutor();
        Files.createDirectories(out);
        Path dir = TestFolders.monitorStand(Files.createTempDirectory("podium-venue-shots").resolve("monitor-stand"));
        server = VenueServer.start(dir, ContestFolder.load(dir).contest(),
                new VenueServer.Options(TestFolders.freePort(), "127.0.0.1", null), Clock.systemUTC());
        proxy = new FaultProxy(server.port(), 1, 0, 0);
        OpenContest joined = OpenContest.join(dir, new VenueLink("127.0.0.1", proxy.port(), server.password()),
                "timing-2", Clock.systemUTC());
        shell = new Shell(stage, I18n.forLocale(locale), new FxBackground(executor), Clock.systemUTC());
        String tag = locale.getLanguage();
        steps.add(() -> shell.showStation(joined));
        steps.add(() -> { });
        steps.add(() -> shot("venue-station-status-" + tag)); // connected: the status bar under the station choice
        judgeOffline(joined, tag);
        steps.add(() -> {
            Screenshots.comboByValue(stage, "#station", Role.TIMEKEEPER);
            Screenshots.type(stage, "#official", "T2");
            Screenshots.type(stage, "#pin", "0000");
        });
        steps.add(() -> Screenshots.fire(stage, "#logIn"));
        steps.add(() -> { // offline, the timekeeper saves a time; meanwhile the chief locks the round
            proxy.down();
            try {
                server.store().record("T1", "timing-1", Fact.time("stand", "final", "101", "T1", 61_250, null, Origin.NONE),
                        null);
                joined.uplink().orElseThrow().save("T2", "timing-2",
                        Fact.time("stand", "final", "104", "T2", 44_400, null, Origin.NONE), null);
                server.store().lockRound("C", "head", "stand", "final", null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        steps.add(() -> { });
        readTheHeatAgain(); // the lanes read again: 104's time, saved here, shows while it waits
        steps.add(() -> shot("venue-offline-" + tag));
        steps.add(proxy::up);
        steps.add(() -> { });
        steps.add(() -> { });
        steps.add(() -> { });
        steps.add(() -> shot("venue-not-accepted-" + tag));
        steps.add(() -> Screenshots.fire(stage, "#away"));
        steps.add(() -> {
            Screenshots.comboByValue(stage, "#station", Role.CHIEF);
            Screenshots.type(stage, "#official", "C");
            Screenshots.type(stage, "#pin", "0000");
        });
        steps.add(() -> Screenshots.fire(stage, "#logIn"));
        steps.add(() -> ((TabPane) Screenshots.node(stage, "#tabs")).getSelectionModel().select(
                ((TabPane) Screenshots.node(stage, "#tabs")).getTabs().stream().filter(t -> "tab-notAccepted".equals(t.getId())).findFirst()
                        .orElseThrow()));
        steps.add(() -> { });
        steps.add(() -> shot("venue-head-not-accepted-" + tag));
        steps.add(this::finish);
        Screenshots.runSteps(steps, this::finish);
    }

    /**
     * J1 at the judge's station, offline: two marks typed, the heat read again (another heat chosen, then this one), the
     * marks still on the sheet while they wait; then the link back, the heat read again, 0 waiting; then J1 logs out.
     */
    private void judgeOffline(OpenContest joined, String tag) {
        steps.add(() -> {
            Screenshots.comboByValue(stage, "#station", Role.JUDGE);
            Screenshots.type(stage, "#official", "J1");
            Screenshots.type(stage, "#pin", "0000");
        });
        steps.add(() -> Screenshots.fire(stage, "#logIn"));
        steps.add(proxy::down);
        steps.add(() -> { });
        steps.add(() -> { });
        steps.add(() -> Screenshots.type(stage, "#mark-C1", "38.5"));
        steps.add(() -> Screenshots.type(stage, "#mark-C2", "27.5")); // C1 saved as the keyboard leaves it
        steps.add(() -> Screenshots.node(stage, "#mark-C3").requestFocus());
        readTheHeatAgain();
        steps.add(() -> shot("venue-offline-sheet-" + tag));
        steps.add(proxy::up);
        steps.add(() -> { });
        steps.add(() -> { });
        steps.add(() -> { });
        readTheHeatAgain();
        steps.add(() -> shot("venue-offline-sheet-back-" + tag));
        steps.add(() -> Screenshots.fire(stage, "#away"));
    }

    @SuppressWarnings("unchecked")
    private void readTheHeatAgain() {
        steps.add(() -> ((javafx.scene.control.ComboBox<String>) Screenshots.node(stage, "#heat")).getSelectionModel().select(1));
        steps.add(() -> ((javafx.scene.control.ComboBox<String>) Screenshots.node(stage, "#heat")).getSelectionModel().select(0));
        steps.add(() -> { });
    }

    private void shot(String name) {
        Screenshots.png(stage.getScene(), out.resolve(name + ".png"));
    }

    private void finish() {
        shell.closeContest();
        executor.shutdown();
        try {
            proxy.close();
            server.close();
        } catch (Exception e) {
            System.err.println("screenshots: " + e);
        }
        Platform.exit();
    }
}
