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
        MarkProblem p = problem(mark);
        if (p == null) {
            return null;
        }
        return switch (p) {
            case NOT_A_LEVEL -> "mark " + mark.toPlainString() + " on " + id + " must be a whole number from 0 to " + scale;
            case OUT_OF_RANGE -> "mark " + mark.toPlainString() + " on " + id + " is out of range: it must be from 0 to "
                    + max.toPlainString();
            case OFF_STEP -> "mark " + mark.toPlainString() + " on " + id + " is off its step: it must be a multiple of "
                    + step.toPlainString();
        };
    }

    /** What is wrong with a mark on this criterion (screens say it in their language), or null when nothing is. */
    public MarkProblem problem(BigDecimal mark) {
        if (kind == Options.CriterionKind.JUDGEMENT) {
            boolean level = mark.signum() >= 0 && mark.compareTo(BigDecimal.valueOf(scale)) <= 0
                    && mark.stripTrailingZeros().scale() <= 0;
            return level ? null : MarkProblem.NOT_A_LEVEL;
        }
        if (mark.signum() < 0 || mark.compareTo(max) > 0) {
            return MarkProblem.OUT_OF_RANGE;
        }
        return mark.remainder(step).signum() != 0 ? MarkProblem.OFF_STEP : null;
    }

    /** The limit a refused mark is told about: the scale (judgement), max (out of range) or step (off step). */
    public String limit(MarkProblem problem) {
        return switch (problem) {
            case NOT_A_LEVEL -> Integer.toString(scale);
            case OUT_OF_RANGE -> max.toPlainString();
            case OFF_STEP -> step.toPlainString();
        };
    }

    /** Why a mark cannot be recorded on a criterion. */
    public enum MarkProblem {
        /** a judgement mark that is not a whole number from 0 to the scale */
        NOT_A_LEVEL,
        /** a measurement mark below 0 or above max */
        OUT_OF_RANGE,
        /** a measurement mark that is not a multiple of the step */
        OFF_STEP
    }
}
