package org.podium.domain;

import java.math.BigDecimal;

/** How a time becomes a score (scoring.md section 4). */
public record TimeScoreRules(Options.TimeScoreMethod method, Long standardMillis, BigDecimal pointsPerSecond) {
}
