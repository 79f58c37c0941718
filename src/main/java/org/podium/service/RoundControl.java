package org.podium.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.podium.domain.ContestResult;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.RejectedFact;
import org.podium.domain.Role;
import org.podium.domain.RoundResult;
import org.podium.domain.RoundStage;
import org.podium.store.ContestStore;
import org.podium.store.JournalRow;
import org.podium.store.Verification;

/**
 * The head table's way in: what a round looks like now ({@link #report}, read from the shared current-results
 * snapshot, {@link CurrentResults}), whether the audit trail verifies ({@link #journalCheck}), and the head table's
 * commands (acknowledging a flag, correcting a fact with a reason, locking, unlocking with a reason and publishing),
 * which are the one recording service's ({@link Recording}): every rule lives there.
 *
 * <p>The report holds every official's marks and times: it is handed to a chief or an organiser only. Blocking: call it
 * on the executor.
 */
public final class RoundControl {
    /** The station name recorded with every row from the head table. */
    public static final String STATION = Recording.HEAD;

    private final ResultsService results;
    private final Recording recording;

    public RoundControl(ResultsService results) {
        this.results = results;
        this.recording = new Recording(results);
    }

    /** The facts the stations reported the venue server did not accept, the latest first (none on one laptop). */
    public List<org.podium.domain.NotAccepted> notAccepted() {
        return results.store().notAccepted();
    }

    public ResultsService results() {
        return results;
    }

    /** The recording service the head table's commands go through. */
    public Recording recording() {
        return recording;
    }

    /**
     * The round as it stands now, for a chief or organiser at the head table: ranking, flags and their
     * acknowledgements, lock stage, facts and journal rows, from the shared snapshot (no rescore while the journal has
     * not moved).
     *
     * @throws Refused when {@code officialId} is not a chief or organiser (a judge sees only their own marks, through
     *                 {@link JudgeSheets}; a timekeeper their own times, through {@link TimingDesk})
     */
    public RoundReport report(String officialId, String eventId, String roundId) throws Refused {
        if (!recording.role(officialId).map(Role::head).orElse(false)) {
            throw Refused.said("service.refused.notHead", officialId);
        }
        CurrentResults.Snapshot snap = results.current().snapshot();
        ContestResult all = snap.result();
        RoundResult round = all.round(eventId, roundId);
        if (round == null) {
            throw new IllegalArgumentException("no round " + eventId + "/" + roundId + " in contest.yaml");
        }
        List<JournalRow> journal = new ArrayList<>();
        for (JournalRow row : snap.journal()) {
            if (eventId.equals(row.event()) && (roundId.equals(row.round()) || row.round() == null)) {
                journal.add(row);
            }
        }
        List<Fact> roundFacts = new ArrayList<>();
        for (Fact f : snap.facts()) {
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
        RoundStage stage = snap.stage(eventId, roundId);
        Map<String, String> work = round.event().blindJudging() ? results.store().workNumbers(eventId, roundId) : Map.of();
        return new RoundReport(snap.asOf(), round, flags, stage, roundFacts, journal, rejected, work);
    }

    /**
     * Whether the journal still verifies (else what {@code verify} says: the head table's red banner) and why the last
     * backup failed (or empty).
     */
    public JournalCheck journalCheck() {
        Verification chain = results.store().verify();
        return new JournalCheck(chain.ok() ? "" : chain.problem(), results.store().backupProblem().orElse(""));
    }

    /**
     * @param chainProblem  why the audit trail does not verify, or empty when it does
     * @param backupProblem why the last backup failed, or empty
     */
    public record JournalCheck(String chainProblem, String backupProblem) {
        public boolean chainOk() {
            return chainProblem.isEmpty();
        }
    }

    /** The journal's last row id: cheap, for a screen that polls for change. */
    public long lastRowId() {
        return results.store().lastRowId();
    }

    /** The chief acknowledges a flag as it stands, with a note ({@link Recording#acknowledge}). */
    public long acknowledge(String officialId, String eventId, String roundId, RoundFlag flag, String note)
            throws Refused {
        return recording.acknowledge(officialId, eventId, roundId, flag, note);
    }

    /** A correction at the head table, with a reason ({@link Recording#correct}). */
    public long correct(String officialId, Fact fact, String reason) throws Refused {
        return recording.correct(officialId, fact, reason);
    }

    /** Withdraws the current fact of {@code key}'s key, with a reason ({@link Recording#withdrawAtHead}). */
    public long withdraw(String officialId, Fact key, String reason) throws Refused {
        return recording.withdrawAtHead(officialId, key, reason);
    }

    /** Locks the round, the heats lacking something confirmed as shown ({@link Recording#lock}). */
    public long lock(String officialId, String eventId, String roundId, List<HeatCompleteness> confirmed)
            throws Refused, LockUnconfirmed {
        return recording.lock(officialId, eventId, roundId, confirmed);
    }

    /** The heats of the round lacking something now: what a lock asks the chief to confirm. */
    public List<HeatCompleteness> missing(String officialId, String eventId, String roundId) throws Refused {
        return recording.missing(officialId, eventId, roundId);
    }

    /** What publishing the round would make public now. */
    public PublishSummary publishSummary(String officialId, String eventId, String roundId) throws Refused {
        return PublishSummary.of(report(officialId, eventId, roundId).result());
    }

    public long unlock(String officialId, String eventId, String roundId, String reason) throws Refused {
        return recording.unlock(officialId, eventId, roundId, reason);
    }

    /** Publishes a locked round ({@link Recording#publish}: flags acknowledged, audit trail verified). */
    public long publish(String officialId, String eventId, String roundId, PublishSummary confirmed)
            throws Refused, PublishBlocked {
        return recording.publish(officialId, eventId, roundId, confirmed);
    }
}
