package org.podium.store;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.podium.domain.Said;

/**
 * The database cannot be opened, read or written (a newer schema, a broken file, a full disk), or a restore is
 * refused. A fault of the disk or of SQLite carries its {@link StoreFault}; a message from the bundles carries its
 * key and arguments, so that a screen can show it in its own language ({@link #getMessage()} is the default
 * locale's).
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final StoreFault fault;
    private final String key;
    private final List<String> args;
    private final String disagreeing;

    public StoreException(String message) {
        this(message, null);
    }

    public StoreException(String message, Throwable cause) {
        this(message, cause, null);
    }

    private StoreException(String message, Throwable cause, String disagreeing) {
        super(message, cause);
        this.fault = null;
        this.key = null;
        this.args = List.of();
        this.disagreeing = disagreeing;
    }

    private StoreException(StoreFault fault, Throwable cause, String key, List<String> args) {
        super(StoreText.get(key, args.toArray()), cause);
        this.fault = fault;
        this.key = key;
        this.args = args;
        this.disagreeing = null;
    }

    /** The official {@code id}'s table row disagrees with the journal: nobody acts as them until it is resolved. */
    static StoreException disagreeing(String id, String message) {
        return new StoreException(message, null, id);
    }

    /** The official whose table row disagrees with the journal, when that is the problem (docs/store.md). */
    public Optional<String> disagreeingOfficial() {
        return Optional.ofNullable(disagreeing);
    }

    /** A message from the bundles ({@code store.*}), with its fault when it is one. */
    static StoreException bundled(StoreFault fault, Throwable cause, String key, Object... args) {
        return new StoreException(fault, cause, key, Arrays.stream(args)
                .map(a -> a instanceof Said part ? part.here() : String.valueOf(a)).toList());
    }

    /** A one-line message from the bundles, for the venue server's faults (a port in use, a wrong password...). */
    public static StoreException bundledLine(String key, Object... args) {
        return bundled(null, null, key, args);
    }

    /** SQLite's error as the fault it is, said in one bundled line naming {@code file}; empty for another error. */
    static Optional<StoreException> fault(Object file, java.sql.SQLException e) {
        return StoreFault.of(e).map(f -> bundled(f, e, f.key(), file, e.getMessage()));
    }

    /** The fault underneath: a full disk, a read-only file... or empty for any other problem. */
    public Optional<StoreFault> fault() {
        return Optional.ofNullable(fault);
    }

    /** The bundle key of the message, or empty for a message in English only. */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    /** The arguments of the bundled message (file names, SQLite's words). */
    public List<String> args() {
        return args;
    }
}
