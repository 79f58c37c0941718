package org.podium.domain;

import java.math.BigDecimal;

/**
 * Who goes on from a round (sections 11 and 15): a count or a share of the ranked entries,
 * and optionally at most {@code maxPerUnit} per unit (null: no limit).
 */
public record Advance(Integer count, BigDecimal share, Integer maxPerUnit) {
    public Advance {
        if ((count == null) == (share == null)) {
            throw new IllegalArgumentException("advance takes either count or share");
        }
    }
}
