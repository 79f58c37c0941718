package org.podium.service;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podium.domain.Contest;
import org.podium.domain.Criterion;
import org.podium.domain.Event;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.RoundStage;
import org.podium.store.ContestStore;
import org.podium.store.JournalRow;
import org.podium.store.LockAction;
import org.podium.store.OfficialAccount;

/**
 * The judge's way in: the read model of the judge station and the recording of marks, penalty counts, submits and
 * reopens by an official at a station. The rules of issue 13 live here, not in a screen:
 * <ul>
 * <li><b>A judge sees only their own marks.</b> {@link #heat} hands an official the marks, penalty counts and
 * submit/reopen state of one judge only, and only their own unless the official is a chief or organiser (typing in a
 * judge's paper sheet at the head table). Another judge's marks and penalties are never handed out here, before or
 * after publishing: the head table and the results are where all marks are seen.</li>
 * <li><b>Only a complete sheet is submitted.</b> {@link #submit} is refused ({@link Refused}, the bundle's
 * {@code judging.error.incomplete}) until the judge's current marks in the database cover every criterion of the
 * event. Files imported with {@code podium import} go through the store, which accepts an incomplete submit.</li>
 * </ul>
 * Who may record what, and the lock rules, are the store's ({@link ContestStore#record}); its refusals come out as
 * {@link Refused}. Blocking: call it on the executor.
 */
public final class JudgeSheets {
    private final Contest contest;
    private final ContestStore store;
    private final Recording recording;

    /** The judge station of an opened contest: reads its store, records through its recording service. */
    public JudgeSheets(Recording recording) {
        this.recording = recording;
        this.contest = recording.results().contest();
        this.store = recording.results().store();
    }

    public JudgeSheets(Contest contest, ContestStore store) {
        this(new Recording(new ResultsService(contest, List.of(), store)));
    }

    public Contest contest() {
        return contest;
    }

    /**
     * What {@code officialId} may see of {@code judge}'s sheets on one round and attempt. At a station joined to the
     * venue server, the marks, penalty counts, withdrawals, submits and reopens it saved that wait in its outbox are
     * shown as recorded, also while the server cannot be reached ({@link StationReads}).
     *
     * @param attempt 1.. (a single-attempt event: 1)
     * @throws Refused when the official is not the judge and not a chief or organiser
     */
    public JudgeHeat heat(String officialId, String judge, String eventId, String roundId, int attempt)
            throws Refused {
        Event event = event(eventId);
        allowed(officialId, judge);
        Map<String, Map<String, BigDecimal>> marks = new HashMap<>();
        Map<String, Map<String, Integer>> penalties = new HashMap<>();
        StationReads reads = recording.reads();
        List<Fact> own;
        List<JournalRow> rows;
        List<org.podium.store.Outbox.Entry> saved = List.of();
        if (reads == null) {
            own = store.currentFactsOf(judge, eventId, roundId); // the judge's own only, by the database
            rows = store.journalOf(judge, eventId, roundId); // the round's lock events and the judge's rows
        } else { // a joined station: what it saved and the server has not taken yet shown as recorded, offline too
            StationReads.Read<StationReads.Heat> read = reads.heat(store, judge, eventId, roundId);
            saved = read.saved();
            own = StationReads.ownFacts(read, judge, eventId, roundId);
            rows = read.server() == null ? List.of() : read.server().rows();
        }
        for (Fact f : own.stream().filter(f -> f.attemptOrFirst() == attempt).toList()) {
            if (f.kind() == FactKind.MARK) {
                marks.computeIfAbsent(f.bib(), b -> new HashMap<>()).put(f.item(), f.amount());
            } else if (f.kind() == FactKind.PENALTY) {
                penalties.computeIfAbsent(f.bib(), b -> new HashMap<>()).put(f.item(), f.amount().intValue());
            }
        }
        Set<String> submitted = new HashSet<>();
        RoundStage stage = RoundStage.OPEN;
        for (JournalRow row : rows) {
            LockAction action = row.lockAction();
            if (action == null) {
                continue;
            }
            if (row.bib() == null) {
                stage = stage.after(row.kind(), row.id());
            } else if ((action == LockAction.SUBMIT || action == LockAction.REOPEN) && judge.equals(row.official())
                    && (row.attempt() == null ? 1 : row.attempt()) == attempt) {
                if (action == LockAction.SUBMIT) {
                    submitted.add(row.bib());
                } else {
                    submitted.remove(row.bib());
                }
            }
        }
        if (reads != null) {
            submitted = StationReads.submitted(submitted, saved, eventId, roundId, judge, attempt);
        }
        boolean locked = stage.locked();
        boolean published = stage.everPublished();
        Map<String, String> numbers = !event.blindJudging() || published ? Map.of()
                : reads == null ? store.workNumbers(eventId, roundId)
                : reads.read(List.<Object>of("workNumbers", eventId, roundId), () -> store.workNumbers(eventId, roundId)).known();
        marks.replaceAll((bib, m) -> Map.copyOf(m));
        penalties.replaceAll((bib, p) -> Map.copyOf(p));
        return new JudgeHeat(marks, penalties, submitted, locked, published, numbers);
    }

