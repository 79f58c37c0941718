package org.podium.ui.board;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The board's own window: on a second display when there is one, full screen (no exit hint on the projector;
 * F11 or Esc leaves and F11 enters full screen again), else a normal window on the first display, 1280x720 (a chief
 * drags it to a projector and presses F11). Page Down turns the page at once.
 */
public final class BoardWindow {
    static final String PODIUM_CSS = "/org/podium/ui/css/podium.css";
    static final String BOARD_CSS = "/org/podium/ui/css/board.css";

    private final Stage stage;
    private final BoardView view;

    private BoardWindow(Stage stage, BoardView view) {
        this.stage = stage;
        this.view = view;
    }

    /**
     * Opens a window showing {@code model} (call on the FX thread). Closing it (or {@link #close()}) stops the page
     * timer; the model stays the caller's.
     *
     * @param title the window's title (seen on the head table's task bar, not on the board)
     */
    public static BoardWindow open(BoardViewModel model, org.podium.ui.common.I18n i18n, String title) {
        BoardView view = new BoardView(model, i18n);
        Stage stage = new Stage();
        stage.setTitle(title);
        Screen screen = target(Screen.getScreens(), Screen.getPrimary());
        boolean second = screen != Screen.getPrimary();
        Rectangle2D bounds = screen.getVisualBounds();
        Scene scene = second ? new Scene(view.root(), bounds.getWidth(), bounds.getHeight()) : new Scene(view.root(), 1280, 720);
        scene.getStylesheets().addAll(BoardWindow.class.getResource(PODIUM_CSS).toExternalForm(),
                BoardWindow.class.getResource(BOARD_CSS).toExternalForm());
        stage.setScene(scene);
        stage.setX(bounds.getMinX() + (second ? 0 : 40));
        stage.setY(bounds.getMinY() + (second ? 0 : 40));
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.keyCombination("Esc"));
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F11) {
                stage.setFullScreen(!stage.isFullScreen());
            } else if (e.getCode() == KeyCode.PAGE_DOWN) {
                model.nextPage();
            }
        });
        stage.setOnHidden(e -> view.stop());
        stage.show();
        if (second) {
            stage.setFullScreen(true);
        }
        return new BoardWindow(stage, view);
    }

    /** The screen the board goes on: the first that is not the primary one, else the primary one. */
    static Screen target(List<Screen> screens, Screen primary) {
        for (Screen s : screens) {
            if (!s.equals(primary)) {
                return s;
            }
        }
        return primary;
    }

    public Stage stage() {
        return stage;
    }

    public BoardView view() {
        return view;
    }

    /** Closes the window (the page timer stops with it). */
    public void close() {
        stage.close();
    }
}
