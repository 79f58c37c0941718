package org.podium.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import org.podium.ui.common.I18n;

/**
 * The app's own small dialogs, their buttons labelled from Podium's bundles (the language chosen in Podium), never
 * JavaFX's {@code ButtonType.OK}/{@code CANCEL}, which JavaFX labels from the computer's locale.
 */
final class PodiumDialogs {
    private PodiumDialogs() {
    }

    /** OK, in Podium's language. */
    static ButtonType ok(I18n i18n) {
        return new ButtonType(i18n.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    /** Cancel, in Podium's language. */
    static ButtonType cancel(I18n i18n) {
        return new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** An error in one line, with one OK button. */
    static Alert error(I18n i18n, String line) {
        Alert alert = new Alert(Alert.AlertType.ERROR, line, ok(i18n));
        alert.setHeaderText(null);
        return alert;
    }

    /** The venue password, asked once (not shown): OK gives what was typed, Cancel or closing gives "". */
    static Dialog<String> venuePassword(I18n i18n) {
        Dialog<String> dialog = new Dialog<>();
        PasswordField field = new PasswordField();
        field.setId("venuePassword");
        dialog.setHeaderText(i18n.get("venue.join.askPassword"));
        dialog.getDialogPane().setContent(field);
        ButtonType ok = ok(i18n);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel(i18n));
        dialog.setResultConverter(b -> b == ok ? field.getText() : "");
        javafx.application.Platform.runLater(field::requestFocus);
        return dialog;
    }
}
