package org.podium.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.podium.domain.Bibs;
import org.podium.domain.Contest;
import org.podium.domain.Contestant;
import org.podium.domain.EntryResult;
import org.podium.domain.Options.TeamScore;
import org.podium.domain.RoundResult;
import org.podium.domain.Status;
import org.podium.domain.TeamRules;
import org.podium.domain.TeamStanding;

/** Team standings on an event's award round (scoring.md section 12). */
final class TeamRanking {
    private TeamRanking() {
    }

    private record Team(String name, List<EntryResult> counted, BigDecimal score, BigDecimal best) {
    }

    static List<TeamStanding> rank(Contest contest, RoundResult awardRound) {
        TeamRules rules = contest.teams();
        String event = awardRound.event().id();
        TreeSet<String> names = new TreeSet<>(Bibs::codePoints);
        for (Contestant c : contest.entrants(event)) {
            if (!c.team().isEmpty()) {
                names.add(c.team());
            }
        }
        Map<String, List<EntryResult>> members = new LinkedHashMap<>();
        for (String name : names) {
            members.put(name, new ArrayList<>());
        }
        for (EntryResult r : awardRound.rows()) {
            if (r.ranked() && members.containsKey(r.contestant().team())) {
                members.get(r.contestant().team()).add(r);
            }
        }
        List<Team> complete = new ArrayList<>();
        List<Team> incomplete = new ArrayList<>();
        for (Map.Entry<String, List<EntryResult>> m : members.entrySet()) {
            List<EntryResult> ranked = m.getValue();
            if (ranked.size() < rules.k()) {
                incomplete.add(new Team(m.getKey(), ranked, null, null));
                continue;
            }
            List<EntryResult> counted = ranked.subList(0, rules.k());
            BigDecimal sum = BigDecimal.ZERO;
            for (EntryResult r : counted) {
                sum = sum.add(r.total());
            }
            int decimals = contest.decimals();
            BigDecimal score = rules.score() == TeamScore.SUM_BEST
                    ? sum.setScale(decimals, RoundingMode.HALF_UP)
                    : sum.divide(BigDecimal.valueOf(rules.k()), decimals, RoundingMode.HALF_UP);
            complete.add(new Team(m.getKey(), counted, score, counted.get(0).total()));
        }
        // Sorted by name first; the stable sort then keeps teams sharing a rank in name order.
        complete.sort(Comparator.comparing(Team::score).thenComparing(Team::best).reversed());
        List<TeamStanding> out = new ArrayList<>();
        int rank = 0;
        Team previous = null;
        for (int i = 0; i < complete.size(); i++) {
            Team t = complete.get(i);
            if (previous == null || t.score().compareTo(previous.score()) != 0 || t.best().compareTo(previous.best()) != 0) {
                rank = i + 1;
            }
            out.add(new TeamStanding(event, rank, t.name(), Status.OK, t.score(), bibs(t.counted())));
            previous = t;
        }
        for (Team t : incomplete) {
            out.add(new TeamStanding(event, null, t.name(), Status.INCOMPLETE, null, bibs(t.counted())));
        }
        return out;
    }

    private static List<String> bibs(List<EntryResult> rows) {
        List<String> bibs = new ArrayList<>();
        for (EntryResult r : rows) {
            bibs.add(r.bib());
        }
        return bibs;
    }
}
