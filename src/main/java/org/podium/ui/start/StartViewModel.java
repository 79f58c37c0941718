package org.podium.ui.start;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.service.OpenContest;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;

/** The start screen: the sample contests offered, and opening a contest folder with its database. */
public final class StartViewModel {
    private final Background background;
    private final I18n i18n;
    private final Clock clock;
    private final Consumer<OpenContest> opened;
    private final ObservableList<Path> contests = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public StartViewModel(Background background, I18n i18n, Clock clock, Consumer<OpenContest> opened) {
        this.background = background;
        this.i18n = i18n;
        this.clock = clock;
        this.opened = opened;
    }

    /** The contest folders found in the sample folders, shown for choosing. */
    public ObservableList<Path> contests() {
        return contests;
    }

    /** Why the last opening failed, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Lists the contest folders inside each of {@code sampleDirs} (missing ones are skipped). */
    public void findContests(List<Path> sampleDirs) {
        background.run(() -> {
            List<Path> found = new ArrayList<>();
            for (Path dir : sampleDirs) {
                for (Path p : OpenContest.contestFolders(dir)) {
                    if (!found.contains(p.toAbsolutePath().normalize())) {
                        found.add(p.toAbsolutePath().normalize());
                    }
                }
            }
            return found;
        }, contests::setAll, e -> problem.set(i18n.get("start.error.list", e.getMessage())));
    }

    /** Opens a contest folder and its database (created when missing); on success hands it on. */
    public void open(Path dir) {
        if (dir == null || busy.get()) {
            return;
        }
        busy.set(true);
        problem.set("");
        background.run(() -> OpenContest.open(dir, clock), c -> {
            busy.set(false);
            opened.accept(c);
        }, e -> {
            busy.set(false);
            problem.set(i18n.get("start.error.open", dir, e.getMessage()));
        });
    }
}
