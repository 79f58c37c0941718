package org.podium.contestfile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.podium.domain.Advance;
import org.podium.domain.Component;
import org.podium.domain.Contest;
import org.podium.domain.Criterion;
import org.podium.domain.Event;
import org.podium.domain.Options;
import org.podium.domain.Penalty;
import org.podium.domain.RaceTime;
import org.podium.domain.Round;
import org.podium.domain.Tier;
import org.podium.domain.Title;

/**
 * contest.yaml as a setup screen edits it: every value the text typed (so that a bad value reaches {@link ContestYaml}
 * and is reported exactly as {@code podium validate} reports it), an empty text meaning "not given" (the default
 * applies). {@link ContestYamlWriter} writes it; {@link #of(Contest)} fills it from a contest read from its file.
 * Mutable, for one screen on one thread.
 */
public final class ContestDraft {
    public String name = "";
    public String date = "";
    public String venue = "";
    public String organiser = "";
    public String decimals = "2";
    public boolean sample;
    public final List<EventDraft> events = new ArrayList<>();
    /** Whether the contest has a {@code teams:} section. */
    public boolean teams;
    public String teamScore = "sum-best";
    public String teamK = "3";
    /** The comment lines at the top of the file (each with its {@code #}), kept by a save. */
    public String leadingComment = "";

    /** One event, its defaults those of a new event. */
    public static final class EventDraft {
        public String id = "";
        public String name = "";
        /** Official ids separated by commas (or spaces), like {@code T1, T2, T3}. */
        public String timekeepers = "";
        public String judges = "";
        public boolean blindJudging;
        public String laps = "1";
        public String attempts = "1";
        public String timeAggregate = "median";
        public String timeRequired = "";
        public String resolutionMs = "10";
        public String rounding = "half-up";
        public String toleranceMs = "500";
        public String limit = "";
        public String overLimit = "dnf";
        public String timeScoreMethod = "ratio-to-best";
        public String standard = "";
        public String pointsPerSecond = "";
        public String qualityAggregate = "trimmed-mean";
        public String trim = "1";
        public String level = "total";
        public String qualityRequired = "";
        public String tolerance = "";
        public final List<CriterionDraft> criteria = new ArrayList<>();
        public String theoryMax = "";
        public final List<PenaltyDraft> penalties = new ArrayList<>();
        /** The flat weights contest.yaml keeps; empty: the component is not used. */
        public String weightTime = "";
        public String weightQuality = "";
        public String weightTheory = "";
        /** Keys of {@link Options.TieBreak}, in order. */
        public final List<String> tieBreak = new ArrayList<>();
        public final List<RoundDraft> rounds = new ArrayList<>();
        public final List<TierDraft> tiers = new ArrayList<>();
        public String quotaRounding = "round";
        public String ties = "share";
        public String minTotal = "";
        public final List<TitleDraft> titles = new ArrayList<>();

        /** The official ids of {@link #timekeepers} or {@link #judges}: split at commas, 、 and spaces. */
        public static List<String> ids(String list) {
            List<String> out = new ArrayList<>();
            for (String s : list.split("[,，、\\s]+")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
            return out;
        }
    }

    public static final class CriterionDraft {
        public String id = "";
        public String name = "";
        public String max = "";
        /** measurement or judgement */
        public String kind = "measurement";
        public String step = "";
        public String scale = "";
        public String maxSpread = "";
    }

    public static final class PenaltyDraft {
        public String code = "";
        public String name = "";
        /** true: {@link #value} is points off the total; false: seconds added to the time. */
        public boolean points = true;
        public String value = "";
    }

    public static final class RoundDraft {
        public String id = "";
        public String name = "";
        /** "", "count" or "share". */
        public String advanceBy = "";
        public String advance = "";
        public String maxPerUnit = "";
        public boolean awards;
    }

    public static final class TierDraft {
        public String name = "";
        /** true: {@link #value} is a count; false: a share of the ranked entries. */
        public boolean byCount = true;
        public String value = "";
    }

    public static final class TitleDraft {
        public String name = "";
        public String count = "1";
        public String minTotal = "";
        public String minQuality = "";
        public String minTimeScore = "";
        public String tier = "";
        /** Roster column and the value it must hold ({@code where}), in order. */
        public final Map<String, String> where = new LinkedHashMap<>();
        public String maxAge = "";
    }

    /** The draft of a contest read from its contest.yaml: every value written out, defaults included. */
    public static ContestDraft of(Contest c) {
        ContestDraft d = new ContestDraft();
        d.name = c.name();
        d.date = c.date() == null ? "" : c.date().toString();
        d.venue = c.venue();
        d.organiser = c.organiser();
        d.decimals = Integer.toString(c.decimals());
        d.sample = c.sample();
        for (Event e : c.events()) {
            d.events.add(event(e));
        }
        d.teams = c.teams() != null;
        if (c.teams() != null) {
            d.teamScore = c.teams().score().key();
            d.teamK = Integer.toString(c.teams().k());
        }
        return d;
    }

