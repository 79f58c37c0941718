package org.podium.domain;

import java.math.BigDecimal;
import java.util.List;

/** How judges' sheets become a quality score (scoring.md section 5). {@code tolerance} may be null. */
public record QualityRules(Options.QualityAggregate aggregate, int trim, Options.QualityLevel level, int required,
                           BigDecimal tolerance, List<Criterion> criteria) {
    public QualityRules {
        criteria = List.copyOf(criteria);
    }

    /** M: the sum of every criterion's max. */
    public BigDecimal maxPoints() {
        BigDecimal m = BigDecimal.ZERO;
        for (Criterion c : criteria) {
            m = m.add(c.max());
        }
        return m;
    }

    public Criterion criterion(String id) {
        for (Criterion c : criteria) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        return null;
    }
}
