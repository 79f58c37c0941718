package org.podium.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** One discipline of a contest with its own scheme. Defaults are already applied. */
public record Event(String id, String name, List<String> timekeepers, List<String> judges, boolean blindJudging,
                   int laps, int attempts, TimingRules timing, TimeScoreRules timeScore, QualityRules quality,
                   BigDecimal theoryMax, List<Penalty> penalties, Map<Component, BigDecimal> weights,
                   List<Options.TieBreak> tieBreak, List<Round> rounds, AwardRules awards) {
    public Event {
        timekeepers = List.copyOf(timekeepers);
        judges = List.copyOf(judges);
        penalties = List.copyOf(penalties);
        weights = Map.copyOf(weights);
        tieBreak = List.copyOf(tieBreak);
        rounds = List.copyOf(rounds);
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " has no round");
        }
    }

    public boolean uses(Component c) {
        return weights.containsKey(c);
    }

    public Round round(String roundId) {
        for (Round r : rounds) {
            if (r.id().equals(roundId)) {
                return r;
            }
        }
        return null;
    }

    /** The round marked {@code awards: true}, else the last one. */
    public Round awardRound() {
        for (Round r : rounds) {
            if (r.awards()) {
                return r;
            }
        }
        return rounds.get(rounds.size() - 1);
    }

    public Penalty penalty(String code) {
        for (Penalty p : penalties) {
            if (p.code().equals(code)) {
                return p;
            }
        }
        return null;
    }
}
