package org.podium.ui.setup.people;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.contestfile.ContestYaml;
import org.podium.service.NewContest;
import org.podium.service.OpenContest;
import org.podium.service.SetupRefused;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;

/**
 * Starting points of a new contest: an empty one, or a sample's scheme as a template (never its people, officials,
 * scores or database); the contest's name and its folder are asked. On success the new folder is handed on (the setup
 * screen opens it).
 */
public final class StartingPointViewModel {
    /** A starting point: {@code dir} null for an empty contest. */
    public record Template(Path dir, String name) {
    }

    private final Background background;
    private final I18n i18n;
    private final Consumer<Path> created;
    private final ObservableList<Template> templates = FXCollections.observableArrayList();
    private final ObjectProperty<Template> template = new SimpleObjectProperty<>(this, "template");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty folder = new SimpleStringProperty(this, "folder", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public StartingPointViewModel(Background background, I18n i18n, Consumer<Path> created) {
        this.background = background;
        this.i18n = i18n;
        this.created = created;
    }

    /** Offers the empty contest and the sample contests found in {@code samples} (read on the executor). */
    public void findTemplates(Path samples) {
        findTemplates(List.of(samples), null);
    }

    /**
     * Offers the empty contest and the sample contests found in each of {@code samples} (read on the executor); the one
     * in {@code preferred} is chosen when offered, else the empty contest.
     */
    public void findTemplates(List<Path> samples, Path preferred) {
        Path wanted = preferred == null ? null : preferred.toAbsolutePath().normalize();
        background.run(() -> {
            List<Template> out = new ArrayList<>();
            out.add(new Template(null, i18n.get("people.start.empty")));
            java.util.Set<Path> seen = new java.util.HashSet<>(); // contests/ of the working folder is often the jar's too
            for (Path dir : samples) {
                for (Path p : OpenContest.contestFolders(dir)) {
                    if (!seen.add(p.toAbsolutePath().normalize())) {
                        continue;
                    }
                    String n;
                    try {
                        n = ContestYaml.read(p.resolve("contest.yaml")).name();
                    } catch (Exception e) {
                        n = p.getFileName().toString();
                    }
                    out.add(new Template(p, i18n.get("people.start.fromSample", n)));
                }
            }
            return out;
        }, list -> {
            templates.setAll(list);
            template.set(list.stream().filter(t -> t.dir() != null && t.dir().toAbsolutePath().normalize().equals(wanted))
                    .findFirst().orElse(list.get(0)));
        }, e -> message.set(String.valueOf(e.getMessage())));
    }

    /**
     * The folder chosen to hold the new contest (a folder chooser's answer): the new folder is made inside it, named
     * after the contest (characters a file name cannot hold made '_'), or "contest" while no name is typed.
     */
    public void placeIn(Path parent) {
        if (parent == null) {
            return;
        }
        String n = name.get() == null ? "" : name.get().strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        folder.set(parent.resolve(n.isEmpty() || n.chars().allMatch(c -> c == '.') ? "contest" : n).toString());
    }

    /** Makes the new contest. */
    public void create() {
        Template t = template.get();
        String typed = folder.get().strip();
        if (t == null || busy.get()) {
            return;
        }
        if (typed.isEmpty()) {
            message.set(i18n.get("start.error.noFolder"));
            return;
        }
        busy.set(true);
        String contestName = name.get();
        background.run(() -> t.dir() == null ? NewContest.empty(Path.of(typed), contestName)
                : NewContest.fromTemplate(t.dir(), Path.of(typed), contestName), made -> {
            busy.set(false);
            message.set(i18n.get("people.start.created", made.toString()));
            created.accept(made);
        }, e -> {
            busy.set(false);
            message.set(e instanceof SetupRefused r ? i18n.get(r.key(), r.args().toArray())
                    : i18n.get("start.error.create", e.getMessage()));
        });
    }

    public ObservableList<Template> templates() {
        return templates;
    }

    public ObjectProperty<Template> templateProperty() {
        return template;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
