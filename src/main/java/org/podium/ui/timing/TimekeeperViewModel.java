package org.podium.ui.timing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.domain.Contest;
import org.podium.domain.Contestant;
import org.podium.domain.Event;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.NumberText;
import org.podium.domain.Origin;
import org.podium.domain.RaceTime;
import org.podium.domain.Round;
import org.podium.store.ContestStore;
import org.podium.store.RecordingRefused;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;

/**
 * The timekeeper station, manual entry: choose event, round, heat and attempt; the heat's lanes; type a bib and a
 * time, {@link #save()} records it through the store on the executor. A time the parser refuses is shown inline
 * and never stored; a refusal by the store is shown inline; a database that cannot be written is shown loudly
 * ({@link #failureProperty()}). Either way the typed value stays in the field. The station shows only this
 * timekeeper's own times.
 */
public final class TimekeeperViewModel {
    /** The station name recorded with every fact from this screen. */
    public static final String STATION = "timekeeper";

    private final Contest contest;
    private final ContestStore store;
    private final String officialId;
    private final Background background;
    private final I18n i18n;

    private final ObservableList<Event> events = FXCollections.observableArrayList();
    private final ObjectProperty<Event> event = new SimpleObjectProperty<>(this, "event");
    private final ObservableList<Round> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<Round> round = new SimpleObjectProperty<>(this, "round");
    private final ObservableList<String> heats = FXCollections.observableArrayList();
    private final ObjectProperty<String> heat = new SimpleObjectProperty<>(this, "heat");
    private final ObservableList<Integer> attempts = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> attempt = new SimpleObjectProperty<>(this, "attempt");
    private final ObservableList<Lane> lanes = FXCollections.observableArrayList();
    private final StringProperty bib = new SimpleStringProperty(this, "bib", "");
    private final StringProperty time = new SimpleStringProperty(this, "time", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private int generation;

    /** @param head whether the official is a chief or organiser (then every event is offered) */
    public TimekeeperViewModel(Contest contest, ContestStore store, String officialId, boolean head, Background background,
                               I18n i18n) {
        this.contest = contest;
        this.store = store;
        this.officialId = officialId;
        this.background = background;
        this.i18n = i18n;
        for (Event e : contest.events()) {
            if (head || e.timekeepers().contains(officialId)) {
                events.add(e);
            }
        }
        event.addListener((o, was, now) -> eventChosen(now));
        round.addListener((o, was, now) -> showLanes());
        heat.addListener((o, was, now) -> showLanes());
        attempt.addListener((o, was, now) -> showLanes());
        event.set(events.isEmpty() ? null : events.get(0));
    }

    public String officialId() {
        return officialId;
    }

    public ObservableList<Event> events() {
        return events;
    }

    public ObjectProperty<Event> eventProperty() {
        return event;
    }

    public ObservableList<Round> rounds() {
        return rounds;
    }

    public ObjectProperty<Round> roundProperty() {
        return round;
    }

    public ObservableList<String> heats() {
        return heats;
    }

    public ObjectProperty<String> heatProperty() {
        return heat;
    }

    public ObservableList<Integer> attempts() {
        return attempts;
    }

    public ObjectProperty<Integer> attemptProperty() {
        return attempt;
    }

    /** The contestants of the chosen heat, in roster order. */
    public ObservableList<Lane> lanes() {
        return lanes;
    }

    public StringProperty bibProperty() {
        return bib;
    }

    public StringProperty timeProperty() {
        return time;
    }

    /** Why the last entry was refused (a bad time, an unknown bib, the store's rules), or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Why the database could not be written, or empty: the station shows it loudly until a save succeeds. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    private void eventChosen(Event e) {
        generation++;
        lanes.clear();
        if (e == null) {
            rounds.clear();
            heats.clear();
            attempts.clear();
            return;
        }
        Set<String> heatNames = new LinkedHashSet<>();
        for (Contestant c : contest.entrants(e.id())) {
            heatNames.add(c.heat());
        }
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= e.attempts(); i++) {
            numbers.add(i);
        }
        rounds.setAll(e.rounds());
        heats.setAll(heatNames);
        attempts.setAll(numbers);
        round.set(rounds.get(0));
        heat.set(heats.isEmpty() ? null : heats.get(0));
        attempt.set(1);
        showLanes();
    }

    /** Lists the chosen heat's lanes, then loads this timekeeper's saved times for them on the executor. */
    private void showLanes() {
        int shown = ++generation;
        Event e = event.get();
        Round r = round.get();
        Integer a = attempt.get();
        List<Lane> list = new ArrayList<>();
        if (e != null && r != null && a != null) {
            for (Contestant c : contest.entrants(e.id())) {
                if (c.heat().equals(heat.get())) {
                    list.add(new Lane(list.size() + 1, c.bib(), c.name()));
                }
            }
        }
        lanes.setAll(list);
        error.set("");
        if (list.isEmpty()) {
            return;
        }
        background.run(() -> {
            Map<String, Long> times = new HashMap<>();
            for (Fact f : store.currentFacts()) {
                if (f.kind() == FactKind.TIME && officialId.equals(f.official()) && f.event().equals(e.id())
                        && r.id().equals(f.round()) && f.attemptOrFirst() == a) {
                    times.put(f.bib(), f.millis());
                }
            }
            return times;
        }, times -> {
            if (shown != generation) {
                return;
            }
            for (Lane lane : lanes) {
                Long ms = times.get(lane.bib());
                if (ms != null && lane.stateProperty().get() == SaveState.EMPTY) {
                    lane.saved(RaceTime.ofMillis(ms).format());
                }
            }
        }, ex -> failure.set(i18n.get("timing.error.load", ex.getMessage())));
    }

    /** The lane of a bib as typed (full-width digits accepted), or null. */
    public Lane lane(String typedBib) {
        String b = NumberText.normalise(typedBib == null ? "" : typedBib).strip();
        for (Lane lane : lanes) {
            if (lane.bib().equals(b)) {
                return lane;
            }
        }
        return null;
    }

    /** Moves the bib field to the next ({@code +1}) or previous ({@code -1}) lane, or the first one. */
    public void moveBib(int delta) {
        if (lanes.isEmpty()) {
            return;
        }
        Lane current = lane(bib.get());
        int i = current == null ? (delta > 0 ? 0 : lanes.size() - 1)
                : Math.floorMod(lanes.indexOf(current) + delta, lanes.size());
        bib.set(lanes.get(i).bib());
    }

    /**
     * Saves the typed time for the typed bib. Refused inline, and nothing stored, for a bib not in the heat or
     * text the time parser does not accept. On success the fields are cleared and the lane shows the saved time.
     */
    public void save() {
        Event e = event.get();
        Round r = round.get();
        Integer a = attempt.get();
        if (e == null || r == null || a == null) {
            return;
        }
        Lane lane = lane(bib.get());
        if (lane == null) {
            error.set(i18n.get("timing.error.unknownBib", bib.get().strip(), heat.get()));
            return;
        }
        String typedTime = time.get();
        Fact fact;
        try {
            RaceTime t = RaceTime.parse(typedTime);
            fact = Fact.time(e.id(), r.id(), lane.bib(), officialId, t.millis(), e.attempts() > 1 ? a : null, Origin.NONE);
        } catch (IllegalArgumentException bad) {
            error.set(i18n.get("timing.error.badTime", bad.getMessage()));
            return;
        }
        error.set("");
        String formatted = RaceTime.ofMillis(fact.millis()).format();
        String typedBib = bib.get();
        lane.saving(formatted);
        background.run(() -> store.record(officialId, STATION, fact, null), id -> {
            lane.saved(formatted);
            failure.set("");
            if (typedTime.equals(time.get()) && typedBib.equals(bib.get())) {
                time.set("");
                bib.set("");
            }
        }, ex -> {
            lane.notSaved();
            if (ex instanceof RecordingRefused) {
                error.set(i18n.get("timing.error.refused", ex.getMessage()));
            } else {
                failure.set(i18n.get("timing.error.store", lane.bib(), formatted, String.valueOf(ex.getMessage())));
            }
        });
    }
}
