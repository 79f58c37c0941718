package org.podium.service;

/**
 * Where a round stands in the chief's hands, from the journal's lock events.
 *
 * @param locked     a lock (or a publish) is its latest lock event: nothing is recorded on it
 * @param published  published since its latest lock (a published round stays locked)
 * @param everLocked locked at least once: every later fact on it needs a reason
 * @param lastLockId the journal row of its latest lock, or null
 */
public record RoundStage(boolean locked, boolean published, boolean everLocked, Long lastLockId) {
    public static final RoundStage OPEN = new RoundStage(false, false, false, null);
}
