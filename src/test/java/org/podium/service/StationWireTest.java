package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.domain.Role;
import org.podium.store.PostgresContestStore;
import org.podium.store.TestPostgres;

/**
 * What the venue server itself sends a program holding the venue password (schema 8's row policy), asserted on the
 * bytes it sends ({@link FaultProxy#recordingReplies}, read by {@link PgWire}): a raw {@code SELECT * FROM fact} as
 * {@code podium_station} carries no other judge's mark unbound or bound as J1, every mark bound as the chief, and the
 * others' marks to J1 once the round is published.
 */
class StationWireTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @Test
    void aRawSelectAsTheStationLoginReceivesOnlyWhatItsOfficialMaySee() throws Exception {
        Contest contest = ContestFolder.load(Path.of("contests/monitor-stand")).contest();
        String database = TestPostgres.newDatabase();
        int port = TestPostgres.port();
        OtherJudges others = new OtherJudges();
        try (PostgresContestStore server = new PostgresContestStore(TestPostgres.url(database), TestPostgres.login(), contest,
                CLOCK, null); FaultProxy proxy = new FaultProxy(port, 1, 0, 0).recordingReplies()) {
            server.addOfficial("J1", "J1", Role.JUDGE, "4711".toCharArray());
            for (String id : OtherJudges.IDS) {
                server.addOfficial(id, id, Role.JUDGE, "4711".toCharArray());
            }
            server.addOfficial("C", "Chief", Role.CHIEF, "471147".toCharArray());
            others.mark(server, "101");
            server.record("J1", "judge-1", Fact.mark("stand", "final", "101", "J1", "C1", new BigDecimal("38.5"), null,
                    Origin.NONE), null);
            String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database;
            Properties station = TestPostgres.stationLogin();
            String j1;
            String chief;
            try (PostgresContestStore login = new PostgresContestStore(url, station, contest, CLOCK, null)) {
                login.checkPin("J1", "4711".toCharArray());
                j1 = login.sessionToken();
                login.checkPin("C", "471147".toCharArray());
                chief = login.sessionToken();
            }
            try (Connection c = DriverManager.getConnection(url, station)) {
                List<byte[]> before = proxy.replies();
                selectAll(c);
                List<PgWire.Message> unbound = PgWire.since(before, proxy.replies());
                assertThat(PgWire.markRows(unbound, "J1", "38.5")).as("unbound: no mark at all").isEmpty();
                assertThat(others.foundIn(unbound)).isEmpty();
                assertThat(unbound).anyMatch(m -> m.type() == 'T'); // the read was answered (its columns), with no row

                bind(c, j1);
                before = proxy.replies();
                selectAll(c);
                List<PgWire.Message> asJ1 = PgWire.since(before, proxy.replies());
                assertThat(PgWire.markRows(asJ1, "J1", "38.5")).as("J1's own mark").isNotEmpty();
                assertThat(others.foundIn(asJ1)).isEmpty();

                bind(c, chief);
                before = proxy.replies();
                selectAll(c);
                assertThat(others.foundIn(PgWire.since(before, proxy.replies()))).as("the chief: every mark").isNotEmpty();

                server.lockRound("C", "head", "stand", "final", null);
                server.publishRound("C", "head", "stand", "final");
                bind(c, j1);
                before = proxy.replies();
                selectAll(c);
                assertThat(others.foundIn(PgWire.since(before, proxy.replies()))).as("published: J1 may read them").isNotEmpty();
            }
        }
    }

    private static void selectAll(Connection c) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM fact ORDER BY id")) {
            while (rs.next()) {
                rs.getString("kind");
            }
        }
    }

    private static void bind(Connection c, String token) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT set_config('podium.token', ?, false)")) {
            ps.setString(1, token);
            ps.executeQuery().close();
        }
    }
}
