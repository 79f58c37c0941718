package org.podium.domain;

import java.util.List;

/**
 * The quota arithmetic of section 10, for showing to the head table: N, each tier's count and the
 * running sums C_i.
 */
public record AwardQuota(int ranked, List<Integer> counts, List<Integer> cumulative) {
    public AwardQuota {
        counts = List.copyOf(counts);
        cumulative = List.copyOf(cumulative);
    }
}
