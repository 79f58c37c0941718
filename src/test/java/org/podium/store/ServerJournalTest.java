package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.podium.store.StoreFixture.mark;
import static org.podium.store.StoreFixture.time;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.domain.Status;

/** What only the venue server's store has: the same chain as contest.db's, one sequencer, keyed facts, its guards. */
class ServerJournalTest {
    @TempDir
    Path dir;

    private PostgresContestStore server(Path folder, Contest contest) {
        return (PostgresContestStore) Engine.POSTGRES.open(folder, contest);
    }

    /** The same facts, recorded in the same order at the same time, make the same rows with the same hashes. */
    private static void recordTheSame(ContestStore store) throws RecordingRefused {
        store.record("T1", "timing-1", time("101", "T1", 31_200), null);
        store.record("T1", "timing-1", time("101", "T1", 31_300), null);
        store.withdraw("T1", "timing-1", time("101", "T1", 1), null);
        store.record("J1", "judge-1", mark("101", "J1", "C1", "38.5"), null);
        store.submitSheet("J1", "judge-1", "stand", "final", "101", "J1", null);
        store.record("C", "head", Fact.status("stand", "final", "102", null, Status.DSQ, null, org.podium.domain.Origin.NONE),
                "left the bench");
        store.lockRound("C", "head", "stand", "final", null);
        store.acknowledge("C", "head", "stand", "final", "101", "INCOMPLETE", "J1 only", "J2 was ill");
        store.publishRound("C", "head", "stand", "final");
    }

