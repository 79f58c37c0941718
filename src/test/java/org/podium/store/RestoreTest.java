package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;

/**
 * Restore (contest-files.md, "Trust"): the backup is checked first, the database must be open nowhere, and nothing is
 * changed by a refusal. "Nothing changed" is checked on the bytes of every file in the folder.
 */
class RestoreTest {
    @TempDir
    Path dir;

    /** A database with facts of monitor-stand, and a backup of it taken after the first two facts. */
    private Path backupAfterTwoFacts(Path db) throws Exception {
        Path backup;
        try (SqliteContestStore store = StoreFixture.store(db.getParent())) {
            store.record("T1", "lane-1", StoreFixture.time("101", "T1", 68_120), null);
            store.record("T1", "lane-1", StoreFixture.time("102", "T1", 70_000), null);
            backup = store.backup("manual");
            store.record("T1", "lane-1", StoreFixture.time("103", "T1", 71_000), null);
        }
        return backup;
    }

    /** Every file under the folder with its bytes, to compare before and after. */
    private List<String> snapshotOf(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted()
                    .map(p -> folder.relativize(p) + ":" + java.util.Arrays.hashCode(read(p))).toList();
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int rows(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM fact")) {
            return rs.getInt(1);
        }
    }

    private void assertRefusedAndNothingChanged(Path db, Path backup, String... fragments) throws Exception {
        List<String> before = snapshotOf(dir);
        assertThatThrownBy(() -> Restore.run(db, backup, StoreFixture.contest(), StoreFixture.CLOCK))
                .isInstanceOf(StoreException.class)
                .hasMessageContainingAll(fragments)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").contains("nothing was restored"));
        assertThat(snapshotOf(dir)).isEqualTo(before);
    }

    @Test
    void aTextFileLikeEtcPasswdIsNotABackup() throws Exception {
        Path db = dir.resolve("contest.db");
        backupAfterTwoFacts(db);
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n");
        assertRefusedAndNothingChanged(db, passwd, passwd + " is not a backup: it is not an SQLite database");
        assertThat(rows(db)).isEqualTo(StoreFixture.OFFICIAL_ROWS + 3);
    }

    @Test
    void anEmptyFileLeftByAFailedCopyIsNotABackup() throws Exception {
        Path db = dir.resolve("contest.db");
        backupAfterTwoFacts(db);
        Path empty = Files.createFile(dir.resolve("backups/contest-20200720-014000-auto.db"));
        assertRefusedAndNothingChanged(db, empty, "is an empty file (0 bytes), not a backup");
        assertThat(rows(db)).isEqualTo(StoreFixture.OFFICIAL_ROWS + 3);
    }

    @Test
    void aBackupOfAnotherContestIsRefused() throws Exception {
        Path db = dir.resolve("contest.db");
        backupAfterTwoFacts(db);
        Path other = dir.resolve("other/contest.db");
        Files.createDirectories(other.getParent());
        ContestFolder sanitation = ContestFolder.load(Path.of("contests/sanitation"));
        try (SqliteContestStore store = new SqliteContestStore(other, sanitation.contest(), StoreFixture.CLOCK)) {
            store.importFacts(sanitation.readScores(List.of(Path.of("contests/sanitation/scores/sample.csv"))), null);
        }
        assertRefusedAndNothingChanged(db, other, other + " is not a backup of this contest: it names event ");
    }

