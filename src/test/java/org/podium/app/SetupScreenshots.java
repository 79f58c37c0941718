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
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.podium.contestfile.ContestDraft;
import org.podium.service.ContestSetup;
import org.podium.ui.common.Fonts;
import org.podium.ui.common.FxBackground;
import org.podium.ui.common.I18n;

/**
 * The screenshots of the setup screen at 1366x768 (run by {@code docs/screenshots/take.sh} through {@link Screenshots}
 * with the mode {@code setup}): every page on the monitor-stand drill as the issue states it (theory 30 %, practical
 * 70 % = time 40 % + quality 60 %), then the weights page with a remainder. Writes {@code setup-<page>-<lang>.png}
 * and {@code setup-problem-<lang>.png}. A developer's tool, not part of the contest-day app.
 */
public final class SetupScreenshots extends Application {
    static Path out;
    static Locale locale;
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private ExecutorService executor;

    @Override
    public void init() {
        Fonts.loadBundled();
    }

    @Override
    public void start(Stage stage) throws Exception {
        executor = Executors.newSingleThreadExecutor();
        Files.createDirectories(out);
        // nothing is saved: the folder only names where the contest would go
        Path dir = Path.of(System.getProperty("user.home"), "podium-contests", "drill-2020");
        ContestDraft draft = ContestSetup.open(Path.of("contests/monitor-stand"));
        draft.sample = false;
        ContestDraft.EventDraft e = draft.events.get(0);
        e.weightTheory = "0.3";
        e.weightTime = "0.28";
        e.weightQuality = "0.42";
        e.rounds.get(0).advanceBy = "";
        Shell shell = new Shell(stage, I18n.forLocale(locale), new FxBackground(executor), Clock.systemUTC());
        shell.showSetup(dir, draft);
        String tag = locale.getLanguage();
        @SuppressWarnings("unchecked")
        ListView<Object> pages = (ListView<Object>) stage.getScene().lookup("#pages");
        steps.add(() -> { });
        for (int i = 0; i < pages.getItems().size(); i++) {
            int index = i;
            steps.add(() -> pages.getSelectionModel().select(index));
            steps.add(() -> Screenshots.png(stage.getScene(), out.resolve("setup-" + pageId(pages, index) + "-" + tag + ".png")));
        }
        steps.add(() -> {
            pages.getSelectionModel().select(5);
            ((javafx.scene.control.TextField) stage.getScene().lookup("#w-quality")).setText("50");
        });
        steps.add(() -> Screenshots.png(stage.getScene(), out.resolve("setup-problem-" + tag + ".png")));
        steps.add(this::finish);
        Screenshots.runSteps(steps, this::finish);
    }

    private static String pageId(ListView<Object> pages, int index) {
        return ((org.podium.ui.setup.SetupView.Page) pages.getItems().get(index)).id();
    }

    private void finish() {
        executor.shutdownNow();
        Platform.exit();
    }
}
