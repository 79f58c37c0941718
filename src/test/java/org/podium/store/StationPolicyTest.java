package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the venue server itself lets {@code podium_station} see and do (docs/venue-server.md, "Design: the server
 * enforces it"), asked with raw JDBC as a program holding the venue password would: schema 8's binding of a connection
 * to its official ({@code podium.token}, {@code podium_official()}, {@code podium_head()}).
 */
class StationPolicyTest {
    @TempDir
    Path dir;

    /** A raw connection as {@code podium_station} to the test folder's database (the test server trusts 127.0.0.1). */
    static Connection station(Path dir) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", PostgresContestStore.STATION_USER);
        return DriverManager.getConnection(Engine.POSTGRES.where(dir), login);
    }

    static void bind(Connection c, String token) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT set_config('podium.token', ?, false)")) {
            ps.setString(1, token);
            ps.executeQuery().close();
        }
    }

    static String one(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The SQLState PostgreSQL refused {@code sql} with, or "done". */
    static String refusal(Connection c, String sql) {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
            return "done";
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }

    @Test
    void aTokenOfStationSessionBindsTheConnectionToItsOfficialAndAForgedOneBindsNobody() throws Exception {
        try (ContestStore owner = Engine.POSTGRES.store(dir); Connection o = Engine.POSTGRES.connect(dir);
             Statement st = o.createStatement()) {
            st.execute("INSERT INTO station_session (token, official, made_at) VALUES ('t-j1', 'J1', 'now'), ('t-c', 'C', 'now')");
        }
        try (Connection c = station(dir)) {
            assertThat(one(c, "SELECT podium_official()")).isNull();
            assertThat(one(c, "SELECT podium_head()")).isEqualTo("f");
            bind(c, "t-j1");
            assertThat(one(c, "SELECT podium_official()")).isEqualTo("J1");
            assertThat(one(c, "SELECT podium_head()")).isEqualTo("f");
            bind(c, "t-c");
            assertThat(one(c, "SELECT podium_official()")).isEqualTo("C");
            assertThat(one(c, "SELECT podium_head()")).isEqualTo("t");
            bind(c, "forged-" + java.util.UUID.randomUUID());
            assertThat(one(c, "SELECT podium_official()")).isNull();
            assertThat(one(c, "SELECT podium_head()")).isEqualTo("f");
            assertThat(refusal(c, "SELECT * FROM station_session")).isEqualTo("42501");
            assertThat(refusal(c, "INSERT INTO station_session VALUES ('mine', 'C', 'now')")).isEqualTo("42501");
        }
    }
}
