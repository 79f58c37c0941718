package org.podium.app;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** What the app's screen tests share: waiting for the executor and the screen, and where the keyboard is. */
final class FxScreens {
    private FxScreens() {
    }

    /** Waits (at most 15 s) until {@code condition} holds, then until the FX thread is idle. */
    static void waitUntil(Callable<Boolean> condition) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The id of the node holding the keyboard, or null. */
    static String focusId(Stage stage) {
        Node owner = stage.getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    /** The text of the label {@code id} (a CSS selector such as {@code #info}). */
    static String label(org.testfx.api.FxRobot robot, String id) {
        return robot.lookup(id).queryAs(javafx.scene.control.Label.class).getText();
    }

    /** The head table's ranking. */
    @SuppressWarnings("unchecked")
    static javafx.scene.control.TableView<org.podium.ui.head.ResultRow> results(org.testfx.api.FxRobot robot) {
        return robot.lookup("#results").queryAs(javafx.scene.control.TableView.class);
    }

    /** After a screen test: the FX thread idle, the shell's contest closed, the executor finished (at most 10 s). */
    static void stop(Shell shell, java.util.concurrent.ExecutorService executor) throws InterruptedException {
        WaitForAsyncUtils.waitForFxEvents();
        shell.closeContest();
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the executor did not finish within 10 s");
        }
    }

    /**
     * The login screen: Shift+Tab to the station choice, Down twice (the head table), Tab, then C and the sample PIN;
     * returns once the head table's ranking lists entries.
     */
    static void logInAsChief(org.testfx.api.FxRobot robot, javafx.stage.Stage stage) throws java.util.concurrent.TimeoutException {
        waitUntil(() -> "official".equals(focusId(stage)));
        robot.press(javafx.scene.input.KeyCode.SHIFT).type(javafx.scene.input.KeyCode.TAB).release(javafx.scene.input.KeyCode.SHIFT);
        robot.type(javafx.scene.input.KeyCode.DOWN).type(javafx.scene.input.KeyCode.DOWN).type(javafx.scene.input.KeyCode.TAB);
        robot.write("C").type(javafx.scene.input.KeyCode.ENTER).write("0000").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#results").tryQuery().isPresent()
                && !robot.lookup("#results").queryAs(javafx.scene.control.TableView.class).getItems().isEmpty());
    }
}
