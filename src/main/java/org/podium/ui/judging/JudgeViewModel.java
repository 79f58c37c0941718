package org.podium.ui.judging;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.domain.Contest;
import org.podium.domain.Contestant;
import org.podium.domain.Criterion;
import org.podium.domain.Event;
import org.podium.domain.Fact;
import org.podium.domain.NumberText;
import org.podium.domain.Origin;
import org.podium.domain.Round;
import org.podium.service.JudgeHeat;
import org.podium.service.JudgeSheets;
import org.podium.service.Refused;
import org.podium.ui.common.Background;
import org.podium.ui.common.HeatChoice;
import org.podium.ui.common.I18n;
import org.podium.ui.common.Refusals;
import org.podium.ui.common.RoundEntrants;

/**
 * The judge station: choose event, round, heat and attempt; the judge's sheets for the heat, one per entry, with their
 * state; on the current sheet a mark per criterion and a count per penalty code, each saved through the judge service
 * ({@link JudgeSheets}) on the executor when the judge leaves it ({@link #commit}). A mark out of range, off its step
 * or not a number is refused inline with the criterion's own reason and never stored; a refusal by the service is
 * shown the same way; a database
 * that cannot be written is shown loudly ({@link #failureProperty()}) and the typed value stays.
 *
 * <p>{@link #submit()} locks the current sheet, and is refused until every criterion has a mark; a submitted sheet is
 * opened again only with a reason ({@link #reopen()}); the service refuses an incomplete sheet too. The station is
 * handed only the judge's own marks ({@link JudgeSheets#heat}: it never receives another judge's), and under blind
 * judging a work number for each entry instead of bib, name and unit until the round is published (store messages
 * that name a bib are shown with the work number instead).
 */
public final class JudgeViewModel {
    /** The station name recorded with every fact from this screen. */
    public static final String STATION = "judge";

    private final JudgeSheets service;
    private final String officialId;
    private final Background background;
    private final I18n i18n;

    private final HeatChoice choice;
    private final RoundEntrants entrants;
    private final ObservableList<String> judges = FXCollections.observableArrayList();
    private final ObjectProperty<String> judge = new SimpleObjectProperty<>(this, "judge");
    private final boolean head;
    private final ObservableList<Sheet> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<Sheet> current = new SimpleObjectProperty<>(this, "current");
    private final ReadOnlyBooleanWrapper blind = new ReadOnlyBooleanWrapper(this, "blind", false);
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked", false);
    private final StringProperty reopenReason = new SimpleStringProperty(this, "reopenReason", "");
    private final StringProperty changeReason = new SimpleStringProperty(this, "changeReason", "");
    private final ReadOnlyBooleanWrapper reasonNeeded = new ReadOnlyBooleanWrapper(this, "reasonNeeded", false);
    /** The line refused for want of a reason: saved again with the reason typed. */
    private SheetField waiting;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    /** Work numbers of the shown heat (bib -> number) while it is blind; never exposed. */
    private Map<String, String> workNumbers = Map.of();
    private int generation;
    private boolean choosingJudges;

    /**
     * @param head whether the official is a chief or organiser: then every event is offered, and a judge is chosen
     *             whose sheet is typed in (a paper sheet at the head table); a judge always marks their own sheets
     */
    public JudgeViewModel(JudgeSheets service, String officialId, boolean head, Background background, I18n i18n) {
        this(service, officialId, head, background, i18n, RoundEntrants.roster(service.contest()));
    }

    /**
     * @param entrants who has an entry in a round: in a later round only the sheets of the heat's advancing contestants
     *                 are listed (asked on the executor)
     */
    public JudgeViewModel(JudgeSheets service, String officialId, boolean head, Background background, I18n i18n,
                          RoundEntrants entrants) {
        Contest contest = service.contest();
        this.entrants = entrants;
        this.service = service;
        this.officialId = officialId;
        this.head = head;
        this.background = background;
        this.i18n = i18n;
        List<Event> offered = new ArrayList<>();
        for (Event e : contest.events()) {
            if (head || e.judges().contains(officialId)) {
                offered.add(e);
            }
        }
        choice = new HeatChoice(contest, offered);
        choice.onChange(this::chosen);
        judge.addListener((o, was, now) -> {
            if (!choosingJudges) {
                showSheets();
            }
        });
        current.addListener((o, was, now) -> {
            error.set("");
            reopenReason.set("");
            changeReason.set("");
            reasonNeeded.set(false);
            waiting = null;
        });
        choice.chooseFirst();
    }

