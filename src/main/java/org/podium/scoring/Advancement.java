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
        List<List<EntryResult>> groups = new ArrayList<>();
        Integer lastRank = null;
        int ranked = 0;
        for (EntryResult r : rows) {
            if (!r.ranked()) {
                continue;
            }
            ranked++;
            if (!r.rank().equals(lastRank)) {
                groups.add(new ArrayList<>());
                lastRank = r.rank();
            }
            groups.get(groups.size() - 1).add(r);
        }
        int k = Quotas.count(advance.count(), advance.share(), ranked, rounding);
        Map<String, Integer> perUnit = new HashMap<>();
        for (List<EntryResult> group : groups) {
            if (out.size() >= k) {
                break;
            }
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
        return out;
    }
}
