package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.podium.store.StoreFixture.mark;
import static org.podium.store.StoreFixture.time;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Fact;
import org.podium.domain.Role;

/**
 * SQLite's schema migrations: a contest.db of an older Podium moves to the latest schema with every row and hash kept
 * (the server's database is made at the latest schema, docs/venue-server.md). The behaviour of the store at the latest
 * schema is the contract tests', run against both stores.
 */
class SqliteMigrationsTest {
    @TempDir
    Path dir;

    @Test
    void aSchemaOneDatabaseIsMigratedWithItsRowsAndHashesIntact() throws Exception {
        Path old = dir.resolve("old");
        java.nio.file.Files.createDirectories(old);
        try (SqliteContestStore source = StoreFixture.store(dir)) {
            source.record("T1", "timekeeper", time("101", "T1", 31_200), null);
            source.record("T1", "timekeeper", time("101", "T1", 31_300), null);
            source.submitSheet("J1", "judge", "stand", "final", "101", "J1", null);
        }
        Path v1 = old.resolve("contest.db");
        StoreFixture.copyAsSchema(dir.resolve("contest.db"), v1, 1);
        try (SqliteContestStore store = new SqliteContestStore(v1, StoreFixture.contest(), StoreFixture.CLOCK)) {
            assertThat(StoreFixture.rows(store)).hasSize(3);
            // schema 5 appended the official table's officials to the journal, after the old rows
            assertThat(store.journal()).extracting(JournalRow::kind).containsExactly("time", "time", "submit", "official",
                    "official", "official", "official", "official");
            assertThat(store.official("J1")).map(OfficialAccount::role).hasValue(Role.JUDGE);
            assertThat(store.checkPin("J1", StoreFixture.PIN).ok()).isTrue();
            assertThat(store.verify().ok()).isTrue();
            assertThat(store.currentFacts()).extracting(Fact::millis).containsExactly(31_300L);
            store.withdraw("T1", "timekeeper", time("101", "T1", 1), null);
            assertThat(store.currentFacts()).isEmpty();
            assertThatThrownBy(() -> {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + v1); Statement st = c.createStatement()) {
                    st.executeUpdate("DELETE FROM fact WHERE id = 1");
                }
            }).hasMessageContaining("append-only");
        }
    }

    @Test
    void aSchemaThreeDatabaseMigratesWithItsRowsHashesAndWorkNumbersIntact() throws Exception {
        Path source = Files.createDirectories(dir.resolve("source"));
        Map<String, String> numbers;
        try (SqliteContestStore s = StoreFixture.store(source)) {
            s.record("T1", "timekeeper", time("101", "T1", 31_200), null);
            s.record("T1", "timekeeper", time("101", "T1", 31_300), null);
            s.record("T1", "timekeeper", time("102", "T1", 40_000), null);
            s.withdraw("T1", "timekeeper", time("102", "T1", 1), null);
            s.record("J1", "judge", StoreFixture.mark("101", "J1", "C1", "38.5"), null);
            s.submitSheet("J1", "judge", "stand", "final", "101", "J1", null);
            s.reopenSheet("J1", "judge", "stand", "final", "101", "J1", null, "C1 was typed wrong");
            s.lockRound("C", "head", "stand", "final", null);
            s.unlockRound("C", "head", "stand", "final", "a late sheet");
            numbers = s.workNumbers("stand", "final");
        }
        Path v3 = Files.createDirectories(dir.resolve("old")).resolve("contest.db");
        StoreFixture.copyAsSchema(source.resolve("contest.db"), v3, 3);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + v3)) {
            try (Statement st = c.createStatement()) {
                assertThat(st.executeUpdate("UPDATE schema_version SET applied_at = applied_at")).isEqualTo(3);
            }
            assertThatThrownBy(() -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO fact (id, kind, event, recorded_by, station, recorded_at, hash)"
                            + " VALUES (99, 'ack', 'stand', 'C', 'head', 'now', 'x')");
                }
            }).hasMessageContaining("CHECK");
        }
        try (SqliteContestStore store = new SqliteContestStore(v3, StoreFixture.contest(), StoreFixture.CLOCK)) {
            assertThat(store.journal()).extracting(JournalRow::kind).containsExactly("time", "time", "time", "withdraw", "mark",
                    "submit", "reopen", "lock", "unlock", "official", "official", "official", "official", "official");
            assertThat(store.verify().ok()).isTrue();
            assertThat(store.workNumbers("stand", "final")).isEqualTo(numbers);
            assertThat(store.currentFacts()).extracting(Fact::kind).hasSize(2);
            long ack = store.acknowledge("C", "head", "stand", "final", "101", "JUDGE_SPREAD", "J1 38.5", "checked");
            assertThat(ack).isEqualTo(15);
            assertThat(store.verify().ok()).isTrue();
            assertThatThrownBy(() -> {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + v3); Statement st = c.createStatement()) {
                    st.executeUpdate("DELETE FROM fact WHERE id = 1");
                }
            }).hasMessageContaining("append-only");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + v3); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
            assertThat(rs.getInt(1)).isEqualTo(Migrations.latest());
        }
    }

    /** A schema-1 database (V001 only) with facts and a submitted sheet moves to the latest schema with every row and hash kept. */
    @Test
    void aSchemaOneDatabaseMovesToSchemaTwoKeepingTheJournalAndItsChain() throws Exception {
        Path old = dir.resolve("old.db");
        List<JournalRow> rows = List.of(
                row(1, "mark", "101", "J1", "C1", "30", null),
                row(2, "submit", "101", "J1", null, null, null),
                row(3, "mark", "101", "J1", "C1", "31", 1L));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old); Statement st = c.createStatement()) {
            st.executeUpdate("PRAGMA foreign_keys = ON");
            st.executeUpdate("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
            try (InputStream in = Migrations.class.getResourceAsStream("/org/podium/db/migration/V001__schema.sql")) {
                st.executeUpdate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            st.executeUpdate("INSERT INTO schema_version VALUES (1, 'then')");
            String previous = Chain.START;
            for (JournalRow r : rows) {
                JournalRow hashed = r.withHash(Chain.hash(previous, r));
                previous = hashed.hash();
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO fact (id, kind, event, round, bib, official, item,"
                        + " value, recorded_by, station, recorded_at, reason, supersedes, hash)"
                        + " VALUES (?, ?, 'stand', 'final', ?, ?, ?, ?, 'J1', 'judge', '2020-07-20T01:00:00Z', ?, ?, ?)")) {
                    ps.setLong(1, hashed.id());
                    ps.setString(2, hashed.kind());
                    ps.setString(3, hashed.bib());
                    ps.setString(4, hashed.official());
                    ps.setString(5, hashed.item());
                    ps.setString(6, hashed.value());
                    ps.setString(7, hashed.reason());
                    ps.setObject(8, hashed.supersedes());
                    ps.setString(9, hashed.hash());
                    ps.executeUpdate();
                }
            }
        }
        try (SqliteContestStore store = new SqliteContestStore(old, StoreFixture.contest(), StoreFixture.CLOCK)) {
            schemaOneMigrated(store, old, rows);
        }
    }

    private static void schemaOneMigrated(SqliteContestStore store, Path old, List<JournalRow> rows) throws Exception {
        store.addOfficial("J1", "Judge One", Role.JUDGE, StoreFixture.PIN);
        assertThat(StoreFixture.rows(store)).extracting(JournalRow::hash).containsExactlyElementsOf(hashes(rows));
        assertThat(store.verify().ok()).isTrue();
        assertThat(store.currentFacts()).extracting(Fact::amount).extracting(Object::toString).containsExactly("31");
        store.reopenSheet("J1", "judge", "stand", "final", "101", "J1", null, "C1 misread");
        store.record("J1", "judge", mark("101", "J1", "C1", "32"), null);
        assertThat(store.verify().ok()).isTrue();
        assertThat(StoreFixture.rows(store)).extracting(JournalRow::kind).containsExactly("mark", "submit", "mark", "reopen", "mark");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM fact WHERE id = 1"))
                    .hasMessageContaining("the fact journal is append-only");
            assertThatThrownBy(() -> st.executeUpdate("UPDATE fact SET value = '40' WHERE id = 1"))
                    .hasMessageContaining("the fact journal is append-only");
            assertThat(st.executeQuery("SELECT MAX(version) FROM schema_version").getInt(1)).isEqualTo(Migrations.latest());
            assertThat(st.executeQuery("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'fact_v1'").getInt(1)).isZero();
            assertThat(st.executeQuery("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'fact_entry'").getInt(1)).isOne();
        }
    }

    private static JournalRow row(long id, String kind, String bib, String official, String item, String value, Long supersedes) {
        return new JournalRow(id, kind, "stand", "final", bib, official, item, null, value, null, "J1", "judge",
                "2020-07-20T01:00:00Z", null, supersedes, null);
    }

    private static List<String> hashes(List<JournalRow> rows) {
        String previous = Chain.START;
        List<String> out = new java.util.ArrayList<>();
        for (JournalRow r : rows) {
            previous = Chain.hash(previous, r);
            out.add(previous);
        }
        return out;
    }
}
