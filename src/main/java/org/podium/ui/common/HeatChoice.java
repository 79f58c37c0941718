package org.podium.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.domain.Contest;
import org.podium.domain.Contestant;
import org.podium.domain.Event;
import org.podium.domain.Round;

/**
 * The choice on top of an entry station: an event (of those offered), one of its rounds, a heat (the roster's
 * {@code heat} column) and an attempt. Choosing an event offers its rounds, heats and attempts and picks the first of
 * each; the station hears of it once ({@link #onChange}), not once per list.
 */
public final class HeatChoice {
    private final Contest contest;
    private final ObservableList<Event> events;
    private final ObjectProperty<Event> event = new SimpleObjectProperty<>(this, "event");
    private final ObservableList<Round> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<Round> round = new SimpleObjectProperty<>(this, "round");
    private final ObservableList<String> heats = FXCollections.observableArrayList();
    private final ObjectProperty<String> heat = new SimpleObjectProperty<>(this, "heat");
    private final ObservableList<Integer> attempts = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> attempt = new SimpleObjectProperty<>(this, "attempt");
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean choosing;

    /** Offers {@code offered} (events of {@code contest}); nothing is chosen until {@link #chooseFirst()}. */
    public HeatChoice(Contest contest, List<Event> offered) {
        this.contest = contest;
        this.events = FXCollections.observableArrayList(offered);
        event.addListener((o, was, now) -> eventChosen(now));
        round.addListener((o, was, now) -> changed());
        heat.addListener((o, was, now) -> changed());
        attempt.addListener((o, was, now) -> changed());
    }

    /** Runs {@code listener} after every change of the choice. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** Chooses the first event offered (and its first round, heat and attempt). */
    public void chooseFirst() {
        event.set(events.isEmpty() ? null : events.get(0));
    }

    private void changed() {
        if (!choosing) {
            listeners.forEach(Runnable::run);
        }
    }

    private void eventChosen(Event e) {
        choosing = true;
        try {
            if (e == null) {
                rounds.clear();
                heats.clear();
                attempts.clear();
                round.set(null);
                heat.set(null);
                attempt.set(null);
            } else {
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
            }
        } finally {
            choosing = false;
        }
        changed();
    }

    /** Whether event, round, heat and attempt are all chosen. */
    public boolean complete() {
        return event.get() != null && round.get() != null && heat.get() != null && attempt.get() != null;
    }

    /** The contestants of the chosen heat in the chosen event, in roster order. */
    public List<Contestant> entrants() {
        List<Contestant> out = new ArrayList<>();
        if (event.get() != null) {
            for (Contestant c : contest.entrants(event.get().id())) {
                if (c.heat().equals(heat.get())) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** The attempt a recorded fact names: the chosen one on an event with several attempts, else none. */
    public Integer factAttempt() {
        Event e = event.get();
        return e != null && e.attempts() > 1 ? attempt.get() : null;
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
}
