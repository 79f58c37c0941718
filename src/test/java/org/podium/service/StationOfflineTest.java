package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.domain.Status;
import org.podium.server.TestFolders;
import org.podium.store.JournalRow;
import org.podium.store.PostgresContestStore;
import org.podium.store.TestPostgres;

/**
 * A station joined to the venue server whose network the tests' {@link FaultProxy} cuts: its reads (the judge's
 * sheets, the timekeeper's lanes) show every fact it saved meanwhile as recorded (a mark, a correction, a withdrawal, a
 * submit, a time, a DNS), and once the link returns and the outbox is uploaded they show the server's rows, each once
 * (docs/venue-server.md, "Stations": the outbox in the station's reads).
 */
class StationOfflineTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path tmp;

    private FaultProxy proxy;
    private OpenContest station;
    private PostgresContestStore server;
    private org.podium.store.Sequencer sequencer;

    @BeforeEach
    void join() throws Exception {
        int port = TestPostgres.venueDatabase();
        Path dir = TestFolders.monitorStand(tmp);
        proxy = new FaultProxy(port, 1, 0, 0);
        org.podium.domain.Contest contest = org.podium.contestfile.ContestFolder.load(dir).contest();
        server = new PostgresContestStore(TestPostgres.url(PostgresContestStore.VENUE_DATABASE), TestPostgres.login(),
                contest, CLOCK, null); // the owner makes the database
        // podium serve's sequencer: it appends the station's writes, each in the name of the official logged in there
        sequencer = org.podium.store.TestSequencer.start(PostgresContestStore.VENUE_DATABASE, contest, true);
        // a sample served: its officials (T1-T3, J1-J5, C; PIN 0000) at the first join
        station = OpenContest.join(dir, new VenueLink("127.0.0.1", proxy.port(), "unused"), "station-1", CLOCK);
    }

    @AfterEach
    void close() throws Exception {
        station.close();
        sequencer.close();
        server.close();
        proxy.close();
    }

    private StationUplink uplink() {
        return station.uplink().orElseThrow();
    }

    private static void await(BooleanSupplier done, String what) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(20);
        }
    }

    private void offline() throws InterruptedException {
        proxy.down();
        await(() -> !uplink().connected(), "the station finds the server gone");
    }

    private void online() throws InterruptedException {
        proxy.up();
        await(() -> uplink().connected() && uplink().status().waiting() == 0, "the outbox uploaded");
    }

    private static Fact mark(String bib, String criterion, String value) {
        return Fact.mark("stand", "final", bib, "J1", criterion, new BigDecimal(value), null, Origin.NONE);
    }

    private static Map<String, String> marksOf(JudgeHeat heat, String bib) {
        Map<String, String> said = new java.util.TreeMap<>();
        heat.marks().getOrDefault(bib, Map.of()).forEach((c, m) -> said.put(c, m.toPlainString()));
        return said;
    }

    private List<JournalRow> rowsOf(String official) {
        return server.journal().stream().filter(r -> "station-1".equals(r.station()) && official.equals(r.recordedBy()))
                .toList();
    }

    @Test
    void aJudgesSheetsShowWhatTheStationSavedOfflineAndTheServersRowsOnceTheLinkReturns() throws Exception {
        assertThat(station.logins().logIn("J1", "0000".toCharArray(), org.podium.domain.Role.JUDGE))
                .isInstanceOf(LoginAnswer.LoggedIn.class);
        JudgeSheets sheets = station.judgeSheets();
        sheets.record("J1", "station-1", mark("101", "C1", "38.5"));
        sheets.record("J1", "station-1", mark("101", "C2", "27.5"));
        sheets.record("J1", "station-1", Fact.penalty("stand", "final", "102", "J1", "P1", 2, null, Origin.NONE));
        await(() -> uplink().status().waiting() == 0, "the marks uploaded");
        assertThat(marksOf(sheets.heat("J1", "J1", "stand", "final", 1), "101")).containsExactly(
                Map.entry("C1", "38.5"), Map.entry("C2", "27.5"));

        offline();
        sheets.record("J1", "station-1", mark("101", "C3", "2")); // the sheet completed offline
        sheets.record("J1", "station-1", mark("101", "C1", "39")); // a mark changed offline: the latest wins
        sheets.submit("J1", "station-1", "stand", "final", "101", "J1", null); // complete with the marks saved here
        sheets.record("J1", "station-1", mark("102", "C1", "30"));
        station.recording().withdraw("J1", "station-1",
                Fact.penalty("stand", "final", "102", "J1", "P1", 0, null, Origin.NONE), null); // the count withdrawn
        assertThat(uplink().status().waiting()).isEqualTo(5);
        assertThat(rowsOf("J1")).hasSize(3); // nothing of it reached the server

        JudgeHeat offline = sheets.heat("J1", "J1", "stand", "final", 1);
        assertThat(marksOf(offline, "101")).containsExactly(Map.entry("C1", "39"), Map.entry("C2", "27.5"),
                Map.entry("C3", "2"));
        assertThat(marksOf(offline, "102")).containsExactly(Map.entry("C1", "30"));
        assertThat(offline.penalties()).doesNotContainKey("102");
        assertThat(offline.submitted()).containsExactly("101");

        online();
        JudgeHeat back = sheets.heat("J1", "J1", "stand", "final", 1);
        assertThat(back).isEqualTo(offline);
        // the server's rows: each saved fact once, the station's order kept
        assertThat(rowsOf("J1")).extracting(r -> r.kind() + " " + r.bib() + " " + r.item() + " " + r.value()).containsExactly(
                "mark 101 C1 38.5", "mark 101 C2 27.5", "penalty 102 P1 2", "mark 101 C3 2", "mark 101 C1 39",
                "submit 101 null null", "mark 102 C1 30", "withdraw 102 P1 penalty");
        assertThat(server.currentFactsOf("J1", "stand", "final")).extracting(f -> f.bib() + " " + f.item() + " "
                + f.amount().toPlainString()).containsExactlyInAnyOrder("101 C1 39", "101 C2 27.5", "101 C3 2", "102 C1 30");
        assertThat(server.verify().ok()).isTrue();
    }

    @Test
    void aTimekeepersLanesShowWhatTheStationSavedOfflineAndTheServersRowsOnceTheLinkReturns() throws Exception {
        assertThat(station.logins().logIn("T1", "0000".toCharArray(), org.podium.domain.Role.TIMEKEEPER))
                .isInstanceOf(LoginAnswer.LoggedIn.class);
        TimingDesk desk = station.timingDesk();
        desk.record("T1", "station-1", Fact.time("stand", "final", "101", "T1", 61_250, null, Origin.NONE));
        desk.record("T1", "station-1", Fact.time("stand", "final", "104", "T1", 50_000, null, Origin.NONE));
        await(() -> uplink().status().waiting() == 0, "the times uploaded");
        assertThat(desk.heat("T1", "stand", "final", 1)).hasSize(2);

        offline();
        desk.record("T1", "station-1", Fact.time("stand", "final", "102", "T1", 44_400, null, Origin.NONE));
        desk.record("T1", "station-1", List.of(Fact.status("stand", "final", "103", null, Status.DNS, null, Origin.NONE)),
                null);
        desk.withdraw("T1", "station-1", Fact.time("stand", "final", "101", "T1", 61_250, null, Origin.NONE), null);
        desk.record("T1", "station-1", Fact.time("stand", "final", "104", "T1", 50_010, null, Origin.NONE));
        assertThat(uplink().status().waiting()).isEqualTo(4);

        List<String> offline = desk.heat("T1", "stand", "final", 1).stream().map(StationOfflineTest::said).toList();
        assertThat(offline).containsExactlyInAnyOrder("104 TIME 50010", "102 TIME 44400", "103 STATUS DNS");

        online();
        List<String> back = desk.heat("T1", "stand", "final", 1).stream().map(StationOfflineTest::said).toList();
        assertThat(back).containsExactlyInAnyOrder("104 TIME 50010", "102 TIME 44400", "103 STATUS DNS");
        assertThat(rowsOf("T1")).hasSize(6);
        assertThat(server.verify().ok()).isTrue();
    }

    private static String said(Fact f) {
        return f.bib() + " " + f.kind() + " " + (f.status() != null ? f.status() : Long.toString(f.millis()));
    }
}
