package org.podium.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.podium.domain.Options.QuotaRounding;

/** A share of N made a count (sections 10 and 11). */
final class Quotas {
    private Quotas() {
    }

    static int count(Integer count, BigDecimal share, int n, QuotaRounding rounding) {
        if (count != null) {
            return count;
        }
        RoundingMode mode = switch (rounding) {
            case ROUND -> RoundingMode.HALF_UP;
            case FLOOR -> RoundingMode.FLOOR;
            case CEIL -> RoundingMode.CEILING;
        };
        return share.multiply(BigDecimal.valueOf(n)).setScale(0, mode).intValueExact();
    }
}
