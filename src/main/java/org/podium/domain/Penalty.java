package org.podium.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A penalty code: either seconds added to the official time, or points taken off the total (section 7). */
public record Penalty(String code, String name, BigDecimal points, Long secondsMillis) {
    public Penalty {
        Objects.requireNonNull(code, "code");
        if ((points == null) == (secondsMillis == null)) {
            throw new IllegalArgumentException("penalty " + code + ": give either points or seconds");
        }
    }
}
