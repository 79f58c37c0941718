package org.podium.domain;

import java.util.List;

/**
 * Everything the engine derives from a contest and its facts: every round of every event (events in
 * file order, rounds in order), team standings (empty without teams), and the facts it refused.
 */
public record ContestResult(List<RoundResult> rounds, List<TeamStanding> teams, List<RejectedFact> rejected) {
    public ContestResult {
        rounds = List.copyOf(rounds);
        teams = List.copyOf(teams);
        rejected = List.copyOf(rejected);
    }

    public RoundResult round(String eventId, String roundId) {
        for (RoundResult r : rounds) {
            if (r.event().id().equals(eventId) && r.round().id().equals(roundId)) {
                return r;
            }
        }
        return null;
    }
}
