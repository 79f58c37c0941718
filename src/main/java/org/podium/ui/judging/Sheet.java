package org.podium.ui.judging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.podium.domain.Criterion;
import org.podium.domain.Event;
import org.podium.domain.Penalty;

/**
 * One judge's sheet for one entry (and attempt) at the judge station: a mark line per criterion, a count line per
 * penalty code. With blind judging its {@link #label()} is the work number and {@link #detail()} is empty: the
 * view never learns the bib, the name or the unit.
 */
public final class Sheet {
    private final String bib;
    private final String label;
    private final String detail;
    private final List<SheetField> marks = new ArrayList<>();
    private final List<SheetField> penalties = new ArrayList<>();
    private final ReadOnlyObjectWrapper<SheetState> state = new ReadOnlyObjectWrapper<>(this, "state", SheetState.EMPTY);
    private final ReadOnlyBooleanWrapper submitted = new ReadOnlyBooleanWrapper(this, "submitted", false);
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly", false);
    private final ReadOnlyBooleanWrapper notSaved = new ReadOnlyBooleanWrapper(this, "notSaved", false);
    private boolean roundLocked;

    Sheet(Event event, String bib, String label, String detail) {
        this.bib = bib;
        this.label = label;
        this.detail = detail;
        for (Criterion c : event.quality().criteria()) {
            marks.add(new SheetField(this, c, null));
        }
        for (Penalty p : event.penalties()) {
            penalties.add(new SheetField(this, null, p));
        }
    }

    /** Known to the view model only: it is what facts are recorded for, and never shown under blind judging. */
    String bib() {
        return bib;
    }

    /** The bib and name, or under blind judging the work number. */
    public String label() {
        return label;
    }

    /** The unit, or empty (always empty under blind judging). */
    public String detail() {
        return detail;
    }

    public List<SheetField> marks() {
        return Collections.unmodifiableList(marks);
    }

    public List<SheetField> penalties() {
        return Collections.unmodifiableList(penalties);
    }

    public ReadOnlyObjectProperty<SheetState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty submittedProperty() {
        return submitted.getReadOnlyProperty();
    }

    /** Submitted, or its round locked by the chief: nothing on it can be changed from here. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** Some line of it is NOT SAVED. */
    public ReadOnlyBooleanProperty notSavedProperty() {
        return notSaved.getReadOnlyProperty();
    }

    /** The criteria without a mark (saved or on its way). */
    List<SheetField> missing() {
        return marks.stream().filter(f -> !f.hasValue()).toList();
    }

    void submitted(boolean now) {
        submitted.set(now);
        refresh();
    }

    void roundLocked(boolean locked) {
        roundLocked = locked;
        refresh();
    }

    void refresh() {
        readOnly.set(submitted.get() || roundLocked);
        notSaved.set(marks.stream().anyMatch(f -> f.stateProperty().get() == FieldState.NOT_SAVED)
                || penalties.stream().anyMatch(f -> f.stateProperty().get() == FieldState.NOT_SAVED));
        long marked = marks.stream().filter(SheetField::hasValue).count();
        state.set(submitted.get() ? SheetState.SUBMITTED
                : marked == 0 ? SheetState.EMPTY : marked == marks.size() ? SheetState.COMPLETE : SheetState.PARTIAL);
    }
}
