package org.podium.store;

import org.podium.domain.Role;

/**
 * What makes a PIN acceptable (contest-files.md, "Samples and PINs"): digits only, at least 4; on a real contest also not
 * all one digit nor a run up or down (0000, 1234, 9876), and at least 6 for a chief or an organiser. A sample contest
 * ({@code contest.sample: true}) is for trying: there only digits and length 4 are asked, so its officials have 0000.
 */
public final class PinRules {
    /** The fewest digits of any PIN. */
    public static final int FEWEST = 4;
    /** The fewest digits of a chief's or an organiser's PIN on a real contest. */
    public static final int FEWEST_HEAD = 6;

    private PinRules() {
    }

    /** What is wrong with a PIN, or null when it may be set. */
    public static PinProblem problem(char[] pin, Role role, boolean sample) {
        if (pin == null || pin.length == 0) {
            return PinProblem.TOO_SHORT;
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return PinProblem.NOT_DIGITS;
            }
        }
        if (pin.length < FEWEST) {
            return PinProblem.TOO_SHORT;
        }
        if (sample) {
            return null;
        }
        if (role.head() && pin.length < FEWEST_HEAD) {
            return PinProblem.TOO_SHORT_FOR_HEAD;
        }
        if (steps(pin, 0)) {
            return PinProblem.ONE_DIGIT;
        }
        if (steps(pin, 1) || steps(pin, -1)) {
            return PinProblem.RUN;
        }
        return null;
    }

    /** Refuses a PIN that may not be set, with the rule it breaks. */
    static void require(char[] pin, Role role, boolean sample) {
        PinProblem p = problem(pin, role, sample);
        if (p != null) {
            throw new WeakPin(p);
        }
    }

    /** Whether each digit is the one before plus {@code step}. */
    private static boolean steps(char[] pin, int step) {
        for (int i = 1; i < pin.length; i++) {
            if (pin[i] - pin[i - 1] != step) {
                return false;
            }
        }
        return true;
    }
}