    public String officialId() {
        return officialId;
    }

    public ObservableList<Event> events() {
        return choice.events();
    }

    public ObjectProperty<Event> eventProperty() {
        return choice.eventProperty();
    }

    public ObservableList<Round> rounds() {
        return choice.rounds();
    }

    public ObjectProperty<Round> roundProperty() {
        return choice.roundProperty();
    }

    public ObservableList<String> heats() {
        return choice.heats();
    }

    public ObjectProperty<String> heatProperty() {
        return choice.heatProperty();
    }

    /** 1..attempts of the event (one item when it has one attempt: the view then hides the choice). */
    public ObservableList<Integer> attempts() {
        return choice.attempts();
    }

    public ObjectProperty<Integer> attemptProperty() {
        return choice.attemptProperty();
    }

    /** Whose sheets are shown: the judge themself, or for a chief the event's judges. */
    public ObservableList<String> judges() {
        return judges;
    }

    public ObjectProperty<String> judgeProperty() {
        return judge;
    }

    /** Whether a judge is to be chosen (a chief or organiser typing in a judge's sheet). */
    public boolean choosesJudge() {
        return head;
    }

    /** The judge's sheets for the chosen heat: roster order, or under blind judging work-number order. */
    public ObservableList<Sheet> sheets() {
        return sheets;
    }

    public ObjectProperty<Sheet> currentProperty() {
        return current;
    }

    /** The shown round is judged blind: entries are work numbers. */
    public ReadOnlyBooleanProperty blindProperty() {
        return blind.getReadOnlyProperty();
    }

    /** The chief has locked the shown round: nothing can be recorded on it. */
    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    /** Why the current sheet is to be reopened. */
    /**
     * The reason for the change in hand (a round unlocked since its lock): typed once, it goes with every line saved on
     * the current sheet until it is submitted or another sheet is chosen.
     */
    public StringProperty changeReasonProperty() {
        return changeReason;
    }

    /** The line waiting for the reason for the change, or null. */
    public SheetField waitingLine() {
        return waiting;
    }

    /** Whether a line waits for the reason for the change ({@link #saveWithReason()}). */
    public ReadOnlyBooleanProperty reasonNeededProperty() {
        return reasonNeeded.getReadOnlyProperty();
    }

    /**
     * Saves the line that was refused for want of a reason, with the reason typed.
     *
     * @return false while no reason is typed
     */
    public boolean saveWithReason() {
        String why = changeReason.get() == null ? "" : changeReason.get().strip();
        if (why.isEmpty()) {
            error.set(i18n.get("judging.error.changeReasonEmpty"));
            return false;
        }
        error.set("");
        SheetField field = waiting;
        if (field != null) {
            commit(field);
        }
        return true;
    }

    public StringProperty reopenReasonProperty() {
        return reopenReason;
    }

    /** Why the last submit or reopen was refused, or empty. Refused marks say why on their own line. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Why the database could not be written or read, or empty: shown loudly until a save succeeds. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** A submit or reopen is on its way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Event, round, heat or attempt chosen: the event's judges are offered (for a chief), then the sheets read. */
    private void chosen() {
        Event e = choice.eventProperty().get();
        List<String> offered = e == null ? List.of() : head ? e.judges() : List.of(officialId);
        if (!judges.equals(offered)) {
            choosingJudges = true;
            try {
                judges.setAll(offered);
                judge.set(offered.isEmpty() ? null : offered.get(0));
            } finally {
                choosingJudges = false;
            }
        }
        showSheets();
    }

