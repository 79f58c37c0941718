package org.podium.ui.board;

import java.util.List;
import java.util.Objects;

/**
 * What the board may show of a round, as decided by {@link BoardRows#content}: made only there (the constructor is
 * the package's), so no screen can put a blind round's ranking on the board before it is published.
 */
public final class BoardContent {
    private final String roundTitle;
    private final List<BoardRow> rows;
    private final List<BoardRow> latest;
    private final BoardStanding standing;
    private final boolean blind;

    BoardContent(String roundTitle, List<BoardRow> rows, List<BoardRow> latest, BoardStanding standing, boolean blind) {
        this.roundTitle = roundTitle == null ? "" : roundTitle;
        this.rows = List.copyOf(rows);
        this.latest = List.copyOf(latest);
        this.standing = Objects.requireNonNull(standing, "standing");
        this.blind = blind;
    }

    /** "event · round" ({@link BoardRows#title}). */
    public String roundTitle() {
        return roundTitle;
    }

    /** The ranking's lines in ranking order; none for a blind round not yet published. */
    public List<BoardRow> rows() {
        return rows;
    }

    /** The latest finishers, newest first. */
    public List<BoardRow> latest() {
        return latest;
    }

    public BoardStanding standing() {
        return standing;
    }

    /** A blind-judged round not yet published: no ranking, the board says why. */
    public boolean blind() {
        return blind;
    }
}
