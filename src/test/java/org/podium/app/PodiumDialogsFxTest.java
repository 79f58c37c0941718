package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podium.ui.common.I18n;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The app's own dialogs (the venue password asked, a join that failed) label their buttons in the language chosen in
 * Podium, whatever the computer's locale: JavaFX's own ButtonType.OK/CANCEL would follow the computer's.
 */
@ExtendWith(ApplicationExtension.class)
class PodiumDialogsFxTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage; // left as it is: the screen tests after this one in the same JVM show their screens in it
    }

    private static java.util.List<String> buttons(DialogPane pane) {
        return pane.getButtonTypes().stream().map(t -> ((Button) pane.lookupButton(t)).getText()).toList();
    }

    @Test
    void withChineseChosenTheButtonsRead确定And取消EvenOnAnEnglishComputer(FxRobot robot) {
        Locale computer = Locale.getDefault();
        Locale.setDefault(Locale.US); // the computer's locale: English
        try {
            I18n zh = I18n.forLocale(Locale.SIMPLIFIED_CHINESE);
            AtomicReference<Dialog<String>> password = new AtomicReference<>();
            AtomicReference<Alert> error = new AtomicReference<>();
            robot.interact(() -> { // made, not shown: a dialog shown here takes the keyboard of the screen tests after it
                password.set(PodiumDialogs.venuePassword(zh));
                error.set(PodiumDialogs.error(zh, "无法加入"));
            });
            assertThat(buttons(password.get().getDialogPane())).containsExactly("确定", "取消");
            assertThat(buttons(error.get().getDialogPane())).containsExactly("确定");
            assertThat(password.get().getHeaderText()).isEqualTo(zh.get("venue.join.askPassword"));
            // OK gives what was typed, Cancel nothing
            robot.interact(() -> ((PasswordField) password.get().getDialogPane().getContent()).setText("84EzXepDnuqh"));
            assertThat(password.get().getResultConverter().call(password.get().getDialogPane().getButtonTypes().get(0)))
                    .isEqualTo("84EzXepDnuqh");
        } finally {
            Locale.setDefault(computer);
        }
    }

    @Test
    void withEnglishChosenTheButtonsReadOkAndCancel(FxRobot robot) {
        // (not run with the JVM's locale set to Chinese: JavaFX keeps what it loaded under it, and the screen tests run
        // after this one in the same JVM then lose their typing)
        Locale computer = Locale.getDefault();
        try {
            I18n en = I18n.forLocale(Locale.ROOT);
            AtomicReference<Dialog<String>> password = new AtomicReference<>();
            robot.interact(() -> password.set(PodiumDialogs.venuePassword(en)));
            assertThat(buttons(password.get().getDialogPane())).containsExactly("OK", "Cancel");
            AtomicReference<Alert> error = new AtomicReference<>();
            robot.interact(() -> error.set(PodiumDialogs.error(en, "x")));
            assertThat(buttons(error.get().getDialogPane())).containsExactly("OK");
            robot.interact(() -> ((PasswordField) password.get().getDialogPane().getContent()).setText("typed"));
            assertThat(password.get().getResultConverter().call(password.get().getDialogPane().getButtonTypes().get(1)))
                    .isEmpty();
        } finally {
            Locale.setDefault(computer);
        }
    }
}
