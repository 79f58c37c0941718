package org.podium.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.podium.domain.Criterion;
import org.podium.domain.Event;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.RejectedFact;
import org.podium.domain.Role;
import org.podium.store.ContestStore;
import org.podium.store.OfficialAccount;
import org.podium.store.Outbox;
import org.podium.store.RecordingRefused;
import org.podium.store.Verification;

/**
 * The one way to record (issue 13): every write of every station goes through here, and every recording rule is
 * checked here or, inside the write's transaction, by the store this class calls (the rules that need the journal as
 * it stands at the instant of the write: a locked round, a reason after a lock or on a submitted sheet, who may record
 * which fact). The timekeeper station ({@link TimingDesk}), the judge station ({@link JudgeSheets}) and the head table
 * ({@link RoundControl}) hand their writes to it; a venue server will call the same methods on its own store.
 * <ul>
 * <li><b>Only a chief</b> locks, unlocks, publishes and acknowledges a flag ({@link #lock}, {@link #unlock},
 * {@link #publish}, {@link #acknowledge}); an organiser at the head table is refused here, before the store is
 * asked.</li>
 * <li><b>A correction at the head table</b> ({@link #correct}, {@link #withdrawAtHead}) is made by a chief or an
 * organiser, always with a reason, and never leaves a record without an entry in its round (scoring.md section
 * 11).</li>
 * <li><b>Only a complete sheet is submitted</b> ({@link #submit}).</li>
 * <li><b>A round is published</b> only when it is locked, every flag of it is acknowledged as it stands and the audit
 * trail verifies ({@link #publish}).</li>
 * <li><b>Who records which fact</b> (a timekeeper their own times, laps, DNS and DNF; a judge their own marks and
 * penalties; a chief or organiser anything), the lock rules and the reasons they ask for: the store, in the write's
 * transaction, so two stations cannot both slip past a lock.</li>
 * </ul>
 * Every refusal is a {@link Refused} (or {@link PublishBlocked}): a station says it in its own language. Blocking: call
 * it on the executor.
 */
public final class Recording {
    /** The station name recorded with every row from the head table. */
    public static final String HEAD = "head";

    private static final String CHIEF_ONLY = "service.refused.chiefOnly";
    private static final String HEAD_ONLY = "service.refused.headOnly";
    private static final String REASON = "service.refused.reasonNeeded";

    private final ResultsService results;
    /** A station joined to the venue server: its facts are saved in its outbox and uploaded; else null. */
    private final StationUplink uplink;
    /** A joined station's reads: the server's answers with what waits in its outbox laid over them; else null. */
    private final StationReads reads;

    public Recording(ResultsService results) {
        this(results, null);
    }

    /**
     * The recording of a station joined to the venue server: {@link #record} and {@link #recordAll} save in the
     * station's outbox ("saved" = durable on the station) and the uplink sends them; the server checks every rule
     * again and answers NOT ACCEPTED with the reason. The other writes go to the server at once.
     */
    public Recording(ResultsService results, StationUplink uplink) {
        this.results = results;
        this.uplink = uplink;
        this.reads = uplink == null ? null : new StationReads(uplink);
    }

    public ResultsService results() {
        return results;
    }

    /** Whether this is a station joined to the venue server (its facts go through its outbox). */
    boolean joined() {
        return uplink != null;
    }

    /** A joined station's reads (the outbox laid over the server's answers), or null on one laptop. */
    StationReads reads() {
        return reads;
    }

    private ContestStore store() {
        return results.store();
    }

    // --- the entry stations

    /**
     * Records one fact of an official at a station: a stopwatch press, a mark or penalty count of a judge's sheet, a
     * DNS or DNF.
     *
     * @param reason null for none; the store asks one after a lock, and for a mark on a submitted sheet
     */
    public long record(String officialId, String station, Fact fact, String reason) throws Refused {
        if (uplink != null) { // a station joined to the venue server: saved in its outbox first; a paper sheet typed
            // in there is not submitted for the clerk (its facts reach the server later): the lock lists it
            return uplink.save(officialId, station, fact, reason).seq();
        }
        long id;
        try {
            id = store().record(officialId, station, fact, reason);
        } catch (RecordingRefused refused) {
            throw said(refused, fact.kind());
        }
        clerkSubmits(officialId, station, fact);
        return id;
    }

