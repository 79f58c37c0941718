package org.podium.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.podium.domain.Contest;
import org.podium.domain.Contestant;
import org.podium.domain.Event;
import org.sqlite.SQLiteConnection;

/**
 * Restoring a contest database from a backup (contest-files.md, "Trust"; docs/store.md, "Restore"). The backup is
 * checked first: an SQLite database, a Podium database of this contest, {@code integrity_check} ok, its chain
 * verified. Then, holding the database exclusively (refused while it is open anywhere): a readable current database is
 * snapshotted ({@code ...-before-restore.db}) and overwritten through SQLite's online backup API in one transaction;
 * an unreadable one is moved aside ({@code contest-unreadable-TIME.db}, never deleted) and the backup copied in its
 * place under a temporary name, then renamed. Any refusal changes nothing.
 */
public final class Restore {
    /** The first 16 bytes of every SQLite database file. */
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /**
     * What a restore did.
     *
     * @param kept   the current database as it was: its snapshot in backups/, or where it was moved aside; null when
     *               there was none
     * @param movedAside whether the current database could not be read and was moved aside (renamed, not snapshotted)
     */
    public record Done(Path kept, boolean movedAside) {
    }

    private Restore() {
    }

    /**
     * Checks {@code backup} and, when it is one of this contest, restores {@code db} from it.
     *
     * @throws StoreException one line saying why nothing was restored
     */
    public static Done run(Path db, Path backup, Contest contest, Clock clock) {
        check(backup, contest, clock);
        try (DatabaseLock exclusive = DatabaseLock.forRestore(db)) {
            if (!Files.exists(db)) {
                Path aside = moveAside(db, clock); // a write-ahead log left without its database must not meet the backup
                copyInto(db, backup);
                return new Done(null, aside != null);
            }
            Connection conn;
            try {
                conn = hold(db);
            } catch (Unreadable e) {
                Path aside = moveAside(db, clock);
                copyInto(db, backup);
                return new Done(aside, true);
            }
            try (Connection held = conn) {
                Path snapshot;
                try {
                    snapshot = Backups.snapshot(held, db, clock, "before-restore", null).file();
                } catch (StoreException e) {
                    if (e.fault().orElse(null) != StoreFault.CORRUPT) {
                        throw StoreException.bundled(e.fault().orElse(null), e, "store.restore.cannotKeep", db, e.getMessage());
                    }
                    held.close();
                    Path aside = moveAside(db, clock);
                    copyInto(db, backup);
                    return new Done(aside, true);
                }
                int rc = ((SQLiteConnection) held).getDatabase().restore("main", backup.toString(), null, 100, 3, -1);
                if (rc != 0) {
                    throw new SQLException("SQLite backup API returned " + rc);
                }
                return new Done(snapshot, false);
            }
        } catch (SQLException e) {
            throw StoreException.bundled(StoreFault.of(e).orElse(null), e, "store.restore.failed", db, e.getMessage());
        } catch (IOException e) {
            throw StoreException.bundled(null, e, "store.restore.failed", db, String.valueOf(e.getMessage()));
        }
    }

