package org.podium.store;

import org.podium.domain.Role;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** While facts arrive, a backup at most every 10 minutes; a failed backup never undoes a fact. */
class PeriodicBackupTest {

    /** A clock the test moves by hand. */
    static final class Hand extends Clock {
        Instant now = Instant.parse("2020-07-20T01:30:00Z");

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @TempDir
    Path dir;

    @Test
    void aBackupAtMostEveryTenMinutesWhileFactsArrive() throws Exception {
        Hand clock = new Hand();
        Path db = dir.resolve("contest.db");
        try (SqliteContestStore store = new SqliteContestStore(db, StoreFixture.contest(), clock)) {
            store.addOfficial("T1", "Timekeeper One", Role.TIMEKEEPER, StoreFixture.PIN);
            store.record("T1", "lane-1", StoreFixture.time("101", "T1", 68_120), null);
            assertThat(Backups.list(db)).hasSize(1); // the first fact of the day
            clock.now = clock.now.plus(Duration.ofMinutes(9));
            store.record("T1", "lane-1", StoreFixture.time("102", "T1", 70_000), null);
            assertThat(Backups.list(db)).hasSize(1);
            clock.now = clock.now.plus(Duration.ofMinutes(1));
            store.record("T1", "lane-1", StoreFixture.time("103", "T1", 71_000), null);
            assertThat(Backups.list(db)).hasSize(2);
            // The newest backup holds every fact recorded up to it.
            try (SqliteContestStore copy = new SqliteContestStore(Backups.list(db).get(1), StoreFixture.contest(), clock)) {
                assertThat(copy.currentFacts()).hasSize(3);
            }
            assertThat(store.backupProblem()).isEmpty();
        }
    }

    @Test
    void aStoreOpenedAgainCountsFromTheNewestBackup() throws Exception {
        Hand clock = new Hand();
        Path db = dir.resolve("contest.db");
        try (SqliteContestStore store = new SqliteContestStore(db, StoreFixture.contest(), clock)) {
            store.addOfficial("T1", "Timekeeper One", Role.TIMEKEEPER, StoreFixture.PIN);
            store.record("T1", "lane-1", StoreFixture.time("101", "T1", 68_120), null);
        }
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        try (SqliteContestStore store = new SqliteContestStore(db, StoreFixture.contest(), clock)) {
            store.record("T1", "lane-1", StoreFixture.time("102", "T1", 70_000), null);
            assertThat(Backups.list(db)).hasSize(1);
            clock.now = clock.now.plus(Duration.ofMinutes(5));
            store.record("T1", "lane-1", StoreFixture.time("103", "T1", 71_000), null);
            assertThat(Backups.list(db)).hasSize(2);
        }
    }

    @Test
    void aBackupThatCannotBeWrittenIsReportedAndTheFactStays() throws Exception {
        Hand clock = new Hand();
        Path db = dir.resolve("contest.db");
        Files.writeString(dir.resolve(Backups.FOLDER), "a file where the backups folder should be");
        try (SqliteContestStore store = new SqliteContestStore(db, StoreFixture.contest(), clock)) {
            store.addOfficial("T1", "Timekeeper One", Role.TIMEKEEPER, StoreFixture.PIN);
            long id = store.record("T1", "lane-1", StoreFixture.time("101", "T1", 68_120), null);
            assertThat(id).isPositive();
            assertThat(store.currentFacts()).hasSize(1);
            assertThat(store.backupProblem()).hasValueSatisfying(p -> assertThat(p).contains("no backup was written"));
        }
    }
}
