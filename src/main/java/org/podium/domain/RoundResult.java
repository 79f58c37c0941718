package org.podium.domain;

import java.util.List;

/**
 * The ranking of one round of one event, rows in the order of scoring.md section 9.
 *
 * @param awardRound whether awards and titles are given on this round
 * @param quota      the tier arithmetic (award round only; else null)
 */
public record RoundResult(Event event, Round round, List<EntryResult> rows, boolean awardRound, AwardQuota quota) {
    public RoundResult {
        rows = List.copyOf(rows);
    }

    /** The number of ranked entries, N of section 10. */
    public int rankedCount() {
        int n = 0;
        for (EntryResult r : rows) {
            if (r.ranked()) {
                n++;
            }
        }
        return n;
    }
}
