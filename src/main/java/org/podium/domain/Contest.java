package org.podium.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A contest: its header, events, optional team rules and roster.
 *
 * @param teams  null when the contest has no {@code teams:} section
 * @param sample {@code contest.sample: true}: a sample to try, whose officials get the PIN 0000 and whose every screen
 *               says SAMPLE (contest-files.md, "Samples and PINs")
 */
public record Contest(String name, LocalDate date, String venue, String organiser, int decimals,
                      List<Event> events, TeamRules teams, List<Contestant> roster, boolean sample) {
    public Contest {
        events = List.copyOf(events);
        roster = List.copyOf(roster);
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals cannot be negative");
        }
    }

    /** A real contest (not a sample). */
    public Contest(String name, LocalDate date, String venue, String organiser, int decimals, List<Event> events,
                   TeamRules teams, List<Contestant> roster) {
        this(name, date, venue, organiser, decimals, events, teams, roster, false);
    }

    public Event event(String id) {
        for (Event e : events) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
    }

    /** The roster rows of an event, in roster order. */
    public List<Contestant> entrants(String eventId) {
        List<Contestant> out = new ArrayList<>();
        for (Contestant c : roster) {
            if (c.event().equals(eventId)) {
                out.add(c);
            }
        }
        return out;
    }

    public Contest withRoster(List<Contestant> newRoster) {
        return new Contest(name, date, venue, organiser, decimals, events, teams, newRoster, sample);
    }
}
