package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.domain.Role;

/**
 * The server's journal opened to read only (a command's {@code --server}): nothing is made in an empty database, the
 * session's every transaction is read only in PostgreSQL itself, and Podium refuses a write before it reaches it.
 */
class PostgresReadOnlyTest {
    private static final Clock CLOCK = Clock.systemUTC();

    private static int tables(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, TestPostgres.login()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aReaderMakesNothingAndPostgresRefusesItsWrites() throws Exception {
        Contest contest = ContestFolder.load(Path.of("contests/monitor-stand")).contest();
        String url = TestPostgres.url(TestPostgres.newDatabase());

        // an empty database: refused in one line, and no table made
        assertThatThrownBy(() -> new PostgresContestStore(url, TestPostgres.login(), contest, CLOCK, null, OpenMode.READ_ONLY))
                .isInstanceOf(StoreException.class).hasMessageContaining("holds no contest yet");
        assertThat(tables(url)).isZero();

        Fact time = Fact.time("stand", "final", "101", "T1", 31_000, null, Origin.NONE);
        try (PostgresContestStore writer = new PostgresContestStore(url, TestPostgres.login(), contest, CLOCK, null)) {
            writer.addOfficial("T1", "Timekeeper One", Role.TIMEKEEPER, "4711".toCharArray());
            writer.record("T1", "timing-1", time, null);
        }
        try (PostgresContestStore reader = new PostgresContestStore(url, TestPostgres.login(), contest, CLOCK, null,
                OpenMode.READ_ONLY)) {
            assertThat(reader.currentFacts()).hasSize(1);
            assertThat(reader.verify().ok()).isTrue();
            assertThatThrownBy(() -> reader.record("T1", "timing-1", time, null)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("read-only");
            try (Statement st = reader.conn.createStatement()) {
                assertThatThrownBy(() -> st.executeUpdate("INSERT INTO server_contest (name, date) VALUES ('x', 'y')"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("read-only transaction");
            }
            assertThat(reader.lastRowId()).isEqualTo(reader.journal().size());
        }
    }
}
