package org.podium.store;

import java.util.List;

/**
 * A recording the rules do not allow; the message says who, what and why, and what would be allowed (in English,
 * for the command line and the audit). {@link #why()} names the common cases so a station can say them in its own
 * language, with {@link #details()} as the values to fill in.
 */
public final class RecordingRefused extends Exception {
    private static final long serialVersionUID = 1L;

    /** The refusals a station meets on contest day, each with the details it carries. */
    public enum Why {
        /** details: event, round */
        ROUND_LOCKED,
        /** details: event, round; the round was locked and unlocked, or the sheet is submitted: a reason is needed */
        REASON_NEEDED,
        /** details: event, round, bib, judge */
        SHEET_SUBMITTED,
        /** details: event, round, bib */
        NOTHING_TO_WITHDRAW,
        /** details: event, round, bib, flag; an acknowledgement without a note */
        NOTE_NEEDED,
        /** anything else: only the English message */
        OTHER
    }

    private final Why why;
    private final List<String> details;

    public RecordingRefused(String message) {
        this(Why.OTHER, message);
    }

    public RecordingRefused(Why why, String message, String... details) {
        super(message);
        this.why = why;
        this.details = List.of(details);
    }

    public Why why() {
        return why;
    }

    public List<String> details() {
        return details;
    }
}
