package org.podium.ui.judging;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.podium.domain.Criterion;
import org.podium.domain.Options;
import org.podium.domain.Penalty;

/**
 * One line of a sheet: a criterion's mark or a penalty code's count. {@link #textProperty()} is what the judge types;
 * {@link #savedProperty()} what the database holds for this judge. Exactly one of criterion and penalty is set.
 */
public final class SheetField {
    private final Sheet sheet;
    private final Criterion criterion;
    private final Penalty penalty;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "");
    private final ReadOnlyObjectWrapper<FieldState> state = new ReadOnlyObjectWrapper<>(this, "state", FieldState.EMPTY);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    /** The value on its way to the database (normalised), or null. */
    private String pending;

    SheetField(Sheet sheet, Criterion criterion, Penalty penalty) {
        this.sheet = sheet;
        this.criterion = criterion;
        this.penalty = penalty;
    }

    public Sheet sheet() {
        return sheet;
    }

    /** The criterion of a mark line, or null on a penalty line. */
    public Criterion criterion() {
        return criterion;
    }

    /** The penalty code of a penalty line, or null on a mark line. */
    public Penalty penalty() {
        return penalty;
    }

    /** The criterion id or penalty code. */
    public String id() {
        return criterion != null ? criterion.id() : penalty.code();
    }

    public String name() {
        String name = criterion != null ? criterion.name() : penalty.name();
        return name == null ? "" : name;
    }

    /** A judgement criterion: a whole number 0..scale, offered as choices. */
    public boolean judgement() {
        return criterion != null && criterion.kind() == Options.CriterionKind.JUDGEMENT;
    }

    /** The marks a judgement criterion offers (0..scale), else none. */
    public List<String> choices() {
        List<String> out = new ArrayList<>();
        if (judgement()) {
            for (int i = 0; i <= criterion.scale(); i++) {
                out.add(Integer.toString(i));
            }
        }
        return out;
    }

    /** What the judge types (full-width digits and a decimal comma are accepted). */
    public StringProperty textProperty() {
        return text;
    }

    /** The value the database holds for this judge, as shown ({@code 38.5}), or empty. */
    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FieldState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the typed value was refused (never stored), or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Saved (even if a later value was refused), or on its way: what counts towards a complete sheet. */
    boolean hasValue() {
        return state.get() == FieldState.SAVED || state.get() == FieldState.SAVING || !saved.get().isEmpty();
    }

    String pending() {
        return pending;
    }

    void loaded(String value) {
        saved.set(value);
        text.set(value);
        state.set(FieldState.SAVED);
        sheet.refresh();
    }

    void saving(String value) {
        pending = value;
        error.set("");
        state.set(FieldState.SAVING);
        sheet.refresh();
    }

    void saved(String value) {
        saved.set(value);
        if (value.equals(pending)) {
            pending = null;
        }
        if (pending == null) {
            state.set(FieldState.SAVED);
        }
        sheet.refresh();
    }

    /** Refused (by the checks or the store) or not written: the typed value stays, the reason beside it. */
    void notSaved(String why) {
        pending = null;
        error.set(why);
        state.set(FieldState.NOT_SAVED);
        sheet.refresh();
    }

    /** Back to what the database holds. */
    void reset(String why) {
        pending = null;
        text.set(saved.get());
        error.set(why);
        state.set(saved.get().isEmpty() ? FieldState.EMPTY : FieldState.SAVED);
        sheet.refresh();
    }

    /** The database already holds this value for the line (typing it again records nothing). */
    boolean holds(BigDecimal value) {
        return !saved.get().isEmpty() && new BigDecimal(saved.get()).compareTo(value) == 0;
    }
}
