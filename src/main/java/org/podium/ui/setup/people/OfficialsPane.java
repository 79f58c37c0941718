package org.podium.ui.setup.people;

import java.io.File;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.podium.domain.Role;
import org.podium.service.OfficialsDesk;
import org.podium.ui.common.Combos;
import org.podium.ui.common.I18n;

/**
 * The officials pane: a table of the officials (id, name, role, whether they have a PIN); the form under it (id, name,
 * role, new PIN twice; a chief's id and PIN, or the official's old PIN, for a change); Add, Save name and role, Set PIN;
 * Print the login sheet. PIN fields are cleared after every try. Binds and forwards.
 */
public final class OfficialsPane {
    private final VBox root;

    public OfficialsPane(OfficialsViewModel model, I18n i18n) {
        TableView<OfficialsDesk.Official> table = new TableView<>(model.officials());
        table.setId("officialsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(i18n.get("pdf.login.column.id"), o -> o.id()));
        table.getColumns().add(column(i18n.get("pdf.column.name"), o -> o.name()));
        table.getColumns().add(column(i18n.get("pdf.login.column.role"), o -> model.roleText(o.role())));
        table.getColumns().add(column(i18n.get("pdf.login.column.pin"), model::accountText));
        table.setPlaceholder(new Label(i18n.get("people.officials.none")));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
        table.setPrefHeight(300);
        VBox.setVgrow(table, Priority.ALWAYS);

        TextField id = text("officialId", model.idProperty());
        TextField name = text("officialName", model.nameProperty());
        ComboBox<Role> role = Combos.of("officialRole", FXCollections.observableArrayList(model.roles()), model.roleProperty(),
                model::roleText);
        PasswordField pin = secret("officialPin");
        PasswordField again = secret("officialPinAgain");
        TextField chief = text("officialChief", model.chiefProperty());
        chief.setPromptText(i18n.get("people.officials.chief.prompt"));
        PasswordField chiefPin = secret("officialChiefPin");

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(i18n.get("pdf.login.column.id")), id, new Label(i18n.get("pdf.column.name")), name,
                new Label(i18n.get("pdf.login.column.role")), role);
        form.addRow(1, new Label(i18n.get("people.officials.newPin")), pin, new Label(i18n.get("people.officials.again")), again);
        form.addRow(2, new Label(i18n.get("people.officials.chief")), chief, new Label(i18n.get("people.officials.chiefPin")),
                chiefPin);

        Button add = new Button(i18n.get("people.officials.add"));
        add.setId("officialAdd");
        add.setOnAction(e -> {
            model.add(pin.getText().toCharArray(), again.getText().toCharArray());
            clear(pin, again, chiefPin);
        });
        Button change = new Button(i18n.get("people.officials.change"));
        change.setId("officialChange");
        change.setOnAction(e -> {
            model.change(chiefPin.getText().toCharArray());
            clear(pin, again, chiefPin);
        });
        Button setPin = new Button(i18n.get("people.officials.setPin"));
        setPin.setId("officialSetPin");
        setPin.setOnAction(e -> {
            model.setPin(pin.getText().toCharArray(), again.getText().toCharArray(), chiefPin.getText().toCharArray());
            clear(pin, again, chiefPin);
        });
        Button print = new Button(i18n.get("people.officials.print"));
        print.setId("officialPrint");
        print.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(i18n.get("people.officials.sheet.file"));
            File f = chooser.showSaveDialog(print.getScene() == null ? null : print.getScene().getWindow());
            if (f != null) {
                model.printLoginSheet(f.toPath());
            }
        });
        for (Button b : new Button[] {add, change, setPin, print}) {
            b.disableProperty().bind(model.busyProperty());
        }
        Label rules = new Label(i18n.get("people.officials.rules"));
        PeoplePanes.wrapped(rules);
        Label message = new Label();
        message.setId("officialsMessage");
        PeoplePanes.wrapped(message);
        message.textProperty().bind(model.messageProperty());
        model.failedProperty().addListener((o, was, now) -> message.getStyleClass().setAll(now ? "error" : "label"));

        root = PeoplePanes.styled(new VBox(PeoplePanes.heading(i18n.get("people.officials.title")), table, form, rules,
                new HBox(12, add, change, setPin, print), message));
    }

    private static TableColumn<OfficialsDesk.Official, String> column(String title,
                                                                      java.util.function.Function<OfficialsDesk.Official, String> value) {
        TableColumn<OfficialsDesk.Official, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static PasswordField secret(String id) {
        PasswordField f = new PasswordField();
        f.setId(id);
        return f;
    }

    private static void clear(PasswordField... fields) {
        for (PasswordField f : fields) {
            f.clear();
        }
    }

    public Parent root() {
        return root;
    }
}
