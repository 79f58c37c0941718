package org.podium.ui.setup.people;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.contestfile.Preview;
import org.podium.contestfile.Problem;
import org.podium.contestfile.Table;
import org.podium.service.PeopleImport;
import org.podium.service.SetupRefused;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;

/**
 * The roster (or theory results) import pane: a file chosen is previewed on the executor by the engine's reader, in the
 * screen's language; the columns as recognised can be mapped by hand (the file is then read again); every problem is
 * listed with its row; nothing is imported until {@link #confirm()} on a preview without problems.
 */
public final class RosterImportViewModel {
    /** What a column of the file can be mapped to, besides the reader's own column names. */
    public static final String KEEP = "";
    /** Left out of the import. */
    public static final String LEAVE_OUT = "\u0000leave-out";

    private final PeopleImport people;
    private final PeopleImport.Kind kind;
    private final Background background;
    private final I18n i18n;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<Preview<?>> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper importable = new ReadOnlyBooleanWrapper(this, "importable");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final Map<String, String> hand = new LinkedHashMap<>();
    private long generation;

    public RosterImportViewModel(PeopleImport people, PeopleImport.Kind kind, Background background, I18n i18n) {
        this.people = people;
        this.kind = kind;
        this.background = background;
        this.i18n = i18n;
    }

    public PeopleImport.Kind kind() {
        return kind;
    }

    /** The names a column may be mapped to: the reader's columns, then {@link #KEEP} and {@link #LEAVE_OUT}. */
    public List<String> targets() {
        List<String> out = new ArrayList<>(kind.columns());
        out.add(KEEP);
        out.add(LEAVE_OUT);
        return out;
    }

    /** A target as the screen says it. */
    public String targetText(String target) {
        if (KEEP.equals(target)) {
            return i18n.get("people.import.map.keep");
        }
        if (LEAVE_OUT.equals(target)) {
            return i18n.get("people.import.map.leaveOut");
        }
        return i18n.get("people.import.column." + target) + " (" + target + ")";
    }

    /** The target a column is read as now. */
    public String targetOf(Table.Column c) {
        if (c.source() == Table.Source.LEFT_OUT || c.name() == null) {
            return LEAVE_OUT;
        }
        return kind.columns().contains(c.name()) ? c.name() : KEEP;
    }

    /** Previews {@code chosen} (the hand mapping starts afresh). */
    public void choose(Path chosen) {
        if (chosen == null) {
            return;
        }
        hand.clear();
        file.set(chosen);
        read();
    }

    /** Maps the column whose header is {@code header} to {@code target} (see {@link #targets()}), and reads again. */
    public void map(String header, String target) {
        if (file.get() == null || header == null) {
            return;
        }
        hand.put(header, LEAVE_OUT.equals(target) ? "" : KEEP.equals(target) ? header : target);
        read();
    }

    private void read() {
        Path f = file.get();
        Map<String, String> mapping = Map.copyOf(hand);
        long mine = ++generation;
        busy.set(true);
        importable.set(false);
        message.set(i18n.get("people.import.reading", f.getFileName()));
        background.run(() -> people.preview(kind, f, mapping, i18n.locale()), p -> {
            if (mine != generation) {
                return; // a newer reading is under way
            }
            busy.set(false);
            show(p);
        }, e -> {
            if (mine == generation) {
                busy.set(false);
                message.set(i18n.get("people.import.failed", String.valueOf(e.getMessage())));
            }
        });
    }

    private void show(Preview<?> p) {
        List<String> lines = new ArrayList<>();
        for (Problem problem : p.problems()) {
            lines.add(problem.line() > 0 ? i18n.get("people.import.problemAt", problem.line(), problem.message())
                    : problem.message());
        }
        if (p.problemsOmitted() > 0) {
            lines.add(i18n.get("people.import.moreProblems", String.format("%,d", p.problemsOmitted())));
        }
        problems.setAll(lines);
        preview.set(p);
        importable.set(p.importable() && !p.read().isEmpty());
        StringBuilder s = new StringBuilder(i18n.get(p.problemCount() == 0 ? "people.import.summary.ok"
                : "people.import.summary.problems", p.read().size(), p.problemCount(), p.headerLine()));
        for (Problem note : p.notes()) {
            s.append('\n').append(i18n.get("people.import.problemAt", note.line(), note.message()));
        }
        summary.set(s.toString());
        message.set("");
    }

    /** Writes the previewed rows into the contest folder; refused (and said) while the preview has problems. */
    public void confirm() {
        Preview<?> p = preview.get();
        if (p == null || busy.get()) {
            return;
        }
        busy.set(true);
        background.run(() -> people.confirm(kind, p), written -> {
            busy.set(false);
            importable.set(false);
            message.set(i18n.get("people.import.done", p.read().size(), written.getFileName()));
        }, e -> {
            busy.set(false);
            message.set(e instanceof SetupRefused r ? i18n.get(r.key(), r.args().toArray())
                    : i18n.get("people.import.failed", String.valueOf(e.getMessage())));
        });
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The latest preview (null before a file is chosen). */
    public ReadOnlyObjectProperty<Preview<?>> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** A preview without problems, not yet imported. */
    public ReadOnlyBooleanProperty importableProperty() {
        return importable.getReadOnlyProperty();
    }

    /** How many rows were read, how many problems, where the table ended. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What is being done, or what was: reading, imported, refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Every problem with its row, whole, in the screen's language. */
    public ObservableList<String> problems() {
        return problems;
    }
}
