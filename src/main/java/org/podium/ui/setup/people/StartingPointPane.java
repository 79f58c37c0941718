package org.podium.ui.setup.people;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.podium.ui.common.Combos;
import org.podium.ui.common.I18n;

/** A new contest: its starting point (empty, or a sample as a template), its name and its folder; Create. */
public final class StartingPointPane {
    private final VBox root;

    public StartingPointPane(StartingPointViewModel model, I18n i18n) {
        ComboBox<StartingPointViewModel.Template> template = Combos.of("startTemplate", model.templates(),
                model.templateProperty(), StartingPointViewModel.Template::name);
        template.setMaxWidth(Double.MAX_VALUE);
        TextField name = new TextField();
        name.setId("startName");
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setPromptText(i18n.get("people.start.name.prompt"));
        TextField folder = new TextField();
        folder.setId("startFolder");
        folder.textProperty().bindBidirectional(model.folderProperty());
        folder.setPromptText(i18n.get("people.start.folder.prompt"));
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.addRow(0, new Label(i18n.get("people.start.template")), template);
        form.addRow(1, new Label(i18n.get("people.start.name")), name);
        Button place = new Button(i18n.get("people.start.place"));
        place.setId("startPlace");
        place.setOnAction(e -> {
            javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle(i18n.get("people.start.place.title"));
            model.placeIn(java.util.Optional.ofNullable(chooser.showDialog(place.getScene().getWindow()))
                    .map(java.io.File::toPath).orElse(null));
        });
        form.addRow(2, new Label(i18n.get("people.start.folder")), folder, place);
        GridPane.setHgrow(template, Priority.ALWAYS);
        GridPane.setHgrow(name, Priority.ALWAYS);
        GridPane.setHgrow(folder, Priority.ALWAYS);
        Button create = new Button(i18n.get("people.start.create"));
        create.setId("startCreate");
        create.setDefaultButton(true);
        create.disableProperty().bind(model.busyProperty());
        create.setOnAction(e -> model.create());
        Label hint = new Label(i18n.get("people.start.hint"));
        PeoplePanes.wrapped(hint);
        Label message = PeoplePanes.inline("startMessage", "note", model.messageProperty());
        root = PeoplePanes.styled(new VBox(PeoplePanes.heading(i18n.get("people.start.title")), hint, form, create, message));
    }

    public Parent root() {
        return root;
    }
}
