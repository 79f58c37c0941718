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
}