    /**
     * A judge's sheet typed in from paper by a clerk (a chief or organiser) is submitted, in the clerk's name, once it
     * is complete (issue 15): a judge's paper is handed in whole, so nothing waits for the judge to press submit. A
     * sheet already submitted, or one the store will not submit (a round locked since), stays as it is: the lock then
     * names it.
     */
    private void clerkSubmits(String officialId, String station, Fact fact) {
        if ((fact.kind() != FactKind.MARK && fact.kind() != FactKind.PENALTY) || fact.round() == null
                || officialId.equals(fact.official()) || !role(officialId).map(Role::head).orElse(false)) {
            return;
        }
        Event event = results.contest().event(fact.event());
        if (event == null || !event.judges().contains(fact.official())) {
            return;
        }
        if (!lacking(event, fact.round(), fact.bib(), fact.official(), fact.attemptOrFirst()).isEmpty()) {
            return;
        }
        try {
            store().submitSheet(officialId, station, fact.event(), fact.round(), fact.bib(), fact.official(),
                    fact.attempt());
        } catch (RecordingRefused refused) {
            // already submitted (the store says so), or not now: the head table's completeness and the lock name it
        }
    }

    /**
     * Records a fact a station saved in its outbox, sent with the fact's own UUID, on the venue server: the same rules
     * as {@link #record}, checked again by the server's sequencer; sent again (a lost reply), it is not recorded again.
     */
    public long recordOnce(UUID key, String officialId, String station, Fact fact, String reason) throws Refused {
        try {
            return store().recordOnce(key, officialId, station, fact, reason);
        } catch (RecordingRefused refused) {
            throw said(refused, fact.kind());
        }
    }

    /**
     * Sends what a station saved in its outbox with its own UUID to the venue server: a fact recorded, withdrawn, or a
     * judge's sheet submitted or reopened, each under the same rules as at one laptop (a sheet submitted only when
     * complete on the server), checked again by the server's sequencer; sent again, nothing is recorded twice.
     */
    public long sendOnce(Outbox.Action action, UUID key, String officialId, String station, Fact fact, String reason)
            throws Refused {
        if (action == Outbox.Action.RECORD) {
            return recordOnce(key, officialId, station, fact, reason);
        }
        if (action == Outbox.Action.WITHDRAW) {
            try {
                return store().withdrawOnce(key, officialId, station, fact, reason);
            } catch (RecordingRefused refused) {
                throw said(refused, fact.kind());
            }
        }
        try {
            if (action == Outbox.Action.REOPEN) {
                return store().reopenSheetOnce(key, officialId, station, fact.event(), fact.round(), fact.bib(), fact.official(),
                        fact.attempt(), reason);
            }
            if (!store().keysHeld(List.of(key)).isEmpty()) { // sent before, its reply lost: answered as it was
                return store().submitSheetOnce(key, officialId, station, fact.event(), fact.round(), fact.bib(),
                        fact.official(), fact.attempt());
            }
            Event event = results.contest().event(fact.event());
            List<String> lacking = event == null ? List.of()
                    : lacking(event, fact.round(), fact.bib(), fact.official(), fact.attemptOrFirst());
            if (!lacking.isEmpty()) {
                throw Refused.incomplete(lacking);
            }
            return store().submitSheetOnce(key, officialId, station, fact.event(), fact.round(), fact.bib(), fact.official(),
                    fact.attempt());
        } catch (RecordingRefused refused) {
            throw Refused.of(refused);
        }
    }

