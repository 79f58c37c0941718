package org.podium.ui.timing;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One contestant of the heat at the timekeeper station, with this timekeeper's saved time. */
public final class Lane {
    private final int number;
    private final String bib;
    private final String name;
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "");
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper(this, "pending", "");
    private final ReadOnlyObjectWrapper<SaveState> state = new ReadOnlyObjectWrapper<>(this, "state", SaveState.EMPTY);

    Lane(int number, String bib, String name) {
        this.number = number;
        this.bib = bib;
        this.name = name;
    }

    public int number() {
        return number;
    }

    public String bib() {
        return bib;
    }

    public String name() {
        return name;
    }

    /** The time in the database, formatted ({@code 0:12.34}), or empty. */
    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** The time being saved or not saved (formatted), or empty. */
    public ReadOnlyStringProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    void saving(String formatted) {
        pending.set(formatted);
        state.set(SaveState.SAVING);
    }

    void saved(String formatted) {
        saved.set(formatted);
        pending.set("");
        state.set(SaveState.SAVED);
    }

    void notSaved() {
        state.set(SaveState.NOT_SAVED);
    }
}
