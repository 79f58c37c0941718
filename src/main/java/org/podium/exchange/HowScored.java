package org.podium.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.podium.domain.AwardQuota;
import org.podium.domain.AwardRules;
import org.podium.domain.Component;
import org.podium.domain.Contest;
import org.podium.domain.Criterion;
import org.podium.domain.EntryResult;
import org.podium.domain.Event;
import org.podium.domain.Options;
import org.podium.domain.Penalty;
import org.podium.domain.Round;
import org.podium.domain.RoundResult;
import org.podium.domain.Status;
import org.podium.domain.TeamRules;
import org.podium.domain.Tier;
import org.podium.domain.Title;

/**
 * The rules a round was scored by, in words, from the contest's own settings: how the official time and each
 * component are made, the weights, the rounding, the ranking, and on the award round the quota arithmetic with the
 * engine's own numbers (N, each tier's count, the running sums, ties at a boundary and what they got). It states
 * settings and the engine's results; it works nothing out that the engine decides.
 */
public final class HowScored {
    /** A line of the explanation; a heading starts a section. */
    public record Line(String text, boolean heading) {
    }

    private final Contest contest;
    private final RoundResult round;
    private final Event event;
    private final ExportText i18n;
    private final List<Line> lines = new ArrayList<>();

    private HowScored(Contest contest, RoundResult round, ExportText i18n) {
        this.contest = contest;
        this.round = round;
        this.event = round.event();
        this.i18n = i18n;
    }

    /** The explanation of one round of one event. */
    public static List<Line> of(Contest contest, RoundResult round, ExportText i18n) {
        HowScored h = new HowScored(contest, round, i18n);
        h.timing();
        h.timeScore();
        h.quality();
        h.theoryAndPenalties();
        h.total();
        h.ranking();
        h.advancement();
        h.awards();
        return List.copyOf(h.lines);
    }

    /** The team rule of section 12 in one sentence, or null when the contest has no teams. */
    public static String teams(Contest contest, ExportText i18n) {
        TeamRules t = contest.teams();
        if (t == null) {
            return null;
        }
        return i18n.get("export.rules.teams." + t.score().key(), t.k(), contest.decimals());
    }

    private void heading(String key) {
        lines.add(new Line(i18n.get(key), true));
    }

    private void say(String key, Object... args) {
        lines.add(new Line(i18n.get(key, args), false));
    }

    private String option(String prefix, Options.Keyed value) {
        return i18n.get(prefix + value.key());
    }

    // ---- section 3 ----

    private void timing() {
        if (event.timekeepers().isEmpty()) {
            return;
        }
        heading("export.rules.h.timing");
        say("export.rules.timing", event.timekeepers().size(), i18n.join(event.timekeepers()),
                option("export.rules.timeAggregate.", event.timing().aggregate()), event.timing().required());
        if (event.laps() > 1) {
            say("export.rules.laps", event.laps());
        }
        say("export.rules.timeRounding", seconds(event.timing().resolutionMillis()),
                option("export.rules.timeRounding.", event.timing().rounding()));
        Long limit = event.timing().limitMillis();
        if (limit != null) {
            say("export.rules.limit." + event.timing().overLimit().key(), ExportText.time(limit));
        }
        say("export.rules.timeSpread", seconds(event.timing().toleranceMillis()), i18n.flag(org.podium.domain.Flag.TIME_SPREAD));
        if (event.attempts() > 1) {
            say("export.rules.attempts", event.attempts());
        }
    }

    private static String seconds(long millis) {
        return ExportText.plain(BigDecimal.valueOf(millis, 3));
    }

    // ---- section 4 ----

    private void timeScore() {
        if (!event.uses(Component.TIME)) {
            return;
        }
        heading("export.rules.h.timeScore");
        Long standard = event.timeScore().standardMillis();
        switch (event.timeScore().method()) {
            case RATIO_TO_BEST -> say("export.rules.timeScore.ratio-to-best");
            case LINEAR -> say("export.rules.timeScore.linear", ExportText.time(standard),
                    ExportText.time(event.timing().limitMillis()));
            case DEDUCT -> say("export.rules.timeScore.deduct", ExportText.time(standard),
                    ExportText.plain(event.timeScore().pointsPerSecond()));
        }
    }

    // ---- section 5 ----

