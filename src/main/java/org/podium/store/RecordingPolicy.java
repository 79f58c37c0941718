package org.podium.store;

import org.podium.domain.Role;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podium.domain.Component;
import org.podium.domain.Contest;
import org.podium.domain.Contestant;
import org.podium.domain.Criterion;
import org.podium.domain.Event;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.Said;
import org.podium.domain.Status;

/**
 * Who may record what (docs/store.md): timekeepers record times and laps, judges marks and penalties, each only
 * for an event that lists them and only in their own name; chiefs and organisers record anything, statuses and
 * theory included. Also refuses facts that name no event, round, entry or attempt of the contest.
 */
final class RecordingPolicy {
    private final Contest contest;
    /** Per event, the bibs of its roster: every fact read back is checked, so the look-up must be quick. */
    private final Map<String, Set<String>> bibs = new HashMap<>();

    RecordingPolicy(Contest contest) {
        this.contest = contest;
        for (Contestant c : contest.roster()) {
            bibs.computeIfAbsent(c.event(), k -> new HashSet<>()).add(c.bib());
        }
    }

    /** The event of a fact, or a refusal naming the events there are. */
    Event event(String eventId) throws RecordingRefused {
        Event e = contest.event(eventId);
        if (e == null) {
            throw RecordingRefused.said("store.refused.noEvent", eventId, eventIds());
        }
        return e;
    }

    /** Refuses a round that is not one of the event's rounds. */
    void round(Event event, String roundId) throws RecordingRefused {
        if (event.round(roundId) == null) {
            throw RecordingRefused.said("store.refused.noRound", roundId, event.id());
        }
    }

    /** Checks that the fact names the contest's things: event, round, bib in the event's roster, attempt, mark range. */
    void check(Fact fact) throws RecordingRefused {
        Event event = event(fact.event());
        if (fact.kind() != FactKind.THEORY) {
            round(event, fact.round());
        }
        if (!bibs.getOrDefault(event.id(), Set.of()).contains(fact.bib())) {
            throw RecordingRefused.said("store.refused.notEntered", fact.bib(), event.id());
        }
        if (fact.attempt() != null && fact.attempt() > event.attempts()) {
            throw RecordingRefused.said("store.refused.noAttempt", fact.attempt(), event.id(), event.attempts());
        }
        if (fact.kind() == FactKind.THEORY) {
            if (!event.uses(Component.THEORY)) {
                throw RecordingRefused.said("store.refused.noTheory", event.id());
            }
            if (fact.amount().signum() < 0 || fact.amount().compareTo(event.theoryMax()) > 0) {
                throw RecordingRefused.said("store.refused.theoryRange", fact.amount().toPlainString(),
                        event.theoryMax().toPlainString());
            }
        }
        if (fact.kind() == FactKind.MARK) {
            Criterion c = event.quality().criterion(fact.item());
            if (c == null) {
                throw RecordingRefused.said("store.refused.noCriterion", fact.item(), event.id());
            }
            Criterion.MarkProblem why = c.problem(fact.amount());
            if (why != null) {
                throw RecordingRefused.said("store.refused.mark." + why.name(), fact.amount().toPlainString(), c.id(),
                        c.limit(why));
            }
        }
    }

    /**
     * Every check of a fact read back from the journal: {@link #check} and {@link #checkNames}, the checks a scores CSV
     * line passes (contestfile/ScoresReader), so that a row changed outside Podium is refused, never scored.
     */
    void checkRead(Fact fact) throws RecordingRefused {
        check(fact);
        checkNames(fact);
    }

    /**
     * The checks of a scores CSV line beyond {@link #check} (contestfile/ScoresReader): a time or lap names one of the
     * event's timekeepers, a mark one of its judges; a lap is a lap of the event; a time is not 0; a penalty names a
     * code of the event and a count of 0 or more. Made after {@link #allow} when recording, so an official's own
     * refusal reads first.
     */
    void checkNames(Fact fact) throws RecordingRefused {
        Event event = event(fact.event());
        switch (fact.kind()) {
            case TIME, LAP -> {
                listed(event, fact, event.timekeepers(), "timekeeper");
                if (fact.millis() <= 0) {
                    throw RecordingRefused.said("store.refused.zeroTime", fact.millis());
                }
                if (fact.kind() == FactKind.LAP && !lapOf(event, fact.item())) {
                    throw RecordingRefused.said("store.refused.noLap", fact.item(), event.id(), event.laps());
                }
            }
            case MARK -> listed(event, fact, event.judges(), "judge");
            case PENALTY -> {
                if (event.penalty(fact.item()) == null) {
                    throw RecordingRefused.said("store.refused.noPenalty", fact.item(), event.id());
                }
                if (fact.amount().signum() < 0 || fact.amount().stripTrailingZeros().scale() > 0) {
                    throw RecordingRefused.said("store.refused.penaltyCount", fact.amount().toPlainString());
                }
            }
            default -> {
            }
        }
    }

