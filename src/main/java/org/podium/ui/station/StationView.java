package org.podium.ui.station;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.podium.domain.Role;
import org.podium.ui.common.I18n;

/** Station choice and login. Binds and forwards only. */
public final class StationView {
    private final VBox root;
    private final TextField official;

    /** @param sampleNote whether to say that the sample officials were seeded with PIN 0000 */
    public StationView(StationViewModel model, I18n i18n, String contestName, boolean sampleNote) {
        Label title = new Label(i18n.get("station.title", contestName));
        title.getStyleClass().add("title");

        ComboBox<Role> station = new ComboBox<>(model.stations());
        station.setId("station");
        station.valueProperty().bindBidirectional(model.stationProperty());
        station.setCellFactory(v -> new RoleCell(i18n));
        station.setButtonCell(new RoleCell(i18n));
        official = new TextField();
        official.setId("official");
        official.textProperty().bindBidirectional(model.officialIdProperty());
        PasswordField pin = new PasswordField();
        pin.setId("pin");
        pin.textProperty().bindBidirectional(model.pinProperty());
        official.setOnAction(e -> pin.requestFocus());
        pin.setOnAction(e -> model.logIn());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(12);
        form.addRow(0, label(i18n.get("station.station"), station), station);
        form.addRow(1, label(i18n.get("station.official"), official), official);
        form.addRow(2, label(i18n.get("station.pin"), pin), pin);

        Button logIn = new Button(i18n.get("station.logIn"));
        logIn.setId("logIn");
        logIn.setDefaultButton(true);
        logIn.disableProperty().bind(model.busyProperty());
        logIn.setOnAction(e -> model.logIn());
        Label checking = new Label(i18n.get("station.checking"));
        checking.visibleProperty().bind(model.busyProperty());
        Label error = org.podium.ui.common.Messages.inline("error", "error", model.errorProperty());

        Label none = new Label(i18n.get("station.noOfficials"));
        none.setId("noOfficials");
        none.getStyleClass().add("note");
        none.setWrapText(true);
        none.visibleProperty().bind(model.noOfficialsProperty());
        none.managedProperty().bind(model.noOfficialsProperty());
        root = new VBox(16, title, none, form, new javafx.scene.layout.HBox(12, logIn, checking), error);
        if (sampleNote) {
            Label note = new Label(i18n.get("station.sampleNote"));
            note.setId("sampleNote");
            note.getStyleClass().add("note");
            note.setWrapText(true);
            root.getChildren().add(1, note);
        }
        root.getStyleClass().add("screen");
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        return l;
    }

    public Parent root() {
        return root;
    }

    /** Puts the keyboard in the official id field. */
    public void focus() {
        official.requestFocus();
    }

    private static final class RoleCell extends ListCell<Role> {
        private final I18n i18n;

        RoleCell(I18n i18n) {
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(Role item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : i18n.get("role." + item.key()));
        }
    }
}