    @Test
    void aContestDbMovesIntoTheServerRowForRowAndBothChainsGrowByteForByteAlike() throws Exception {
        Path station = dir.resolve("station");
        java.nio.file.Files.createDirectories(station);
        Seal before;
        try (ContestStore sqlite = Engine.SQLITE.store(station)) {
            sqlite.record("T1", "timing-1", time("103", "T1", 50_000), null);
            sqlite.workNumbers("stand", "final");
            sqlite.checkPin("J2", "9999".toCharArray());
            before = sqlite.verify().seal();
        }
        try (PostgresContestStore server = server(dir.resolve("server"), StoreFixture.contest());
             ContestStore sqlite = Engine.SQLITE.open(station, StoreFixture.contest())) {
            assertThat(server.takeOver(station.resolve("contest.db"))).isEqualTo(before);
            assertThat(server.journal()).isEqualTo(sqlite.journal());
            assertThat(server.officials()).isEqualTo(sqlite.officials());
            assertThat(server.workNumbers("stand", "final")).isEqualTo(sqlite.workNumbers("stand", "final"));
            assertThat(server.checkPin("J1", StoreFixture.PIN).ok()).isTrue();

            recordTheSame(sqlite);
            recordTheSame(server);
            assertThat(server.journal()).hasSize(sqlite.journal().size()).isEqualTo(sqlite.journal());
            assertThat(server.verify()).isEqualTo(sqlite.verify());
            assertThat(server.verify().ok()).isTrue();
            assertThat(server.publishSeals()).isEqualTo(sqlite.publishSeals());
            assertThat(server.currentFacts()).extracting(Fact::kind, Fact::bib, Fact::amount)
                    .isEqualTo(sqlite.currentFacts().stream().map(f -> org.assertj.core.groups.Tuple.tuple(f.kind(), f.bib(),
                            f.amount())).toList());

            // a second move into a server that holds a journal changes nothing
            assertThatThrownBy(() -> server.takeOver(station.resolve("contest.db"))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("already holds a journal or officials");
            assertThat(server.journal()).isEqualTo(sqlite.journal());
        }
    }

    @Test
    void theServersSnapshotIsAContestDbWithTheSameRowsAndSeal() throws Exception {
        Path snapshot;
        List<JournalRow> rows;
        try (PostgresContestStore server = (PostgresContestStore) Engine.POSTGRES.store(dir)) {
            recordTheSame(server);
            rows = server.journal();
            List<Path> backups = Backups.list(dir.resolve("contest.db"));
            assertThat(backups).extracting(p -> p.getFileName().toString()).contains(
                    "contest-20200720-013000-lock-stand-final.db", "contest-20200720-013000-publish-stand-final.db");
            snapshot = backups.get(backups.size() - 1);
        }
        try (SqliteContestStore copy = new SqliteContestStore(snapshot, StoreFixture.contest(), StoreFixture.CLOCK,
                OpenMode.READ_ONLY)) {
            assertThat(copy.journal()).isEqualTo(rows);
            assertThat(copy.verify().ok()).isTrue();
            assertThat(copy.verify().seal()).isEqualTo(Seal.of(rows.get(rows.size() - 1)));
        }
    }

    @Test
    void aFactSentAgainWithItsKeyIsNotRecordedAgain() throws Exception {
        try (PostgresContestStore server = (PostgresContestStore) Engine.POSTGRES.store(dir)) {
            UUID key = UUID.randomUUID();
            long first = server.recordOnce(key, "T1", "timing-1", time("101", "T1", 31_200), null);
            long again = server.recordOnce(key, "T1", "timing-1", time("101", "T1", 31_200), null);
            long other = server.recordOnce(UUID.randomUUID(), "T1", "timing-1", time("101", "T1", 31_200), null);
            assertThat(again).isEqualTo(first);
            assertThat(other).isEqualTo(first + 1);
            assertThat(StoreFixture.rows(server)).hasSize(2);
            assertThat(Engine.POSTGRES.query(dir, "SELECT COUNT(*) FROM fact WHERE fact_key = '" + key + "'")).isEqualTo("1");
            // the rules are checked again on every send: refused the first time, refused again
            UUID refused = UUID.randomUUID();
            assertThatThrownBy(() -> server.recordOnce(refused, "T1", "timing-1", mark("101", "J1", "C1", "30"), null))
                    .isInstanceOf(RecordingRefused.class);
            assertThatThrownBy(() -> server.recordOnce(refused, "T1", "timing-1", mark("101", "J1", "C1", "30"), null))
                    .isInstanceOf(RecordingRefused.class);
            assertThat(StoreFixture.rows(server)).hasSize(2);
        }
    }

    /** Four connections append at once: one sequencer, so ids run 1, 2, 3... without a gap and the chain verifies. */
    @Test
    void severalConnectionsAppendThroughOneSequencerAndTheRulesAreCheckedOnTheJournalAsItStands() throws Exception {
        Engine.POSTGRES.store(dir).close();
        List<PostgresContestStore> stations = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < 4; i++) {
                stations.add(server(dir, StoreFixture.contest()));
            }
            List<Future<List<Long>>> sent = new ArrayList<>();
            for (int s = 0; s < stations.size(); s++) {
                PostgresContestStore station = stations.get(s);
                int n = s;
                sent.add(pool.submit(() -> {
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        ids.add(station.recordOnce(UUID.randomUUID(), "T1", "timing-" + n, time(Integer.toString(101 + i % 20), "T1",
                                10_000 + n * 1000 + i), null));
                    }
                    return ids;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : sent) {
                all.addAll(f.get(60, TimeUnit.SECONDS));
            }
            Collections.sort(all);
            long first = StoreFixture.OFFICIAL_ROWS + 1;
            assertThat(all).hasSize(100).first().isEqualTo(first);
            assertThat(all).last().isEqualTo(first + 99);
            assertThat(all).doesNotHaveDuplicates();
            PostgresContestStore one = stations.get(0);
            assertThat(one.verify().ok()).isTrue();
            assertThat(one.journal()).hasSize(StoreFixture.OFFICIAL_ROWS + 100);

            // a lock made through one connection is seen by the rules of another
            stations.get(1).lockRound("C", "head", "stand", "final", null);
            assertThatThrownBy(() -> stations.get(2).record("T1", "timing-2", time("101", "T1", 1), null))
                    .isInstanceOf(RecordingRefused.class).hasMessageContaining("is locked");
        } finally {
            pool.shutdownNow();
            stations.forEach(PostgresContestStore::close);
        }
    }

    @Test
    void theServersJournalIsGuardedAndVerifyNamesAGuardDroppedDisabledOrAdded() throws Exception {
        try (ContestStore server = Engine.POSTGRES.store(dir)) {
            server.record("T1", "timing-1", time("101", "T1", 31_200), null);
            assertThat(server.verify().ok()).isTrue();
            try (Connection c = Engine.POSTGRES.connect(dir); Statement st = c.createStatement()) {
                assertThatThrownBy(() -> st.executeUpdate("UPDATE fact SET value = '1' WHERE id = 6"))
                        .hasMessageContaining("append-only: record a correction");
                assertThatThrownBy(() -> st.executeUpdate("DELETE FROM fact WHERE id = 6"))
                        .hasMessageContaining("append-only: rows are never deleted");
                assertThatThrownBy(() -> st.executeUpdate("TRUNCATE fact CASCADE")).hasMessageContaining("append-only");

                st.executeUpdate("ALTER TABLE fact DISABLE TRIGGER fact_no_update");
                assertThat(server.verify().problems()).containsExactly(
                        "the guard fact_no_update is not the one Podium made (disabled, or changed)");
                st.executeUpdate("ALTER TABLE fact ENABLE TRIGGER fact_no_update");
                st.executeUpdate("DROP TRIGGER fact_no_delete ON fact");
                st.executeUpdate("CREATE FUNCTION forget() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$");
                st.executeUpdate("CREATE TRIGGER lose BEFORE INSERT ON fact FOR EACH ROW EXECUTE FUNCTION forget()");
                assertThat(server.verify().problems()).containsExactly(
                        "the guard fact_no_delete is missing: the journal could be cut without a trace of SQL (a trigger was"
                                + " dropped outside Podium)",
                        "trigger lose on table fact was not made by Podium: it could change or drop rows as they are written");
            }
        }
    }

    @Test
    void aServerHoldingAnotherContestIsRefusedInOneLine() {
        Engine.POSTGRES.open(dir, StoreFixture.contest()).close();
        Contest c = StoreFixture.contest();
        Contest other = new Contest("另一场比赛", LocalDate.of(2021, 5, 1), c.venue(), c.organiser(), c.decimals(), c.events(),
                c.teams(), c.roster(), c.sample());
        assertThatThrownBy(() -> Engine.POSTGRES.open(dir, other)).isInstanceOf(StoreException.class)
                .hasMessage(TestPostgres.url(dbName()) + " holds another contest (" + c.name() + ", " + c.date() + "), not 另一场比赛"
                        + " (2021-05-01): start the server of this contest, or give another --db-url");
    }

    private String dbName() {
        try {
            return Engine.POSTGRES.query(dir, "SELECT current_database()");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aServerDatabaseOfANewerPodiumIsRefused() throws Exception {
        Engine.POSTGRES.open(dir, StoreFixture.contest()).close();
        try (Connection c = Engine.POSTGRES.connect(dir); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO schema_version (version, applied_at) VALUES (99, 'later')");
        }
        assertThatThrownBy(() -> Engine.POSTGRES.open(dir, StoreFixture.contest())).isInstanceOf(StoreException.class)
                .hasMessageEndingWith(" was written by a newer Podium (schema 99, this Podium knows " + Migrations.latest()
                        + "): use the newer Podium");
    }

    @Test
    void aServerRestoredFromItsSnapshotStillRecognisesAFactSentAgain() throws Exception {
        UUID sent = UUID.randomUUID();
        Path snapshot;
        long first;
        try (PostgresContestStore server = (PostgresContestStore) Engine.POSTGRES.store(dir.resolve("dead"))) {
            first = server.recordOnce(sent, "T1", "timing-1", time("101", "T1", 31_200), null);
            server.record("T1", "timing-1", time("102", "T1", 32_200), null); // recorded without a key: none kept
            snapshot = server.backup("snapshot");
        }
        // the server laptop died: its last snapshot is moved into a new server, and the station sends the fact again
        try (PostgresContestStore again = server(dir.resolve("new"), StoreFixture.contest())) {
            Seal moved = again.takeOver(snapshot);
            assertThat(again.recordOnce(sent, "T1", "timing-1", time("101", "T1", 31_200), null)).isEqualTo(first);
            assertThat(again.verify().seal()).isEqualTo(moved);
            assertThat(again.keysHeld(List.of(sent, UUID.randomUUID()))).containsExactly(sent);
        }
        try (ContestStore restored = new SqliteContestStore(snapshot, StoreFixture.contest(), StoreFixture.CLOCK,
                OpenMode.READ_ONLY); Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + snapshot);
             Statement st = c.createStatement()) {
            assertThat(restored.verify().ok()).isTrue();
            try (java.sql.ResultSet rs = st.executeQuery("SELECT id, fact_key FROM fact WHERE fact_key IS NOT NULL")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(first);
                assertThat(rs.getString(2)).isEqualTo(sent.toString());
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void theServersSchemaIsTheLatestOfSqlite() {
        assertThat(PostgresContestStore.SCRIPTS.keySet()).contains(Migrations.latest());
    }
}
