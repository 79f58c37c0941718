package org.podium.domain;

import java.math.BigDecimal;

/** A prize tier with a count or a share of N (section 10). */
public record Tier(String name, Integer count, BigDecimal share) {
    public Tier {
        if ((count == null) == (share == null)) {
            throw new IllegalArgumentException("tier " + name + " takes either count or share");
        }
    }
}
