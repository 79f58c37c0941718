package org.podium.store;

/** A recording the rules do not allow; the message says who, what and why, and what would be allowed. */
public final class RecordingRefused extends Exception {
    private static final long serialVersionUID = 1L;

    public RecordingRefused(String message) {
        super(message);
    }
}
