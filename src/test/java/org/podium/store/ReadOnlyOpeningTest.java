package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read-only commands (verify, audit, rank --db, export) open the database read-only: no journal mode is set, nothing is
 * migrated, nothing is written, and no -wal or -shm file is made, so they work on an archived contest on a CD or a locked
 * share. The tests run as root, for whom a read-only file or folder can still be written: so they check what a
 * read-only medium needs, that the file's bytes and time are unchanged and no -wal, -shm or -journal file appears.
 */
class ReadOnlyOpeningTest {
    @TempDir
    Path dir;

    /** A database of monitor-stand with the sample imported, copied alone into {@code archive/}, closed. */
    private Path archived() throws Exception {
        Path made = dir.resolve("made/contest.db");
        Files.createDirectories(made.getParent());
        assertThat(Cli.run("import", "contests/monitor-stand", "--db", made.toString(), "--scores",
                "contests/monitor-stand/scores/sample.csv").code()).isZero();
        Path archive = Files.createDirectories(dir.resolve("archive"));
        Path db = archive.resolve("contest.db");
        Files.copy(made, db);
        return db;
    }

    private record State(byte[] bytes, FileTime modified, List<String> files) {
    }

    private static State state(Path db) throws Exception {
        try (Stream<Path> files = Files.list(db.getParent())) {
            // the empty lock file may be made where the folder can be written; nothing else may appear
            return new State(Files.readAllBytes(db), Files.getLastModifiedTime(db),
                    files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("contest.db.lock")).sorted().toList());
        }
    }

    private static void assertUnchanged(Path db, State before) throws Exception {
        State after = state(db);
        assertThat(after.bytes()).isEqualTo(before.bytes());
        assertThat(after.modified()).isEqualTo(before.modified());
        assertThat(after.files()).isEqualTo(before.files()).containsExactly("contest.db");
        Path lock = DatabaseLock.file(db);
        assertThat(!Files.exists(lock) || Files.size(lock) == 0).isTrue();
    }

    @Test
    void readOnlyCommandsWorkOnAnArchivedCopyAndLeaveItAsItLies() throws Exception {
        Path db = archived();
        Path out = dir.resolve("out");
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(db.getParent(), PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            State before = state(db);
            for (String[] args : List.of(
                    new String[] {"verify", "contests/monitor-stand", "--db", db.toString()},
                    new String[] {"audit", "contests/monitor-stand", "--db", db.toString()},
                    new String[] {"rank", "contests/monitor-stand", "--db", db.toString()},
                    new String[] {"export", "facts", "contests/monitor-stand", "--db", db.toString(), "--out", out.toString()},
                    new String[] {"export", "results", "contests/monitor-stand", "--db", db.toString(), "--out", out.toString()})) {
                Cli r = Cli.run(args);
                assertThat(r.err()).as(String.join(" ", args)).isEmpty();
                assertThat(r.code()).as(String.join(" ", args)).isZero();
                assertThat(r.out()).isNotEmpty();
                assertUnchanged(db, before);
            }
        } finally {
            Files.setPosixFilePermissions(db.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aStoreOpenedReadOnlyRefusesEveryWriteAndMakesNoFile() throws Exception {
        Path db = archived();
        State before = state(db);
        try (SqliteContestStore store = new SqliteContestStore(db, StoreFixture.contest(), StoreFixture.CLOCK, OpenMode.READ_ONLY)) {
            assertThat(store.currentFacts()).isNotEmpty();
            assertThatThrownBy(() -> store.record("C", "head", StoreFixture.time("101", "T1", 60_000), "typed"))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.fault()).contains(StoreFault.READ_ONLY));
            assertThatThrownBy(() -> store.lockRound("C", "head", "stand", "final", null)).isInstanceOf(StoreException.class);
            // a connection in WAL mode keeps a -wal and a -shm file while it is open; this one made none
            assertThat(Connections.sibling(db, "-wal")).doesNotExist();
            assertThat(Connections.sibling(db, "-shm")).doesNotExist();
        }
        assertUnchanged(db, before);
    }

    @Test
    void anOlderSchemaIsReadAsItIsAndNeverMigratedByAReadOnlyCommand() throws Exception {
        try (SqliteContestStore source = StoreFixture.store(dir)) {
            source.record("T1", "lane-1", StoreFixture.time("101", "T1", 31_200), null);
            source.record("T1", "lane-1", StoreFixture.time("101", "T1", 31_300), null);
        }
        Path v1 = Files.createDirectories(dir.resolve("old")).resolve("contest.db");
        StoreFixture.copyAsSchema(dir.resolve("contest.db"), v1, 1);
        State before = state(v1);
        Cli verify = Cli.run("verify", "contests/monitor-stand", "--db", v1.toString());
        assertThat(verify.err()).isEmpty();
        assertThat(verify.out()).startsWith("ok: 2 rows, seal 2:");
        Cli audit = Cli.run("audit", "contests/monitor-stand", "--db", v1.toString());
        assertThat(audit.out().lines()).hasSize(2);
        assertUnchanged(v1, before);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + v1); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void aNewerSchemaOrAnotherDatabaseIsRefusedInOneLine() throws Exception {
        Path db = archived();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO schema_version (version, applied_at) VALUES (99, 'later')");
        }
        State before = state(db);
        Cli newer = Cli.run("verify", "contests/monitor-stand", "--db", db.toString());
        assertThat(newer.code()).isEqualTo(1);
        assertThat(newer.err()).isEqualTo(db + " was written by a newer Podium (schema 99, this Podium knows "
                + Migrations.latest() + "): use the newer Podium\n");
        assertUnchanged(db, before);

        Path other = Files.createDirectories(dir.resolve("other")).resolve("contest.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE notes (text TEXT)");
        }
        Cli notOurs = Cli.run("audit", "contests/monitor-stand", "--db", other.toString());
        assertThat(notOurs.code()).isEqualTo(1);
        assertThat(notOurs.err()).isEqualTo(other + " is not a Podium contest database (it has no journal); nothing was read\n");
    }

    @Test
    void aReadOnlyStoreReadsWhatAStationHasJustRecorded() throws Exception {
        try (SqliteContestStore station = StoreFixture.store(dir)) {
            station.record("T1", "lane-1", StoreFixture.time("101", "T1", 31_200), null);
            Path db = dir.resolve("contest.db");
            try (DatabaseLock reading = DatabaseLock.forReading(db)) {
                assertThat(reading.snapshot()).isFalse(); // a writer is open: read through its write-ahead log
            }
            try (SqliteContestStore reader = new SqliteContestStore(db, StoreFixture.contest(), StoreFixture.CLOCK, OpenMode.READ_ONLY)) {
                assertThat(reader.currentFacts()).hasSize(1);
                station.record("T1", "lane-1", StoreFixture.time("102", "T1", 31_300), null);
                assertThat(reader.currentFacts()).hasSize(2);
            }
        }
    }

    @Test
    void aStationOpeningWhileACommandReadsTheFileAsItLiesWaitsForIt() throws Exception {
        Path db = archived();
        DatabaseLock reading = DatabaseLock.forReading(db);
        assertThat(reading.snapshot()).isTrue();
        StoreFixture.assertAStationOpensOnlyAfter(db, reading);
    }
}