    /** Records a mark or penalty count of a judge's sheet (the fact names the judge): {@link Recording#record}. */
    public long record(String officialId, String station, Fact fact) throws Refused {
        return recording.record(officialId, station, fact, null);
    }

    /**
     * Records a mark or penalty count with the reason for the change in hand (a round unlocked since its lock, a sheet
     * reopened): {@link Recording#record}.
     *
     * @param reason null for none
     */
    public long record(String officialId, String station, Fact fact, String reason) throws Refused {
        return recording.record(officialId, station, fact, reason);
    }

    /**
     * Submits {@code judge}'s sheet for one entry and attempt: refused, and nothing recorded, until the judge's current
     * marks for it in the database cover every criterion of the event ({@link Recording#submit}).
     *
     * @param attempt null for attempt 1, as the facts name it
     */
    public long submit(String officialId, String station, String eventId, String roundId, String bib, String judge,
                       Integer attempt) throws Refused {
        return recording.submit(officialId, station, eventId, roundId, bib, judge, attempt);
    }

    /** Opens a submitted sheet again with a reason (its judge or the chief): {@link Recording#reopen}. */
    public long reopen(String officialId, String station, String eventId, String roundId, String bib, String judge,
                       Integer attempt, String reason) throws Refused {
        return recording.reopen(officialId, station, eventId, roundId, bib, judge, attempt, reason);
    }

    /** A judge reads their own sheets; a chief or organiser any judge's; anyone else nothing. */
    private void allowed(String officialId, String judge) throws Refused {
        if (officialId.equals(judge)) {
            return;
        }
        boolean head = store.official(officialId).map(OfficialAccount::role).map(r -> r.head()).orElse(false);
        if (!head) {
            throw Refused.said("service.refused.ownSheets", officialId, judge);
        }
    }

    private Event event(String eventId) {
        Event event = contest.event(eventId);
        if (event == null) {
            throw new IllegalArgumentException("no event " + eventId + " in contest.yaml");
        }
        return event;
    }

    /**
     * Who has an entry in a round, as {@code officialId}'s judge or timekeeper station may know it (the server hands a
     * joined station no unpublished mark of another judge: docs/venue-server.md). On one laptop, and for a chief or
     * organiser, the shared current results ({@link ResultsService#entrants}). A judge at a station joined to the venue
     * server computes nothing from other judges' marks before they are published: in a later round, the contestants
     * the engine lets advance from the rounds before as published (their facts read once published, {@link #published});
     * while the round before is not published, every entrant of the event's roster.
     */
    public Set<String> entrants(String officialId, String eventId, String roundId) {
        Event event = event(eventId);
        org.podium.domain.Round round = event.round(roundId);
        int index = round == null ? -1 : event.rounds().indexOf(round);
        boolean head = store.official(officialId).map(OfficialAccount::role).map(r -> r.head()).orElse(false);
        if (index <= 0 || !recording.joined() || head) {
            return recording.results().entrants(eventId, roundId);
        }
        List<Fact> facts = new java.util.ArrayList<>();
        for (org.podium.domain.Round before : event.rounds().subList(0, index)) {
            if (stage(officialId, eventId, before.id()).everPublished()) {
                facts.addAll(store.currentFactsOfRound(eventId, before.id()));
            }
        }
        String previous = event.rounds().get(index - 1).id();
        Set<String> bibs = new java.util.LinkedHashSet<>();
        if (!stage(officialId, eventId, previous).everPublished()) {
            contest.entrants(eventId).forEach(c -> bibs.add(c.bib()));
            return bibs;
        }
        for (org.podium.domain.EntryResult r : recording.results().scoreWithTheory(facts).round(eventId, previous).rows()) {
            if (r.advances()) {
                bibs.add(r.bib());
            }
        }
        return bibs;
    }

    /**
     * The current facts of a round once its results are published (every judge's: blind judging is over for it); a
     * round not published is refused and nothing is read.
     *
     * @throws Refused while the round has not been published
     */
    public List<Fact> published(String officialId, String eventId, String roundId) throws Refused {
        event(eventId);
        if (!stage(officialId, eventId, roundId).everPublished()) {
            throw Refused.said("service.refused.notPublished", officialId, eventId + "/" + roundId);
        }
        return store.currentFactsOfRound(eventId, roundId);
    }

    /** The lock stage of a round, from its lock events (read with the official's own rows, nobody else's). */
    private RoundStage stage(String officialId, String eventId, String roundId) {
        RoundStage stage = RoundStage.OPEN;
        for (JournalRow row : store.journalOf(officialId, eventId, roundId)) {
            if (row.bib() == null && row.lockAction() != null) {
                stage = stage.after(row.kind(), row.id());
            }
        }
        return stage;
    }
}
