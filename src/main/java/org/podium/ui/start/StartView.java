package org.podium.ui.start;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.podium.ui.common.I18n;
import org.podium.ui.common.LanguageChooser;

/** The start screen: sample contests to open, and a folder chooser. Binds and forwards only. */
public final class StartView {
    private final VBox root;

    public StartView(StartViewModel model, I18n i18n, Consumer<Locale> language) {
        Label title = new Label(i18n.get("start.title"));
        title.getStyleClass().add("title");
        Label samplesLabel = new Label(i18n.get("start.samples"));
        ListView<ContestChoice> samples = new ListView<>(model.contests());
        samples.setId("samples");
        samples.setPlaceholder(new Label(i18n.get("start.none")));
        samples.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ContestChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.get(item.sample() ? "start.item.sample" : "start.item.recent",
                        item.name() == null ? item.dir().getFileName() : item.name(), item.dir()));
            }
        });
        samplesLabel.setLabelFor(samples);
        model.contests().addListener((javafx.collections.ListChangeListener<ContestChoice>) c -> {
            if (samples.getSelectionModel().isEmpty() && !model.contests().isEmpty()) {
                samples.getSelectionModel().selectFirst();
            }
        });
        samples.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(dir(samples));
            }
        });
        samples.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.open(dir(samples));
            }
        });
        VBox.setVgrow(samples, Priority.ALWAYS);

        Button open = new Button(i18n.get("start.open"));
        open.setId("open");
        open.setDefaultButton(true);
        open.disableProperty().bind(model.busyProperty().or(samples.getSelectionModel().selectedItemProperty().isNull()));
        open.setOnAction(e -> model.open(dir(samples)));
        Button folder = new Button(i18n.get("start.openFolder"));
        folder.setId("openFolder");
        folder.disableProperty().bind(model.busyProperty());
        folder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(i18n.get("start.chooseFolder"));
            File dir = chooser.showDialog(folder.getScene().getWindow());
            if (dir != null) {
                model.open(dir.toPath());
            }
        });
        Button setUp = new Button(i18n.get("start.setup"));
        setUp.setId("setUp");
        setUp.setVisible(model.canSetUp());
        setUp.setManaged(model.canSetUp());
        setUp.disableProperty().bind(open.disableProperty());
        setUp.setOnAction(e -> model.setUp(dir(samples)));
        Label busy = new Label(i18n.get("start.opening"));
        busy.visibleProperty().bind(model.busyProperty());
        Label problem = new Label();
        problem.setId("problem");
        problem.getStyleClass().add("error");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(Bindings.isNotEmpty(model.problemProperty()));
        problem.managedProperty().bind(problem.visibleProperty());

        Button create = new Button(i18n.get("start.create"));
        create.setId("create");
        create.disableProperty().bind(model.busyProperty());
        create.setOnAction(e -> model.create(samples.getSelectionModel().getSelectedItem()));
        Label newLabel = new Label(i18n.get("start.newFrom"));
        newLabel.setWrapText(true);
        newLabel.setLabelFor(create);

        HBox top = new HBox(24, title, LanguageChooser.create(i18n, language));
        root = new VBox(12, top, samplesLabel, samples, new HBox(12, open, folder, setUp, busy), newLabel,
                create, problem);
        root.getStyleClass().add("screen");
    }

    private static Path dir(ListView<ContestChoice> list) {
        ContestChoice c = list.getSelectionModel().getSelectedItem();
        return c == null ? null : c.dir();
    }

    public Parent root() {
        return root;
    }
}
