package org.podium.domain;

import java.math.BigDecimal;
import java.util.List;

/** Prize tiers and titles of an event (section 10). {@code minTotal} may be null. */
public record AwardRules(List<Tier> tiers, Options.QuotaRounding quotaRounding, Options.TiePolicy ties,
                         BigDecimal minTotal, List<Title> titles) {
    public AwardRules {
        tiers = List.copyOf(tiers);
        titles = List.copyOf(titles);
    }

    public static AwardRules none() {
        return new AwardRules(List.of(), Options.QuotaRounding.ROUND, Options.TiePolicy.SHARE, null, List.of());
    }
}
