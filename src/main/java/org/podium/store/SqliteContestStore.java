package org.podium.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.podium.domain.Contest;

/**
 * The venue database in one SQLite file (docs/store.md): WAL, {@code synchronous=FULL}, foreign keys on, schema
 * migrations applied on open. Each write is one {@code BEGIN IMMEDIATE} transaction, committed (and so on disk)
 * before the call returns. One connection, used by one thread at a time.
 */
public final class SqliteContestStore extends JournalStore {

    private final Path file;
    /** Says who has the database open (the lock file beside it), held until {@link #close()}. */
    private final DatabaseLock lock;

    /** Opens (or creates) the database to record, applying migrations; refuses one written by a newer Podium. */
    public SqliteContestStore(Path file, Contest contest, Clock clock) {
        this(file, contest, clock, OpenMode.READ_WRITE);
    }

    /**
     * Opens the database to record ({@link OpenMode#READ_WRITE}: created when missing, migrated) or to read only
     * ({@link OpenMode#READ_ONLY}: never written, never migrated). Either waits while a restore runs.
     */
    public SqliteContestStore(Path file, Contest contest, Clock clock, OpenMode mode) {
        this(file, contest, clock, mode, mode == OpenMode.READ_WRITE ? DatabaseLock.forWriting(file) : DatabaseLock.forReading(file));
    }

    /** A backup being checked before a restore: read only, as it lies, without a lock file beside it. */
    static SqliteContestStore backupCopy(Path file, Contest contest, Clock clock) {
        return new SqliteContestStore(file, contest, clock, OpenMode.READ_ONLY, DatabaseLock.none());
    }

    private SqliteContestStore(Path file, Contest contest, Clock clock, OpenMode mode, DatabaseLock lock) {
        super(file.toString(), contest, clock, mode);
        this.file = file;
        this.lock = lock;
        try {
            this.conn = mode == OpenMode.READ_WRITE ? Connections.readWrite(file) : Connections.readOnly(file, lock.snapshot());
        } catch (SQLException e) {
            lock.close();
            throw opening(e);
        }
        try {
            if (mode == OpenMode.READ_WRITE) {
                Migrations.apply(conn, clock, file.toString());
                lastBackup = Backups.newest(file).orElse(null);
            } else {
                Migrations.requireReadable(conn, file.toString());
            }
        } catch (SQLException | RuntimeException e) {
            closeQuietly();
            throw e instanceof StoreException s ? s : e instanceof SQLException q ? opening(q)
                    : StoreException.bundled(null, e, "store.cannotOpen", file, e.getMessage());
        }
    }

    private StoreException opening(SQLException e) {
        return StoreException.fault(file, e)
                .orElseGet(() -> StoreException.bundled(null, e, "store.cannotOpen", file, e.getMessage()));
    }

    /** A database written by the server's snapshot: to record, created here, with no lock file beside it. */
    static SqliteContestStore snapshotCopy(Path file, Contest contest, Clock clock) {
        return new SqliteContestStore(file, contest, clock, OpenMode.READ_WRITE, DatabaseLock.none());
    }

    @Override
    void begin() throws SQLException {
        statement("BEGIN IMMEDIATE").executeUpdate();
    }

    @Override
    void commit() throws SQLException {
        statement("COMMIT").executeUpdate();
    }

    @Override
    void rollback() throws SQLException {
        statement("ROLLBACK").executeUpdate();
    }

    @Override
    List<String> guardProblems() throws SQLException {
        return SqliteGuards.problems(conn);
    }

    @Override
    boolean officialsInJournal() throws SQLException {
        return Migrations.current(conn) >= Migrations.OFFICIALS_IN_JOURNAL;
    }

    @Override
    String officialOrder() {
        return "rowid";
    }

    @Override
    public synchronized Path backup(String label) {
        closeStatements(); // VACUUM refuses to run while a prepared statement is still active
        Backups.Written written = Backups.snapshot(conn, file, clock, label, mirror);
        lastBackup = clock.instant();
        backupProblem = written.mirrorProblem();
        return written.file();
    }

    @Override
    void closed() {
        lock.close();
    }
}
