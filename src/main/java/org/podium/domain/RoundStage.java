package org.podium.domain;

/**
 * Where a round stands in the chief's hands, worked out from the journal's lock events of the round (its
 * {@code lock}, {@code unlock} and {@code publish} rows, in recording order) by {@link #after}: the one place the lock
 * state of a round is derived (issue 13). The store refuses facts on a locked round and asks a reason after a lock
 * with it, the service checks publishing and the judge station's view with it, the head table and the board show
 * it, and the seals of published rounds are found with it.
 *
 * @param locked        a lock (or a publish) is its latest lock event: nothing is recorded on it
 * @param published     published since its latest lock (a published round stays locked; its latest lock event is the
 *                      publish)
 * @param everLocked    locked at least once: every later fact on it needs a reason
 * @param lastLockId    the journal row of its latest lock, or null
 * @param everPublished published at least once, even if unlocked since: under blind judging the names behind the
 *                      work numbers are public from then on
 */
public record RoundStage(boolean locked, boolean published, boolean everLocked, Long lastLockId, boolean everPublished) {
    /** A round with no lock event. */
    public static final RoundStage OPEN = new RoundStage(false, false, false, null, false);

    /** The journal kinds of a round's lock events. */
    public static final String LOCK = "lock";
    public static final String UNLOCK = "unlock";
    public static final String PUBLISH = "publish";

    /**
     * The stage after one more journal row of the round: a {@code lock}, {@code unlock} or {@code publish} row moves
     * it; any other kind (a fact, a sheet's submit or reopen, an acknowledgement) leaves it as it is.
     *
     * @param kind  the row's journal kind
     * @param rowId the row's id
     */
    public RoundStage after(String kind, long rowId) {
        if (kind == null) {
            return this;
        }
        return switch (kind) {
            case LOCK -> new RoundStage(true, false, true, rowId, everPublished);
            case UNLOCK -> new RoundStage(false, false, everLocked, lastLockId, everPublished);
            case PUBLISH -> new RoundStage(true, true, true, lastLockId, true);
            default -> this;
        };
    }

    /** Whether a row of this journal kind is a round's lock event. */
    public static boolean lockEvent(String kind) {
        return LOCK.equals(kind) || UNLOCK.equals(kind) || PUBLISH.equals(kind);
    }
}