    /** Records several facts of one official in one transaction (every split of an entry): all of them or none. */
    public List<Long> recordAll(String officialId, String station, List<Fact> facts, String reason) throws Refused {
        if (uplink != null) {
            return uplink.saveAll(officialId, station, facts, reason).stream().map(org.podium.store.Outbox.Entry::seq).toList();
        }
        try {
            return store().recordAll(officialId, station, facts, reason);
        } catch (RecordingRefused refused) {
            throw said(refused, facts.isEmpty() ? FactKind.TIME : facts.get(0).kind());
        }
    }

    /** Withdraws the official's own current fact of {@code key}'s key (a press made by mistake, a DNS/DNF cleared). */
    public long withdraw(String officialId, String station, Fact key, String reason) throws Refused {
        if (uplink != null) { // a station joined to the venue server: in its outbox, in order with its facts
            return uplink.save(Outbox.Action.WITHDRAW, officialId, station, key, reason).seq();
        }
        try {
            return store().withdraw(officialId, station, key, reason);
        } catch (RecordingRefused refused) {
            throw said(refused, key.kind());
        }
    }

    /**
     * Submits {@code judge}'s sheet for one entry and attempt: refused, and nothing recorded, until the judge's current
     * marks for it in the database cover every criterion of the event.
     *
     * @param attempt null for attempt 1, as the facts name it
     */
    public long submit(String officialId, String station, String eventId, String roundId, String bib, String judge,
                       Integer attempt) throws Refused {
        Event event = results.contest().event(eventId);
        if (event == null) {
            throw new IllegalArgumentException("no event " + eventId + " in contest.yaml");
        }
        List<String> lacking = uplink != null ? lackingAtStation(event, roundId, bib, judge, attempt == null ? 1 : attempt)
                : lacking(event, roundId, bib, judge, attempt == null ? 1 : attempt);
        if (!lacking.isEmpty()) {
            throw Refused.incomplete(lacking);
        }
        if (uplink != null) { // in the outbox after the sheet's marks; the server checks the sheet again when it arrives
            return uplink.save(Outbox.Action.SUBMIT, officialId, station, sheet(eventId, roundId, bib, judge, attempt), null)
                    .seq();
        }
        try {
            return store().submitSheet(officialId, station, eventId, roundId, bib, judge, attempt);
        } catch (RecordingRefused refused) {
            throw Refused.of(refused);
        }
    }

    /** A judge's sheet as an outbox names it: a mark of no criterion (the entry, the judge, the attempt). */
    static Fact sheet(String eventId, String roundId, String bib, String judge, Integer attempt) {
        return Fact.mark(eventId, roundId, bib, judge, null, java.math.BigDecimal.ZERO, attempt, null);
    }

    /**
     * At a station joined to the venue server: the criteria its sheet does not mark yet, counting the marks the server
     * holds (when it can be reached) and those this station saved that wait in its outbox or were sent.
     */
    private List<String> lackingAtStation(Event event, String roundId, String bib, String judge, int attempt) {
        Set<String> marked = new HashSet<>();
        for (Fact f : reads.ownFacts(store(), judge, event.id(), roundId)) { // the judge's own only, by the server
            if (ofSheet(f, event.id(), roundId, bib, judge, attempt)) {
                marked.add(f.item());
            }
        }
        return event.quality().criteria().stream().map(Criterion::id).filter(id -> !marked.contains(id)).toList();
    }

    private static boolean ofSheet(Fact f, String eventId, String roundId, String bib, String judge, int attempt) {
        return f.kind() == FactKind.MARK && f.event().equals(eventId) && roundId.equals(f.round()) && f.bib().equals(bib)
                && judge.equals(f.official()) && f.attemptOrFirst() == attempt;
    }

    /** The criteria of the event that a judge's sheet (its current marks in the database) does not mark yet. */
    private List<String> lacking(Event event, String roundId, String bib, String judge, int attempt) {
        Set<String> marked = new HashSet<>();
        for (Fact f : store().currentFactsOf(judge, event.id(), roundId)) { // the judge's own only, by the database
            if (f.kind() == FactKind.MARK && f.bib().equals(bib) && f.attemptOrFirst() == attempt) {
                marked.add(f.item());
            }
        }
        return event.quality().criteria().stream().map(Criterion::id).filter(id -> !marked.contains(id)).toList();
    }

