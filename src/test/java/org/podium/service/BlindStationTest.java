package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.domain.Role;
import org.podium.server.TestFolders;
import org.podium.store.PostgresContestStore;
import org.podium.store.Sequencer;
import org.podium.store.TestSequencer;
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

    @TempDir
    Path tmp;

    static void waitFor(java.util.function.BooleanSupplier done, String what) throws InterruptedException {
        StationUplinkTest.await(done, Duration.ofSeconds(30), what);
    }

    @Test
    void aJudgesStationReceivesNoOtherJudgesMarkBeforePublishingAndMayAfter() throws Exception {
        int port = TestPostgres.venueDatabase();
        Path dir = TestFolders.monitorStand(tmp);
        OtherJudges others = new OtherJudges();
        try (PostgresContestStore server = new PostgresContestStore(TestPostgres.url(PostgresContestStore.VENUE_DATABASE),
                TestPostgres.login(), ContestFolder.load(dir).contest(), CLOCK, null);
             Sequencer sequencer = TestSequencer.start(PostgresContestStore.VENUE_DATABASE, ContestFolder.load(dir).contest());
             FaultProxy proxy = new FaultProxy(port, 1, 0, 0).recordingReplies()) {
            for (String id : List.of("J1", "J2", "J3", "J4", "J5")) {
                server.addOfficial(id, id, Role.JUDGE, "4711".toCharArray());
            }
            server.addOfficial("C", "Chief", Role.CHIEF, "471147".toCharArray());
            others.mark(server, "101");
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
                others.mark(server, "102"); // the others go on meanwhile: their rows are the journal's last
                sheets.submit("J1", "judge-1", "stand", "final", "101", "J1", null); // saved in the outbox, then sent
                waitFor(() -> uplink.status().waiting() == 0, "J1's submit uploaded");
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
                assertThat(others.foundIn(sent)).isEmpty();

                server.lockRound("C", "head", "stand", "final", null);
                server.publishRound("C", "head", "stand", "final");
                assertThat(sheets.published("J1", "stand", "final")).anyMatch(f -> "J2".equals(f.official()));
                List<PgWire.Message> after = PgWire.since(beforePublish, proxy.replies());
                assertThat(others.foundIn(after)).as("published: the judge may see them")
                        .isNotEmpty();
            }
        }
    }

    /**
     * A later round's entrants at a joined judge's station: the whole roster while the round before is not published
     * (nothing of it is read: no other judge's mark crosses the wire), the engine's finalists once it is.
     */
    @Test
    void aLaterRoundsEntrantsComeFromTheRoundBeforeOnlyOnceItIsPublished() throws Exception {
        int port = TestPostgres.venueDatabase();
        Path dir = FireSafety.folder(tmp.resolve("fire-safety"));
        ContestFolder folder = ContestFolder.load(dir);
        try (PostgresContestStore server = new PostgresContestStore(TestPostgres.url(PostgresContestStore.VENUE_DATABASE),
                TestPostgres.login(), folder.contest(), CLOCK, null);
             Sequencer sequencer = TestSequencer.start(PostgresContestStore.VENUE_DATABASE, folder.contest());
             FaultProxy proxy = new FaultProxy(port, 1, 0, 0).recordingReplies()) {
            for (String id : List.of("J1", "J2", "J3")) {
                server.addOfficial(id, id, Role.JUDGE, "4711".toCharArray());
            }
            server.addOfficial("C", "Chief", Role.CHIEF, "471147".toCharArray());
            server.importFacts(FireSafety.sample(folder, "hose", "prelim"), null); // J1-J3's prelim marks among them
            try (OpenContest station = OpenContest.join(dir, new VenueLink("127.0.0.1", proxy.port(), "unused"), "judge-1", CLOCK)) {
                JudgeSheets sheets = station.judgeSheets();
                assertThat(sheets.entrants("J1", "hose", "final")).hasSize(folder.contest().entrants("hose").size())
                        .hasSizeGreaterThan(FireSafety.FINALISTS.size());
                assertThat(PgWire.othersMarks(PgWire.messages(proxy.replies()), List.of("J2", "J3"), List.of(), List.of()))
                        .isEmpty();

                server.lockRound("C", "head", "hose", "prelim", null);
                server.publishRound("C", "head", "hose", "prelim");
                assertThat(sheets.entrants("J1", "hose", "final")).containsExactlyInAnyOrderElementsOf(FireSafety.FINALISTS);
                assertThat(PgWire.othersMarks(PgWire.messages(proxy.replies()), List.of("J2", "J3"), List.of(), List.of()))
                        .isNotEmpty();
            }
        }
    }
}
