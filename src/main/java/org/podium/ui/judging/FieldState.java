package org.podium.ui.judging;

/**
 * Where one mark or penalty count of a sheet stands: nothing yet, on its way to the database, durable there, or not
 * saved (refused, with the reason beside it, or the database could not be written; the typed value is kept).
 */
public enum FieldState {
    EMPTY, SAVING, SAVED, NOT_SAVED
}
