package org.podium.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.domain.Role;
import org.podium.service.VenueLink;
import org.podium.store.ContestStore;
import org.podium.store.JournalRow;
import org.podium.store.Seal;

/**
 * The two logins of {@code podium serve} (docs/venue-server.md, "Two logins"): the venue password opens only
 * {@code podium_station}, which reads and appends and can do nothing else a superuser could (PostgreSQL itself
 * refuses it); the owner's password is kept apart; a server made before the two logins is set up at its next start.
 */
class StationLoginTest {
    @TempDir
    Path tmp;

    /** What a superuser could do to the journal, each refused to the station login by PostgreSQL. */
    static final List<String> REFUSED = List.of(
            "ALTER TABLE fact DISABLE TRIGGER fact_no_update",
            "ALTER TABLE fact DISABLE TRIGGER ALL",
            "DROP TRIGGER fact_no_delete ON fact",
            "DROP FUNCTION fact_append_only() CASCADE",
            "TRUNCATE fact",
            "SELECT podium_write_official('T1', 'Timekeeper One', 'chief', NULL, NULL, NULL)", // schema 10: revoked
            "UPDATE fact SET value = '1'",
            "DELETE FROM fact",
            "UPDATE server_contest SET name = 'another'",
            "DELETE FROM official",
            "CREATE TABLE fact_copy (id BIGINT)",
            "CREATE TEMP TABLE fact_copy (id BIGINT)",
            "CREATE FUNCTION public.tamper() RETURNS int LANGUAGE sql AS 'SELECT 1'",
            "CREATE TRIGGER fact_lose BEFORE INSERT ON fact FOR EACH ROW EXECUTE FUNCTION fact_append_only()",
            "ALTER ROLE podium_station SUPERUSER",
            "ALTER ROLE podium_station BYPASSRLS",
            "ALTER ROLE postgres PASSWORD 'taken-over'",
            "CREATE ROLE another LOGIN",
            "CREATE DATABASE another",
            "ALTER TABLE fact OWNER TO podium_station");

