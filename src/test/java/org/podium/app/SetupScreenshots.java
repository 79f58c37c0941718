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
import org.podium.contestfile.HrSheets;
import org.podium.domain.Role;
import org.podium.service.OfficialsDesk;
import org.podium.service.ContestSetup;
import org.podium.ui.common.Fonts;
import org.podium.ui.common.FxBackground;
import org.podium.ui.common.I18n;

/**
 * The screenshots of the setup screen at 1366x768 (run by {@code docs/screenshots/take.sh} through {@link Screenshots}
 * with the mode {@code setup}): every page on the monitor-stand drill as the issue states it (theory 30 %, practical
 * 70 % = time 40 % + quality 60 %), then the weights page with a remainder. Writes {@code setup-<page>-<lang>.png}
 * and {@code setup-problem-<lang>.png}; then the people pages in the same window (the roster and theory results of HR's
 * workbooks previewed, the officials, ready for the day) as {@code setup-window-<page>-<lang>.png}. A developer's tool, not part of the contest-day app.
 */
public final class SetupScreenshots extends Application {
    static Path out;
    static Locale locale;
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private ExecutorService executor;
    private Shell shell;

    @Override
    public void init() {
        Fonts.loadBundled();
    }

    @Override
    public void start(Stage stage) throws Exception {
        executor = Executors.newSingleThreadExecutor();
        Files.createDirectories(out);
        // nothing is saved: the folder holds the drill's roster (HR's habits) and its officials so far, for the people pages
        Path work = Files.createTempDirectory("podium-setup-shots");
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "podium-contests", "drill-2020");
        if (Files.exists(dir)) {
            try (java.util.stream.Stream<Path> old = Files.walk(dir)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        HrSheets.folder(dir, "plain");
        Path theory = Files.move(dir.resolve("theory.csv"), work.resolve("theory.csv"));
        Path workbook = work.resolve("参赛人员名单.xlsx");
        HrSheets.rosterWorkbook(workbook);
        boolean zh = locale.getLanguage().equals("zh");
        try (OfficialsDesk desk = OfficialsDesk.open(dir, Clock.systemUTC())) {
            String[][] officials = {{"C", zh ? "周建国" : "Zhou Jianguo", "chief", "482915"}, {"T1", zh ? "陈磊" : "Chen Lei", "timekeeper", "3917"},
                    {"T2", zh ? "林静" : "Lin Jing", "timekeeper", "3917"}, {"J1", zh ? "赵敏" : "Zhao Min", "judge", "5826"}};
            for (String[] o : officials) {
                desk.add(o[0], o[1], Role.fromKey(o[2]), o[3].toCharArray(), o[3].toCharArray());
            }
        }
        ContestDraft draft = ContestSetup.open(Path.of("contests/monitor-stand"));
        draft.sample = false;
        ContestDraft.EventDraft e = draft.events.get(0);
        e.weightTheory = "0.3";
        e.weightTime = "0.28";
        e.weightQuality = "0.42";
        e.rounds.get(0).advanceBy = "";
        shell = new Shell(stage, I18n.forLocale(locale), new FxBackground(executor), Clock.systemUTC());
        shell.showSetup(dir, draft);
        String tag = locale.getLanguage();
        @SuppressWarnings("unchecked")
        ListView<Object> pages = (ListView<Object>) stage.getScene().lookup("#pages");
        steps.add(() -> { });
        int own = pages.getItems().size() - 4; // the people pages come last
        for (int i = 0; i < own; i++) {
            int index = i;
            steps.add(() -> pages.getSelectionModel().select(index));
            steps.add(() -> Screenshots.png(stage.getScene(), out.resolve("setup-" + pageId(pages, index) + "-" + tag + ".png")));
        }
        // the people pages in the setup window: setup-window-<page>-<lang>.png
        steps.add(() -> {
            pages.getSelectionModel().select(own);
            shell.setupPeople().rosterPane().choose(workbook);
        });
        steps.add(() -> { });
        steps.add(() -> { });
        steps.add(() -> Screenshots.png(stage.getScene(), out.resolve("setup-window-roster-" + tag + ".png")));
        steps.add(() -> {
            pages.getSelectionModel().select(own + 1);
            shell.setupPeople().theoryPane().choose(theory);
        });
        steps.add(() -> { });
        steps.add(() -> Screenshots.png(stage.getScene(), out.resolve("setup-window-theory-" + tag + ".png")));
        for (int i = 2; i < 4; i++) {
            int index = own + i;
            steps.add(() -> pages.getSelectionModel().select(index));
            steps.add(() -> { });
            steps.add(() -> Screenshots.png(stage.getScene(), out.resolve("setup-window-" + pageId(pages, index) + "-" + tag + ".png")));
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
        if (shell.setupPeople() != null) {
            shell.setupPeople().close();
        }
        executor.shutdown();
        Platform.exit();
    }
}
