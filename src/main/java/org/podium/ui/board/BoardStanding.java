package org.podium.ui.board;

/** What a ranking shown on the board is, for the marker in its corner. */
public enum BoardStanding {
    /** Current results, not published: they can still change. */
    LIVE,
    /** Published, still open to change (queries and protests). */
    PROVISIONAL,
    /** Published and final. */
    OFFICIAL;

    /** Whether the results were published (all but {@link #LIVE}). */
    public boolean published() {
        return this != LIVE;
    }
}
