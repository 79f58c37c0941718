package org.podium.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podium.domain.Advance;
import org.podium.domain.EntryResult;
import org.podium.domain.Options.QuotaRounding;

/** Who goes on to the next round (sections 11 and 15). */
final class Advancement {
    private Advancement() {
    }

    /**
     * The bibs that advance from a round whose rows are in ranking order. Without {@code advance}, every
     * entry goes on. With it, tied groups are taken down the ranking until K have advanced; a group
     * reached before K is full advances whole, less the entries whose unit already had U advancing
     * before the group.
     */
    static Set<String> advancing(List<EntryResult> rows, Advance advance, QuotaRounding rounding) {
        Set<String> out = new LinkedHashSet<>();
        if (advance == null) {
            for (EntryResult r : rows) {
                out.add(r.bib());
            }
            return out;
        }
        int ranked = 0;
        for (EntryResult r : rows) {
            if (r.ranked()) {
                ranked++;
            }
        }
        int k = Quotas.count(advance.count(), advance.share(), ranked, rounding);
        // Tied groups down the ranking, read group by group until K have advanced (a round of 200,000 rows).
        Map<String, Integer> perUnit = new HashMap<>();
        List<EntryResult> group = new ArrayList<>();
        for (EntryResult r : rows) {
            if (!r.ranked()) {
                continue;
            }
            if (!group.isEmpty() && !r.rank().equals(group.get(0).rank())) {
                if (out.size() >= k) {
                    return out;
                }
                take(group, advance, perUnit, out);
                group = new ArrayList<>();
            }
            group.add(r);
        }
        if (!group.isEmpty() && out.size() < k) {
            take(group, advance, perUnit, out);
        }
        return out;
    }

    /** A tied group advances whole, less the entries whose unit already had U advancing before the group. */
    private static void take(List<EntryResult> group, Advance advance, Map<String, Integer> perUnit, Set<String> out) {
        List<String> units = new ArrayList<>();
        for (EntryResult r : group) {
            String unit = r.contestant().unit();
            boolean limited = advance.maxPerUnit() != null && !unit.isEmpty()
                    && perUnit.getOrDefault(unit, 0) >= advance.maxPerUnit();
            if (!limited) {
                out.add(r.bib());
                units.add(unit);
            }
        }
        for (String unit : units) {
            perUnit.merge(unit, 1, Integer::sum);
        }
    }
}