    /** Opens a submitted sheet again with a reason (its judge or the chief). */
    public long reopen(String officialId, String station, String eventId, String roundId, String bib, String judge,
                       Integer attempt, String reason) throws Refused {
        if (uplink != null) { // in the outbox, in order; the server checks it when it arrives
            return uplink.save(Outbox.Action.REOPEN, officialId, station, sheet(eventId, roundId, bib, judge, attempt), reason)
                    .seq();
        }
        try {
            return store().reopenSheet(officialId, station, eventId, roundId, bib, judge, attempt, reason);
        } catch (RecordingRefused refused) {
            throw Refused.of(refused);
        }
    }

    // --- the head table

    /**
     * Records a fact at the head table (a correction, or a paper sheet's line) by a chief or organiser, with a reason,
     * after checking that the engine still places every record (section 11).
     */
    public long correct(String officialId, Fact fact, String reason) throws Refused {
        return atHead(officialId, reason, now -> {
            List<Fact> after = new ArrayList<>(now);
            after.add(fact);
            return after;
        }, () -> {
            long id = store().record(officialId, HEAD, fact, reason);
            clerkSubmits(officialId, HEAD, fact);
            return id;
        });
    }

    /** Withdraws the current fact of {@code key}'s key at the head table (a recorded status taken back), with a reason. */
    public long withdrawAtHead(String officialId, Fact key, String reason) throws Refused {
        String taken = key.key(); // made once, not once per current fact
        return atHead(officialId, reason, now -> now.stream().filter(f -> !f.key().equals(taken)).toList(),
                () -> store().withdraw(officialId, HEAD, key, reason));
    }

    /** A change at the head table: by a chief or organiser, with a reason, orphaning no record; then the write. */
    private long atHead(String officialId, String reason, UnaryOperator<List<Fact>> change, Write write) throws Refused {
        head(officialId);
        requireReason(reason);
        CurrentResults.Snapshot now = results.current().snapshot();
        refuseOrphans(now, change.apply(now.facts()));
        return headWrite(write);
    }

    /** The chief acknowledges a flag as it stands, with a note (a row of the journal). */
    public long acknowledge(String officialId, String eventId, String roundId, RoundFlag flag, String note) throws Refused {
        chief(officialId);
        return headWrite(() -> store().acknowledge(officialId, HEAD, eventId, roundId, flag.bib(), flag.kind().name(),
                flag.asItStands(), note));
    }

    /**
     * The chief locks a round: nothing more is recorded on it until it is unlocked. While a heat of it lacks something
     * (an entry without a record, a judge's sheet not submitted, an entry short of timekeepers), the lock waits for
     * the chief to confirm exactly what is missing as it stands (issue 15).
     *
     * @param confirmed the heats lacking something as the chief was shown them ({@link HeatCompleteness#missing}); empty
     *                  when nothing was shown
     * @throws LockUnconfirmed naming what is missing now, when that is not what was confirmed; nothing is recorded
     */
    public long lock(String officialId, String eventId, String roundId, List<HeatCompleteness> confirmed)
            throws Refused, LockUnconfirmed {
        chief(officialId);
        List<HeatCompleteness> missing = missing(officialId, eventId, roundId);
        if (!missing.isEmpty() && !missing.equals(confirmed)) {
            throw new LockUnconfirmed(eventId, roundId, missing);
        }
        return headWrite(() -> store().lockRound(officialId, HEAD, eventId, roundId, null));
    }

    /** The heats of a round lacking something now (for the head table: a chief's or organiser's read). */
    public List<HeatCompleteness> missing(String officialId, String eventId, String roundId) throws Refused {
        return HeatCompleteness.missing(HeatCompleteness.of(new RoundControl(results).report(officialId, eventId, roundId)));
    }

