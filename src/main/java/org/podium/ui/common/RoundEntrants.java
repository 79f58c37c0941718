package org.podium.ui.common;

import java.util.LinkedHashSet;
import java.util.Set;
import org.podium.domain.Contest;
import org.podium.domain.Contestant;
import org.podium.domain.Event;
import org.podium.domain.Round;

/**
 * Who has an entry in a round (scoring.md section 11): the event's roster in its first round, the contestants the
 * engine lets advance in a later one. The entry stations list only these. Blocking (a later round needs the engine):
 * call it on the executor.
 */
@FunctionalInterface
public interface RoundEntrants {

    /** The bibs with an entry in {@code round} of {@code event}. */
    Set<String> bibs(Event event, Round round);

    /** Every contestant of the event's roster, in every round: for screens shown without results. */
    static RoundEntrants roster(Contest contest) {
        return (event, round) -> {
            Set<String> bibs = new LinkedHashSet<>();
            for (Contestant c : contest.entrants(event.id())) {
                bibs.add(c.bib());
            }
            return bibs;
        };
    }

    /** Whether {@code round} is a later round of {@code event}, whose entrants come from the round before. */
    static boolean later(Event event, Round round) {
        return event.rounds().indexOf(round) > 0;
    }
}
