package org.podium.ui.head;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.podium.domain.Contest;
import org.podium.domain.EntryResult;
import org.podium.domain.Event;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.Round;
import org.podium.domain.Status;
import org.podium.exchange.HowScored;
import org.podium.service.FlagState;
import org.podium.service.HeatCompleteness;
import org.podium.service.LockUnconfirmed;
import org.podium.service.PublishSummary;
import org.podium.service.PublishBlocked;
import org.podium.service.Refused;
import org.podium.service.RoundControl;
import org.podium.service.RoundFlag;
import org.podium.service.RoundReport;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;
import org.podium.ui.common.Refusals;

/**
 * The head table (docs/ui.md): one event and round at a time, its live ranking with a filter, the detail of the entry
 * chosen (with a correction form), the flags panel, the awards and advancement preview, and the round's lock, unlock
 * and publish. Every call of the services runs through a {@link Background}: the commands on the store's executor,
 * the readings (the shared current results, scored off the store's thread) on the reading one; {@link #poll()} (the
 * view calls it every
 * {@link #POLL_MILLIS} ms) asks the database for its last row id only, and reads the round again only when it changed,
 * whoever recorded the row (a station on another laptop, {@code podium import}).
 */
public final class HeadTableViewModel {
    /** How often the view polls the database for change. */
    public static final int POLL_MILLIS = 300;

    private final RoundControl control;
    private final Contest contest;
    private final String officialId;
    private final boolean chief;
    private final Background background;
    private final Background reads;
    private final I18n i18n;

