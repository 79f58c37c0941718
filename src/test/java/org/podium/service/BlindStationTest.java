package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.domain.Role;
import org.podium.server.TestFolders;
import org.podium.store.PostgresContestStore;
import org.podium.store.TestPostgres;

/**
 * A judge's station joined to the venue server receives only that judge's own marks until the round is published
 * (contest-files.md "Several stations"; issue 13 "Done when"), asserted on what the server sends: every byte the server
 * sends the station goes through {@link FaultProxy} (recording), read as PostgreSQL's protocol ({@link PgWire}). The
 * judge reads the heat, records, submits, reads again after the network cut every connection, while the other four
 * judges record marks with values nobody else uses: no DataRow carries one of their marks (by kind and official, by
 * value or by fact key). After the chief publishes, the judge may read the round's marks, and the same check finds them
 * on the wire.
 */
class BlindStationTest {
    private static final Clock CLOCK = Clock.systemUTC();
    static final List<String> OTHERS = List.of("J2", "J3", "J4", "J5");

    @TempDir
    Path tmp;

    /** The other judges' marks (each value used by one of them only) and their facts' keys, recorded at the server. */
    static final class Others {
        final List<String> values = new ArrayList<>();
        final List<UUID> keys = new ArrayList<>();

        void record(PostgresContestStore server, String bib, int round) throws Exception {
            for (int j = 0; j < OTHERS.size(); j++) {
                String judge = OTHERS.get(j);
                String c1 = (11 + j + 4 * round) + ".5"; // 11.5 ... 22.5: none is J1's, none a time or an id
                String c2 = (1 + j + 4 * round) + ".5";
                for (String[] mark : new String[][] {{"C1", c1}, {"C2", c2}, {"C3", "2"}}) {
                    UUID key = UUID.randomUUID();
                    server.recordOnce(key, judge, "judge-" + judge, Fact.mark("stand", "final", bib, judge, mark[0],
                            new BigDecimal(mark[1]), null, Origin.NONE), null);
                    keys.add(key);
                }
                values.add(c1);
                values.add(c2);
                server.submitSheet(judge, "judge-" + judge, "stand", "final", bib, judge, null);
            }
            UUID penalty = UUID.randomUUID();
            server.recordOnce(penalty, "J2", "judge-J2", Fact.penalty("stand", "final", bib, "J2", "P1", 1, null, Origin.NONE), null);
            keys.add(penalty);
        }
    }

    static void waitFor(java.util.function.BooleanSupplier done, String what) throws InterruptedException {
        StationUplinkTest.await(done, Duration.ofSeconds(30), what);
    }

    @Test
    void aJudgesStationReceivesNoOtherJudgesMarkBeforePublishingAndMayAfter() throws Exception {
        try (Connection c = DriverManager.getConnection(TestPostgres.url("postgres"), TestPostgres.login());
             Statement st = c.createStatement()) {
            st.executeUpdate("DROP DATABASE IF EXISTS " + PostgresContestStore.VENUE_DATABASE + " WITH (FORCE)");
            st.executeUpdate("CREATE DATABASE " + PostgresContestStore.VENUE_DATABASE);
        }
        Path dir = TestFolders.monitorStand(tmp);
        String url = TestPostgres.url(PostgresContestStore.VENUE_DATABASE);
        int port = Integer.parseInt(url.replaceAll(".*:(\\d+)/.*", "$1"));
        OpenContest local = OpenContest.open(dir, CLOCK); // only to read the folder as the app does
        local.close();
        Others others = new Others();
        try (PostgresContestStore server = new PostgresContestStore(url, TestPostgres.login(), local.contest(), CLOCK, null);
             FaultProxy proxy = new FaultProxy(port, 1, 0, 0).recordingReplies()) {
            for (String id : List.of("J1", "J2", "J3", "J4", "J5")) {
                server.addOfficial(id, id, Role.JUDGE, "4711".toCharArray());
            }
            server.addOfficial("C", "Chief", Role.CHIEF, "471147".toCharArray());
            others.record(server, "101", 0);
            try (OpenContest station = OpenContest.join(dir, new VenueLink("127.0.0.1", proxy.port(), "unused"), "judge-1", CLOCK)) {
                JudgeSheets sheets = station.judgeSheets();
                StationUplink uplink = station.uplink().orElseThrow();
                assertThat(station.logins().logIn("J1", "4711".toCharArray(), Role.JUDGE)).isInstanceOf(LoginAnswer.LoggedIn.class);
                assertThat(sheets.heat("J1", "J1", "stand", "final", 1).marks()).isEmpty();
                assertThat(sheets.entrants("J1", "stand", "final")).contains("101", "102");

                sheets.record("J1", "judge-1", Fact.mark("stand", "final", "101", "J1", "C1", new BigDecimal("38.5"), null, Origin.NONE));
                sheets.record("J1", "judge-1", Fact.mark("stand", "final", "101", "J1", "C2", new BigDecimal("27.5"), null, Origin.NONE));
                sheets.record("J1", "judge-1", Fact.mark("stand", "final", "101", "J1", "C3", new BigDecimal("3"), null, Origin.NONE));
                waitFor(() -> uplink.status().waiting() == 0, "J1's marks uploaded");
                others.record(server, "102", 1); // the others go on meanwhile: their rows are the journal's last
                sheets.submit("J1", "judge-1", "stand", "final", "101", "J1", null);
                assertThat(sheets.heat("J1", "J1", "stand", "final", 1).submitted()).containsExactly("101");

                proxy.down(); // the network cuts every connection of the station; its reads are made again
                proxy.up();
                JudgeHeat again = sheets.heat("J1", "J1", "stand", "final", 1);
                assertThat(again.marks()).containsOnlyKeys("101");
                assertThat(again.marks().get("101")).containsEntry("C1", new BigDecimal("38.5"));
                assertThatThrownBy(() -> sheets.published("J1", "stand", "final")).isInstanceOf(Refused.class);
                waitFor(() -> proxy.replies().size() >= 4 && uplink.status().connected(), "the uplink connected again");

                List<byte[]> beforePublish = proxy.replies();
                List<PgWire.Message> sent = PgWire.messages(beforePublish);
                assertThat(PgWire.markRows(sent, "J1", "38.5")).as("the check reads the rows sent: J1's own mark").isNotEmpty();
                assertThat(PgWire.othersMarks(sent, OTHERS, others.values, others.keys)).isEmpty();

                server.lockRound("C", "head", "stand", "final", null);
                server.publishRound("C", "head", "stand", "final");
                assertThat(sheets.published("J1", "stand", "final")).anyMatch(f -> "J2".equals(f.official()));
                List<PgWire.Message> after = PgWire.since(beforePublish, proxy.replies());
                assertThat(PgWire.othersMarks(after, OTHERS, others.values, others.keys)).as("published: the judge may see them")
                        .isNotEmpty();
            }
        }
    }
}
