package org.podium.app;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.ContestResult;
import org.podium.domain.Event;
import org.podium.domain.RoundResult;
import org.podium.scoring.ScoringEngine;
import org.podium.service.RoundReport;
import org.podium.domain.RoundStage;
import org.podium.ui.board.BoardRows;
import org.podium.ui.board.BoardViewModel;
import org.podium.ui.board.BoardWindow;
import org.podium.ui.common.Background;
import org.podium.ui.common.Fonts;
import org.podium.ui.common.I18n;
import org.podium.ui.consistency.ConsistencyView;
import org.podium.ui.consistency.ConsistencyViewModel;

/**
 * The screenshots of the result screens at 1920x1080 (run by {@code docs/screenshots/take.sh} through
 * {@link Screenshots} with the mode {@code results}): the consistency screen and the projector board, on the
 * monitor-stand sample with its scores/sample.csv, scored by the engine. Writes {@code consistency-<lang>.png} and
 * {@code board-<lang>.png} and {@code board-blind-<lang>.png}. A developer's tool, not part of the contest-day app.
 */
public final class ResultScreenshots extends Application {
    static Path out;
    static Locale locale;
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private Stage stage;
    private BoardWindow board;

    @Override
    public void init() {
        Fonts.loadBundled();
    }

    @Override
    public void start(Stage primary) throws Exception {
        stage = primary;
        java.nio.file.Files.createDirectories(out);
        Path dir = Path.of("contests/monitor-stand");
        ContestFolder.Loaded loaded = ContestFolder.loadWithScores(dir, List.of(dir.resolve("scores/sample.csv")));
        ContestResult result = new ScoringEngine().score(loaded.folder().contest(), loaded.facts());
        RoundResult round = result.rounds().get(0);
        I18n i18n = I18n.forLocale(locale);
        String tag = locale.getLanguage();

        ConsistencyViewModel consistency = new ConsistencyViewModel(i18n, Background.sameThread());
        Scene scene = new Scene(new ConsistencyView(consistency, i18n).root(), 1920, 1080);
        scene.getStylesheets().add(Shell.class.getResource("/org/podium/ui/css/podium.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        consistency.show(round);
        scene.getRoot().requestFocus(); // no field shown with its text selected

        BoardViewModel model = new BoardViewModel(i18n);
        steps.add(() -> { }); // the first step runs at once: the screen is laid out and drawn during the pause after it
        steps.add(() -> shot(stage.getScene(), "consistency-" + tag));
        steps.add(() -> {
            board = BoardWindow.open(model, i18n, i18n.get("board.window", loaded.folder().contest().name()));
            // As on a 1920x1080 projector (full screen does not resize a window under Xvfb, which has no window manager).
            board.stage().setX(0);
            board.stage().setY(0);
            board.stage().setWidth(1920);
            board.stage().setHeight(1080);
            model.show(loaded.folder().contest().name(), BoardRows.content(report(round, loaded), BoardViewModel.LATEST));
        });
        steps.add(() -> { });
        steps.add(() -> shot(board.stage().getScene(), "board-" + tag));
        // The same round judged blind and not yet published: no ranking, only the latest finishers.
        steps.add(() -> model.show(loaded.folder().contest().name(),
                BoardRows.content(report(blind(round), loaded), BoardViewModel.LATEST)));
        steps.add(() -> { });
        steps.add(() -> shot(board.stage().getScene(), "board-blind-" + tag));
        steps.add(this::finish);
        Screenshots.runSteps(steps, this::finish);
    }

    /** The round as the head table reads it while it is open (not locked, never published). */
    private static RoundReport report(RoundResult round, ContestFolder.Loaded loaded) {
        return new RoundReport(0, round, List.of(), RoundStage.OPEN, loaded.facts(), List.of(), List.of(),
                java.util.Map.of());
    }

    /** The round as if its event said {@code blind_judging: true}. */
    private static RoundResult blind(RoundResult round) {
        Event e = round.event();
        Event blind = new Event(e.id(), e.name(), e.timekeepers(), e.judges(), true, e.laps(), e.attempts(), e.timing(),
                e.timeScore(), e.quality(), e.theoryMax(), e.penalties(), e.weights(), e.tieBreak(), e.rounds(),
                e.awards());
        return new RoundResult(blind, round.round(), round.rows(), round.awardRound(), round.quota());
    }

    private void shot(Scene scene, String name) {
        Screenshots.png(scene, out.resolve(name + ".png"));
    }

    private void finish() {
        if (board != null) {
            board.close();
        }
        Platform.exit();
    }
}