    /** Reads the judge's records for the chosen heat on the executor, then lists their sheets. */
    private void showSheets() {
        int shown = ++generation;
        Event e = choice.eventProperty().get();
        Round r = choice.roundProperty().get();
        Integer a = choice.attemptProperty().get();
        String j = judge.get();
        List<Contestant> heat = choice.entrants();
        error.set("");
        sheets.clear();
        current.set(null);
        if (!choice.complete() || j == null) {
            return;
        }
        boolean later = RoundEntrants.later(e, r);
        background.run(() -> {
            Set<String> entered = later ? entrants.bibs(e, r) : null;
            JudgeHeat records = service.heat(officialId, j, e.id(), r.id(), a);
            List<Contestant> listed = entered == null ? heat : heat.stream().filter(c -> entered.contains(c.bib())).toList();
            return new Loaded(listed, records);
        }, loaded -> {
            if (shown == generation) {
                list(e, loaded.listed(), loaded.records());
            }
        }, ex -> failure.set(i18n.get("judging.error.load", message(ex))));
    }

    /** What the executor read for a heat: its contestants with an entry in the round, and the judge's records. */
    private record Loaded(List<Contestant> listed, JudgeHeat records) {
    }

    private void list(Event e, List<Contestant> entrants, JudgeHeat records) {
        boolean isBlind = !records.workNumbers().isEmpty();
        workNumbers = records.workNumbers();
        blind.set(isBlind);
        locked.set(records.locked());
        List<Sheet> list = new ArrayList<>();
        for (Contestant c : entrants) {
            Sheet sheet = isBlind
                    ? new Sheet(e, c.bib(), i18n.get("judging.work", workNumbers.get(c.bib())), "")
                    : new Sheet(e, c.bib(), c.bib() + "  " + c.name(), c.unit());
            Map<String, BigDecimal> marks = records.marks().getOrDefault(c.bib(), Map.of());
            for (SheetField f : sheet.marks()) {
                BigDecimal m = marks.get(f.id());
                if (m != null) {
                    f.loaded(shown(m));
                }
            }
            Map<String, Integer> counts = records.penalties().getOrDefault(c.bib(), Map.of());
            for (SheetField f : sheet.penalties()) {
                Integer n = counts.get(f.id());
                if (n != null) {
                    f.loaded(Integer.toString(n));
                }
            }
            sheet.submitted(records.submitted().contains(c.bib()));
            sheet.roundLocked(records.locked());
            list.add(sheet);
        }
        if (isBlind) {
            list.sort(Comparator.comparing((Sheet s) -> workNumbers.get(s.bib()).length())
                    .thenComparing(s -> workNumbers.get(s.bib())));
        }
        sheets.setAll(list);
        current.set(list.stream().filter(s -> !s.submittedProperty().get()).findFirst()
                .orElse(list.isEmpty() ? null : list.get(0)));
    }

    /** Moves to the next ({@code +1}) or previous ({@code -1}) sheet of the heat. */
    public void move(int delta) {
        if (sheets.isEmpty()) {
            return;
        }
        int i = current.get() == null ? 0 : Math.floorMod(sheets.indexOf(current.get()) + delta, sheets.size());
        current.set(sheets.get(i));
    }

