package org.podium.ui.timing;

import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.podium.domain.RaceTime;
import org.podium.domain.Status;

/**
 * One contestant of the heat at the timekeeper station, with what this timekeeper has saved for it: a total time,
 * cumulative lap splits, and the entry's DNS or DNF. {@link #savedProperty()} shows it formatted ({@code 0:12.34},
 * splits joined by {@code  · }), so a misread is caught at once.
 */
public final class Lane {
    private final int number;
    private final String bib;
    private final String name;
    private Long time;
    private final TreeMap<Integer, Long> laps = new TreeMap<>();
    private Status status;
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "");
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper(this, "pending", "");
    private final ReadOnlyObjectWrapper<SaveState> state = new ReadOnlyObjectWrapper<>(this, "state", SaveState.EMPTY);

    private final int resolution;

    Lane(int number, String bib, String name) {
        this(number, bib, name, 1);
    }

    /** @param resolution the event's {@code timing.resolution_ms}: times are shown with as many decimals */
    Lane(int number, String bib, String name, int resolution) {
        this.resolution = resolution;
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

    /** What is in the database for this lane, formatted, or empty. */
    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** The value being saved or not saved (formatted), or empty. */
    public ReadOnlyStringProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** This timekeeper's saved total time, or null. */
    Long time() {
        return time;
    }

    /** This timekeeper's saved splits by lap number. */
    Map<Integer, Long> laps() {
        return laps;
    }

    /** The entry's recorded DNS or DNF, or null. */
    Status status() {
        return status;
    }

    /** Whether this timekeeper has saved a time or splits here (a new value is then a correction). */
    boolean hasTiming() {
        return time != null || !laps.isEmpty();
    }

    void saving(String formatted) {
        pending.set(formatted);
        state.set(SaveState.SAVING);
    }

    /** Shows what the database now holds for the lane. */
    void refresh() {
        StringBuilder sb = new StringBuilder();
        if (status != null) {
            sb.append(status.name());
        }
        String timing = time != null ? RaceTime.ofMillis(time).format(resolution) : splits();
        if (!timing.isEmpty()) {
            sb.append(sb.length() > 0 ? "  (" + timing + ")" : timing);
        }
        saved.set(sb.toString());
        pending.set("");
        state.set(sb.length() == 0 ? SaveState.EMPTY : SaveState.SAVED);
    }

    private String splits() {
        StringBuilder sb = new StringBuilder();
        for (long split : laps.values()) {
            sb.append(sb.length() > 0 ? " · " : "").append(RaceTime.ofMillis(split).format(resolution));
        }
        return sb.toString();
    }

    void time(Long millis) {
        time = millis;
    }

    void lap(int lap, Long millis) {
        if (millis == null) {
            laps.remove(lap);
        } else {
            laps.put(lap, millis);
        }
    }

    void status(Status recorded) {
        status = recorded;
    }

    /** A press held at the station until the reason for the change is typed. */
    void held(String formatted) {
        pending.set(formatted);
        state.set(SaveState.HELD);
    }

    void notSaved() {
        state.set(SaveState.NOT_SAVED);
    }
}
