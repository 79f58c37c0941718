package org.podium.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.stage.Stage;
import org.podium.ui.common.FxBackground;
import org.podium.ui.common.Fonts;
import org.podium.service.Settings;
import org.podium.ui.common.I18n;

/**
 * The desktop app. Started by {@link org.podium.Launcher} without arguments (a class extending Application cannot
 * be the jar's main class on a classpath). Database work runs on one background thread: the store is one SQLite
 * connection, so saves keep their order and never wait on the FX thread.
 */
public final class PodiumApp extends Application {
    private ExecutorService executor;
    private Shell shell;
    private Settings settings;

    /** Runs on the launcher thread, not the FX thread: the bundled CJK font is read here. */
    @Override
    public void init() {
        settings = Settings.load(settingsFile());
        if (Fonts.loadBundled().isEmpty()) {
            System.err.println("podium: the bundled font " + Fonts.FAMILY + " could not be loaded; Chinese may show as boxes");
        }
    }

    @Override
    public void start(Stage stage) {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "podium-store");
            t.setDaemon(true);
            return t;
        });
        Locale language = settings.language().map(Locale::forLanguageTag).orElse(Locale.getDefault());
        I18n i18n = I18n.forLocale(language);
        shell = new Shell(stage, i18n, new FxBackground(executor), Clock.systemUTC(), settings);
        List<String> raw = getParameters().getRaw();
        int server = raw.indexOf("--server");
        if (server >= 0 && server + 1 < raw.size() && server != 0) { // podium app CONTEST_DIR --server HOST:PORT
            shell.showStart(sampleDirs(), null);
            String password = System.getenv(org.podium.service.VenueLink.PASSWORD_VARIABLE);
            if (password == null || password.isBlank()) {
                password = PodiumDialogs.venuePassword(i18n).showAndWait().orElse("");
            }
            try {
                shell.joinServer(Path.of(raw.get(0)), org.podium.service.VenueLink.of(raw.get(server + 1), password));
            } catch (IllegalArgumentException e) {
                PodiumDialogs.error(i18n, e.getMessage()).show();
            }
            return;
        }
        shell.showStart(sampleDirs(), raw.isEmpty() ? null : Path.of(raw.get(0)));
    }

    /** {@code podium.properties} in {@code -Dpodium.home} or {@code ~/.podium}: recent folders and language. */
    static Path settingsFile() {
        String home = System.getProperty("podium.home");
        Path dir = home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".podium");
        return dir.resolve("podium.properties");
    }

    /**
     * Where the sample contests are looked for: {@code contests/} in the working folder, beside the jar (in the
     * packages: the zip, and the app images' app folder) and beside target/ (in the repository).
     */
    static List<Path> sampleDirs() {
        List<Path> dirs = new ArrayList<>();
        dirs.add(Path.of("contests"));
        try {
            Path jar = Path.of(PodiumApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path folder = jar.getParent();
            for (int up = 0; up < 2 && folder != null; up++, folder = folder.getParent()) {
                dirs.add(folder.resolve("contests"));
            }
        } catch (Exception e) {
            // Only a convenience: the working folder's contests/ and the folder chooser remain.
        }
        return dirs;
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.closeContest();
        }
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
