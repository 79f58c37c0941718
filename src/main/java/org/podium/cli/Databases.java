package org.podium.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.podium.domain.Contest;
import org.podium.domain.FactTable;
import org.podium.service.DatabaseReads;
import org.podium.service.VenueLink;
import org.podium.store.ContestStore;
import org.podium.store.OpenMode;
import org.podium.store.SqliteContestStore;
import org.podium.store.StoreException;
import org.podium.store.StoreText;
import org.podium.store.Verification;

/** Opening a contest's venue database for a command: {@code --db FILE}, by default {@code CONTEST_DIR/contest.db}. */
final class Databases {
    static final String DEFAULT_FILE = "contest.db";

    private Databases() {
    }

    static Path path(Path dir, Path db) {
        return db != null ? db : dir.resolve(DEFAULT_FILE);
    }

    /** {@code dir/contest.db} when that file exists (every export reads it without --db), else null. */
    static Path presentDefault(Path dir) {
        Path file = dir.resolve(DEFAULT_FILE);
        return Files.isDirectory(dir) && Files.isRegularFile(file) ? file : null;
    }

    /**
     * Opens the database to record; {@code create} allows a new one (import), otherwise a missing file is an input
     * error (a mistyped --db must never leave an empty database behind).
     */
    static SqliteContestStore open(Path file, Contest contest, Clock clock, boolean create) throws InputError {
        return open(file, contest, clock, create, OpenMode.READ_WRITE);
    }

    /**
     * Opens an existing database to read only (verify, audit, rank and teams --db, the exports): never written, never
     * migrated, readable on a read-only medium (docs/store.md, "Reading only").
     */
    static SqliteContestStore openReadOnly(Path file, Contest contest, Clock clock) throws InputError {
        return open(file, contest, clock, false, OpenMode.READ_ONLY);
    }

    private static SqliteContestStore open(Path file, Contest contest, Clock clock, boolean create, OpenMode mode)
            throws InputError {
        if (!create) {
            try {
                DatabaseReads.requireExisting(file);
            } catch (DatabaseReads.Unreadable e) {
                throw new InputError(e.getMessage());
            }
        }
        try {
            return new SqliteContestStore(file, contest, clock, mode);
        } catch (StoreException e) {
            throw new InputError(e.getMessage());
        }
    }

    /**
     * The current facts of the database {@code file}, or of the venue server {@code server} when it is given instead
     * (nothing is written there), in recording order, appended to {@code into}, and the rounds published all the while they were read, with
     * their seals (exports print them); read only, through the service ({@link DatabaseReads}). When its audit trail
     * does not verify, one line on standard error says so (the results are still given, for the chief judge to look
     * into; the exit code is kept).
     */
    static DatabaseReads.Read read(Path file, VenueLink server, Contest contest, Clock clock, FactTable into, Output out)
            throws InputError {
        try {
            DatabaseReads.Read read = server != null ? DatabaseReads.read(server, contest, clock, into)
                    : DatabaseReads.read(file, contest, clock, into);
            Object where = server != null ? server : file;
            read.chainProblem().ifPresent(problem -> out.error(StoreText.get("cli.chain.warning", where, problem)));
            return read;
        } catch (DatabaseReads.Unreadable e) {
            throw new InputError(e.getMessage());
        }
    }

    /** The venue server's journal opened to read only ({@code verify}, {@code audit}, {@code export facts --server}). */
    static ContestStore openReadOnly(VenueLink server, Contest contest, Clock clock) throws InputError {
        try {
            return server.read(contest, clock);
        } catch (StoreException e) {
            throw new InputError(e.getMessage());
        }
    }

    /** One line on standard error when the database's audit trail does not verify. */
    static void warnUnlessVerified(Object file, ContestStore store, Output out) {
        Verification v = store.verify();
        if (!v.ok()) {
            out.error(StoreText.get("cli.chain.warning", file, v.problem()));
        }
    }

}
