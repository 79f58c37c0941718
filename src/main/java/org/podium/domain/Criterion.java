package org.podium.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quality criterion (scoring.md section 5).
 *
 * @param step      measurement marks are multiples of it (default 0.5)
 * @param scale     judgement marks are whole numbers 0..scale (default 3)
 * @param maxSpread judgement: highest minus lowest mark above it raises JUDGE_SPREAD (default 1)
 */
public record Criterion(String id, String name, BigDecimal max, Options.CriterionKind kind, BigDecimal step,
                        int scale, int maxSpread) {
    public Criterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(step, "step");
        if (max.signum() <= 0 || step.signum() <= 0 || scale < 1 || maxSpread < 0) {
            throw new IllegalArgumentException("criterion " + id + ": max, step and scale must be positive");
        }
    }

    /**
     * Why a mark cannot be recorded on this criterion, or null when it can: a measurement mark is
     * 0..max and a multiple of step; a judgement mark is a whole number 0..scale.
     */
    public String refuse(BigDecimal mark) {
        if (kind == Options.CriterionKind.JUDGEMENT) {
            if (mark.signum() < 0 || mark.compareTo(BigDecimal.valueOf(scale)) > 0 || mark.stripTrailingZeros().scale() > 0) {
                return "mark " + mark.toPlainString() + " on " + id + " must be a whole number from 0 to " + scale;
            }
            return null;
        }
        if (mark.signum() < 0 || mark.compareTo(max) > 0) {
            return "mark " + mark.toPlainString() + " on " + id + " is out of range: it must be from 0 to " + max.toPlainString();
        }
        if (mark.remainder(step).signum() != 0) {
            return "mark " + mark.toPlainString() + " on " + id + " is off its step: it must be a multiple of " + step.toPlainString();
        }
        return null;
    }
}
