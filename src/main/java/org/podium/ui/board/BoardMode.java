package org.podium.ui.board;

/** What the chief lets the projector show. */
public enum BoardMode {
    /** The current results, as they change (and published ones, when those are what is passed). */
    LIVE,
    /** Only results as they were published: live results are refused, and any shown are taken off the board. */
    PUBLISHED_ONLY
}