    private static void listed(Event event, Fact fact, List<String> officials, String role) throws RecordingRefused {
        if (!officials.contains(fact.official())) {
            throw fact.official() == null
                    ? RecordingRefused.said("store.refused.unnamed." + role, kind(fact), entry(fact), event.id(),
                            String.join(", ", officials))
                    : RecordingRefused.said("store.refused.unlisted." + role, kind(fact), entry(fact), event.id(),
                            fact.official(), String.join(", ", officials));
        }
    }

    private static boolean lapOf(Event event, String item) {
        try {
            int lap = Integer.parseInt(item);
            return lap >= 1 && lap <= event.laps();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Refuses a fact that {@code who} may not record; the message says who, what and why. */
    void allow(OfficialAccount who, Fact fact) throws RecordingRefused {
        if (who.role().head()) {
            return;
        }
        Event event = event(fact.event());
        Said what = Said.of("store.what.fact", kind(fact), entry(fact));
        boolean timing = fact.kind() == FactKind.TIME || fact.kind() == FactKind.LAP;
        boolean judging = fact.kind() == FactKind.MARK || fact.kind() == FactKind.PENALTY;
        List<String> listed = who.role() == Role.TIMEKEEPER ? event.timekeepers() : event.judges();
        if (who.role() == Role.TIMEKEEPER && fact.kind() == FactKind.STATUS
                && (fact.status() == Status.DNS || fact.status() == Status.DNF)) {
            // The timekeeper at the lane sees a contestant not start or not finish; the status belongs to the entry
            // (official empty, as in the scores CSV), the journal keeps who recorded it. DSQ is the chief's call.
            if (!listed.contains(who.id())) {
                throw refused(who, what, Said.of("store.why.notListed.timekeeper", event.id(), who.id(),
                        String.join(", ", listed)));
            }
            if (fact.official() != null) {
                throw refused(who, what, Said.of("store.why.statusOfEntry"));
            }
            return;
        }
        if (who.role() == Role.TIMEKEEPER && !timing || who.role() == Role.JUDGE && !judging) {
            throw refused(who, what, who.role() == Role.TIMEKEEPER
                    ? Said.of(judging ? "store.why.timekeepersRecord.judged" : "store.why.timekeepersRecord", kind(fact))
                    : Said.of(timing ? "store.why.judgesRecord.timed" : "store.why.judgesRecord", kind(fact)));
        }
        if (!listed.contains(who.id())) {
            throw refused(who, what, Said.of("store.why.notListed." + who.role().key(), event.id(), who.id(),
                    String.join(", ", listed)));
        }
        if (!who.id().equals(fact.official())) {
            throw refused(who, what, Said.of("store.why.ownOnly." + who.role().key(),
                    fact.official() == null ? Said.of("store.why.nobody") : fact.official(), who.id()));
        }
    }

    /** Refuses a lock action that {@code who} may not take. */
    void allowLock(OfficialAccount who, LockAction action, String eventId, String bib, String sheetJudge) throws RecordingRefused {
        Event event = event(eventId);
        Said what = bib == null ? Said.of("store.what.round", action(action), eventId)
                : Said.of("store.what.sheet", action(action), sheetJudge, bib);
        if (action == LockAction.SUBMIT || action == LockAction.REOPEN) {
            if (who.role().head()) {
                return;
            }
            boolean submit = action == LockAction.SUBMIT;
            if (who.role() != Role.JUDGE || !event.judges().contains(who.id())) {
                throw refused(who, what, Said.of(submit ? "store.why.sheetBy.submit" : "store.why.sheetBy.reopen", eventId,
                        String.join(", ", event.judges())));
            }
            if (!who.id().equals(sheetJudge)) {
                throw refused(who, what, Said.of(submit ? "store.why.ownSheet.submit" : "store.why.ownSheet.reopen", who.id()));
            }
        } else if (who.role() != Role.CHIEF) {
            throw refused(who, what, Said.of("store.why.chiefLocks"));
        }
    }

    private static RecordingRefused refused(OfficialAccount who, Said what, Said why) {
        return RecordingRefused.said("store.refused.mayNot", who.id(), Said.of("store.role." + who.role().key()), what, why);
    }

    /** The kind of a fact in words ({@code mark}; 评分 in Chinese). */
    static Said kind(Fact fact) {
        return Said.of("store.kind." + fact.kind().key());
    }

    /** A lock action in words ({@code lock}; 锁定 in Chinese). */
    static Said action(LockAction action) {
        return Said.of("store.action." + action.key());
    }

    /** The entry a fact is about, in words: {@code speed/final bib 101 official T1 item 1 attempt 2}. */
    static Said entry(Fact fact) {
        Said said = Said.of("store.entry", fact.event() + (fact.round() == null ? "" : "/" + fact.round()), fact.bib());
        if (fact.official() != null) {
            said = Said.of("store.entry.official", said, fact.official());
        }
        if (fact.item() != null) {
            said = Said.of("store.entry.item", said, fact.item());
        }
        if (fact.attempt() != null) {
            said = Said.of("store.entry.attempt", said, fact.attempt());
        }
        return said;
    }

    private String eventIds() {
        return String.join(", ", contest.events().stream().map(Event::id).toList());
    }
}
