package org.podium.app;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.podium.service.RoundReport;
import org.podium.ui.board.BoardMode;
import org.podium.ui.board.BoardRows;
import org.podium.ui.board.BoardViewModel;
import org.podium.ui.board.BoardWindow;
import org.podium.ui.common.Background;
import org.podium.ui.common.FxBackground;
import org.podium.ui.exports.ExportsView;
import org.podium.ui.exports.ExportsViewModel;
import org.podium.ui.common.I18n;
import org.podium.ui.consistency.ConsistencyView;
import org.podium.ui.consistency.ConsistencyViewModel;
import org.podium.ui.head.HeadTableView;
import org.podium.ui.head.HeadTableViewModel;

/**
 * The head table's further tabs, wired here because screens do not know each other: the consistency of the officials
 * and the projector board, both following the round the head table shows. The board shows the live ranking, or (the
 * chief's choice) only a round as it was published: a published round is locked, so its current results are the
 * published ones.
 */
final class HeadTableTabs {
    private final BoardViewModel board;
    private final I18n i18n;
    private final String contestName;
    private BoardWindow window;
    private RoundReport last;
    private java.util.concurrent.ExecutorService exportThread;

    private HeadTableTabs(BoardViewModel board, I18n i18n, String contestName) {
        this.board = board;
        this.i18n = i18n;
        this.contestName = contestName;
    }

    /** Adds the tabs to {@code view}; the returned object closes the projector window with the head table. */
    static HeadTableTabs add(HeadTableView view, HeadTableViewModel model, I18n i18n, Background background, String contestName,
                             org.podium.service.ResultsService results, java.nio.file.Path contestDir) {
        ConsistencyViewModel consistency = new ConsistencyViewModel(i18n, background);
        Tab officials = new Tab(i18n.get("head.tab.consistency"), new ConsistencyView(consistency, i18n).root());
        officials.setId("tab-consistency");
        officials.setClosable(false);
        view.addTab(officials);

        HeadTableTabs tabs = new HeadTableTabs(new BoardViewModel(i18n), i18n, contestName);
        Tab board = new Tab(i18n.get("head.tab.board"), tabs.boardControls());
        board.setId("tab-board");
        board.setClosable(false);
        view.addTab(board);

        tabs.exportThread = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "podium-export");
            t.setDaemon(true);
            return t;
        });
        ExportsViewModel exportsModel = new ExportsViewModel(exporter(results, contestDir), new FxBackground(tabs.exportThread),
                javafx.application.Platform::runLater, i18n, contestDir.resolve("exports"));
        Tab exports = new Tab(i18n.get("head.tab.exports"), new ExportsView(exportsModel, i18n).root());
        exports.setId("tab-exports");
        exports.setClosable(false);
        view.addTab(exports);

        model.reportProperty().addListener((o, was, report) -> {
            if (report != null) {
                consistency.show(report.result());
                tabs.follow(report);
            }
        });
        if (model.reportProperty().get() != null) {
            consistency.show(model.reportProperty().get().result());
            tabs.follow(model.reportProperty().get());
        }
        return tabs;
    }

    /**
     * One export from the shared current results (no rescore of its own while the journal has not moved): the result
     * sheets and award list (Excel), certificates with the award list and notice (PDF), blank sheets (PDF, with the
     * database's work numbers); result sheets, notice and award list carry each published round's seal.
     */
    static ExportsViewModel.Exporter exporter(org.podium.service.ResultsService results, java.nio.file.Path contestDir) {
        org.podium.service.ExportService service = new org.podium.service.ExportService();
        return (kind, outDir, locale, progress) -> {
            org.podium.exchange.ExportInput input = results.exportInput(contestDir);
            return switch (kind) {
                case RESULTS -> service.results(input, outDir, locale, progress);
                case AWARDS -> service.awards(input, outDir, locale, progress);
                case CERTIFICATES -> service.certificates(input, outDir, locale, progress);
                case SHEETS -> service.sheets(input, outDir, locale, progress);
            };
        };
    }

    /** Live or published-only, and a button that opens the board on the second screen (or a window). */
    private VBox boardControls() {
        ToggleGroup modes = new ToggleGroup();
        HBox choice = new HBox(16);
        for (BoardMode mode : BoardMode.values()) {
            RadioButton b = new RadioButton(i18n.get("head.board.mode." + mode.name()));
            b.setId("board-" + mode.name());
            b.setToggleGroup(modes);
            b.setSelected(board.modeProperty().get() == mode);
            b.setOnAction(e -> {
                board.modeProperty().set(mode);
                if (last != null) {
                    follow(last); // back to live: the current ranking at once, not at the next fact
                }
            });
            choice.getChildren().add(b);
        }
        Button open = new Button(i18n.get("head.board.open"));
        open.setId("openBoard");
        open.setOnAction(e -> openWindow());
        Label note = new Label(i18n.get("head.board.note"));
        note.setWrapText(true);
        VBox box = new VBox(16, choice, open, note);
        box.getStyleClass().add("screen");
        return box;
    }

    private void openWindow() {
        if (window != null && window.stage().isShowing()) {
            window.stage().toFront();
            return;
        }
        window = BoardWindow.open(board, i18n, contestName);
    }

    /** Puts the round the head table shows on the board as {@link BoardRows#content} allows (blind judging). */
    private void follow(RoundReport report) {
        last = report;
        board.show(contestName, BoardRows.content(report, board.latestCountProperty().get()));
    }

    /** The projector board's model, which follows the round the head table shows (tests). */
    BoardViewModel board() {
        return board;
    }

    /** Closes the projector window, if open. */
    void close() {
        if (exportThread != null) {
            exportThread.shutdown(); // a running export finishes (or is cancelled) on its own thread
        }
        BoardWindow closing = window;
        window = null;
        if (closing == null) {
            return;
        }
        if (javafx.application.Platform.isFxApplicationThread()) {
            closing.close();
        } else {
            javafx.application.Platform.runLater(closing::close);
        }
    }
}