    private void quality() {
        if (!event.uses(Component.QUALITY) || event.quality().criteria().isEmpty()) {
            return;
        }
        heading("export.rules.h.quality");
        BigDecimal m = event.quality().maxPoints();
        say("export.rules.quality.judges", event.judges().size(), i18n.join(event.judges()), event.quality().required());
        say("export.rules.criteria", ExportText.plain(m));
        for (Criterion c : event.quality().criteria()) {
            String name = c.name() == null || c.name().isBlank() ? c.id() : c.id() + " " + c.name();
            if (c.kind() == Options.CriterionKind.JUDGEMENT) {
                say("export.rules.criterion.judgement", name, ExportText.plain(c.max()), c.scale(), c.maxSpread(),
                        i18n.flag(org.podium.domain.Flag.JUDGE_SPREAD));
            } else {
                say("export.rules.criterion.measurement", name, ExportText.plain(c.max()), ExportText.plain(c.step()));
            }
        }
        String how = event.quality().aggregate() == Options.QualityAggregate.TRIMMED_MEAN
                ? i18n.get("export.rules.qualityAggregate.trimmed-mean", event.quality().trim(), 2 * event.quality().trim() + 1)
                : option("export.rules.qualityAggregate.", event.quality().aggregate());
        say("export.rules.quality." + event.quality().level().key(), how);
        say("export.rules.quality.formula", ExportText.plain(m));
        if (event.quality().tolerance() != null) {
            say("export.rules.quality.tolerance", ExportText.plain(event.quality().tolerance()),
                    i18n.flag(org.podium.domain.Flag.JUDGE_SPREAD));
        }
    }

    // ---- sections 6 and 7 ----

    private void theoryAndPenalties() {
        if (event.uses(Component.THEORY)) {
            heading("export.rules.h.theory");
            say("export.rules.theory", ExportText.plain(event.theoryMax()));
        }
        if (!event.penalties().isEmpty()) {
            heading("export.rules.h.penalties");
            for (Penalty p : event.penalties()) {
                if (p.points() != null) {
                    say("export.rules.penalty.points", p.code(), p.name(), ExportText.plain(p.points()));
                } else {
                    say("export.rules.penalty.seconds", p.code(), p.name(), seconds(p.secondsMillis()));
                }
            }
            say("export.rules.penalty.counts");
        }
    }

    // ---- section 8 ----

    private void total() {
        heading("export.rules.h.total");
        List<String> terms = new ArrayList<>();
        for (Component c : Component.values()) {
            BigDecimal w = event.weights().get(c);
            if (w != null) {
                terms.add(i18n.get("export.rules.term", ExportText.plain(w), i18n.get("export.rules.component." + c.key())));
            }
        }
        say("export.rules.total", String.join(" + ", terms));
        say("export.rules.decimals", contest.decimals());
    }

    // ---- section 9 ----

    private void ranking() {
        heading("export.rules.h.ranking");
        say("export.rules.ranking");
        List<String> keys = new ArrayList<>();
        for (Options.TieBreak t : event.tieBreak()) {
            keys.add(option("export.rules.tieBreak.", t));
        }
        if (keys.isEmpty()) {
            say("export.rules.noTieBreak");
        } else {
            say("export.rules.tieBreak", i18n.join(keys));
        }
        List<String> unranked = new ArrayList<>();
        for (Status s : Status.values()) {
            if (s != Status.OK) {
                unranked.add(i18n.status(s));
            }
        }
        say("export.rules.unranked", i18n.join(unranked));
    }

    // ---- sections 11 and 15 ----

    private void advancement() {
        List<Round> rounds = event.rounds();
        if (rounds.indexOf(round.round()) == rounds.size() - 1) {
            return;
        }
        heading("export.rules.h.advance");
        var advance = round.round().advance();
        if (advance == null) {
            say("export.rules.advance.all");
        } else {
            if (advance.count() != null) {
                say("export.rules.advance.count", advance.count());
            } else {
                say("export.rules.advance.share", ExportText.percent(advance.share()),
                        option("export.rules.quotaRounding.", event.awards().quotaRounding()));
            }
            if (advance.maxPerUnit() != null) {
                say("export.rules.advance.maxPerUnit", advance.maxPerUnit());
            }
        }
        int going = 0;
        for (EntryResult r : round.rows()) {
            if (r.advances()) {
                going++;
            }
        }
        say("export.rules.advance.result", round.rankedCount(), going);
    }

    // ---- section 10 ----

