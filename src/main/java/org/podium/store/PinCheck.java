package org.podium.store;

import java.time.Duration;
import java.util.Objects;

/**
 * What a PIN typed for an official id came to (docs/store.md, "Wrong PINs"): right, wrong, or not checked because the
 * id must wait after too many wrong PINs.
 *
 * @param outcome what happened
 * @param waiting how long the id waits before its next try: the rest of the wait for {@link Outcome#WAITING}, the
 *                wait this miss began for {@link Outcome#WRONG} (zero before the fifth miss in a row), zero when right
 */
public record PinCheck(Outcome outcome, Duration waiting) {
    /** What became of a try. */
    public enum Outcome {
        /** the PIN is the official's: the count of misses starts again */
        RIGHT,
        /** a wrong PIN, or an id with no official: one more miss */
        WRONG,
        /** not checked: the id waits after too many wrong PINs in a row (the PIN was not even compared) */
        WAITING
    }

    public PinCheck {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(waiting, "waiting");
    }

    static final PinCheck RIGHT = new PinCheck(Outcome.RIGHT, Duration.ZERO);

    /** Whether the PIN was right. */
    public boolean ok() {
        return outcome == Outcome.RIGHT;
    }

    /** The wait in whole seconds, rounded up (what a person is told: "try again in 30 s"). */
    public long waitSeconds() {
        return waiting.plusNanos(999_999_999L).getSeconds();
    }
}
