package org.podium.store;

import org.podium.domain.Role;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Backups: a failed one leaves no file and does not count; the newest 20 automatic ones are kept; a second folder. */
class BackupsTest {
    @TempDir
    Path dir;

    @AfterEach
    void noMoreFailures() {
        Backups.copier = Backups.COPY;
    }

    private static List<String> names(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static SqliteContestStore store(Path db, PeriodicBackupTest.Hand clock) {
        SqliteContestStore store = new SqliteContestStore(db, StoreFixture.contest(), clock);
        store.addOfficial("T1", "Timekeeper One", Role.TIMEKEEPER, StoreFixture.PIN);
        store.addOfficial("C", "Chief", Role.CHIEF, StoreFixture.PIN);
        return store;
    }

    @Test
    void aBackupThatFailsHalfWayLeavesNoFileAndDoesNotCount() throws Exception {
        PeriodicBackupTest.Hand clock = new PeriodicBackupTest.Hand();
        Path db = dir.resolve("contest.db");
        // The disk fills up while the copy is written: some bytes are on the disk, then SQLite says SQLITE_FULL.
        Backups.copier = (conn, target) -> {
            Files.write(target, new byte[1000]);
            throw new SQLiteException("[SQLITE_FULL] database or disk is full", SQLiteErrorCode.SQLITE_FULL);
        };
        try (SqliteContestStore store = store(db, clock)) {
            store.record("T1", "lane-1", StoreFixture.time("101", "T1", 68_120), null);
            assertThat(store.currentFacts()).hasSize(1); // the fact is saved all the same
            assertThat(names(Backups.folder(db))).isEmpty(); // no 0-byte or half-written backup
            assertThat(store.backupProblem()).hasValueSatisfying(p -> assertThat(p)
                    .startsWith("no backup was written into " + Backups.folder(db)).contains("the disk is full"));
            Backups.copier = Backups.COPY;
            clock.now = clock.now.plus(Duration.ofMinutes(1));
            store.record("T1", "lane-1", StoreFixture.time("102", "T1", 70_000), null);
            // The failed backup did not reset the 10 minutes: the next fact is backed up at once.
            assertThat(names(Backups.folder(db))).containsExactly("contest-20200720-013100-auto.db");
            assertThat(store.backupProblem()).isEmpty();
        }
        assertThat(Backups.newest(db)).contains(clock.now);
    }

    @Test
    void aLockWhoseBackupFailsIsLockedAndSaysSo() throws Exception {
        PeriodicBackupTest.Hand clock = new PeriodicBackupTest.Hand();
        Path db = dir.resolve("contest.db");
        try (SqliteContestStore store = store(db, clock)) {
            store.record("T1", "lane-1", StoreFixture.time("101", "T1", 68_120), null);
            Backups.copier = (conn, target) -> {
                throw new SQLiteException("[SQLITE_IOERR] disk I/O error", SQLiteErrorCode.SQLITE_IOERR);
            };
            long lock = store.lockRound("C", "head", "stand", "final", null);
            assertThat(store.journal()).extracting(JournalRow::id).contains(lock);
            assertThat(store.backupProblem()).hasValueSatisfying(p -> assertThat(p).contains("the disk reported an error"));
            assertThat(names(Backups.folder(db))).containsExactly("contest-20200720-013000-auto.db");
        }
    }

    @Test
    void theNewestTwentyAutomaticBackupsAndEveryLockAndPublishBackupAreKept() throws Exception {
        PeriodicBackupTest.Hand clock = new PeriodicBackupTest.Hand();
        Path db = dir.resolve("contest.db");
        try (SqliteContestStore store = store(db, clock)) {
            for (int i = 0; i < 30; i++) {
                store.record("T1", "lane-1", StoreFixture.time(Integer.toString(101 + i % 20), "T1", 60_000 + i),
                        "typed from the timekeeper's sheet");
                if (i == 3) {
                    store.lockRound("C", "head", "stand", "final", null);
                    store.publishRound("C", "head", "stand", "final");
                    store.unlockRound("C", "head", "stand", "final", "a time typed wrong");
                }
                clock.now = clock.now.plus(SqliteContestStore.BACKUP_EVERY);
            }
            store.backup("by-hand");
            List<String> kept = names(Backups.folder(db));
            assertThat(kept.stream().filter(n -> n.endsWith("-auto.db"))).hasSize(Backups.KEEP_AUTOMATIC)
                    .last().isEqualTo("contest-20200720-062000-auto.db");
            assertThat(kept).contains("contest-20200720-020000-lock-stand-final.db", "contest-20200720-020000-publish-stand-final.db",
                    "contest-20200720-063000-by-hand.db");
            assertThat(kept).doesNotContain("contest-20200720-013000-auto.db"); // the oldest automatic ones went
            assertThat(kept).hasSize(Backups.KEEP_AUTOMATIC + 3);
        }
    }

    @Test
    void everyBackupIsAlsoCopiedToTheSecondFolderUnderTheContestFoldersName() throws Exception {
        PeriodicBackupTest.Hand clock = new PeriodicBackupTest.Hand();
        Path contest = Files.createDirectories(dir.resolve("monitor-stand"));
        Path db = contest.resolve("contest.db");
        Path usb = dir.resolve("usb");
        try (SqliteContestStore store = store(db, clock)) {
            store.alsoBackUpTo(usb);
            store.record("T1", "lane-1", StoreFixture.time("101", "T1", 68_120), null);
            store.lockRound("C", "head", "stand", "final", null);
            assertThat(names(usb.resolve("monitor-stand"))).containsExactly("contest-20200720-013000-auto.db",
                    "contest-20200720-013000-lock-stand-final.db");
            assertThat(Files.readAllBytes(usb.resolve("monitor-stand/contest-20200720-013000-lock-stand-final.db")))
                    .isEqualTo(Files.readAllBytes(Backups.folder(db).resolve("contest-20200720-013000-lock-stand-final.db")));
            assertThat(store.backupProblem()).isEmpty();
        }
    }

    @Test
    void aSecondFolderThatCannotBeWrittenIsReportedNotFatal() throws Exception {
        PeriodicBackupTest.Hand clock = new PeriodicBackupTest.Hand();
        Path db = dir.resolve("contest.db");
        Path usb = Files.writeString(dir.resolve("usb"), "a file where the USB stick's folder should be");
        try (SqliteContestStore store = store(db, clock)) {
            store.alsoBackUpTo(usb);
            long id = store.record("T1", "lane-1", StoreFixture.time("101", "T1", 68_120), null);
            assertThat(id).isPositive();
            assertThat(names(Backups.folder(db))).containsExactly("contest-20200720-013000-auto.db");
            assertThat(store.backupProblem()).hasValueSatisfying(p -> assertThat(p)
                    .startsWith("the backup contest-20200720-013000-auto.db is in backups/ but could not be copied to the"
                            + " second folder " + usb.resolve(dir.getFileName().toString())));
        }
    }
}
