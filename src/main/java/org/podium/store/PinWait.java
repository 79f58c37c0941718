package org.podium.store;

import java.time.Duration;
import java.time.Instant;

/**
 * The wait after wrong PINs (contest-files.md, "Samples and PINs"): after {@value #FREE_MISSES} wrong PINs in a row for
 * an id, that id waits {@link #FIRST_WAIT} before the next try, doubling with each further miss, up to
 * {@link #LONGEST_WAIT} (docs/spec-readings.md). A right PIN starts the count again. Pure logic: the store keeps the
 * count and the time of the last miss (SQLite: table {@code pin_wait}), so a restart resets nothing.
 *
 * @param misses   wrong PINs in a row
 * @param lastMiss when the last one was typed
 */
record PinWait(int misses, Instant lastMiss) {
    static final int FREE_MISSES = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    /** The doubling stops here, so that a prankster cannot lock the chief out for the day: 2^7 x 30 s is 64 min. */
    static final Duration LONGEST_WAIT = Duration.ofMinutes(64);

    /** The wait that {@code misses} wrong PINs in a row impose: none before the fifth, then 30 s, 60 s, 120 s... */
    static Duration after(int misses) {
        if (misses < FREE_MISSES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(misses - FREE_MISSES, 20);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** How long the id still waits at {@code now}: zero when it may try. */
    Duration remaining(Instant now) {
        Duration left = Duration.between(now, lastMiss.plus(after(misses)));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
