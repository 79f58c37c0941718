package org.podium.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.podium.domain.Advance;
import org.podium.domain.AwardRules;
import org.podium.domain.Component;
import org.podium.domain.Contest;
import org.podium.domain.ContestResult;
import org.podium.domain.Contestant;
import org.podium.domain.Criterion;
import org.podium.domain.EntryResult;
import org.podium.domain.Event;
import org.podium.domain.Fact;
import org.podium.domain.Options.CriterionKind;
import org.podium.domain.Options;
import org.podium.domain.Penalty;
import org.podium.domain.QualityRules;
import org.podium.domain.RaceTime;
import org.podium.domain.Round;
import org.podium.domain.RoundResult;
import org.podium.domain.Status;
import org.podium.domain.TeamRules;
import org.podium.domain.Tier;
import org.podium.domain.TimeScoreRules;
import org.podium.domain.TimingRules;
import org.podium.domain.Title;

/** Builds small contests for engine tests, with the defaults of scoring.md unless a test says otherwise. */
final class EventBuilder {
    String id = "e";
    List<String> timekeepers = List.of("T1", "T2", "T3");
    List<String> judges = List.of("J1", "J2", "J3");
    int laps = 1;
    int attempts = 1;
    Options.TimeAggregate timeAggregate = Options.TimeAggregate.MEDIAN;
    Integer timingRequired;
    int resolution = 10;
    Options.TimeRounding timeRounding = Options.TimeRounding.HALF_UP;
    long tolerance = 500;
    Long limit;
    Options.OverLimit overLimit = Options.OverLimit.DNF;
    Options.TimeScoreMethod method = Options.TimeScoreMethod.RATIO_TO_BEST;
    Long standard;
    BigDecimal pointsPerSecond;
    Options.QualityAggregate qualityAggregate = Options.QualityAggregate.TRIMMED_MEAN;
    int trim = 1;
    Options.QualityLevel level = Options.QualityLevel.TOTAL;
    Integer qualityRequired;
    BigDecimal qualityTolerance;
    List<Criterion> criteria = new ArrayList<>(List.of(measurement("C1", "10")));
    BigDecimal theoryMax = BigDecimal.valueOf(100);
    List<Penalty> penalties = new ArrayList<>();
    Map<Component, BigDecimal> weights = new EnumMap<>(Map.of(Component.TIME, new BigDecimal("0.4"),
            Component.QUALITY, new BigDecimal("0.6")));
    List<Options.TieBreak> tieBreak = new ArrayList<>();
    List<Round> rounds = new ArrayList<>(List.of(new Round("final", "决赛", null, false)));
    List<Tier> tiers = new ArrayList<>();
    Options.QuotaRounding quotaRounding = Options.QuotaRounding.ROUND;
    Options.TiePolicy ties = Options.TiePolicy.SHARE;
    BigDecimal minTotal;
    List<Title> titles = new ArrayList<>();
    int decimals = 2;
    LocalDate date = LocalDate.of(2020, 7, 20);
    TeamRules teams;
    final List<Contestant> roster = new ArrayList<>();

    static Criterion measurement(String id, String max) {
        return new Criterion(id, id, new BigDecimal(max), CriterionKind.MEASUREMENT, new BigDecimal("0.5"), 3, 1);
    }

    static Criterion judgement(String id, String max) {
        return new Criterion(id, id, new BigDecimal(max), CriterionKind.JUDGEMENT, new BigDecimal("0.5"), 3, 1);
    }

    EventBuilder weights(String... pairs) {
        weights = new EnumMap<>(Component.class);
        for (int i = 0; i < pairs.length; i += 2) {
            weights.put(Component.valueOf(pairs[i].toUpperCase()), new BigDecimal(pairs[i + 1]));
        }
        return this;
    }

    EventBuilder entrant(String bib) {
        return entrant(bib, "", "");
    }

    EventBuilder entrant(String bib, String unit, String team) {
        roster.add(new Contestant(bib, "N" + bib, unit, team, id, "", null, Map.of("bib", bib)));
        return this;
    }

    EventBuilder entrant(Contestant c) {
        roster.add(c);
        return this;
    }

    Event event() {
        int tkRequired = timingRequired != null ? timingRequired : timekeepers.size();
        int jRequired = qualityRequired != null ? qualityRequired : judges.size();
        return new Event(id, "Event " + id, timekeepers, judges, false, laps, attempts,
                new TimingRules(timeAggregate, tkRequired, resolution, timeRounding, tolerance, limit, overLimit),
                new TimeScoreRules(method, standard, pointsPerSecond),
                new QualityRules(qualityAggregate, trim, level, jRequired, qualityTolerance, criteria),
                theoryMax, penalties, weights, tieBreak, rounds,
                new AwardRules(tiers, quotaRounding, ties, minTotal, titles));
    }

    Contest contest() {
        return new Contest("Test contest", date, "venue", "organiser", decimals, List.of(event()), teams, roster);
    }

    ContestResult score(List<Fact> facts) {
        return new ScoringEngine().score(contest(), facts);
    }

    /** Facts written compactly, one per string: "bib kind official item value [attempt]" with '-' for empty. */
    List<Fact> facts(String... lines) {
        List<Fact> out = new ArrayList<>();
        String round = rounds.get(0).id();
        for (String line : lines) {
            String[] p = line.trim().split("\\s+");
            if (p[0].startsWith("@")) {
                round = p[0].substring(1);
                continue;
            }
            String bib = p[0];
            String official = p.length > 2 && !p[2].equals("-") ? p[2] : null;
            String item = p.length > 3 && !p[3].equals("-") ? p[3] : null;
            String value = p.length > 4 && !p[4].equals("-") ? p[4] : null;
            Integer attempt = p.length > 5 ? Integer.valueOf(p[5]) : null;
            out.add(switch (p[1]) {
                case "time" -> Fact.time(id, round, bib, official, RaceTime.parse(value).millis(), attempt, null);
                case "lap" -> Fact.lap(id, round, bib, official, Integer.parseInt(item), RaceTime.parse(value).millis(), attempt, null);
                case "mark" -> Fact.mark(id, round, bib, official, item, new BigDecimal(value), attempt, null);
                case "penalty" -> Fact.penalty(id, round, bib, official, item, value == null ? 1 : Integer.parseInt(value), attempt, null);
                case "status" -> Fact.status(id, round, bib, official, Status.valueOf(value), attempt, null);
                case "theory" -> Fact.theory(id, bib, new BigDecimal(value), null);
                default -> throw new IllegalArgumentException(line);
            });
        }
        return out;
    }

    /** Three times and three one-criterion sheets for a bib. */
    static String[] full(String bib, String t1, String t2, String t3, String m1, String m2, String m3) {
        return new String[] {bib + " time T1 - " + t1, bib + " time T2 - " + t2, bib + " time T3 - " + t3,
                bib + " mark J1 C1 " + m1, bib + " mark J2 C1 " + m2, bib + " mark J3 C1 " + m3};
    }

    static String[] concat(String[]... parts) {
        List<String> all = new ArrayList<>();
        for (String[] p : parts) {
            all.addAll(List.of(p));
        }
        return all.toArray(new String[0]);
    }

    static Map<String, EntryResult> byBib(RoundResult round) {
        Map<String, EntryResult> m = new HashMap<>();
        for (EntryResult r : round.rows()) {
            m.put(r.bib(), r);
        }
        return m;
    }

    static Advance advanceCount(int k, Integer maxPerUnit) {
        return new Advance(k, null, maxPerUnit);
    }
}