    private void awards() {
        if (!round.awardRound()) {
            return;
        }
        heading("export.rules.h.awards");
        AwardRules rules = event.awards();
        AwardQuota quota = round.quota();
        if (rules.tiers().isEmpty() && rules.titles().isEmpty() || quota == null) {
            say("export.rules.awards.none");
            return;
        }
        say("export.rules.awards.n", quota.ranked());
        List<String> boundaries = new ArrayList<>();
        for (int i = 0; i < rules.tiers().size(); i++) {
            Tier t = rules.tiers().get(i);
            if (t.count() != null) {
                say("export.rules.awards.tierCount", t.name(), quota.counts().get(i));
            } else {
                say("export.rules.awards.tierShare", t.name(), ExportText.percent(t.share()),
                        ExportText.plain(t.share().multiply(BigDecimal.valueOf(quota.ranked()))),
                        option("export.rules.quotaRounding.", rules.quotaRounding()), quota.counts().get(i));
            }
            boundaries.add(i18n.get("export.rules.awards.line", t.name(), quota.cumulative().get(i)));
        }
        if (!boundaries.isEmpty()) {
            say("export.rules.awards.lines", i18n.join(boundaries));
            say("export.rules.awards.ties." + rules.ties().key());
        }
        if (rules.minTotal() != null) {
            say("export.rules.awards.minTotal", ExportText.plain(rules.minTotal()));
        }
        boundaryTies(rules, quota);
        given(rules);
        for (Title title : rules.titles()) {
            title(title);
        }
    }

    /** Each tied group that straddles a tier's boundary C_i, and the tier its entries got. */
    private void boundaryTies(AwardRules rules, AwardQuota quota) {
        Map<Integer, List<EntryResult>> groups = new LinkedHashMap<>();
        for (EntryResult r : round.rows()) {
            if (r.ranked()) {
                groups.computeIfAbsent(r.rank(), k -> new ArrayList<>()).add(r);
            }
        }
        for (int i = 0; i < rules.tiers().size(); i++) {
            int boundary = quota.cumulative().get(i);
            for (Map.Entry<Integer, List<EntryResult>> g : groups.entrySet()) {
                int first = g.getKey();
                int last = first + g.getValue().size() - 1;
                if (first <= boundary && last > boundary) {
                    String got = g.getValue().get(0).award();
                    say("export.rules.awards.boundaryTie", first, g.getValue().size(), rules.tiers().get(i).name(), boundary,
                            got == null ? i18n.get("export.rules.awards.groupNone") : i18n.get("export.rules.awards.groupGot", got));
                }
            }
        }
    }

    /** How many entries each tier went to. */
    private void given(AwardRules rules) {
        List<String> counts = new ArrayList<>();
        for (Tier t : rules.tiers()) {
            int n = 0;
            for (EntryResult r : round.rows()) {
                if (t.name().equals(r.award())) {
                    n++;
                }
            }
            counts.add(i18n.get("export.rules.awards.count", t.name(), n));
        }
        if (!counts.isEmpty()) {
            say("export.rules.awards.given", i18n.join(counts));
        }
    }

    private void title(Title title) {
        List<String> conditions = new ArrayList<>();
        conditions.add(i18n.get("export.rules.title.count", title.count()));
        if (title.tier() != null) {
            conditions.add(i18n.get("export.rules.title.tier", title.tier()));
        }
        if (title.minTotal() != null) {
            conditions.add(i18n.get("export.rules.title.minTotal", ExportText.plain(title.minTotal())));
        }
        if (title.minQuality() != null) {
            conditions.add(i18n.get("export.rules.title.minQuality", ExportText.plain(title.minQuality())));
        }
        if (title.minTimeScore() != null) {
            conditions.add(i18n.get("export.rules.title.minTimeScore", ExportText.plain(title.minTimeScore())));
        }
        for (Map.Entry<String, String> w : title.where().entrySet()) {
            conditions.add(i18n.get("export.rules.title.where", w.getKey(), w.getValue()));
        }
        if (title.maxAge() != null) {
            conditions.add(i18n.get("export.rules.title.maxAge", title.maxAge()));
        }
        List<String> holders = new ArrayList<>();
        for (EntryResult r : round.rows()) {
            if (r.titles().contains(title.name())) {
                holders.add(r.contestant().name());
            }
        }
        say("export.rules.title", title.name(), i18n.join(conditions),
                holders.isEmpty() ? i18n.get("export.nobody") : i18n.join(holders));
    }
}
