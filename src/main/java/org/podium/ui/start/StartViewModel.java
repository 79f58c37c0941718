package org.podium.ui.start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.contestfile.ContestFileException;
import org.podium.contestfile.ContestFolder;
import org.podium.service.OpenContest;
import org.podium.service.Settings;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;
import org.podium.ui.common.Refusals;

/**
 * The start screen: the recently opened contest folders, then the samples; opening a contest folder with its
 * database; a new contest (handed on to its starting point). Remembers opened folders in {@link Settings} (when given).
 */
public final class StartViewModel {
    private final Background background;
    private final I18n i18n;
    private final Clock clock;
    private final Consumer<OpenContest> opened;
    private final Settings settings;
    private final ObservableList<ContestChoice> contests = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public StartViewModel(Background background, I18n i18n, Clock clock, Consumer<OpenContest> opened) {
        this(background, i18n, clock, opened, null);
    }

    /** @param settings where opened folders are remembered, or null to remember nothing */
    public StartViewModel(Background background, I18n i18n, Clock clock, Consumer<OpenContest> opened, Settings settings) {
        this.settings = settings;
        this.background = background;
        this.i18n = i18n;
        this.clock = clock;
        this.opened = opened;
    }

    /** The recently opened contest folders (newest first), then the samples: shown for choosing. */
    public ObservableList<ContestChoice> contests() {
        return contests;
    }

    /** Why the last opening failed, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * Lists the recently opened contest folders that still exist, then the contest folders inside each of
     * {@code sampleDirs} (missing ones are skipped), each once, with its contest's name.
     */
    public void findContests(List<Path> sampleDirs) {
        background.run(() -> {
            List<ContestChoice> found = new ArrayList<>();
            Set<Path> seen = new HashSet<>();
            if (settings != null) {
                for (Path dir : settings.recent()) {
                    if (Files.isRegularFile(dir.resolve(ContestFolder.CONTEST_FILE)) && seen.add(dir)) {
                        found.add(new ContestChoice(dir, name(dir), false));
                    }
                }
            }
            for (Path dir : sampleDirs) {
                for (Path p : OpenContest.contestFolders(dir)) {
                    Path abs = p.toAbsolutePath().normalize();
                    if (seen.add(abs)) {
                        found.add(new ContestChoice(abs, name(abs), true));
                    }
                }
            }
            return found;
        }, contests::setAll, e -> problem.set(i18n.get("start.error.list", e.getMessage())));
    }

    /** The contest's name, or null when its contest.yaml cannot be read (opening it then says why). */
    private static String name(Path dir) {
        try {
            return ContestFolder.load(dir).contest().name();
        } catch (ContestFileException | RuntimeException e) {
            return null;
        }
    }

    private Consumer<Path> create;

    /**
     * Where {@link #create} leads: the new contest's starting point (an empty contest or a sample's scheme, its name and
     * folder asked), handed the sample chosen here, or null.
     */
    public void onCreate(Consumer<Path> create) {
        this.create = create;
    }

    /**
     * A new contest: hands on to the starting point, with {@code chosen} as the template offered first when it is a
     * sample. Nothing is made here, so never a contest under a sample's name without asking.
     */
    public void create(ContestChoice chosen) {
        if (create == null || busy.get()) {
            return;
        }
        problem.set("");
        create.accept(chosen != null && chosen.sample() ? chosen.dir() : null);
    }

    private java.util.function.BiConsumer<Path, org.podium.contestfile.ContestDraft> setUp;

    /** Where {@link #setUp} hands a contest's folder and its contest.yaml draft: the setup screen. */
    public void onSetUp(java.util.function.BiConsumer<Path, org.podium.contestfile.ContestDraft> setUp) {
        this.setUp = setUp;
    }

    public boolean canSetUp() {
        return setUp != null;
    }

    /** Reads the contest.yaml of {@code dir} (away from the FX thread) and hands it to the setup screen. */
    public void setUp(Path dir) {
        if (dir == null || setUp == null || busy.get()) {
            return;
        }
        busy.set(true);
        problem.set("");
        background.run(() -> org.podium.service.ContestSetup.open(dir), draft -> {
            busy.set(false);
            setUp.accept(dir, draft);
        }, e -> {
            busy.set(false);
            problem.set(i18n.get("start.error.open", dir, Refusals.failure(i18n, e)));
        });
    }

    /** Opens a contest folder and its database (created when missing); on success hands it on. */
    public void open(Path dir) {
        if (dir == null || busy.get()) {
            return;
        }
        busy.set(true);
        problem.set("");
        background.run(() -> {
            OpenContest c = OpenContest.open(dir, clock, settings == null ? null : settings.backupDir().orElse(null));
            if (settings != null) {
                try {
                    settings.opened(dir);
                } catch (java.io.IOException e) {
                    // only the recent list is not updated; the contest is open
                }
            }
            return c;
        }, c -> {
            busy.set(false);
            opened.accept(c);
        }, e -> {
            busy.set(false);
            String more = e instanceof ContestFileException c && c.omitted() > 0
                    ? "\n" + i18n.get("problems.more", String.format("%,d", c.omitted())) : "";
            problem.set(i18n.get("start.error.open", dir, Refusals.failure(i18n, e)) + more);
        });
    }
}
