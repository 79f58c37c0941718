package org.podium.store;

/** The database cannot be opened, read or written (a newer schema, a broken file, a full disk). */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
