package org.podium.ui.setup.people;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.podium.contestfile.ContestFolder;
import org.podium.service.OfficialsDesk;
import org.podium.service.PeopleImport;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;
import org.podium.ui.setup.SetupView;

/**
 * The people pages of the setup screen: the roster, the theory results, the officials and ready for the day, added to a
 * {@link SetupView} of one contest folder. Each pane is made once, when its page is first shown, and keeps its state
 * while the organiser moves between pages. The officials' database is opened on the executor when first needed and
 * opened again once contest.yaml was saved with other contents (so the officials it names are the saved ones);
 * {@link #close()} closes it.
 */
public final class PeoplePages implements AutoCloseable {
    private final Path dir;
    private final I18n i18n;
    private final Background background;
    private final Desk desk;
    private RosterImportPane roster;
    private RosterImportPane theory;
    private final StackPane officialsHolder = new StackPane();
    private OfficialsDesk officialsShown;
    private OfficialsViewModel officials;
    private ReadinessViewModel readiness;
    private Node ready;

    private final Clock clock;

    private PeoplePages(Path dir, I18n i18n, Background background, Clock clock) {
        this.dir = dir;
        this.i18n = i18n;
        this.background = background;
        this.desk = new Desk(dir, clock);
        this.clock = clock;
    }

    /** Adds the four pages to {@code view}, after its own. */
    public static PeoplePages addTo(SetupView view, Path dir, I18n i18n, Background background, Clock clock) {
        PeoplePages pages = new PeoplePages(dir, i18n, background, clock);
        view.addPage("roster", i18n.get("setup.page.roster"), pages::roster);
        view.addPage("theory", i18n.get("setup.page.theory"), pages::theory);
        view.addPage("officials", i18n.get("setup.page.officials"), pages::officials);
        view.addPage("ready", i18n.get("setup.page.ready"), pages::ready);
        return pages;
    }

    private Node roster() {
        if (roster == null) {
            roster = new RosterImportPane(new RosterImportViewModel(new PeopleImport(dir), PeopleImport.Kind.ROSTER,
                    background, i18n), i18n, background);
        }
        return roster.root();
    }

    private Node theory() {
        if (theory == null) {
            theory = new RosterImportPane(new RosterImportViewModel(new PeopleImport(dir), PeopleImport.Kind.THEORY,
                    background, i18n), i18n, background);
        }
        return theory.root();
    }

    /** The officials pane, made (again) on the FX thread once the database is open, then its list read. */
    private Node officials() {
        background.run(desk::current, d -> {
            if (d != officialsShown) {
                officialsShown = d;
                officials = new OfficialsViewModel(d, background, i18n, desk.clock);
                officialsHolder.getChildren().setAll(new OfficialsPane(officials, i18n).root());
            }
            officials.refresh();
        }, e -> officialsHolder.getChildren().setAll(PeoplePanes.wrapped(
                new javafx.scene.control.Label(String.valueOf(e.getMessage())))));
        return officialsHolder;
    }

    /** Ready for the day, checked again each time it is shown. */
    private Node ready() {
        if (ready == null) {
            readiness = new ReadinessViewModel(dir, () -> desk.current().officials(), background, i18n, clock);
            ready = new ReadinessPane(readiness, i18n).root();
        }
        readiness.check();
        return ready;
    }

    /** The roster import pane (made when first asked). */
    public RosterImportPane rosterPane() {
        roster();
        return roster;
    }

    /** The theory import pane (made when first asked). */
    public RosterImportPane theoryPane() {
        theory();
        return theory;
    }

    /** Ready for the day's model, once its page was shown (else null). */
    public ReadinessViewModel readiness() {
        return readiness;
    }

    /** Closes the officials' database on the executor (nothing is pending: every change was written). */
    @Override
    public void close() {
        background.run(() -> {
            desk.close();
            return null;
        }, done -> { }, failed -> { });
    }

    /** The officials' database of the folder, opened again when contest.yaml changed since. Called on the executor. */
    private static final class Desk {
        private final Path dir;
        private final Clock clock;
        private OfficialsDesk open;
        private byte[] yaml;

        Desk(Path dir, Clock clock) {
            this.dir = dir;
            this.clock = clock;
        }

        synchronized OfficialsDesk current() throws java.io.IOException {
            Path file = dir.resolve(ContestFolder.CONTEST_FILE);
            byte[] now = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
            if (open == null || !Arrays.equals(now, yaml)) {
                close();
                open = OfficialsDesk.open(dir, clock);
                yaml = now;
            }
            return open;
        }

        synchronized void close() {
            if (open != null) {
                open.close();
                open = null;
            }
        }
    }
}
