package org.podium.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podium.domain.ContestResult;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.RejectedFact;
import org.podium.domain.RoundResult;
import org.podium.store.ContestStore;
import org.podium.store.JournalRow;
import org.podium.store.LockAction;
import org.podium.store.RecordingRefused;
import org.podium.store.Verification;

/**
 * The chief's hold on a round at the head table: what the round looks like now ({@link #report}), and the steps that
 * are recorded in the journal: acknowledging a flag, correcting a fact with a reason, locking, unlocking with a reason
 * and publishing. The store enforces who may do what (only a chief locks, unlocks, publishes and acknowledges); this
 * class adds the rules that need the engine, which the store does not run:
 * <ul>
 * <li>a round is published only when every flag of it is acknowledged as it stands ({@link PublishBlocked});</li>
 * <li>a correction that would leave a record without an entry in its round (a later round's record of a contestant who
 * would no longer advance) is refused, as {@code podium import} refuses it (scoring.md section 11).</li>
 * </ul>
 * Blocking: call it on the executor. The store rules keep the publish check sound: only a locked round is published,
 * and a locked round takes no fact, so the flags checked are the flags published.
 */
public final class RoundControl {
    /** The station name recorded with every row from the head table. */
    public static final String STATION = "head";

    private final ResultsService results;

    public RoundControl(ResultsService results) {
        this.results = results;
    }

    public ResultsService results() {
        return results;
    }

    /** The round as it stands now: ranking, flags and their acknowledgements, lock stage, facts and journal rows. */
    public RoundReport report(String eventId, String roundId) {
        ContestStore store = results.store();
        long asOf = store.lastRowId();
        List<JournalRow> journal = new ArrayList<>();
        for (JournalRow row : store.journal()) {
            if (eventId.equals(row.event()) && (roundId.equals(row.round()) || row.round() == null)) {
                journal.add(row);
            }
        }
        List<Fact> facts = results.facts();
        ContestResult all = results.score(facts);
        RoundResult round = all.round(eventId, roundId);
        if (round == null) {
            throw new IllegalArgumentException("no round " + eventId + "/" + roundId + " in contest.yaml");
        }
        List<Fact> roundFacts = new ArrayList<>();
        for (Fact f : facts) {
            if (f.event().equals(eventId) && (roundId.equals(f.round()) || f.kind() == FactKind.THEORY)) {
                roundFacts.add(f);
            }
        }
        List<RejectedFact> rejected = new ArrayList<>();
        for (RejectedFact r : all.rejected()) {
            if (r.fact().event().equals(eventId) && roundId.equals(r.fact().round())) {
                rejected.add(r);
            }
        }
        Map<String, Acknowledgement> acks = new HashMap<>();
        for (JournalRow row : journal) {
            if (ContestStore.ACK.equals(row.kind())) {
                acks.put(row.bib() + '\u0000' + row.item(),
                        new Acknowledgement(row.id(), row.recordedBy(), row.recordedAt(), row.value(), row.reason()));
            }
        }
        List<FlagState> flags = new ArrayList<>();
        for (RoundFlag f : Flags.of(round)) {
            flags.add(new FlagState(f, acks.get(f.bib() + '\u0000' + f.kind().name())));
        }
        Map<String, String> work = round.event().blindJudging() ? store.workNumbers(eventId, roundId) : Map.of();
        return new RoundReport(asOf, round, flags, stage(journal), roundFacts, journal, rejected, work);
    }

    /** The lock stage from the round's lock events (the journal rows of one round). */
    private static RoundStage stage(List<JournalRow> roundRows) {
        RoundStage stage = RoundStage.OPEN;
        for (JournalRow row : roundRows) {
            LockAction a = row.lockAction();
            if (row.bib() != null || a == null) {
                continue;
            }
            stage = switch (a) {
                case LOCK -> new RoundStage(true, false, true, row.id());
                case UNLOCK -> new RoundStage(false, false, true, stage.lastLockId());
                case PUBLISH -> new RoundStage(true, true, true, stage.lastLockId());
                default -> stage;
            };
        }
        return stage;
    }

    /** The chief acknowledges a flag as it stands, with a note (a row of the journal). */
    public long acknowledge(String officialId, String eventId, String roundId, RoundFlag flag, String note)
            throws RecordingRefused {
        return results.store().acknowledge(officialId, STATION, eventId, roundId, flag.bib(), flag.kind().name(),
                flag.asItStands(), note);
    }

    /**
     * Records a fact at the head table (a correction, or a paper sheet's line) with a reason, after checking that the
     * engine still places every record (section 11).
     */
    public long correct(String officialId, Fact fact, String reason) throws RecordingRefused {
        requireReason(reason);
        List<Fact> now = results.facts();
        List<Fact> after = new ArrayList<>(now);
        after.add(fact);
        refuseOrphans(now, after);
        return results.store().record(officialId, STATION, fact, reason);
    }

    /** Withdraws the current fact of {@code key}'s key (a recorded status the chief takes back), with a reason. */
    public long withdraw(String officialId, Fact key, String reason) throws RecordingRefused {
        requireReason(reason);
        List<Fact> now = results.facts();
        List<Fact> after = new ArrayList<>();
        for (Fact f : now) {
            if (!f.key().equals(key.key())) {
                after.add(f);
            }
        }
        refuseOrphans(now, after);
        return results.store().withdraw(officialId, STATION, key, reason);
    }

    private static void requireReason(String reason) throws RecordingRefused {
        if (reason == null || reason.isBlank()) {
            throw new RecordingRefused("a change at the head table needs a reason (what was wrong, and how it is known)");
        }
    }

    /** Refuses a change after which the engine would refuse a record it places now. */
    private void refuseOrphans(List<Fact> now, List<Fact> after) throws RecordingRefused {
        Set<String> before = new HashSet<>();
        for (RejectedFact r : results.score(now).rejected()) {
            before.add(r.toString());
        }
        List<String> orphans = new ArrayList<>();
        for (RejectedFact r : results.score(after).rejected()) {
            if (!before.contains(r.toString())) {
                orphans.add(r.toString());
            }
        }
        if (!orphans.isEmpty()) {
            throw new RecordingRefused("not recorded: afterwards " + String.join("; ", orphans)
                    + " (a record needs an entry in its round, scoring.md section 11)");
        }
    }

    public long lock(String officialId, String eventId, String roundId) throws RecordingRefused {
        return results.store().lockRound(officialId, STATION, eventId, roundId, null);
    }

    public long unlock(String officialId, String eventId, String roundId, String reason) throws RecordingRefused {
        return results.store().unlockRound(officialId, STATION, eventId, roundId, reason);
    }

    /**
     * Publishes a locked round, once every flag of it is acknowledged as it stands and the audit trail verifies (a
     * result resting on rows changed outside Podium is not made public).
     *
     * @throws PublishBlocked naming the flags still to acknowledge, or why the audit trail does not verify; nothing is
     *                        recorded
     */
    public long publish(String officialId, String eventId, String roundId) throws RecordingRefused, PublishBlocked {
        Verification chain = results.store().verify();
        if (!chain.ok()) {
            throw new PublishBlocked(eventId, roundId, chain.problem());
        }
        RoundReport report = report(eventId, roundId);
        List<RoundFlag> open = report.unacknowledged();
        if (report.stage().locked() && !report.stage().published() && !open.isEmpty()) { // else the store says what is wrong
            throw new PublishBlocked(eventId, roundId, open);
        }
        return results.store().publishRound(officialId, STATION, eventId, roundId);
    }
}
