package org.podium.ui.timing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.domain.Contest;
import org.podium.domain.Contestant;
import org.podium.domain.Event;
import org.podium.domain.Fact;
import org.podium.domain.NumberText;
import org.podium.domain.Origin;
import org.podium.domain.RaceTime;
import org.podium.domain.Round;
import org.podium.domain.Status;
import org.podium.service.Refused;
import org.podium.service.TimingDesk;
import org.podium.ui.common.Background;
import org.podium.ui.common.HeatChoice;
import org.podium.ui.common.I18n;
import org.podium.ui.common.Refusals;
import org.podium.ui.common.RoundEntrants;

/**
 * The timekeeper station, manual entry: choose event, round, heat and attempt; the heat's lanes; type a bib and a
 * time, {@link #save()} records it through the service ({@link TimingDesk}) on the executor. A time the parser refuses is
 * shown inline and never stored; a refusal by the rules is shown inline; a database that cannot be written is shown loudly
 * ({@link #failureProperty()}). Either way the typed value stays in the field. The station is handed only this
 * timekeeper's own times and the entries' DNS/DNF ({@link TimingDesk#heat}).
 */
public final class TimekeeperViewModel {
    /** The station name recorded with every fact from this screen. */
    public static final String STATION = "timekeeper";

    private final Contest contest;
    private final TimingDesk desk;
    private final String officialId;
    private final Background background;
    private final I18n i18n;

