package org.podium.domain;

import java.math.BigDecimal;
import java.util.Map;

/** An honour on top of the tiers (section 10); every condition may be null (no condition). */
public record Title(String name, int count, BigDecimal minTotal, BigDecimal minQuality, BigDecimal minTimeScore,
                   String tier, Map<String, String> where, Integer maxAge) {
    public Title {
        where = where == null ? Map.of() : Map.copyOf(where);
    }
}
