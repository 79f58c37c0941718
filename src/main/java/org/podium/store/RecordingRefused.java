package org.podium.store;

import java.util.List;
import org.podium.domain.Said;

/**
 * A recording the rules do not allow; the message says who, what and why, and what would be allowed, from the
 * bundles ({@link #text()}: the message is in this run's language, the command line's {@code --lang}). {@link #why()} names the common cases so a station can say them in its own
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
    private final Said said;

    private RecordingRefused(Why why, Said said, List<String> details) {
        super(said.here());
        this.why = why;
        this.details = List.copyOf(details);
        this.said = said;
    }

    /** A refusal said from the bundles ({@code store.refused.*}), in this run's language as its message. */
    public static RecordingRefused said(String key, Object... args) {
        return new RecordingRefused(Why.OTHER, Said.of(key, args), List.of());
    }

    /** A common refusal ({@code why}, with its {@code details} for a station) said from the bundles. */
    public static RecordingRefused said(Why why, List<String> details, String key, Object... args) {
        return new RecordingRefused(why, Said.of(key, args), details);
    }

    /** The same refusal said as {@code said} (an import names the file's line first). */
    RecordingRefused saying(Said other) {
        return new RecordingRefused(why, other, details);
    }

    /** The refusal as said from the bundles: a screen says it in its own language. */
    public Said text() {
        return said;
    }

    public Why why() {
        return why;
    }

    public List<String> details() {
        return details;
    }
}
