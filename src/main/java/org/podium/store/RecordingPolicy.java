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
            throw new RecordingRefused("event '" + eventId + "' is not in contest.yaml (events: " + eventIds() + ")");
        }
        return e;
    }

    /** Refuses a round that is not one of the event's rounds. */
    void round(Event event, String roundId) throws RecordingRefused {
        if (event.round(roundId) == null) {
            throw new RecordingRefused("round '" + roundId + "' is not a round of event " + event.id());
        }
    }

    /** Checks that the fact names the contest's things: event, round, bib in the event's roster, attempt, mark range. */
    void check(Fact fact) throws RecordingRefused {
        Event event = event(fact.event());
        if (fact.kind() != FactKind.THEORY) {
            round(event, fact.round());
        }
        if (!bibs.getOrDefault(event.id(), Set.of()).contains(fact.bib())) {
            throw new RecordingRefused("bib " + fact.bib() + " is not entered in event " + event.id() + " (roster)");
        }
        if (fact.attempt() != null && fact.attempt() > event.attempts()) {
            throw new RecordingRefused("attempt " + fact.attempt() + " is not an attempt of event " + event.id()
                    + ": it has " + event.attempts());
        }
        if (fact.kind() == FactKind.THEORY) {
            if (!event.uses(Component.THEORY)) {
                throw new RecordingRefused("event " + event.id() + " does not use theory (its total.weights has no theory)");
            }
            if (fact.amount().signum() < 0 || fact.amount().compareTo(event.theoryMax()) > 0) {
                throw new RecordingRefused("theory mark " + fact.amount().toPlainString() + " is out of range: it must be from 0 to "
                        + event.theoryMax().toPlainString() + " (theory.max)");
            }
        }
        if (fact.kind() == FactKind.MARK) {
            Criterion c = event.quality().criterion(fact.item());
            if (c == null) {
                throw new RecordingRefused("criterion '" + fact.item() + "' is not a criterion of event " + event.id());
            }
            String why = c.refuse(fact.amount());
            if (why != null) {
                throw new RecordingRefused(why);
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
                    throw new RecordingRefused("a time of " + fact.millis() + " ms is not a result: record the time taken,"
                            + " or DNS or DNF as a status");
                }
                if (fact.kind() == FactKind.LAP && !lapOf(event, fact.item())) {
                    throw new RecordingRefused("lap '" + fact.item() + "' is not a lap of event " + event.id()
                            + ": a lap is a whole number from 1 to " + event.laps() + " (laps)");
                }
            }
            case MARK -> listed(event, fact, event.judges(), "judge");
            case PENALTY -> {
                if (event.penalty(fact.item()) == null) {
                    throw new RecordingRefused("penalty code '" + fact.item() + "' is not a penalty of event " + event.id());
                }
                if (fact.amount().signum() < 0 || fact.amount().stripTrailingZeros().scale() > 0) {
                    throw new RecordingRefused("penalty count " + fact.amount().toPlainString() + " is not a whole number"
                            + " of 0 or more");
                }
            }
            default -> {
            }
        }
    }

    private static void listed(Event event, Fact fact, List<String> officials, String role) throws RecordingRefused {
        if (!officials.contains(fact.official())) {
            throw new RecordingRefused(fact.kind().key() + " for " + entry(fact) + ": event " + event.id()
                    + (fact.official() == null ? " needs one of its " + role + "s named" : " does not list " + fact.official()
                    + " among its " + role + "s") + " (" + String.join(", ", officials) + ")");
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
        String what = fact.kind().key() + " for " + entry(fact);
        boolean timing = fact.kind() == FactKind.TIME || fact.kind() == FactKind.LAP;
        boolean judging = fact.kind() == FactKind.MARK || fact.kind() == FactKind.PENALTY;
        List<String> listed = who.role() == Role.TIMEKEEPER ? event.timekeepers() : event.judges();
        if (who.role() == Role.TIMEKEEPER && fact.kind() == FactKind.STATUS
                && (fact.status() == Status.DNS || fact.status() == Status.DNF)) {
            // The timekeeper at the lane sees a contestant not start or not finish; the status belongs to the entry
            // (official empty, as in the scores CSV), the journal keeps who recorded it. DSQ is the chief's call.
            if (!listed.contains(who.id())) {
                throw refused(who, what, "event " + event.id() + " does not list " + who.id() + " among its timekeepers ("
                        + String.join(", ", listed) + ")");
            }
            if (fact.official() != null) {
                throw refused(who, what, "a status belongs to the entry: record it with no official");
            }
            return;
        }
        if (who.role() == Role.TIMEKEEPER && !timing || who.role() == Role.JUDGE && !judging) {
            throw refused(who, what, who.role() == Role.TIMEKEEPER
                    ? "timekeepers record times, laps, DNS and DNF; a " + fact.kind().key() + " is recorded by "
                            + (judging ? "a judge or " : "") + "the chief"
                    : "judges record marks and penalties; a " + fact.kind().key() + " is recorded by "
                            + (timing ? "a timekeeper or " : "") + "the chief");
        }
        if (!listed.contains(who.id())) {
            throw refused(who, what, "event " + event.id() + " does not list " + who.id() + " among its " + who.role().key()
                    + "s (" + String.join(", ", listed) + ")");
        }
        if (!who.id().equals(fact.official())) {
            throw refused(who, what, "the record is in the name of " + (fact.official() == null ? "nobody" : fact.official())
                    + ", and a " + who.role().key() + " records only their own " + (timing ? "times" : "sheets")
                    + " (official " + who.id() + ")");
        }
    }

    /** Refuses a lock action that {@code who} may not take. */
    void allowLock(OfficialAccount who, LockAction action, String eventId, String bib, String sheetJudge) throws RecordingRefused {
        Event event = event(eventId);
        String what = action.key() + (bib == null ? " round of event " + eventId : " sheet of " + sheetJudge + " for bib " + bib);
        if (action == LockAction.SUBMIT || action == LockAction.REOPEN) {
            if (who.role().head()) {
                return;
            }
            boolean submit = action == LockAction.SUBMIT;
            if (who.role() != Role.JUDGE || !event.judges().contains(who.id())) {
                throw refused(who, what, "a sheet is " + (submit ? "submitted" : "reopened") + " by a judge of event " + eventId
                        + " (" + String.join(", ", event.judges()) + ") or the chief");
            }
            if (!who.id().equals(sheetJudge)) {
                throw refused(who, what, "a judge " + (submit ? "submits" : "reopens") + " only their own sheet (" + who.id() + ")");
            }
        } else if (who.role() != Role.CHIEF) {
            throw refused(who, what, "only a chief locks, unlocks and publishes a round");
        }
    }

    private static RecordingRefused refused(OfficialAccount who, String what, String why) {
        return new RecordingRefused(who.id() + " (" + who.role().key() + ") may not record " + what + ": " + why);
    }

    static String entry(Fact fact) {
        StringBuilder sb = new StringBuilder(fact.event());
        if (fact.round() != null) {
            sb.append('/').append(fact.round());
        }
        sb.append(" bib ").append(fact.bib());
        if (fact.official() != null) {
            sb.append(" official ").append(fact.official());
        }
        if (fact.item() != null) {
            sb.append(" item ").append(fact.item());
        }
        if (fact.attempt() != null) {
            sb.append(" attempt ").append(fact.attempt());
        }
        return sb.toString();
    }

    private String eventIds() {
        return String.join(", ", contest.events().stream().map(Event::id).toList());
    }
}
