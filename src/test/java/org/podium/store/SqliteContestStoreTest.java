package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.podium.store.StoreFixture.mark;
import static org.podium.store.StoreFixture.time;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.Origin;
import org.podium.domain.Status;

class SqliteContestStoreTest {
    @TempDir
    Path dir;

    private static String query(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void aNewDatabaseIsInWalModeAtTheLatestSchema() throws Exception {
        try (SqliteContestStore store = StoreFixture.store(dir)) {
            assertThat(StoreFixture.rows(store)).isEmpty();
            assertThat(store.journal()).hasSize(StoreFixture.OFFICIAL_ROWS).extracting(JournalRow::kind).containsOnly("official");
        }
        Path db = dir.resolve("contest.db");
        assertThat(query(db, "PRAGMA journal_mode")).isEqualTo("wal");
        assertThat(query(db, "SELECT MAX(version) FROM schema_version")).isEqualTo(Integer.toString(Migrations.latest()));
    }

    @Test
    void reopeningAppliesNoMigrationTwiceAndKeepsTheFacts() throws Exception {
        try (SqliteContestStore store = StoreFixture.store(dir)) {
            store.record("T1", "timing-1", time("101", "T1", 68_120), null);
        }
        try (SqliteContestStore store = new SqliteContestStore(dir.resolve("contest.db"), StoreFixture.contest(), StoreFixture.CLOCK)) {
            assertThat(store.currentFacts()).extracting(Fact::millis).containsExactly(68_120L);
        }
        assertThat(query(dir.resolve("contest.db"), "SELECT COUNT(*) FROM schema_version"))
                .isEqualTo(Integer.toString(Migrations.latest()));
    }

    @Test
    void aDatabaseOfANewerPodiumIsRefused() throws Exception {
        Path db = dir.resolve("contest.db");
        StoreFixture.store(dir).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO schema_version (version, applied_at) VALUES (99, 'later')");
        }
        assertThatThrownBy(() -> new SqliteContestStore(db, StoreFixture.contest(), StoreFixture.CLOCK))
                .isInstanceOf(StoreException.class)
                .hasMessage(db + " was written by a newer Podium (schema 99, this Podium knows " + Migrations.latest()
                        + "): use the newer Podium");
    }

    @Test
    void aCorrectionIsANewFactThatSupersedesTheLatestOfItsKey() throws Exception {
        try (SqliteContestStore store = StoreFixture.store(dir)) {
            long first = store.record("T1", "timing-1", time("101", "T1", 31_200), null);
            store.record("T1", "timing-1", time("102", "T1", 40_000), null);
            long second = store.record("T1", "timing-1", time("101", "T1", 13_200), null);
            long third = store.record("C", "head", time("101", "T1", 13_250), "stopwatch read again");

            List<JournalRow> rows = StoreFixture.rows(store);
            assertThat(rows).extracting(JournalRow::id).containsExactly(6L, 7L, 8L, 9L);
            assertThat(rows.get(0).supersedes()).isNull();
            assertThat(rows.get(2).supersedes()).isEqualTo(first);
            assertThat(rows.get(3).supersedes()).isEqualTo(second);
            assertThat(rows.get(3)).extracting(JournalRow::value, JournalRow::recordedBy, JournalRow::station,
                    JournalRow::recordedAt, JournalRow::reason)
                    .containsExactly("13.25", "C", "head", "2020-07-20T01:30:00Z", "stopwatch read again");
            assertThat(store.currentFacts()).extracting(Fact::bib, Fact::millis)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("102", 40_000L),
                            org.assertj.core.groups.Tuple.tuple("101", 13_250L));
            assertThat(store.currentFacts().get(1).origin()).isEqualTo(new Origin(dir.resolve("contest.db").toString(), (int) third));
        }
    }

    @Test
    void aStatusWithoutAttemptAndOneForAttemptOneAreDifferentKeys() throws Exception {
        try (SqliteContestStore store = StoreFixture.store(dir)) {
            store.record("C", "head", Fact.status("stand", "final", "101", "C", Status.DNF, null, Origin.NONE), null);
            store.record("C", "head", Fact.status("stand", "final", "101", "C", Status.DSQ, null, Origin.NONE), null);
            assertThat(StoreFixture.rows(store).get(1).supersedes()).isEqualTo(StoreFixture.OFFICIAL_ROWS + 1L);
            assertThat(StoreFixture.rows(store).get(1).status()).isEqualTo("DSQ");
            assertThat(store.currentFacts()).extracting(Fact::status).containsExactly(Status.DSQ);
        }
    }

    @Test
    void anImportIsOneTransactionAllOrNothing() throws Exception {
        try (SqliteContestStore store = StoreFixture.store(dir)) {
            List<Fact> facts = List.of(time("101", "T1", 60_000), mark("101", "J1", "C1", "38.5"),
                    Fact.time("stand", "final", "999", "T1", 60_000, null, new Origin("x.csv", 4)));
            assertThatThrownBy(() -> store.importFacts(facts, null)).isInstanceOf(RecordingRefused.class)
                    .hasMessage("x.csv:4: bib 999 is not entered in event stand (roster); nothing was imported");
            assertThat(StoreFixture.rows(store)).isEmpty();

            assertThat(store.importFacts(facts.subList(0, 2), null)).containsExactly(6L, 7L);
            assertThat(StoreFixture.rows(store)).extracting(JournalRow::recordedBy, JournalRow::station)
                    .containsOnly(org.assertj.core.groups.Tuple.tuple("import", "import"));
        }
    }

    @Test
    void factsNamingNoThingOfTheContestAreRefused() {
        try (SqliteContestStore store = StoreFixture.store(dir)) {
            assertThatThrownBy(() -> store.record("C", "head", Fact.time("stnd", "final", "101", "T1", 1000, null, Origin.NONE), null))
                    .hasMessage("event 'stnd' is not in contest.yaml (events: stand)");
            assertThatThrownBy(() -> store.record("C", "head", Fact.time("stand", "prelim", "101", "T1", 1000, null, Origin.NONE), null))
                    .hasMessage("round 'prelim' is not a round of event stand");
            assertThatThrownBy(() -> store.record("J1", "judge-1", mark("101", "J1", "C1", "41"), null))
                    .isInstanceOf(RecordingRefused.class).hasMessageContaining("41");
            assertThat(StoreFixture.rows(store)).isEmpty();
        }
    }

    @Test
    void valuesAreKeptAsTheScoresCsvWritesThem() throws Exception {
        try (SqliteContestStore store = StoreFixture.store(dir)) {
            store.record("T1", "t", time("101", "T1", 83_000), null);
            store.record("T1", "t", time("102", "T1", 68_125), null);
            store.record("J1", "j", mark("101", "J1", "C1", "38.50"), null);
            store.record("C", "h", Fact.penalty("stand", "final", "101", null, "P1", 2, null, Origin.NONE), null);
            assertThat(StoreFixture.rows(store)).extracting(JournalRow::value).containsExactly("83", "68.125", "38.50", "2");
            assertThat(store.currentFacts()).extracting(Fact::kind)
                    .containsExactly(FactKind.TIME, FactKind.TIME, FactKind.MARK, FactKind.PENALTY);
        }
    }
}
