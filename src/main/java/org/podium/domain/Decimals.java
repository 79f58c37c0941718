package org.podium.domain;

import java.math.BigDecimal;

/**
 * The small decimals of a contest made once (issue 17): marks such as 0 to 40.95 and scores such as 0.00 to 100.00 are
 * few, and a round of 200,000 entries holds several of them per entry. A BigDecimal is immutable and its fields final,
 * so one object per value and scale is shared safely between threads; values are compared by {@code compareTo} and
 * {@code equals}, never by identity.
 */
public final class Decimals {
    private static final int COUNT = 1 << 14;
    private static final int SCALES = 5;
    private static final BigDecimal[][] SHARED = new BigDecimal[SCALES][COUNT];

    private Decimals() {
    }

    /** {@code unscaled} x 10^-{@code scale}, the shared object where the value is small. */
    public static BigDecimal of(long unscaled, int scale) {
        if (scale >= 0 && scale < SCALES && unscaled >= 0 && unscaled < COUNT) {
            BigDecimal[] byScale = SHARED[scale];
            BigDecimal d = byScale[(int) unscaled];
            if (d == null) {
                d = BigDecimal.valueOf(unscaled, scale);
                byScale[(int) unscaled] = d; // a race makes two equal objects, one of them kept: harmless
            }
            return d;
        }
        return BigDecimal.valueOf(unscaled, scale);
    }

    /** The shared object equal to {@code d} (same value and scale) where there is one, else {@code d}. */
    public static BigDecimal shared(BigDecimal d) {
        if (d.signum() < 0 || d.scale() < 0 || d.scale() >= SCALES || d.precision() > 5) {
            return d;
        }
        long unscaled = d.unscaledValue().longValue();
        return unscaled < COUNT ? of(unscaled, d.scale()) : d;
    }
}
