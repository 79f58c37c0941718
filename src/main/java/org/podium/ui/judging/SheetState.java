package org.podium.ui.judging;

/** A judge's sheet for one entry: no mark yet, some marks, a mark for every criterion, or submitted (locked). */
public enum SheetState {
    EMPTY, PARTIAL, COMPLETE, SUBMITTED
}