    /** The current database cannot be read as a database. */
    private static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /**
     * A connection holding the database exclusively ({@code locking_mode=EXCLUSIVE}) until it is closed: no other
     * connection, in this process or another program, can read or write it meanwhile.
     *
     * @throws StoreException when another connection has it open (SQLITE_BUSY: nothing waits)
     * @throws Unreadable     when the file is not a readable database
     */
    private static Connection hold(Path db) throws SQLException, Unreadable {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setBusyTimeout(0);
        Connection conn = config.createConnection("jdbc:sqlite:" + db);
        try (Statement st = conn.createStatement()) {
            st.execute("PRAGMA locking_mode = EXCLUSIVE");
            try {
                st.executeUpdate("BEGIN EXCLUSIVE");
                st.executeUpdate("COMMIT");
                try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                    if (!rs.next() || !"ok".equals(rs.getString(1))) {
                        conn.close();
                        throw new Unreadable();
                    }
                }
            } catch (SQLException e) {
                conn.close();
                StoreFault fault = StoreFault.of(e).orElse(null);
                if (fault == StoreFault.CORRUPT) {
                    throw new Unreadable();
                }
                if (fault == StoreFault.BUSY) {
                    throw StoreException.bundled(fault, e, "store.restore.open", db);
                }
                throw e;
            }
            return conn;
        }
    }

    /**
     * Renames an unreadable database (and its -wal, -shm, -journal) to {@code contest-unreadable-TIME.db} beside it;
     * null when there was nothing to move.
     */
    private static Path moveAside(Path db, Clock clock) throws IOException {
        String base = "contest-unreadable-" + STAMP.format(clock.instant());
        Path aside = db.resolveSibling(base + ".db");
        for (int n = 2; Files.exists(aside); n++) {
            aside = db.resolveSibling(base + "-" + n + ".db");
        }
        boolean moved = false;
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            Path log = Connections.sibling(db, suffix);
            if (Files.exists(log)) {
                Files.move(log, Connections.sibling(aside, suffix));
                moved = true;
            }
        }
        if (Files.exists(db)) {
            Files.move(db, aside);
            moved = true;
        }
        return moved ? aside : null;
    }

    /** Copies the backup to where no database is: a temporary name, flushed, then renamed. */
    private static void copyInto(Path db, Path backup) throws IOException {
        Path part = db.resolveSibling("." + db.getFileName() + ".restoring");
        try {
            Files.copy(backup, part, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Backups.flush(part);
            Backups.move(part, db);
        } finally {
            Backups.deleteQuietly(part);
        }
    }

    /**
     * Checks that {@code backup} is a backup of this contest: an SQLite database (not a text file, not empty), a
     * Podium database Podium can read, {@code integrity_check} ok, holding facts whose events, rounds and bibs are all
     * in contest.yaml, its chain verified.
     *
     * @throws StoreException one line naming what is wrong
     */
    public static void check(Path backup, Contest contest, Clock clock) {
        if (!Files.isRegularFile(backup)) {
            throw StoreException.bundled(null, null, "store.restore.missing", backup);
        }
        try {
            if (Files.size(backup) == 0) {
                throw StoreException.bundled(null, null, "store.restore.empty", backup);
            }
            byte[] head = new byte[MAGIC.length];
            int read;
            try (InputStream in = Files.newInputStream(backup)) {
                read = in.readNBytes(head, 0, head.length);
            }
            if (read < MAGIC.length || !Arrays.equals(head, MAGIC)) {
                throw StoreException.bundled(null, null, "store.restore.notSqlite", backup);
            }
        } catch (IOException e) {
            throw StoreException.bundled(null, e, "store.restore.unreadable", backup, String.valueOf(e.getMessage()));
        }
        try (Connection conn = Connections.readOnly(backup, true); Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            String result = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(result)) {
                throw StoreException.bundled(StoreFault.CORRUPT, null, "store.restore.integrity", backup, firstProblem(result));
            }
        } catch (SQLException e) {
            throw StoreException.bundled(StoreFault.of(e).orElse(null), e, "store.restore.unreadable", backup, e.getMessage());
        }
        try (SqliteContestStore store = SqliteContestStore.backupCopy(backup, contest, clock)) {
            sameContest(backup, store, contest);
            Verification v = store.verify();
            if (!v.ok()) {
                throw StoreException.bundled(null, null, "store.restore.chain", backup, v.problem());
            }
        } catch (StoreException e) {
            throw e.key().isPresent() ? e
                    : StoreException.bundled(e.fault().orElse(null), e, "store.restore.unreadable", backup, e.getMessage());
        }
    }

    /** The first of SQLite's integrity problems (it lists them on several lines), and how many more there are. */
    private static String firstProblem(String result) {
        List<String> lines = result.lines().filter(l -> !l.isBlank() && !l.startsWith("***")).toList();
        return lines.isEmpty() ? result.strip() : lines.get(0) + (lines.size() > 1 ? " (and " + (lines.size() - 1) + " more)" : "");
    }

    /**
     * "Of this contest": a database holds no copy of contest.yaml, so its journal says whose it is. Every event, round
     * and bib its rows name must be one of this contest.yaml, and it must hold at least one row that names an event
     * (the officials' rows of schema 5 name none, and say nothing of whose contest it is).
     */
    private static void sameContest(Path backup, SqliteContestStore store, Contest contest) {
        List<JournalRow> rows = store.journal().stream().filter(r -> !OfficialEntry.KIND.equals(r.kind())).toList();
        if (rows.isEmpty()) {
            throw StoreException.bundled(null, null, "store.restore.noRows", backup);
        }
        Set<String> foreign = new TreeSet<>();
        for (JournalRow row : rows) {
            Event e = contest.event(row.event());
            if (e == null) {
                foreign.add("event " + row.event());
                continue;
            }
            if (row.round() != null && e.round(row.round()) == null) {
                foreign.add("round " + row.event() + "/" + row.round());
            }
            if (row.bib() != null && contest.entrants(e.id()).stream().map(Contestant::bib).noneMatch(row.bib()::equals)) {
                foreign.add("bib " + row.bib() + " in " + row.event());
            }
        }
        if (!foreign.isEmpty()) {
            String named = String.join(", ", foreign.stream().limit(3).toList()) + (foreign.size() > 3 ? ", ..." : "");
            throw StoreException.bundled(null, null, "store.restore.otherContest", backup, named);
        }
    }
}
