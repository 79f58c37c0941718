package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
        return DriverManager.getConnection(Engine.POSTGRES.where(dir), TestPostgres.stationLogin());
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

    /** Logs in on the server as a station does (the salt asked, the PIN hashed here, compared there): the token. */
    static String logIn(Connection c, String id, String pin) throws SQLException {
        PostgresContestStore.LogIn answer = PostgresContestStore.logIn(c, id, pin.toCharArray());
        assertThat(answer.check().outcome()).as("log-in of " + id).isEqualTo(PinCheck.Outcome.RIGHT);
        return answer.token();
    }

    /** kind, official and value of every row of fact the connection reads. */
    static List<String> rows(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM fact ORDER BY id")) {
            while (rs.next()) {
                out.add(rs.getString("kind") + " " + rs.getString("official") + " " + rs.getString("value"));
            }
        }
        return out;
    }

    private static final Set<String> JUDGES_KINDS = Set.of("mark", "penalty", "submit", "reopen", "official");

    @Test
    void theServerHandsAStationOnlyWhatItsOfficialMaySee() throws Exception {
        try (ContestStore owner = Engine.POSTGRES.store(dir)) {
            owner.record("J1", "judge-1", StoreFixture.mark("101", "J1", "C1", "38.5"), null);
            owner.record("J2", "judge-2", StoreFixture.mark("101", "J2", "C1", "13.5"), null);
            owner.withdraw("J2", "judge-2", StoreFixture.mark("101", "J2", "C1", "0"), null);
            owner.record("J2", "judge-2", StoreFixture.mark("101", "J2", "C1", "14.5"), null);
            owner.submitSheet("J2", "judge-2", "stand", "final", "101", "J2", null);
            owner.record("T1", "timing-1", StoreFixture.time("101", "T1", 31_000), null);
            owner.lockRound("C", "head", "stand", "final", null);
        }
        int all;
        try (Connection o = Engine.POSTGRES.connect(dir)) {
            all = rows(o).size();
        }
        try (Connection c = station(dir)) {
            // unbound: no judge's row, no official's row (they hold PIN hashes); times and lock events
            List<String> unbound = rows(c);
            assertThat(unbound).noneMatch(r -> JUDGES_KINDS.contains(r.split(" ")[0]))
                    .noneMatch(r -> r.startsWith("withdraw J2 mark")).contains("time T1 31", "lock null null");
            // J1 bound: J1's own mark, nobody else's
            bind(c, logIn(c, "J1", "4711"));
            assertThat(rows(c)).contains("mark J1 38.5").noneMatch(r -> r.contains(" J2 ") || r.startsWith("official"));
            // the chief bound: every row
            bind(c, logIn(c, "C", "4711"));
            assertThat(rows(c)).hasSize(all).contains("mark J2 13.5", "withdraw J2 mark", "submit J2 null");
            // PIN columns, PIN waits and sessions are never a station's, bound or not
            assertThat(refusal(c, "SELECT pin_hash FROM official")).isEqualTo("42501");
            assertThat(refusal(c, "SELECT pin_salt FROM official")).isEqualTo("42501");
            assertThat(refusal(c, "SELECT * FROM pin_wait")).isEqualTo("42501");
            assertThat(refusal(c, "UPDATE official SET role = 'chief'")).isEqualTo("42501");
            assertThat(refusal(c, "UPDATE pin_wait SET misses = 1")).isEqualTo("42501");
            assertThat(one(c, "SELECT string_agg(id || ':' || role, ',' ORDER BY added) FROM official_account"))
                    .isEqualTo("T1:timekeeper,J1:judge,J2:judge,C:chief,O:organiser");
        }
        try (ContestStore owner = Engine.POSTGRES.open(dir, StoreFixture.contest())) {
            owner.publishRound("C", "head", "stand", "final");
        }
        try (Connection c = station(dir)) {
            bind(c, logIn(c, "J1", "4711"));
            assertThat(rows(c)).contains("mark J1 38.5", "mark J2 13.5", "mark J2 14.5", "submit J2 null")
                    .noneMatch(r -> r.startsWith("official"));
        }
    }

    @Test
    void aStationAppendsOnlyInTheNameOfTheOfficialBound() throws Exception {
        try (ContestStore owner = Engine.POSTGRES.store(dir)) {
            owner.record("T1", "timing-1", StoreFixture.time("101", "T1", 31_000), null);
        }
        String row = "INSERT INTO fact (id, kind, event, round, bib, official, recorded_by, station, recorded_at, hash)"
                + " VALUES (100, 'time', 'stand', 'final', '102', 'T1', '%s', 'forged', 'now', 'x')";
        try (Connection c = station(dir)) {
            assertThat(refusal(c, String.format(row, "T1"))).isEqualTo("42501"); // unbound: in nobody's name
            bind(c, logIn(c, "J1", "4711"));
            assertThat(refusal(c, String.format(row, "T1"))).isEqualTo("42501"); // another official's
            assertThat(refusal(c, String.format(row, "setup"))).isEqualTo("42501"); // setup: a head official's only
            assertThat(refusal(c, "SELECT podium_write_official('J2', 'Judge Two', 'chief', '\\x00', '\\x00', 120000)"))
                    .isEqualTo("42501"); // no promotion of another official
            // schema 10: not even its own name (nothing of Podium calls it since schema 9): no EXECUTE at all
            assertThat(refusal(c, "SELECT podium_write_official('J1', 'Judge One', 'judge', NULL, NULL, NULL)"))
                    .isEqualTo("42501");
            assertThat(one(c, "SELECT has_function_privilege('podium_write_official(text, text, text, bytea, bytea, integer)',"
                    + " 'EXECUTE')")).isEqualTo("f");
            assertThat(one(c, "SELECT id FROM podium_last_row()")).isEqualTo(String.valueOf(StoreFixture.OFFICIAL_ROWS + 1));
        }
    }

    /** A station's store: the venue server's database opened as {@code podium_station}. */
    static PostgresContestStore stationStore(Path dir) {
        return new PostgresContestStore(Engine.POSTGRES.where(dir), TestPostgres.stationLogin(), StoreFixture.contest(),
                StoreFixture.CLOCK, null);
    }

    /**
     * The same PIN sequence (wrong x5, one more at once, the wait over, right, wrong) checked by contest.db's
     * {@code checkPin} and by the server's {@code podium_log_in} through a station's store: the same outcomes and waits.
     */
    @Test
    void aWrongHashCountsAMissAndTheServersWaitsAreContestDbsWaits() throws Exception {
        char[] wrong = "9999".toCharArray();
        PeriodicBackupTest.Hand clock = new PeriodicBackupTest.Hand();
        Path sqliteDir = dir.resolve("sqlite");
        java.nio.file.Files.createDirectories(sqliteDir);
        List<String> sqlite = new ArrayList<>();
        try (ContestStore store = Engine.SQLITE.open(sqliteDir, StoreFixture.contest(), clock)) {
            store.addOfficial("J1", "Judge One", org.podium.domain.Role.JUDGE, StoreFixture.PIN);
            for (int i = 0; i < 6; i++) {
                sqlite.add(outcome(store.checkPin("J1", wrong)));
            }
            clock.now = clock.now.plusSeconds(31);
            sqlite.add(outcome(store.checkPin("J1", StoreFixture.PIN)));
            sqlite.add(outcome(store.checkPin("J1", wrong)));
        }
        List<String> server = new ArrayList<>();
        try (ContestStore owner = Engine.POSTGRES.store(dir); PostgresContestStore station = stationStore(dir);
             Connection o = Engine.POSTGRES.connect(dir)) {
            for (int i = 0; i < 6; i++) {
                server.add(outcome(station.checkPin("J1", wrong)));
                if (i == 0) { // a miss counted on the server
                    assertThat(one(o, "SELECT misses FROM pin_wait WHERE official = 'J1'")).isEqualTo("1");
                }
            }
            try (Statement st = o.createStatement()) { // 31 s go by
                st.executeUpdate("UPDATE pin_wait SET last_miss = to_char((last_miss::timestamptz - interval '31 seconds')"
                        + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')");
            }
            assertThat(station.sessionToken()).isNull();
            server.add(outcome(station.checkPin("J1", StoreFixture.PIN)));
            assertThat(station.sessionToken()).isNotNull();
            assertThat(one(o, "SELECT official FROM station_session WHERE token = '" + station.sessionToken() + "'"))
                    .isEqualTo("J1");
            server.add(outcome(station.checkPin("J1", wrong)));
        }
        assertThat(sqlite).containsExactly("WRONG 0", "WRONG 0", "WRONG 0", "WRONG 0", "WRONG 30", "WAITING 30", "RIGHT 0",
                "WRONG 0");
        assertThat(server).isEqualTo(sqlite);
    }

    private static String outcome(PinCheck check) {
        return check.outcome() + " " + check.waitSeconds();
    }
}
