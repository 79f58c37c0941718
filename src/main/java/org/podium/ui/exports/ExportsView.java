package org.podium.ui.exports;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.podium.ui.common.Messages;
import org.podium.ui.common.I18n;

/** The head table's Exports tab: the folder, one button per export, a progress bar and Cancel. Binds and forwards. */
public final class ExportsView {
    private final VBox root;

    public ExportsView(ExportsViewModel model, I18n i18n) {
        TextField folder = new TextField();
        folder.setId("exportFolder");
        folder.textProperty().bindBidirectional(model.folderProperty());
        HBox.setHgrow(folder, Priority.ALWAYS);
        Label folderLabel = new Label(i18n.get("exports.folder"));
        folderLabel.setLabelFor(folder);

        HBox buttons = new HBox(12);
        for (ExportsViewModel.Kind kind : ExportsViewModel.Kind.values()) {
            Button b = new Button(i18n.get("exports.kind." + kind.name()));
            b.setId("export-" + kind.name());
            b.disableProperty().bind(model.runningProperty());
            b.setOnAction(e -> model.export(kind));
            buttons.getChildren().add(b);
        }
        ProgressBar bar = new ProgressBar();
        bar.setId("exportProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button(i18n.get("exports.cancel"));
        cancel.setId("exportCancel");
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.setOnAction(e -> model.cancel());
        Label message = Messages.inline("exportMessage", "note", model.messageProperty());
        Label hint = new Label(i18n.get("exports.hint"));
        hint.setWrapText(true);

        root = new VBox(16, new HBox(12, folderLabel, folder), buttons, new HBox(12, bar, cancel), message, hint);
        root.getStyleClass().add("screen");
    }

    public Parent root() {
        return root;
    }
}
