package org.podium.store;

/** How a store opens its database (docs/store.md, "Opening"). */
public enum OpenMode {
    /** To record: WAL, synchronous=FULL, migrated to the latest schema, holding the lock file for writing. */
    READ_WRITE,
    /**
     * To read only ({@code verify}, {@code audit}, {@code rank --db}, the exports): nothing is written, the journal mode
     * is left as it is, an older schema is read as it is and never migrated; works on a read-only file in a read-only
     * folder. Every write is refused.
     */
    READ_ONLY
}