    private final ObservableList<Event> events = FXCollections.observableArrayList();
    private final ObjectProperty<Event> event = new SimpleObjectProperty<>(this, "event");
    private final ObservableList<Round> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<Round> round = new SimpleObjectProperty<>(this, "round");
    private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ResultRow> shownRows = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final StringProperty selectedBib = new SimpleStringProperty(this, "selectedBib");
    private final ReadOnlyObjectWrapper<EntryDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final Correction correction;
    private final ObservableList<FlagRow> flags = FXCollections.observableArrayList();
    private final ObjectProperty<FlagRow> selectedFlag = new SimpleObjectProperty<>(this, "selectedFlag");
    private final StringProperty ackNote = new SimpleStringProperty(this, "ackNote", "");
    private final ReadOnlyIntegerWrapper openFlags = new ReadOnlyIntegerWrapper(this, "openFlags");
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper(this, "stage", "");
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked");
    private final ReadOnlyBooleanWrapper published = new ReadOnlyBooleanWrapper(this, "published");
    private final ReadOnlyStringWrapper publishNote = new ReadOnlyStringWrapper(this, "publishNote", "");
    private final StringProperty unlockReason = new SimpleStringProperty(this, "unlockReason", "");
    private final ObservableList<HowScored.Line> preview = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Round> nextRound = new ReadOnlyObjectWrapper<>(this, "nextRound");
    private final ReadOnlyObjectWrapper<RoundReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper(this, "info", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyStringWrapper chainBroken = new ReadOnlyStringWrapper(this, "chainBroken", "");
    private final ReadOnlyStringWrapper backupProblem = new ReadOnlyStringWrapper(this, "backupProblem", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableList<String> heats = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Asking> asking = new ReadOnlyObjectWrapper<>(this, "asking");
    private final ObservableList<String> askLines = FXCollections.observableArrayList();
    private final ObservableList<NotAcceptedRow> notAccepted = FXCollections.observableArrayList();
    private List<org.podium.domain.NotAccepted> notAcceptedRead = List.of();
    private boolean readingNotAccepted;
    private List<HeatCompleteness> lockShown = List.of();
    private PublishSummary publishShown;
    private long shownAsOf = -1;
    private boolean reading;
    private boolean polling;
    /** A poll asked while a reading was under way (a notification): polled again when it ends. */
    private boolean pollAgain;
    private int generation;

    /**
     * @param chief whether the official is a chief (only a chief locks, unlocks, publishes and acknowledges; an organiser
     *              sees the same and may record corrections)
     */
    public HeadTableViewModel(RoundControl control, String officialId, boolean chief, Background background, I18n i18n) {
        this(control, officialId, chief, background, background, i18n);
    }

    /**
     * @param background where the commands run (the store's executor)
     * @param reads      where the round is read and scored (the app's results thread, so that a rescore never holds up
     *                   a save)
     */
    public HeadTableViewModel(RoundControl control, String officialId, boolean chief, Background background,
                              Background reads, I18n i18n) {
        this.reads = reads;
        this.control = control;
        this.contest = control.results().contest();
        this.officialId = officialId;
        this.chief = chief;
        this.background = background;
        this.i18n = i18n;
        this.correction = new Correction(i18n);
        events.setAll(contest.events());
        event.addListener((o, was, e) -> {
            rounds.setAll(e == null ? List.of() : e.rounds());
            round.set(null);
            round.set(rounds.isEmpty() ? null : rounds.get(0));
        });
        round.addListener((o, was, r) -> roundChosen());
        filter.addListener((o, was, f) -> {
            String needle = f == null ? "" : f.strip().toLowerCase(Locale.ROOT);
            shownRows.setPredicate(needle.isEmpty() ? null : row -> row.matches(needle));
        });
        selectedBib.addListener((o, was, bib) -> showDetail(true));
        event.set(events.isEmpty() ? null : events.get(0));
    }

    private void roundChosen() {
        shownAsOf = -1;
        rows.clear();
        flags.clear();
        preview.clear();
        detail.set(null);
        selectedBib.set(null);
        report.set(null);
        heats.clear();
        cancel();
        error.set("");
        info.set("");
        Event e = event.get();
        Round r = round.get();
        if (e != null) {
            correction.event(e);
            int i = e.rounds().indexOf(r);
            nextRound.set(i >= 0 && i + 1 < e.rounds().size() ? e.rounds().get(i + 1) : null);
        }
        refresh();
        readNotAccepted();
    }

    /**
     * Asks the database whether anything was recorded since the round was read and, in the same step on the reading
     * executor, reads the round again if so (one hop, not two: a fact shows sooner). Cheap while nothing changed.
     */
    public void poll() {
        readNotAccepted();
        if (reading || polling) {
            pollAgain = true; // a notification while reading: read once more after, or its rows wait for the next
            return;
        }
        if (event.get() == null || round.get() == null) {
            return;
        }
        pollAgain = false;
        polling = true;
        long known = shownAsOf;
        String e = event.get().id();
        String r = round.get().id();
        int shown = generation;
        reads.run(() -> control.lastRowId() == known ? null : control.report(officialId, e, r), rep -> {
            polling = false;
            if (rep != null && shown == generation && !reading) {
                apply(rep);
                if (System.nanoTime() - journalCheckedAt >= JOURNAL_CHECK_NANOS) {
                    checkJournal();
                }
            }
            if (pollAgain) {
                poll();
            }
        }, ex -> {
            polling = false;
            failure.set(i18n.get("head.error.load", Refusals.failure(i18n, ex)));
        });
    }

    /**
     * Reads the facts the stations reported the venue server did not accept (every station, every round), on the
     * reading executor; the list changes only when they do.
     */
    private void readNotAccepted() {
        if (readingNotAccepted) {
            return;
        }
        readingNotAccepted = true;
        reads.run(control::notAccepted, all -> {
            readingNotAccepted = false;
            if (!all.equals(notAcceptedRead)) {
                notAcceptedRead = all;
                notAccepted.setAll(all.stream().map(n -> NotAcceptedRow.of(n, contest, i18n)).toList());
            }
        }, ex -> readingNotAccepted = false);
    }

    /** Reads the chosen round again (ranking, flags, detail) on the executor, and checks the journal. */
    public void refresh() {
        read(true);
    }

    /** Reads the round; {@code checkJournal}: then verifies the journal too (while facts arrive, every few seconds). */
    private void read(boolean checkJournal) {
        Event e = event.get();
        Round r = round.get();
        if (e == null || r == null) {
            return;
        }
        int shown = ++generation;
        reading = true;
        reads.run(() -> control.report(officialId, e.id(), r.id()), rep -> {
            if (shown == generation) {
                reading = false;
                apply(rep);
                if (pollAgain) {
                    poll();
                }
            }
        }, ex -> {
            if (shown == generation) {
                reading = false;
            }
            failure.set(i18n.get("head.error.load", Refusals.failure(i18n, ex)));
        });
        if (checkJournal) {
            checkJournal();
        }
    }

    /** While facts arrive, the journal is verified at most this often (a whole journal is read and hashed each time). */
    private static final long JOURNAL_CHECK_NANOS = 5_000_000_000L;
    private long journalCheckedAt;

    /**
     * After each reading, on the executor (so the results are shown first): whether the journal still verifies (the red
     * banner) and whether the last backup failed.
     */
    private void checkJournal() {
        journalCheckedAt = System.nanoTime();
        reads.run(control::journalCheck, check -> {
            chainBroken.set(check.chainOk() ? "" : i18n.get("head.chain.broken", check.chainProblem()));
            backupProblem.set(check.backupProblem().isEmpty() ? "" : i18n.get("head.backupProblem", check.backupProblem()));
        }, ex -> failure.set(i18n.get("head.error.load", Refusals.failure(i18n, ex))));
    }

    private void apply(RoundReport rep) {
        shownAsOf = rep.asOf();
        failure.set("");
        Event e = rep.result().event();
        boolean last = e.rounds().indexOf(rep.result().round()) == e.rounds().size() - 1;
        Map<String, List<RoundFlag.Kind>> kinds = new HashMap<>();
        Map<String, Boolean> open = new HashMap<>();
        for (FlagState f : rep.flags()) {
            kinds.computeIfAbsent(f.flag().bib(), b -> new ArrayList<>()).add(f.flag().kind());
            if (!f.acknowledged()) {
                open.put(f.flag().bib(), true);
            }
        }
        List<ResultRow> list = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (EntryResult r : rep.result().rows()) {
            names.put(r.bib(), r.contestant().name());
            boolean noRecord = r.status() == Status.DNS
                    && rep.facts(r.bib()).stream().allMatch(f -> f.kind() == FactKind.THEORY);
            list.add(ResultRow.of(e, r, rep.workNumbers().get(r.bib()), last, kinds.getOrDefault(r.bib(), List.of()),
                    open.containsKey(r.bib()), noRecord, i18n));
        }
        rows.setAll(list);
        FlagRow chosenFlag = selectedFlag.get();
        List<FlagRow> flagRows = new ArrayList<>();
        for (FlagState f : rep.flags()) {
            flagRows.add(FlagRow.of(f, names.getOrDefault(f.flag().bib(), ""), i18n));
        }
        flags.setAll(flagRows);
        if (chosenFlag != null) {
            selectedFlag.set(flagRows.stream().filter(f -> f.bib().equals(chosenFlag.bib()) && f.flag().equals(chosenFlag.flag()))
                    .findFirst().orElse(null));
        }
        openFlags.set(rep.unacknowledged().size());
        locked.set(rep.stage().locked());
        published.set(rep.stage().published());
        stage.set(rep.stage().published() ? i18n.get("head.stage.published")
                : rep.stage().locked() ? i18n.get("head.stage.locked", rep.stage().lastLockId())
                : rep.stage().everLocked() ? i18n.get("head.stage.unlocked") : i18n.get("head.stage.open"));
        publishNote.set(rep.stage().published() ? "" : !rep.stage().locked() ? i18n.get("head.publish.lockFirst")
                : openFlags.get() > 0 ? i18n.get("head.publish.flagsOpen", openFlags.get()) : i18n.get("head.publish.ready"));
        report.set(rep);
        heats.setAll(heatLines(HeatCompleteness.of(rep)));
        preview.setAll(Preview.lines(contest, rep, nextRound.get(), i18n));
        showDetail(false);
    }

    private void showDetail(boolean otherEntry) {
        RoundReport rep = report.get();
        String bib = selectedBib.get();
        EntryDetail d = rep == null || bib == null ? null : EntryDetail.of(rep, bib, i18n);
        detail.set(d);
        if (d != null) {
            correction.facts(rep.facts(bib), otherEntry);
        }
    }

    // --- commands

    /** The chief acknowledges the chosen flag as it stands, with the note typed. */
    public void acknowledge() {
        FlagRow f = selectedFlag.get();
        String note = ackNote.get() == null ? "" : ackNote.get().strip();
        if (f == null) {
            error.set(i18n.get("head.error.noFlag"));
            return;
        }
        if (note.isEmpty()) {
            error.set(i18n.get("head.error.noteNeeded", i18n.get("head.flag." + f.state().flag().kind().name()), f.bib()));
            return;
        }
        Event e = event.get();
        Round r = round.get();
        run(() -> control.acknowledge(officialId, e.id(), r.id(), f.state().flag(), note), () -> {
            ackNote.set("");
            info.set(i18n.get("head.info.acknowledged", f.flag(), f.bib()));
        });
    }

    /** Records the correction form for the chosen entry, with its reason. */
    public void recordCorrection() {
        String bib = selectedBib.get();
        Event e = event.get();
        Round r = round.get();
        if (bib == null || e == null || r == null) {
            error.set(i18n.get("head.error.noEntry"));
            return;
        }
        String reason = correction.reasonProperty().get() == null ? "" : correction.reasonProperty().get().strip();
        if (reason.isEmpty()) {
            error.set(i18n.get("head.error.reasonNeeded"));
            return;
        }
        if (correction.withdrawsStatus()) {
            Fact status = correction.statusToWithdraw();
            if (status == null) {
                error.set(i18n.get("head.error.noStatus", bib));
                return;
            }
            run(() -> control.withdraw(officialId, status, reason), () -> {
                correction.clear();
                info.set(i18n.get("head.info.recorded", bib));
            });
            return;
        }
        Fact fact;
        try {
            fact = correction.build(r.id(), bib);
        } catch (IllegalArgumentException bad) {
            error.set(i18n.get("head.error.notRecorded", bad.getMessage()));
            return;
        }
        run(() -> control.correct(officialId, fact, reason), () -> {
            correction.clear();
            info.set(i18n.get("head.info.recorded", bib));
        });
    }

    /**
     * Asks the service what the round's heats still lack: nothing, and the round is locked; else the chief is asked,
     * each heat's gaps named ({@link #askingProperty()}), and {@link #confirm()} locks the round as it stands.
     */
    public void lock() {
        if (!reading()) {
            return;
        }
        String e = event.get().id();
        String r = round.get().id();
        reads.run(() -> control.missing(officialId, e, r), missing -> {
            busy.set(false);
            if (missing.isEmpty() || !chief) { // an organiser is refused by the service, not asked
                lockAsShown(List.of());
            } else {
                askLock(missing);
            }
        }, ex -> {
            busy.set(false);
            failed(ex);
        });
    }

    /** Before a question is read for a command: false while busy or with no round chosen; else busy, nothing said. */
    private boolean reading() {
        if (busy.get() || event.get() == null || round.get() == null) {
            return false;
        }
        busy.set(true);
        error.set("");
        info.set("");
        return true;
    }

    private void askLock(List<HeatCompleteness> missing) {
        lockShown = missing;
        List<String> lines = new ArrayList<>();
        for (HeatCompleteness h : missing) {
            lines.addAll(gapLines(h));
        }
        askLines.setAll(lines);
        asking.set(Asking.LOCK);
    }

    private void lockAsShown(List<HeatCompleteness> shown) {
        run(() -> control.lock(officialId, event.get().id(), round.get().id(), shown), () -> info.set(i18n.get("head.info.locked")));
    }

    /** Does what is asked (locks with the gaps shown, or publishes the summary shown). */
    public void confirm() {
        Asking a = asking.get();
        asking.set(null);
        askLines.clear();
        if (a == Asking.LOCK) {
            lockAsShown(lockShown);
        } else if (a == Asking.PUBLISH && publishShown != null) {
            PublishSummary shown = publishShown;
            run(() -> control.publish(officialId, event.get().id(), round.get().id(), shown),
                    () -> info.set(i18n.get("head.info.published")));
        }
    }

    /** Leaves the round as it is: nothing asked is done. */
    public void cancel() {
        asking.set(null);
        askLines.clear();
    }

    /** What the head table asks the chief to confirm, or null while it asks nothing. */
    public enum Asking {
        LOCK, PUBLISH
    }

    /** Unlocks the round with the reason typed (refused inline without one). */
    public void unlock() {
        String reason = unlockReason.get() == null ? "" : unlockReason.get().strip();
        if (reason.isEmpty()) {
            error.set(i18n.get("head.error.unlockReason"));
            return;
        }
        run(() -> control.unlock(officialId, event.get().id(), round.get().id(), reason), () -> {
            unlockReason.set("");
            info.set(i18n.get("head.info.unlocked"));
        });
    }

    /**
     * Shows what publishing makes public (ranked, unranked by status, awards and titles) and asks once more
     * ({@link #confirm()} publishes it); refused, with the flags named, while a flag is not acknowledged as it stands.
     */
    public void publish() {
        if (!reading()) {
            return;
        }
        String e = event.get().id();
        String r = round.get().id();
        reads.run(() -> control.report(officialId, e, r), rep -> {
            busy.set(false);
            PublishSummary summary = PublishSummary.of(rep.result());
            if (chief && rep.stage().locked() && !rep.stage().published() && rep.unacknowledged().isEmpty()) {
                askPublish(summary);
            } else { // not publishable as it stands: the service says why
                run(() -> control.publish(officialId, e, r, summary), () -> info.set(i18n.get("head.info.published")));
            }
        }, ex -> {
            busy.set(false);
            // the round cannot be read (an altered journal): the service says why it is not published
            run(() -> control.publish(officialId, e, r, null), () -> info.set(i18n.get("head.info.published")));
        });
    }

    private void askPublish(PublishSummary summary) {
        publishShown = summary;
        List<String> lines = new ArrayList<>();
        lines.add(i18n.get("head.ask.ranked", summary.ranked()));
        if (!summary.unranked().isEmpty()) {
            List<String> parts = new ArrayList<>();
            summary.unranked().forEach((status, n) -> parts.add(i18n.get("head.status." + status.name()) + " " + n));
            lines.add(i18n.get("head.ask.unranked", String.join(i18n.get("head.separator"), parts)));
        }
        if (!summary.awards().isEmpty()) {
            List<String> parts = new ArrayList<>();
            summary.awards().forEach((award, n) -> parts.add(award + " " + n));
            lines.add(i18n.get("head.ask.awards", String.join(i18n.get("head.separator"), parts)));
        }
        for (PublishSummary.Title t : summary.titles()) {
            lines.add(i18n.get("head.ask.title", t.title(), t.bib(), t.name()));
        }
        askLines.setAll(lines);
        asking.set(Asking.PUBLISH);
    }

    /** One line per heat: its entries and what it still lacks, or that it is complete. */
    private List<String> heatLines(List<HeatCompleteness> all) {
        List<String> out = new ArrayList<>();
        for (HeatCompleteness h : all) {
            String name = heatName(h);
            out.add(h.complete() ? i18n.get("head.heat.complete", name, h.entries())
                    : i18n.get("head.heat.lacking", name, h.entries(), h.noRecord().size(), h.unsubmitted().size(),
                    h.shortTimed().size()));
        }
        return out;
    }

    private String heatName(HeatCompleteness h) {
        return h.heat().isEmpty() ? i18n.get("head.heat.none") : h.heat();
    }

    /** What a heat lacks, naming every entry, sheet and short timing. */
    private List<String> gapLines(HeatCompleteness h) {
        List<String> out = new ArrayList<>();
        String name = heatName(h);
        boolean attempts = event.get() != null && event.get().attempts() > 1;
        if (!h.noRecord().isEmpty()) {
            out.add(i18n.get("head.ask.noRecord", name, h.noRecord().size(), String.join(i18n.get("head.separator"), h.noRecord())));
        }
        if (!h.unsubmitted().isEmpty()) {
            Map<String, List<String>> byBib = new java.util.LinkedHashMap<>();
            for (HeatCompleteness.SheetGap g : h.unsubmitted()) {
                byBib.computeIfAbsent(g.bib() + (attempts ? " " + i18n.get("head.attempt", g.attempt()) : ""),
                        b -> new ArrayList<>()).add(g.judge());
            }
            List<String> parts = new ArrayList<>();
            byBib.forEach((bib, judges) -> parts.add(bib + " (" + String.join(", ", judges) + ")"));
            out.add(i18n.get("head.ask.unsubmitted", name, h.unsubmitted().size(), String.join(i18n.get("head.separator"), parts)));
        }
        if (!h.shortTimed().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (HeatCompleteness.TimeGap g : h.shortTimed()) {
                parts.add(i18n.get("head.ask.timed", g.bib() + (attempts ? " " + i18n.get("head.attempt", g.attempt()) : ""),
                        g.timed(), g.required()));
            }
            out.add(i18n.get("head.ask.shortTimed", name, h.shortTimed().size(), String.join(i18n.get("head.separator"), parts)));
        }
        return out;
    }

    /** Moves the head table to the round after the chosen one (its entrants are those advancing). */
    public void openNextRound() {
        if (nextRound.get() != null) {
            round.set(nextRound.get());
        }
    }

    /** Runs a recording on the executor; on success says so and reads the round again, else says why inline. */
    private void run(java.util.concurrent.Callable<Long> work, Runnable done) {
        if (busy.get() || event.get() == null || round.get() == null) {
            return;
        }
        busy.set(true);
        error.set("");
        info.set("");
        background.run(work, id -> {
            busy.set(false);
            done.run();
            refresh();
        }, ex -> {
            busy.set(false);
            failed(ex);
            refresh();
        });
    }

    /** Says why a command was refused (a lock or publish whose round moved since it was shown: shown again). */
    private void failed(Throwable ex) {
        if (ex instanceof LockUnconfirmed unconfirmed) {
            error.set(i18n.get("head.error.lockChanged"));
            askLock(unconfirmed.missing());
        } else if (ex instanceof PublishBlocked blocked && blocked.summary().isPresent()) {
            error.set(i18n.get("head.error.publishChanged"));
            askPublish(blocked.summary().get());
        } else if (ex instanceof PublishBlocked blocked && blocked.chainProblem().isPresent()) {
            error.set(i18n.get("head.error.publishChain", blocked.chainProblem().get()));
        } else if (ex instanceof PublishBlocked blocked) {
            List<String> named = new ArrayList<>();
            for (RoundFlag f : blocked.unacknowledged()) {
                named.add(i18n.get("head.flag." + f.kind().name()) + " " + f.bib());
            }
            error.set(i18n.get("head.error.publishBlocked", blocked.unacknowledged().size(),
                    String.join(i18n.get("head.separator"), named)));
        } else if (ex instanceof Refused refused) {
            error.set(i18n.get("head.error.refused", Refusals.text(i18n, refused)));
        } else {
            failure.set(i18n.get("head.error.store", Refusals.failure(i18n, ex)));
        }
    }

    // --- state for the view

    public String officialId() {
        return officialId;
    }

    /** Whether the official is a chief: only a chief locks, unlocks, publishes and acknowledges. */
    public boolean chief() {
        return chief;
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

    /** The round's ranking as the filter shows it (every entry while the filter is empty). */
    public ObservableList<ResultRow> rows() {
        return shownRows;
    }

    /** Filters the ranking: bib, name, unit, status, award, titles or flag containing the text. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The entry whose detail is shown (kept while the ranking is read again). */
    public StringProperty selectedBibProperty() {
        return selectedBib;
    }

    public ReadOnlyObjectProperty<EntryDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public Correction correction() {
        return correction;
    }

    /** The facts the venue server did not accept, across the stations, the latest first. */
    public ObservableList<NotAcceptedRow> notAccepted() {
        return notAccepted;
    }

    public ObservableList<FlagRow> flags() {
        return flags;
    }

    public ObjectProperty<FlagRow> selectedFlagProperty() {
        return selectedFlag;
    }

    public StringProperty ackNoteProperty() {
        return ackNote;
    }

    /** How many flags are not acknowledged as they stand. */
    public ReadOnlyIntegerProperty openFlagsProperty() {
        return openFlags.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty publishedProperty() {
        return published.getReadOnlyProperty();
    }

    /** What publishing waits for (lock first, flags to acknowledge), or that it is ready. */
    public ReadOnlyStringProperty publishNoteProperty() {
        return publishNote.getReadOnlyProperty();
    }

    public StringProperty unlockReasonProperty() {
        return unlockReason;
    }

    /** Advancement and awards as the engine gives them, with the quota arithmetic (HowScored's lines). */
    public ObservableList<HowScored.Line> preview() {
        return preview;
    }

    /** The event's round after the chosen one, or null on its last round. */
    public ReadOnlyObjectProperty<Round> nextRoundProperty() {
        return nextRound.getReadOnlyProperty();
    }

    /**
     * The chosen round as last read (null before the first read): for more tabs of the head table (the judges'
     * consistency, the projector board) to follow the same round without reading it again.
     */
    public ReadOnlyObjectProperty<RoundReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Why the last command was refused, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the last command did, or empty. */
    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }

    /**
     * Shown in red above everything while the database's audit trail does not verify (rows changed outside Podium):
     * what {@code verify} says, or empty. Publishing is refused meanwhile.
     */
    public ReadOnlyStringProperty chainBrokenProperty() {
        return chainBroken.getReadOnlyProperty();
    }

    /** Why the last backup (automatic, at a lock or publish, or its copy to the second folder) failed, or empty. */
    public ReadOnlyStringProperty backupProblemProperty() {
        return backupProblem.getReadOnlyProperty();
    }

    /** Why the database could not be read or written, or empty. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** One line per heat of the round: its entries and what it still lacks (issue 15). */
    public ObservableList<String> heats() {
        return heats;
    }

    /** What the chief is asked to confirm ({@link #confirm()} or {@link #cancel()}), or null. */
    public ReadOnlyObjectProperty<Asking> askingProperty() {
        return asking.getReadOnlyProperty();
    }

    /** The lines of what is asked: each heat's gaps before a lock, the summary before a publish. */
    public ObservableList<String> askLines() {
        return askLines;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
