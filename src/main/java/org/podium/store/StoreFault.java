package org.podium.store;

import java.sql.SQLException;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What went wrong underneath the database, in the words a person at the venue can act on (docs/store.md, "Faults"):
 * each has the bundle key {@code store.fault.NAME}, a pattern whose {@code {0}} is the database file and {@code {1}}
 * what SQLite said. SQLite rolls a transaction back by itself on these, so each also says that nothing was saved.
 */
public enum StoreFault {
    /** SQLITE_FULL: the disk (or a page limit) is full. */
    FULL,
    /** SQLITE_IOERR: the disk reported an error (a USB stick pulled out, a failing disk). */
    IO,
    /** SQLITE_READONLY, SQLITE_CANTOPEN on a read-only medium, or a store opened read-only asked to write. */
    READ_ONLY,
    /** SQLITE_CORRUPT, SQLITE_NOTADB: the file is damaged or not a database. */
    CORRUPT,
    /** SQLITE_BUSY, SQLITE_LOCKED: another program holds the database. */
    BUSY;

    /** The bundle key of the message. */
    public String key() {
        return "store.fault." + name();
    }

    /** The fault of an SQLite error, or empty for an error of another kind (a constraint, a bad statement). */
    public static Optional<StoreFault> of(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException s && s.getResultCode() != null) {
                Optional<StoreFault> f = of(s.getResultCode().code & 0xff);
                if (f.isPresent()) {
                    return f;
                }
            }
        }
        return e.getErrorCode() == 0 ? Optional.empty() : of(e.getErrorCode() & 0xff);
    }

    private static Optional<StoreFault> of(int primary) {
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return Optional.of(FULL);
        }
        if (primary == SQLiteErrorCode.SQLITE_IOERR.code) {
            return Optional.of(IO);
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code) {
            return Optional.of(READ_ONLY);
        }
        if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return Optional.of(CORRUPT);
        }
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return Optional.of(BUSY);
        }
        return Optional.empty();
    }
}