    private static EventDraft event(Event e) {
        EventDraft d = new EventDraft();
        d.id = e.id();
        d.name = e.name();
        d.timekeepers = String.join(", ", e.timekeepers());
        d.judges = String.join(", ", e.judges());
        d.blindJudging = e.blindJudging();
        d.laps = Integer.toString(e.laps());
        d.attempts = Integer.toString(e.attempts());
        d.timeAggregate = e.timing().aggregate().key();
        d.timeRequired = e.timekeepers().isEmpty() ? "" : Integer.toString(e.timing().required());
        d.resolutionMs = Integer.toString(e.timing().resolutionMillis());
        d.rounding = e.timing().rounding().key();
        d.toleranceMs = Long.toString(e.timing().toleranceMillis());
        d.limit = e.timing().limitMillis() == null ? "" : time(e.timing().limitMillis());
        d.overLimit = e.timing().overLimit().key();
        d.timeScoreMethod = e.timeScore().method().key();
        d.standard = e.timeScore().standardMillis() == null ? "" : time(e.timeScore().standardMillis());
        d.pointsPerSecond = text(e.timeScore().pointsPerSecond());
        d.qualityAggregate = e.quality().aggregate().key();
        d.trim = Integer.toString(e.quality().trim());
        d.level = e.quality().level().key();
        d.qualityRequired = e.judges().isEmpty() ? "" : Integer.toString(e.quality().required());
        d.tolerance = text(e.quality().tolerance());
        for (Criterion c : e.quality().criteria()) {
            CriterionDraft cd = new CriterionDraft();
            cd.id = c.id();
            cd.name = c.name();
            cd.max = text(c.max());
            cd.kind = c.kind().key();
            cd.step = text(c.step());
            cd.scale = Integer.toString(c.scale());
            cd.maxSpread = Integer.toString(c.maxSpread());
            d.criteria.add(cd);
        }
        // theory.max is written where it counts: theory has a weight, or the max is not the default 100
        d.theoryMax = e.uses(Component.THEORY) || e.theoryMax().compareTo(ContestYaml.DEFAULT_THEORY_MAX) != 0
                ? text(e.theoryMax()) : "";
        for (Penalty p : e.penalties()) {
            PenaltyDraft pd = new PenaltyDraft();
            pd.code = p.code();
            pd.name = p.name();
            pd.points = p.points() != null;
            pd.value = p.points() != null ? text(p.points()) : seconds(p.secondsMillis());
            d.penalties.add(pd);
        }
        d.weightTime = text(e.weights().get(Component.TIME));
        d.weightQuality = text(e.weights().get(Component.QUALITY));
        d.weightTheory = text(e.weights().get(Component.THEORY));
        for (Options.TieBreak t : e.tieBreak()) {
            d.tieBreak.add(t.key());
        }
        for (Round r : e.rounds()) {
            RoundDraft rd = new RoundDraft();
            rd.id = r.id();
            rd.name = r.name();
            Advance a = r.advance();
            if (a != null) {
                rd.advanceBy = a.count() != null ? "count" : "share";
                rd.advance = a.count() != null ? a.count().toString() : text(a.share());
                rd.maxPerUnit = a.maxPerUnit() == null ? "" : a.maxPerUnit().toString();
            }
            rd.awards = r.awards();
            d.rounds.add(rd);
        }
        for (Tier t : e.awards().tiers()) {
            TierDraft td = new TierDraft();
            td.name = t.name();
            td.byCount = t.count() != null;
            td.value = t.count() != null ? t.count().toString() : text(t.share());
            d.tiers.add(td);
        }
        d.quotaRounding = e.awards().quotaRounding().key();
        d.ties = e.awards().ties().key();
        d.minTotal = text(e.awards().minTotal());
        for (Title t : e.awards().titles()) {
            TitleDraft td = new TitleDraft();
            td.name = t.name();
            td.count = Integer.toString(t.count());
            td.minTotal = text(t.minTotal());
            td.minQuality = text(t.minQuality());
            td.minTimeScore = text(t.minTimeScore());
            td.tier = t.tier() == null ? "" : t.tier();
            td.where.putAll(t.where());
            td.maxAge = t.maxAge() == null ? "" : t.maxAge().toString();
            d.titles.add(td);
        }
        return d;
    }

    /** A decimal as written ({@code 0.40} stays {@code 0.40}, so that it reads back equal), or "" for none. */
    static String text(BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }

    /** A time as contest.yaml writes it: {@code 2:30}, {@code 0:40.5}. */
    static String time(long millis) {
        String t = RaceTime.ofMillis(millis).format();
        return t.endsWith(".00") ? t.substring(0, t.length() - 3) : t;
    }

    /** Penalty seconds: {@code 5}, {@code 2.5}. */
    static String seconds(long millis) {
        return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
    }
}
