package org.podium.ui.timing;

/**
 * Where a lane's entry stands: nothing yet, on its way to the database, durable there, not written, or held at the
 * station until the reason for the change is typed (a press on a round unlocked since its lock).
 */
public enum SaveState {
    EMPTY, SAVING, SAVED, NOT_SAVED, HELD
}