    /**
     * Saves what is typed in a line of a sheet, when the judge leaves it or presses Enter. A mark is checked first
     * with the criterion's own rule ({@link org.podium.domain.Criterion#refuse}): out of range, off its step, not a
     * whole number on a judgement criterion, or not a number at all is refused on its line and never stored. A
     * penalty count is a whole number, 0 or more (0 withdraws this judge's count). Unchanged text does nothing.
     *
     * @return false when the value was refused (the keyboard should stay on the line), else true
     */
    public boolean commit(SheetField field) {
        Sheet sheet = field.sheet();
        Event e = choice.eventProperty().get();
        Round r = choice.roundProperty().get();
        Integer a = choice.attemptProperty().get();
        String j = judge.get();
        if (e == null || r == null || a == null || j == null || sheet.readOnlyProperty().get()) {
            return true;
        }
        String typed = NumberText.normalise(field.textProperty().get() == null ? "" : field.textProperty().get());
        if (typed.isEmpty()) {
            boolean hadValue = !field.savedProperty().get().isEmpty();
            field.reset(hadValue ? i18n.get("judging.error.cannotClear") : "");
            return true;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(typed);
        } catch (NumberFormatException notANumber) {
            field.notSaved(i18n.get("judging.error.notANumber", field.textProperty().get().strip()));
            return false;
        }
        String shown = shown(value);
        if (field.stateProperty().get() == FieldState.SAVING && shown.equals(field.pending())) {
            return true; // on its way already (Enter, then the focus leaving the line)
        }
        if (field.stateProperty().get() != FieldState.SAVING && field.holds(value)) {
            field.reset("");
            return true;
        }
        Fact fact;
        if (field.criterion() != null) {
            Criterion.MarkProblem problem = field.criterion().problem(value);
            if (problem != null) {
                field.notSaved(i18n.get("judging.error.refused", i18n.get("judging.mark." + problem.name(),
                        value.toPlainString(), field.id(), field.criterion().limit(problem))));
                return false;
            }
            fact = Fact.mark(e.id(), r.id(), sheet.bib(), j, field.id(), value, choice.factAttempt(), Origin.NONE);
        } else {
            if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(999)) > 0) {
                field.notSaved(i18n.get("judging.error.badCount", field.textProperty().get().strip()));
                return false;
            }
            if (value.signum() == 0 && field.savedProperty().get().isEmpty()) {
                field.reset("");
                field.textProperty().set("0");
                return true;
            }
            fact = Fact.penalty(e.id(), r.id(), sheet.bib(), j, field.id(), value.intValueExact(), choice.factAttempt(),
                    Origin.NONE);
        }
        field.textProperty().set(shown);
        field.saving(shown);
        boolean clerk = head && !officialId.equals(j); // a paper sheet typed in: submitted once complete (issue 15)
        String why = changeReason.get() == null ? "" : changeReason.get().strip();
        background.run(() -> {
            service.record(officialId, STATION, fact, why.isEmpty() ? null : why);
            return clerk && service.heat(officialId, j, e.id(), r.id(), a).submitted().contains(sheet.bib());
        }, submittedNow -> {
            field.saved(shown);
            failure.set("");
            if (submittedNow && !sheet.submittedProperty().get()) {
                sheet.submitted(true);
            }
            if (waiting == field) {
                waiting = null;
                reasonNeeded.set(false);
            }
        }, ex -> {
            if (ex instanceof Refused refused && refused.reasonNeeded() && current.get() == sheet) {
                // the round was unlocked: the reason field appears, and the line is saved again with it
                field.notSaved(i18n.get("judging.error.changeReason"));
                waiting = field;
                reasonNeeded.set(true);
            } else if (ex instanceof Refused refused) {
                field.notSaved(i18n.get("judging.error.refused", refusal(refused, sheet)));
            } else {
                field.notSaved(i18n.get("judging.error.notSaved"));
                failure.set(i18n.get("judging.error.store", sheet.label(), field.id(), shown, masked(message(ex), sheet)));
            }
        });
        return true;
    }

    /** The current sheet has a mark (saved or on its way) for every criterion, and none is NOT SAVED. */
    public boolean complete() {
        Sheet sheet = current.get();
        return sheet != null && sheet.missing().isEmpty() && !sheet.notSavedProperty().get();
    }

    /**
     * Submits the current sheet: refused inline, and nothing sent, until every criterion has a mark and no line is
     * NOT SAVED (a chief expects a submitted sheet to be whole). On the executor the service checks the marks once more
     * in the database, and refuses an incomplete sheet, before the store locks it. Then the next sheet not yet
     * submitted becomes current.
     */
    public void submit() {
        Sheet sheet = current.get();
        Event e = choice.eventProperty().get();
        Round r = choice.roundProperty().get();
        Integer a = choice.attemptProperty().get();
        String j = judge.get();
        if (sheet == null || e == null || r == null || a == null || j == null || busy.get() || sheet.readOnlyProperty().get()) {
            return;
        }
        List<SheetField> missing = sheet.missing();
        if (!missing.isEmpty()) {
            error.set(i18n.get("judging.error.incomplete", String.join(", ", missing.stream().map(SheetField::id).toList())));
            return;
        }
        if (sheet.notSavedProperty().get()) {
            error.set(i18n.get("judging.error.unsavedLines"));
            return;
        }
        error.set("");
        busy.set(true);
        Integer att = choice.factAttempt();
        background.run(() -> service.submit(officialId, STATION, e.id(), r.id(), sheet.bib(), j, att), id -> {
            busy.set(false);
            sheet.submitted(true);
            failure.set("");
            changeReason.set("");
            if (current.get() == sheet) {
                nextOpen(sheet);
            }
        }, ex -> refusedOrFailed(ex, sheet));
    }

    /** Reopens the current, submitted sheet with the typed reason (required: the store keeps it in the journal). */
    public void reopen() {
        Sheet sheet = current.get();
        Event e = choice.eventProperty().get();
        Round r = choice.roundProperty().get();
        Integer a = choice.attemptProperty().get();
        String j = judge.get();
        if (sheet == null || e == null || r == null || a == null || j == null || busy.get() || !sheet.submittedProperty().get()) {
            return;
        }
        String reason = reopenReason.get() == null ? "" : reopenReason.get().strip();
        if (reason.isEmpty()) {
            error.set(i18n.get("judging.error.reasonNeeded"));
            return;
        }
        error.set("");
        busy.set(true);
        Integer att = choice.factAttempt();
        background.run(() -> service.reopen(officialId, STATION, e.id(), r.id(), sheet.bib(), j, att, reason), id -> {
            busy.set(false);
            sheet.submitted(false);
            failure.set("");
            reopenReason.set("");
            changeReason.set(reason); // the reason for reopening covers the change in hand: asked once
        }, ex -> refusedOrFailed(ex, sheet));
    }

    private void refusedOrFailed(Throwable ex, Sheet sheet) {
        busy.set(false);
        if (ex instanceof Refused refused) {
            error.set(i18n.get("judging.error.sheetRefused", refusal(refused, sheet)));
        } else {
            failure.set(i18n.get("judging.error.sheetStore", sheet.label(), masked(message(ex), sheet)));
        }
    }

    /** After a submit: the next sheet of the heat not yet submitted, else the same one. */
    private void nextOpen(Sheet from) {
        int start = sheets.indexOf(from);
        for (int k = 1; k <= sheets.size(); k++) {
            Sheet s = sheets.get(Math.floorMod(start + k, sheets.size()));
            if (!s.submittedProperty().get()) {
                current.set(s);
                return;
            }
        }
    }

    /** A mark as shown and recorded: a plain decimal without trailing zeros ({@code 38.5}, {@code 40}). */
    private static String shown(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    /**
     * A refusal in the screen's language where the service says it from the bundle (it then names no bib); otherwise
     * the store's words, and under blind judging the bib they name is shown with the work number instead.
     */
    private String refusal(Refused refused, Sheet sheet) {
        return refused.key().map(k -> i18n.get(k, refused.args().toArray()))
                .or(() -> refused.said().map(s -> masked(s, sheet)))
                .orElseGet(() -> masked(refused.getMessage(), sheet));
    }

    /** The store's refusal in the screen's language, the bib it names shown as the work number under blind judging. */
    private String masked(org.podium.domain.Said said, Sheet sheet) {
        String number = workNumbers.get(sheet.bib());
        return (number == null ? said : said.replacing(sheet.bib(), i18n.get("judging.work", number))).in(i18n.locale());
    }

    private String masked(String message, Sheet sheet) {
        String text = message == null ? "" : message;
        String number = workNumbers.get(sheet.bib());
        return number == null ? text : text.replace("bib " + sheet.bib(), i18n.get("judging.work", number));
    }

    private String message(Throwable ex) {
        return Refusals.failure(i18n, ex);
    }
}