    @Test
    void theVenuePasswordOpensAStationLoginThatCanOnlyReadAndAppendAndAnOldServerIsSetUpAtItsNextStart() throws Exception {
        Path dir = TestFolders.monitorStand(tmp);
        Contest contest = ContestFolder.load(dir).contest();
        int port = TestFolders.freePort();
        VenueServer.Options options = new VenueServer.Options(port, "127.0.0.1", null);
        String password;
        List<JournalRow> rows;
        Seal seal;
        try (VenueServer server = VenueServer.start(dir, contest, options, VenueServerTest.CLOCK)) {
            password = server.password();
            server.store().addOfficial("T1", "Timekeeper One", Role.TIMEKEEPER, "4711".toCharArray());
            server.store().record("T1", "timing-1", Fact.time("stand", "final", "101", "T1", 68_120, null, Origin.NONE), null);
            rows = server.store().journal();
            seal = server.store().verify().seal();
            try (Connection c = station(port, password); Statement st = c.createStatement()) {
                for (String sql : REFUSED) {
                    assertThat(sqlState(st, sql)).as(sql).startsWith("42501 ");
                }
                // a grant of its own to itself grants nothing (PostgreSQL warns only)
                st.execute("GRANT UPDATE, DELETE, TRUNCATE ON fact TO podium_station");
                try (ResultSet rs = st.executeQuery("SELECT has_table_privilege('fact', 'UPDATE'), has_table_privilege('fact',"
                        + " 'DELETE'), has_table_privilege('fact', 'TRUNCATE'), has_table_privilege('fact', 'INSERT')")) {
                    rs.next();
                    assertThat(List.of(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4)))
                            .containsExactly(false, false, false, false); // schema 9: the sequencer appends, not the station
                }
                // it reads the journal as the row policy lets it (no official's row: it holds a PIN hash), and holds no
                // power of its own
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM fact")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(rows.stream().filter(r -> !"official".equals(r.kind())).count());
                }
                try (ResultSet rs = st.executeQuery("SELECT rolsuper, rolcreatedb, rolcreaterole, rolbypassrls, rolreplication,"
                        + " rolcanlogin FROM pg_roles WHERE rolname = current_user")) {
                    rs.next();
                    for (int i = 1; i <= 5; i++) {
                        assertThat(rs.getBoolean(i)).isFalse();
                    }
                    assertThat(rs.getBoolean(6)).isTrue();
                }
                try (ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM pg_class WHERE relowner = r.oid)"
                        + " + (SELECT count(*) FROM pg_proc WHERE proowner = r.oid)"
                        + " + (SELECT count(*) FROM pg_namespace WHERE nspowner = r.oid)"
                        + " + (SELECT count(*) FROM pg_database WHERE datdba = r.oid) FROM pg_roles r WHERE rolname = current_user")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isZero();
                }
            }
            assertThat(server.store().journal()).isEqualTo(rows);
            assertThat(server.store().verify().ok()).isTrue();
            assertThat(server.store().verify().seal()).isEqualTo(seal);

            // a station records through it, as before, once its official logged in on the server (in nobody's name: refused)
            try (ContestStore station = new VenueLink("127.0.0.1", port, password).connect(contest, VenueServerTest.CLOCK)) {
                assertThatThrownBy(() -> station.recordOnce(UUID.randomUUID(), "T1", "timing-1", Fact.time("stand", "final",
                        "102", "T1", 70_000, null, Origin.NONE), null)).isInstanceOf(org.podium.store.RecordingRefused.class)
                        .hasMessageContaining("not logged in at this station");
                assertThat(station.checkPin("T1", "4711".toCharArray()).ok()).isTrue();
                station.recordOnce(UUID.randomUUID(), "T1", "timing-1", Fact.time("stand", "final", "102", "T1", 70_000, null,
                        Origin.NONE), null);
            }
            assertThat(server.store().journal()).hasSize(rows.size() + 1);
            assertThat(server.store().verify().ok()).isTrue();

            // back to a server made before the two logins: the owner's password is the venue password, no station login
            try (Connection c = DriverManager.getConnection(VenueServer.url(port, "postgres"), VenueServerTest.ownerLogin(dir));
                 Statement st = c.createStatement()) {
                c.unwrap(org.postgresql.PGConnection.class).alterUserPassword("postgres", password.toCharArray(), "scram-sha-256");
                try (Connection podium = DriverManager.getConnection(VenueServer.url(port, "podium"),
                        VenueServerTest.login("postgres", password)); Statement pst = podium.createStatement()) {
                    pst.execute("DROP OWNED BY podium_station");
                }
                st.execute("DROP ROLE podium_station");
            }
            rows = server.store().journal();
        }
        Files.delete(dir.resolve("server/owner-password"));

        try (VenueServer again = VenueServer.start(dir, contest, options, VenueServerTest.CLOCK)) {
            assertThat(again.password()).isEqualTo(password);
            String owner = Files.readString(dir.resolve("server/owner-password")).strip();
            assertThat(owner).isNotEqualTo(password);
            assertThat(again.line(contest)).doesNotContain(owner);
            assertThatThrownBy(() -> DriverManager.getConnection(VenueServer.url(port, "podium"),
                    VenueServerTest.login("postgres", password)).close()).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            assertThat(Files.readString(dir.resolve("server/pgdata/pg_hba.conf"))).contains("scram-sha-256")
                    .doesNotContain("trust").doesNotContain("md5");
            try (Connection c = station(port, password); Statement st = c.createStatement()) {
                for (String sql : REFUSED) {
                    assertThat(sqlState(st, sql)).as(sql).startsWith("42501 ");
                }
            }
            assertThat(again.store().journal()).isEqualTo(rows);
            assertThat(again.store().verify().ok()).isTrue();
            try (ContestStore station = new VenueLink("127.0.0.1", port, password).connect(contest, VenueServerTest.CLOCK)) {
                assertThat(station.checkPin("T1", "4711".toCharArray()).ok()).isTrue();
                station.recordOnce(UUID.randomUUID(), "T1", "timing-1", Fact.time("stand", "final", "103", "T1", 71_000, null,
                        Origin.NONE), null);
            }
            assertThat(again.store().journal()).hasSize(rows.size() + 1);
        }
    }

    /** The SQLState PostgreSQL refused {@code sql} with, or "done" when it was not refused. */
    private static String sqlState(Statement st, String sql) {
        try {
            st.execute(sql);
            return "done";
        } catch (SQLException e) {
            return e.getSQLState() + " " + e.getMessage();
        }
    }

    private static Connection station(int port, String password) throws SQLException {
        Properties login = VenueServerTest.login("podium_station", password);
        return DriverManager.getConnection(VenueServer.url(port, "podium"), login);
    }
}