    private final HeatChoice choice;
    private final ObjectProperty<Event> event;
    private final ObjectProperty<Round> round;
    private final ObjectProperty<String> heat;
    private final ObjectProperty<Integer> attempt;
    private final ObservableList<Lane> lanes = FXCollections.observableArrayList();
    private final StringProperty bib = new SimpleStringProperty(this, "bib", "");
    private final StringProperty time = new SimpleStringProperty(this, "time", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final ReadOnlyBooleanWrapper reasonNeeded = new ReadOnlyBooleanWrapper(this, "reasonNeeded");
    /** Stopwatch presses refused for want of a reason (a round unlocked since its lock): kept until it is typed. */
    private final List<Fact> held = new ArrayList<>();
    private final BooleanProperty stopwatch = new SimpleBooleanProperty(this, "stopwatch");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<Lane> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper(this, "question", "");
    private final LongSupplier nanoTime;
    private final RoundEntrants entrants;
    private long startNanos;
    private Runnable onYes;
    private int generation;

    /** @param head whether the official is a chief or organiser (then every event is offered) */
    public TimekeeperViewModel(TimingDesk desk, String officialId, boolean head, Background background,
                               I18n i18n) {
        this(desk, officialId, head, background, i18n, System::nanoTime);
    }

    /** @param nanoTime the stopwatch's monotonic clock in nanoseconds ({@link System#nanoTime()}; a fake in tests) */
    public TimekeeperViewModel(TimingDesk desk, String officialId, boolean head, Background background,
                               I18n i18n, LongSupplier nanoTime) {
        this(desk, officialId, head, background, i18n, nanoTime, RoundEntrants.roster(desk.contest()));
    }

    /**
     * @param entrants who has an entry in a round: in a later round only the advancing contestants of the heat are
     *                 listed (asked on the executor)
     */
    public TimekeeperViewModel(TimingDesk desk, String officialId, boolean head, Background background,
                               I18n i18n, LongSupplier nanoTime, RoundEntrants entrants) {
        this.entrants = entrants;
        this.nanoTime = nanoTime;
        this.contest = desk.contest();
        this.desk = desk;
        this.officialId = officialId;
        this.background = background;
        this.i18n = i18n;
        List<Event> offered = new ArrayList<>();
        for (Event e : contest.events()) {
            if (head || e.timekeepers().contains(officialId)) {
                offered.add(e);
            }
        }
        choice = new HeatChoice(contest, offered);
        event = choice.eventProperty();
        round = choice.roundProperty();
        heat = choice.heatProperty();
        attempt = choice.attemptProperty();
        choice.onChange(this::showLanes);
        choice.chooseFirst();
    }

    public String officialId() {
        return officialId;
    }

    public ObservableList<Event> events() {
        return choice.events();
    }

    public ObjectProperty<Event> eventProperty() {
        return event;
    }

    public ObservableList<Round> rounds() {
        return choice.rounds();
    }

    public ObjectProperty<Round> roundProperty() {
        return round;
    }

    public ObservableList<String> heats() {
        return choice.heats();
    }

    public ObjectProperty<String> heatProperty() {
        return heat;
    }

    public ObservableList<Integer> attempts() {
        return choice.attempts();
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

    /** The reason typed for a correction (asked for when a lane already holds this timekeeper's value). */
    public StringProperty reasonProperty() {
        return reason;
    }

    /** Whether the last save was held back until a reason for the correction is typed. */
    public ReadOnlyBooleanProperty reasonNeededProperty() {
        return reasonNeeded.getReadOnlyProperty();
    }

    /** Stopwatch mode (true) or manual entry (false). */
    public BooleanProperty stopwatchProperty() {
        return stopwatch;
    }

    /** Whether the heat's clock is running. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The lane that Enter and Backspace act on in stopwatch mode (the last one pressed, or moved to with ↑/↓). */
    public ReadOnlyObjectProperty<Lane> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** A question waiting for yes ({@link #answer(boolean)}), e.g. before withdrawing a press; empty when none. */
    public ReadOnlyStringProperty questionProperty() {
        return question.getReadOnlyProperty();
    }

    /**
     * Lists the chosen heat's lanes, then loads this timekeeper's saved times and the lanes' DNS/DNF on the executor. In
     * a later round the lanes are the heat's contestants who advanced, known once the executor has asked the engine.
     */
    private void showLanes() {
        int shown = ++generation;
        stopClock();
        Event e = event.get();
        Round r = round.get();
        Integer a = attempt.get();
        List<Contestant> heatList = choice.complete() ? choice.entrants() : List.of();
        boolean later = e != null && r != null && RoundEntrants.later(e, r);
        lanes.setAll(later ? List.of() : lanesOf(heatList, null, resolution(e)));
        selected.set(lanes.isEmpty() ? null : lanes.get(0));
        error.set("");
        reasonNeeded.set(!held.isEmpty());
        if (heatList.isEmpty()) {
            lanes.clear();
            return;
        }
        background.run(() -> {
            Set<String> entered = later ? entrants.bibs(e, r) : null;
            return new Loaded(entered, desk.heat(officialId, e.id(), r.id(), a));
        }, loaded -> {
            if (shown != generation) {
                return;
            }
            if (later) {
                lanes.setAll(lanesOf(heatList, loaded.entered(), resolution(e)));
                selected.set(lanes.isEmpty() ? null : lanes.get(0));
            }
            for (Fact f : loaded.facts()) {
                Lane lane = lane(f.bib());
                if (lane != null && lane.stateProperty().get() != SaveState.SAVING) {
                    apply(lane, f, false);
                }
            }
            lanes.forEach(Lane::refresh);
            for (Fact f : held) { // presses held for a reason stay shown as held
                Lane lane = lane(f.bib());
                if (lane != null && f.event().equals(e.id()) && r.id().equals(f.round())) {
                    apply(lane, f, false);
                    lane.held(RaceTime.ofMillis(f.millis()).format(resolution(e)));
                }
            }
        }, ex -> failure.set(i18n.get("timing.error.load", ex.getMessage())));
    }

    /** What the executor read for a heat: the round's entrants (a later round only) and this station's facts. */
    private record Loaded(Set<String> entered, List<Fact> facts) {
    }

    /** The lanes of the heat's contestants, numbered in roster order; with {@code entered}, only those entered. */
    private static List<Lane> lanesOf(List<Contestant> heat, Set<String> entered, int resolution) {
        List<Lane> list = new ArrayList<>();
        for (Contestant c : heat) {
            if (entered == null || entered.contains(c.bib())) {
                list.add(new Lane(list.size() + 1, c.bib(), c.name(), resolution));
            }
        }
        return list;
    }

    /** The event's timing resolution: times are shown with as many decimals (issue 15). */
    private static int resolution(Event e) {
        return e == null || e.timing() == null ? 1 : e.timing().resolutionMillis();
    }

    /** Puts a saved (or, with {@code withdrawn}, a withdrawn) fact into its lane. */
    private static void apply(Lane lane, Fact f, boolean withdrawn) {
        switch (f.kind()) {
            case TIME -> lane.time(withdrawn ? null : f.millis());
            case LAP -> lane.lap(Integer.parseInt(f.item()), withdrawn ? null : f.millis());
            case STATUS -> lane.status(withdrawn ? null : f.status());
            default -> { }
        }
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

    /**
     * Enter in the bib field: whether the typed bib has a lane in the chosen heat; if not, says so at once (before a
     * time is typed for it).
     */
    public boolean checkBib() {
        if (lane(bib.get()) == null) {
            error.set(i18n.get("timing.error.unknownBib", bib.get() == null ? "" : bib.get().strip(), heat.get()));
            return false;
        }
        error.set("");
        return true;
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

    // --- manual entry

    /**
     * Saves what is typed for the typed bib: a time ({@code 12.34}, {@code 1:02.5}); on an event with laps, all its
     * cumulative splits separated by spaces; {@code DNS} or {@code DNF}; or {@code OK} to clear a DNS/DNF. Refused
     * inline, and nothing stored, for a bib not in the heat or text the parser does not accept. A new value for a
     * lane that holds one already is a correction: it waits for a reason. On success the fields are cleared.
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
        String typed = NumberText.normalise(time.get()).strip();
        String word = typed.toUpperCase(java.util.Locale.ROOT);
        if (word.equals("OK")) {
            clearStatus(lane);
            return;
        }
        List<Fact> facts;
        String shown;
        boolean correction;
        if (word.equals("DNS") || word.equals("DNF")) {
            Status st = Status.valueOf(word);
            facts = List.of(Fact.status(e.id(), r.id(), lane.bib(), null, st, choice.factAttempt(), Origin.NONE));
            shown = st.name();
            correction = lane.status() != null;
        } else {
            try {
                facts = timing(e, r, a, lane, typed);
            } catch (IllegalArgumentException bad) {
                error.set(bad.getMessage());
                return;
            }
            shown = formatted(facts, resolution(e));
            correction = lane.hasTiming();
        }
        String why = reason.get().strip();
        if (correction && why.isEmpty()) {
            reasonNeeded.set(true);
            error.set(i18n.get("timing.error.reasonNeeded", lane.bib(), lane.savedProperty().get()));
            return;
        }
        error.set("");
        String typedTime = time.get();
        String typedBib = bib.get();
        lane.saving(shown);
        background.run(() -> desk.record(officialId, STATION, facts, why.isEmpty() ? null : why), ids -> {
            if (correction) {
                lane.time(null);
                lane.laps().clear();
            }
            facts.forEach(f -> apply(lane, f, false));
            lane.refresh();
            failure.set("");
            reasonNeeded.set(false);
            reason.set("");
            if (typedTime.equals(time.get()) && typedBib.equals(bib.get())) {
                time.set("");
                bib.set("");
            }
        }, ex -> failed(lane, shown, ex));
    }

    /** The facts for typed time text: one total time, or (an event with laps) every cumulative split. */
    private List<Fact> timing(Event e, Round r, int a, Lane lane, String typed) {
        String[] parts = typed.isEmpty() ? new String[0] : typed.split("\\s+");
        if (parts.length == 1) {
            long ms = parse(parts[0]);
            return List.of(Fact.time(e.id(), r.id(), lane.bib(), officialId, ms, choice.factAttempt(), Origin.NONE));
        }
        if (e.laps() <= 1 || parts.length != e.laps()) {
            throw new IllegalArgumentException(e.laps() <= 1 ? i18n.get("timing.error.badTime", i18n.get("timing.error.oneTime"))
                    : i18n.get("timing.error.splits", e.name(), e.laps()));
        }
        List<Fact> laps = new ArrayList<>();
        long before = 0;
        for (int i = 0; i < parts.length; i++) {
            long ms = parse(parts[i]);
            if (ms <= before) {
                throw new IllegalArgumentException(i18n.get("timing.error.splitsOrder", i + 1, parts[i], i, parts[i - 1]));
            }
            before = ms;
            laps.add(Fact.lap(e.id(), r.id(), lane.bib(), officialId, i + 1, ms, choice.factAttempt(), Origin.NONE));
        }
        return laps;
    }

    private long parse(String text) {
        try {
            long ms = RaceTime.parse(text).millis();
            if (ms <= 0) {
                throw new IllegalArgumentException(i18n.get("timing.error.badTime", i18n.get("timing.error.zero", text)));
            }
            return ms;
        } catch (RaceTime.FormatException bad) {
            throw new IllegalArgumentException(i18n.get("timing.error.badTime",
                    i18n.get("time.problem", bad.text(), i18n.get("time.problem." + bad.problem().name()))));
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException(i18n.get("timing.error.badTime", bad.getMessage()));
        }
    }

    private static String formatted(List<Fact> facts, int resolution) {
        StringBuilder sb = new StringBuilder();
        for (Fact f : facts) {
            sb.append(sb.length() > 0 ? " · " : "").append(RaceTime.ofMillis(f.millis()).format(resolution));
        }
        return sb.toString();
    }


    /** {@code OK} typed for a lane marked DNS or DNF: withdraws that mark (a correction: it needs a reason). */
    private void clearStatus(Lane lane) {
        if (lane.status() == null) {
            error.set(i18n.get("timing.error.noStatus", lane.bib()));
            return;
        }
        String why = reason.get().strip();
        if (why.isEmpty()) {
            reasonNeeded.set(true);
            error.set(i18n.get("timing.error.reasonNeeded", lane.bib(), lane.status().name()));
            return;
        }
        Event e = event.get();
        Fact key = Fact.status(e.id(), round.get().id(), lane.bib(), null, lane.status(), choice.factAttempt(), Origin.NONE);
        withdraw(lane, key, why, () -> {
            reasonNeeded.set(false);
            reason.set("");
            time.set("");
            bib.set("");
        });
    }

    private void failed(Lane lane, String shown, Throwable ex) {
        lane.notSaved();
        if (ex instanceof Refused refused) {
            error.set(i18n.get("timing.error.refused",
                    refused.key().map(k -> i18n.get(k, refused.args().toArray())).orElseGet(refused::getMessage)));
            if (refused.reasonNeeded()) {
                reasonNeeded.set(true); // the round was unlocked: the reason field appears, Enter saves with it
            }
        } else {
            failure.set(i18n.get("timing.error.store", lane.bib(), shown, Refusals.failure(i18n, ex)));
        }
    }

    private void withdraw(Lane lane, Fact key, String why, Runnable after) {
        error.set("");
        lane.saving("");
        background.run(() -> desk.withdraw(officialId, STATION, key, why), id -> {
            apply(lane, key, true);
            lane.refresh();
            failure.set("");
            after.run();
        }, ex -> failed(lane, "", ex));
    }

    // --- stopwatch

    /** Space: starts the heat's clock (monotonic, millisecond resolution). A running clock is left alone. */
    public void startClock() {
        if (!running.get() && !lanes.isEmpty()) {
            startNanos = nanoTime.getAsLong();
            running.set(true);
            error.set("");
        }
    }

    private void stopClock() {
        running.set(false);
        question.set("");
        onYes = null;
    }

    /** Milliseconds since the clock started (0 when it is not running). */
    public long elapsedMillis() {
        return running.get() ? (nanoTime.getAsLong() - startNanos) / 1_000_000L : 0;
    }

    /**
     * A key 1-9 (or Enter on the selected lane): records, at once, the elapsed time as the lane's finish, or on an
     * event with laps as its next cumulative split (the last split is the finish).
     */
    public void press(int laneNumber) {
        long ms = elapsedMillis();
        Event e = event.get();
        if (!running.get()) {
            error.set(i18n.get("timing.error.notRunning"));
            return;
        }
        if (laneNumber < 1 || laneNumber > lanes.size()) {
            error.set(i18n.get("timing.error.noLane", laneNumber));
            return;
        }
        Lane lane = lanes.get(laneNumber - 1);
        selected.set(lane);
        if (lane.status() != null) {
            error.set(i18n.get("timing.error.hasStatus", lane.number(), lane.bib(), lane.status().name()));
            return;
        }
        int next = lane.laps().size() + 1;
        boolean finished = e.laps() > 1 ? next > e.laps() : lane.time() != null;
        if (finished) {
            error.set(i18n.get("timing.error.finished", lane.number(), lane.bib()));
            return;
        }
        if (ms <= 0) {
            ms = 1; // a press within the first millisecond still counts as a press
        }
        Fact fact = e.laps() > 1
                ? Fact.lap(e.id(), round.get().id(), lane.bib(), officialId, next, ms, choice.factAttempt(), Origin.NONE)
                : Fact.time(e.id(), round.get().id(), lane.bib(), officialId, ms, choice.factAttempt(), Origin.NONE);
        apply(lane, fact, false); // held now, so a second press at once takes the next lap; undone if not saved
        String shown = RaceTime.ofMillis(ms).format(resolution(e));
        if (!held.isEmpty()) { // the round asks a reason: this press waits with the others, never lost
            hold(lane, fact, shown);
            return;
        }
        lane.saving(shown);
        error.set("");
        background.run(() -> desk.record(officialId, STATION, fact), id -> {
            lane.refresh();
            failure.set("");
        }, ex -> {
            if (ex instanceof Refused refused && refused.reasonNeeded()) {
                hold(lane, fact, shown);
                return;
            }
            apply(lane, fact, true);
            failed(lane, shown, ex);
        });
    }

    /** Keeps a press the round refused for want of a reason, until the reason is typed ({@link #saveHeld()}). */
    private void hold(Lane lane, Fact fact, String shown) {
        held.add(fact);
        lane.held(shown);
        reasonNeeded.set(true);
        error.set(i18n.get("timing.error.held", held.size()));
    }

    /** How many stopwatch presses wait for the reason for the change. */
    public int heldPresses() {
        return held.size();
    }

    /**
     * Enter in the reason field: saves the presses held for a reason with it (all in one transaction), else the manual
     * entry ({@link #save()}). The reason goes with the change in hand only, and is cleared once it is saved.
     */
    public void reasonEntered() {
        if (held.isEmpty()) {
            save();
        } else {
            saveHeld();
        }
    }

    /** Saves the held presses with the reason typed; they stay held, shown, when that fails. */
    public void saveHeld() {
        String why = reason.get() == null ? "" : reason.get().strip();
        if (held.isEmpty()) {
            return;
        }
        if (why.isEmpty()) {
            error.set(i18n.get("timing.error.held", held.size()));
            return;
        }
        List<Fact> facts = List.copyOf(held);
        error.set("");
        background.run(() -> desk.record(officialId, STATION, facts, why), ids -> {
            held.removeAll(facts);
            for (Fact f : facts) {
                Lane lane = lane(f.bib());
                if (lane != null) {
                    lane.refresh();
                }
            }
            failure.set("");
            reason.set("");
            reasonNeeded.set(!held.isEmpty());
        }, ex -> {
            if (ex instanceof Refused refused) {
                error.set(i18n.get("timing.error.refused",
                        refused.key().map(k -> i18n.get(k, refused.args().toArray())).orElseGet(refused::getMessage)));
            } else {
                failure.set(i18n.get("timing.error.store", facts.get(0).bib(), "", Refusals.failure(i18n, ex)));
            }
        });
    }

    /** Enter in stopwatch mode: a press for the selected lane, or "yes" to a waiting question. */
    public void enter() {
        if (!question.get().isEmpty()) {
            answer(true);
        } else if (selected.get() != null) {
            press(selected.get().number());
        }
    }

    /** ↑/↓ in stopwatch mode. */
    public void moveSelection(int delta) {
        if (lanes.isEmpty()) {
            return;
        }
        Lane current = selected.get();
        int i = current == null ? 0 : Math.floorMod(lanes.indexOf(current) + delta, lanes.size());
        selected.set(lanes.get(i));
    }

    /** Backspace: asks before withdrawing the selected lane's last press (its finish, or its last split). */
    public void askWithdraw() {
        Lane lane = selected.get();
        Event e = event.get();
        if (lane == null || e == null) {
            return;
        }
        Fact key;
        long ms;
        if (!lane.laps().isEmpty()) {
            int last = lane.laps().keySet().stream().max(Integer::compare).orElseThrow();
            ms = lane.laps().get(last);
            key = Fact.lap(e.id(), round.get().id(), lane.bib(), officialId, last, ms, choice.factAttempt(), Origin.NONE);
        } else if (lane.time() != null) {
            ms = lane.time();
            key = Fact.time(e.id(), round.get().id(), lane.bib(), officialId, ms, choice.factAttempt(), Origin.NONE);
        } else {
            error.set(i18n.get("timing.error.nothingToWithdraw", lane.number(), lane.bib()));
            return;
        }
        question.set(i18n.get("timing.confirm.withdraw", lane.number(), lane.bib(), RaceTime.ofMillis(ms).format(resolution(e))));
        onYes = () -> withdraw(lane, key, null, () -> { });
    }

    /** Answers the waiting question: yes runs it, no leaves everything as it is. */
    public void answer(boolean yes) {
        Runnable action = onYes;
        onYes = null;
        question.set("");
        if (yes && action != null) {
            action.run();
        }
    }
}
