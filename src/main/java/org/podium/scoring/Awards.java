package org.podium.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.podium.domain.AwardQuota;
import org.podium.domain.AwardRules;
import org.podium.domain.Contestant;
import org.podium.domain.EntryResult;
import org.podium.domain.Options.TiePolicy;
import org.podium.domain.Tier;
import org.podium.domain.Title;

/** Prize tiers and titles on an award round (scoring.md section 10). */
final class Awards {
    private Awards() {
    }

    static AwardQuota quota(AwardRules rules, int ranked) {
        List<Integer> counts = new ArrayList<>();
        List<Integer> cumulative = new ArrayList<>();
        int c = 0;
        for (Tier t : rules.tiers()) {
            int k = Quotas.count(t.count(), t.share(), ranked, rules.quotaRounding());
            counts.add(k);
            c += k;
            cumulative.add(c);
        }
        return new AwardQuota(ranked, counts, cumulative);
    }

    /**
     * Gives tiers and titles to the rows of an award round (rows in ranking order, unranked last).
     * Returns the rows with award and titles filled in.
     */
    static List<EntryResult> give(List<EntryResult> rows, AwardRules rules, AwardQuota quota, LocalDate contestDate) {
        Map<Integer, Integer> groupSize = new HashMap<>();
        for (EntryResult r : rows) {
            if (r.ranked()) {
                groupSize.merge(r.rank(), 1, Integer::sum);
            }
        }
        List<EntryResult> withTiers = new ArrayList<>(rows.size());
        for (EntryResult r : rows) {
            withTiers.add(r.ranked() ? r.withAwards(tier(r, groupSize.get(r.rank()), rules, quota), List.of()) : r);
        }
        Map<String, List<String>> titles = new HashMap<>();
        for (Title title : rules.titles()) {
            for (EntryResult winner : titleHolders(withTiers, title, rules.ties(), contestDate)) {
                titles.computeIfAbsent(winner.bib(), k -> new ArrayList<>()).add(title.name());
            }
        }
        List<EntryResult> out = new ArrayList<>(rows.size());
        for (EntryResult r : withTiers) {
            out.add(r.ranked() ? r.withAwards(r.award(), titles.getOrDefault(r.bib(), List.of())) : r);
        }
        return out;
    }

    private static String tier(EntryResult r, int g, AwardRules rules, AwardQuota quota) {
        if (rules.minTotal() != null && r.total().compareTo(rules.minTotal()) < 0) {
            return null;
        }
        int last = rules.ties() == TiePolicy.SHARE ? r.rank() : r.rank() + g - 1;
        for (int i = 0; i < rules.tiers().size(); i++) {
            if (last <= quota.cumulative().get(i)) {
                return rules.tiers().get(i).name();
            }
        }
        return null;
    }

    private static List<EntryResult> titleHolders(List<EntryResult> rows, Title title, TiePolicy ties, LocalDate date) {
        List<List<EntryResult>> groups = new ArrayList<>();
        Integer lastRank = null;
        for (EntryResult r : rows) {
            if (!r.ranked() || !qualifies(r, title, date)) {
                continue;
            }
            if (!r.rank().equals(lastRank)) {
                groups.add(new ArrayList<>());
                lastRank = r.rank();
            }
            groups.get(groups.size() - 1).add(r);
        }
        List<EntryResult> holders = new ArrayList<>();
        for (List<EntryResult> group : groups) {
            if (holders.size() >= title.count()) {
                break;
            }
            if (holders.size() + group.size() <= title.count() || ties == TiePolicy.SHARE) {
                holders.addAll(group);
            } else {
                break;
            }
        }
        return holders;
    }

    private static boolean qualifies(EntryResult r, Title t, LocalDate date) {
        if (!atLeast(r.total(), t.minTotal()) || !atLeast(r.qualityScore(), t.minQuality())
                || !atLeast(r.timeScore(), t.minTimeScore())) {
            return false;
        }
        if (t.tier() != null && !t.tier().equals(r.award())) {
            return false;
        }
        Contestant c = r.contestant();
        for (Map.Entry<String, String> w : t.where().entrySet()) {
            if (!w.getValue().equals(c.columns().get(w.getKey()))) {
                return false;
            }
        }
        if (t.maxAge() != null) {
            if (c.birthDate() == null || date == null || Period.between(c.birthDate(), date).getYears() > t.maxAge()) {
                return false;
            }
        }
        return true;
    }

    private static boolean atLeast(BigDecimal value, BigDecimal min) {
        return min == null || value != null && value.compareTo(min) >= 0;
    }
}
