package org.podium.service;

import java.util.List;

/**
 * Something about one entry of a round that the chief must look at, and acknowledge, before the round is published
 * (scoring.md sections 3 and 5; docs/ui.md, the head table).
 *
 * @param evidence what the flag was raised on, in neutral words (official ids, times in seconds, marks, and
 *                 {@link #THEORY}): the timekeepers' totals of a TIME_SPREAD, the complete sheets' marks of a
 *                 JUDGE_SPREAD, the officials (and theory) whose records are missing for INCOMPLETE and MISSING_SHEET.
 *                 With several attempts each item starts with {@code #n}.
 */
public record RoundFlag(String bib, Kind kind, List<String> evidence) {
    /** The evidence item that stands for a missing theory result. */
    public static final String THEORY = "theory";

    public RoundFlag {
        evidence = List.copyOf(evidence);
    }

    /** What the head table flags, in the order it lists them for an entry. */
    public enum Kind {
        /** The timekeepers' totals are further apart than timing.tolerance_ms (scoring.md section 3). */
        TIME_SPREAD,
        /** The judges' marks on a criterion are further apart than allowed (section 5). */
        JUDGE_SPREAD,
        /** A required time, sheet or theory result is missing: the entry is unranked (section 2). */
        INCOMPLETE,
        /** A ranked entry lacks a complete sheet of a judge of the event (quality.required is below the judges). */
        MISSING_SHEET
    }

    /**
     * The flag as it stands: its evidence as one text. An acknowledgement keeps it; the flag counts as acknowledged only
     * while it still stands on the same evidence.
     */
    public String asItStands() {
        return String.join(" · ", evidence);
    }
}