    /** The chief unlocks a locked round, with a reason. */
    public long unlock(String officialId, String eventId, String roundId, String reason) throws Refused {
        chief(officialId);
        return headWrite(() -> store().unlockRound(officialId, HEAD, eventId, roundId, reason));
    }

    /**
     * The chief publishes a locked round, once every flag of it is acknowledged as it stands and the audit trail
     * verifies (a result resting on rows changed outside Podium is not made public). A locked round takes no fact,
     * so the flags checked are the flags published.
     *
     * @param confirmed what the chief was shown it makes public ({@link PublishSummary#of}); publishing anything else is
     *                  refused (issue 15)
     * @throws PublishBlocked naming the flags still to acknowledge, or why the audit trail does not verify, or the
     *                        summary as it stands when it is not the one confirmed; nothing is recorded
     */
    public long publish(String officialId, String eventId, String roundId, PublishSummary confirmed)
            throws Refused, PublishBlocked {
        Verification chain = store().verify(); // first: on an altered journal even an official's role may not be read
        if (!chain.ok()) {
            throw new PublishBlocked(eventId, roundId, chain.problem());
        }
        chief(officialId);
        RoundReport report = new RoundControl(results).report(officialId, eventId, roundId);
        List<RoundFlag> open = report.unacknowledged();
        if (report.stage().locked() && !report.stage().published() && !open.isEmpty()) { // else the store says what is wrong
            throw new PublishBlocked(eventId, roundId, open);
        }
        PublishSummary now = PublishSummary.of(report.result());
        if (report.stage().locked() && !report.stage().published() && !now.equals(confirmed)) {
            throw new PublishBlocked(eventId, roundId, now);
        }
        return headWrite(() -> store().publishRound(officialId, HEAD, eventId, roundId));
    }

    // --- the rules

    /** The official's role as the journal holds it, or empty for an unknown id. */
    Optional<Role> role(String officialId) {
        return store().official(officialId).map(OfficialAccount::role);
    }

    private void chief(String officialId) throws Refused {
        Optional<Role> role = role(officialId);
        if (role.orElse(null) != Role.CHIEF) {
            throw Refused.said(CHIEF_ONLY, officialId);
        }
    }

    private void head(String officialId) throws Refused {
        Optional<Role> role = role(officialId);
        if (!role.map(Role::head).orElse(false)) {
            throw Refused.said(HEAD_ONLY, officialId);
        }
    }

    private static void requireReason(String reason) throws Refused {
        if (reason == null || reason.isBlank()) {
            throw Refused.said(REASON);
        }
    }

    /**
     * Refuses a change after which the engine would refuse a record it places now ({@code now}: the shared current
     * results, so only the results after the change are computed here).
     */
    private void refuseOrphans(CurrentResults.Snapshot now, List<Fact> after) throws Refused {
        Set<String> before = new HashSet<>();
        for (RejectedFact r : now.result().rejected()) {
            before.add(r.toString());
        }
        List<String> orphans = new ArrayList<>();
        for (RejectedFact r : results.score(after).rejected()) {
            if (!before.contains(r.toString())) {
                orphans.add(r.toString());
            }
        }
        if (!orphans.isEmpty()) {
            throw Refused.said("service.refused.orphans", String.join("; ", orphans));
        }
    }

    /** A write of the store. */
    @FunctionalInterface
    private interface Write {
        long run() throws RecordingRefused;
    }

    /** A write from the head table: its refusal said from the bundle (the head table sees every bib). */
    private static long headWrite(Write write) throws Refused {
        try {
            return write.run();
        } catch (RecordingRefused refused) {
            throw Refused.timing(refused);
        }
    }

    /** A judge's refusal may name a bib that blind judging masks; a timekeeper's or the head table's never does. */
    private static Refused said(RecordingRefused refused, FactKind kind) {
        return kind == FactKind.MARK || kind == FactKind.PENALTY ? Refused.of(refused) : Refused.timing(refused);
    }
}
