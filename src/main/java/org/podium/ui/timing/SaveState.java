package org.podium.ui.timing;

/** Where a lane's entry stands: nothing yet, on its way to the database, durable there, or not written. */
public enum SaveState {
    EMPTY, SAVING, SAVED, NOT_SAVED
}
