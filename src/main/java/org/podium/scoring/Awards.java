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
        int[] groupSize = new int[rows.size() + 2]; // by rank: ranks run 1 to the number of ranked rows
        for (EntryResult r : rows) {
            if (r.ranked()) {
                groupSize[r.rank()]++;
            }
        }
        List<EntryResult> withTiers = new ArrayList<>(rows.size());
        for (EntryResult r : rows) {
            withTiers.add(r.ranked() ? r.withAwards(tier(r, groupSize[r.rank()], rules, quota), List.of()) : r);
        }
        // every ranked row's titles are none now; the holders' rows are made again with theirs
        List<EntryResult> out = withTiers;
        for (Map.Entry<Integer, List<String>> held : titlesByRow(withTiers, rules, contestDate).entrySet()) {
            EntryResult r = out.get(held.getKey());
            out.set(held.getKey(), r.withAwards(r.award(), held.getValue()));
        }
        return out;
    }

    /** The titles each holder gets, by bib, over rows in ranking order whose tiers are given. */
    static Map<String, List<String>> titles(List<EntryResult> withTiers, AwardRules rules, LocalDate contestDate) {
        Map<String, List<String>> titles = new HashMap<>();
        for (Map.Entry<Integer, List<String>> held : titlesByRow(withTiers, rules, contestDate).entrySet()) {
            titles.put(withTiers.get(held.getKey()).bib(), held.getValue());
        }
        return titles;
    }

    /** The titles each holder gets, by the holder's place in {@code withTiers}, in the order of the rules' titles. */
    private static Map<Integer, List<String>> titlesByRow(List<EntryResult> withTiers, AwardRules rules, LocalDate date) {
        Map<Integer, List<String>> titles = new java.util.TreeMap<>();
        for (Title title : rules.titles()) {
            for (int k : titleHolders(withTiers, title, rules.ties(), date)) {
                titles.computeIfAbsent(k, x -> new ArrayList<>()).add(title.name());
            }
        }
        return titles;
    }

    /** The tier of a ranked row whose tied group has {@code g} rows, or null. */
    static String tier(EntryResult r, int g, AwardRules rules, AwardQuota quota) {
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

    /** The places in {@code rows} of a title's holders. */
    private static List<Integer> titleHolders(List<EntryResult> rows, Title title, TiePolicy ties, LocalDate date) {
        // The qualifying rows in tied groups down the ranking, whole groups taken while they fit (or all of a group
        // under SHARE) until the count is reached; read group by group, stopping there (a round of 200,000 rows).
        List<Integer> holders = new ArrayList<>();
        List<Integer> group = new ArrayList<>();
        Integer groupRank = null;
        for (int k = 0; k < rows.size(); k++) {
            EntryResult r = rows.get(k);
            if (!r.ranked() || !qualifies(r, title, date)) {
                continue;
            }
            if (!group.isEmpty() && !r.rank().equals(groupRank)) {
                if (!take(holders, group, title, ties)) {
                    return holders;
                }
                group = new ArrayList<>();
            }
            group.add(k);
            groupRank = r.rank();
        }
        if (!group.isEmpty()) {
            take(holders, group, title, ties);
        }
        return holders;
    }

    /** Adds a tied group to the holders when it may; false when no later group can be taken. */
    private static boolean take(List<Integer> holders, List<Integer> group, Title title, TiePolicy ties) {
        if (holders.size() >= title.count()) {
            return false;
        }
        if (holders.size() + group.size() <= title.count() || ties == TiePolicy.SHARE) {
            holders.addAll(group);
            return holders.size() < title.count();
        }
        return false;
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
