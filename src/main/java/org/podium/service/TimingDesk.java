package org.podium.service;

import java.util.List;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.domain.Status;
import org.podium.store.ContestStore;

/**
 * The timekeeper's way in (issue 13): the read model of the timekeeper station and the recording of times, laps,
 * DNS/DNF, withdrawals and corrections by an official at a station.
 * <ul>
 * <li><b>A timekeeper sees their own times.</b> {@link #heat} hands an official their own current times and laps of
 * one round and attempt, and the entries' DNS/DNF (a status names no official: every timekeeper of the heat sees it).
 * Another timekeeper's times are never handed out here, to a chief or organiser neither: the times of an entry are
 * taken independently by each timekeeper, and the head table and the results are where all times are
 * seen.</li>
 * <li><b>The laps of one entry are one record.</b> {@link #record(String, String, List, String)} records every
 * cumulative split, or none.</li>
 * </ul>
 * Who may record what (a timekeeper listed on the event records times, laps and DNS/DNF, in their own name), the lock
 * rules and when a reason is needed are the store's ({@link ContestStore#record}); its refusals come out as
 * {@link Refused}, said from the bundle. Blocking: call it on the executor.
 */
public final class TimingDesk {
    private final Contest contest;
    private final ContestStore store;
    private final Recording recording;

    /** The timekeeper station of an opened contest: reads its store, records through its recording service. */
    public TimingDesk(Recording recording) {
        this.recording = recording;
        this.contest = recording.results().contest();
        this.store = recording.results().store();
    }

    public TimingDesk(Contest contest, ContestStore store) {
        this(new Recording(new ResultsService(contest, List.of(), store)));
    }

    public Contest contest() {
        return contest;
    }

    /**
     * What {@code officialId} may see at the timekeeper station of one round and attempt: their own current times
     * and laps of the attempt, and the DNS/DNF of its entries (a status recorded for every attempt included), in
     * recording order. At a station joined to the venue server, the facts it saved that wait in its outbox are shown
     * as recorded, also while the server cannot be reached ({@link StationReads}).
     *
     * @param attempt 1.. (a single-attempt event: 1)
     */
    public List<Fact> heat(String officialId, String eventId, String roundId, int attempt) {
        List<Fact> facts = recording.reads() == null ? store.currentFacts() // a joined station: what waits laid over
                : recording.reads().roundFacts(store, eventId, roundId);
        return facts.stream().filter(f -> f.event().equals(eventId) && roundId.equals(f.round())
                && shown(officialId, f, attempt)).toList();
    }

    private static boolean shown(String officialId, Fact f, int attempt) {
        return switch (f.kind()) {
            case TIME, LAP -> officialId.equals(f.official()) && f.attemptOrFirst() == attempt;
            case STATUS -> (f.status() == Status.DNS || f.status() == Status.DNF)
                    && (f.attempt() == null || f.attempt() == attempt);
            default -> false;
        };
    }

    /** Records one time or split (a stopwatch press), under the store's rules; a locked-and-unlocked round refuses. */
    public long record(String officialId, String station, Fact fact) throws Refused {
        return recording.record(officialId, station, fact, null);
    }

    /**
     * Records a time, a DNS/DNF, or every cumulative split of one entry, in one transaction: all of them or none.
     *
     * @param reason the correction's reason (a lane that holds a value already, a round locked and unlocked); null
     *               for none
     * @return the facts' ids
     */
    public List<Long> record(String officialId, String station, List<Fact> facts, String reason) throws Refused {
        return recording.recordAll(officialId, station, facts, reason);
    }

    /**
     * Withdraws the current fact with {@code key}'s key (a press, or a DNS/DNF cleared), under the store's rules.
     *
     * @param reason null for none; the store needs one on a round locked and unlocked (the station asks one for
     *               a cleared DNS/DNF)
     */
    public long withdraw(String officialId, String station, Fact key, String reason) throws Refused {
        return recording.withdraw(officialId, station, key, reason);
    }
}