    @Test
    void aBackupWhoseChainDoesNotVerifyIsRefused() throws Exception {
        Path db = dir.resolve("contest.db");
        Path backup = backupAfterTwoFacts(db);
        Path forged = dir.resolve("forged.db");
        Files.copy(backup, forged);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + forged); Statement st = c.createStatement()) {
            st.executeUpdate("DROP TRIGGER fact_no_update");
            st.executeUpdate("UPDATE fact SET value = '60' WHERE id = 1");
        }
        assertRefusedAndNothingChanged(db, forged, "its audit trail does not verify", "row 1");
    }

    @Test
    void aDamagedBackupIsRefused() throws Exception {
        Path db = dir.resolve("contest.db");
        Path backup = backupAfterTwoFacts(db);
        Path damaged = dir.resolve("damaged.db");
        byte[] bytes = Files.readAllBytes(backup);
        for (int i = 4096; i < bytes.length; i++) {
            bytes[i] = (byte) 0x5a; // every page after the first overwritten
        }
        Files.write(damaged, bytes);
        assertRefusedAndNothingChanged(db, damaged, damaged.toString());
    }

    @Test
    void aBackupOfThisContestIsRestoredAfterASnapshotOfTheCurrentDatabase() throws Exception {
        Path db = dir.resolve("contest.db");
        Path backup = backupAfterTwoFacts(db);
        Restore.Done done = Restore.run(db, backup, StoreFixture.contest(), StoreFixture.CLOCK);
        assertThat(done.movedAside()).isFalse();
        assertThat(done.kept().getFileName().toString()).endsWith("-before-restore.db");
        assertThat(rows(done.kept())).isEqualTo(StoreFixture.OFFICIAL_ROWS + 3);
        assertThat(rows(db)).isEqualTo(StoreFixture.OFFICIAL_ROWS + 2);
        assertThat(Connections.sibling(db, "-wal")).doesNotExist(); // the restore's connection checkpointed and closed
        try (SqliteContestStore store = new SqliteContestStore(db, StoreFixture.contest(), StoreFixture.CLOCK)) {
            assertThat(store.verify().ok()).isTrue();
            assertThat(store.currentFacts()).hasSize(2);
        }
    }

    @Test
    void whileAStationHasTheDatabaseOpenARestoreIsRefusedSoNoSavedFactIsLost() throws Exception {
        Path db = dir.resolve("contest.db");
        Path backup = backupAfterTwoFacts(db);
        try (SqliteContestStore station = new SqliteContestStore(db, StoreFixture.contest(), StoreFixture.CLOCK)) {
            long saved = station.record("T1", "lane-1", StoreFixture.time("104", "T1", 72_000), null);
            assertRefusedAndNothingChanged(db, backup, "is open in the app or in another command");
            long savedAfter = station.record("T1", "lane-1", StoreFixture.time("105", "T1", 73_000), null);
            assertThat(station.journal()).extracting(JournalRow::id).contains(saved, savedAfter);
        }
        assertThat(rows(db)).isEqualTo(StoreFixture.OFFICIAL_ROWS + 5); // every fact the station reported saved is in the database
    }

    @Test
    void whileAnotherConnectionHasTheDatabaseOpenARestoreIsRefused() throws Exception {
        Path db = dir.resolve("contest.db");
        Path backup = backupAfterTwoFacts(db);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = other.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM fact")) {
            assertThat(rs.getInt(1)).isEqualTo(StoreFixture.OFFICIAL_ROWS + 3);
            assertThatThrownBy(() -> Restore.run(db, backup, StoreFixture.contest(), StoreFixture.CLOCK))
                    .isInstanceOf(StoreException.class).hasMessageContaining("is open in the app or in another command");
        }
        assertThat(rows(db)).isEqualTo(StoreFixture.OFFICIAL_ROWS + 3);
        assertThat(Backups.list(db)).extracting(p -> p.getFileName().toString()).noneMatch(n -> n.contains("before-restore"));
    }

    @Test
    void aStationInAnotherProcessBlocksARestoreUntilItEndsEvenByAKill() throws Exception {
        Path db = dir.resolve("contest.db");
        Path backup = backupAfterTwoFacts(db);
        Path errors = dir.resolve("child.err");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1", CrashRecorder.class.getName(),
                db.toString()).redirectError(errors.toFile()).start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(in.readLine()).as("child ready; stderr: %s", Files.readString(errors)).isEqualTo("ready");
            assertThat(in.readLine()).matches("\\d+"); // it records
            assertThatThrownBy(() -> Restore.run(db, backup, StoreFixture.contest(), StoreFixture.CLOCK))
                    .isInstanceOf(StoreException.class).hasMessageContaining("is open in the app or in another command");
        } finally {
            child.destroyForcibly(); // SIGKILL: the operating system drops the child's locks
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        Restore.Done done = Restore.run(db, backup, StoreFixture.contest(), StoreFixture.CLOCK);
        assertThat(rows(done.kept())).isGreaterThan(3); // what the killed station had recorded is kept
        assertThat(rows(db)).isEqualTo(StoreFixture.OFFICIAL_ROWS + 2);
    }

    @Test
    void anUnreadableCurrentDatabaseIsMovedAsideNeverDeleted() throws Exception {
        Path db = dir.resolve("contest.db");
        Path backup = backupAfterTwoFacts(db);
        byte[] garbage = "this was contest.db before the disk failed\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(db, garbage);
        Restore.Done done = Restore.run(db, backup, StoreFixture.contest(), StoreFixture.CLOCK);
        assertThat(done.movedAside()).isTrue();
        assertThat(done.kept()).isEqualTo(dir.resolve("contest-unreadable-20200720-013000.db"));
        assertThat(Files.readAllBytes(done.kept())).isEqualTo(garbage);
        assertThat(rows(db)).isEqualTo(StoreFixture.OFFICIAL_ROWS + 2);
        assertThat(Backups.list(db)).extracting(p -> p.getFileName().toString()).noneMatch(n -> n.contains("before-restore"));
    }

    @Test
    void aStationOpeningDuringARestoreWaitsForIt() throws Exception {
        Path db = dir.resolve("contest.db");
        backupAfterTwoFacts(db);
        StoreFixture.assertAStationOpensOnlyAfter(db, DatabaseLock.forRestore(db));
    }
}
