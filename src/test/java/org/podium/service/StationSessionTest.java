package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.domain.Role;
import org.podium.store.JournalRow;
import org.podium.store.Outbox;
import org.podium.store.PostgresContestStore;
import org.podium.store.TestPostgres;

/**
 * A station's officials on the venue server (docs/venue-server.md, schema 8): each outbox entry keeps the session token
 * of the official logged in when it was saved and is sent on a connection bound to them, so the server records it in
 * their name; an entry saved with nobody logged in is NOT ACCEPTED (the server's row policy), never recorded; an outbox
 * of an earlier Podium gains the column and keeps its rows.
 */
class StationSessionTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final char[] PIN = "4711".toCharArray();

    @TempDir
    Path dir;

    @Test
    void eachEntryIsSentInTheNameOfTheOfficialWhoSavedItAndNobodysIsNotAccepted() throws Exception {
        Contest contest = ContestFolder.load(Path.of("contests/monitor-stand")).contest();
        String database = TestPostgres.newDatabase();
        String url = TestPostgres.url(database);
        Properties station = TestPostgres.stationLogin();
        // an outbox of an earlier Podium, one fact waiting in it: no token column
        Path file = dir.resolve("outbox-station-1.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, fact_key TEXT NOT NULL UNIQUE,"
                    + " recorded_by TEXT NOT NULL, station TEXT NOT NULL, kind TEXT NOT NULL, event TEXT NOT NULL, round TEXT,"
                    + " bib TEXT NOT NULL, official TEXT, item TEXT, attempt INTEGER, millis INTEGER NOT NULL, amount TEXT,"
                    + " status TEXT, reason TEXT, saved_at TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'WAITING',"
                    + " server_id INTEGER, refusal TEXT, sent_at TEXT)");
            st.executeUpdate("INSERT INTO outbox (fact_key, recorded_by, station, kind, event, round, bib, official, millis,"
                    + " saved_at) VALUES ('6f1c2d3e-0000-4000-8000-000000000001', 'T1', 'station-1', 'TIME', 'stand', 'final',"
                    + " '104', 'T1', 44400, '2026-01-01T00:00:00Z')");
        }
        try (PostgresContestStore head = new PostgresContestStore(url, TestPostgres.login(), contest, CLOCK, null);
             org.podium.store.Sequencer sequencer = org.podium.store.TestSequencer.at(url, contest, true)) {
            head.addOfficial("T1", "Timekeeper One", Role.TIMEKEEPER, PIN);
            head.addOfficial("J1", "Judge One", Role.JUDGE, PIN);
            // the station's own store: its officials log in there, one after the other
            try (PostgresContestStore screens = new PostgresContestStore(url, station, contest, CLOCK, null)) {
                StationUplink uplink = new StationUplink(contest, new Outbox(file, CLOCK),
                        () -> org.podium.store.ServerRequests.over(new PostgresContestStore(url, station, contest, CLOCK, null)),
                        Duration.ofMillis(20), Duration.ofMillis(200));
                uplink.sessions(screens::sessionToken);
                try (StationUplink up = uplink) {
                    uplink.save("T1", "station-1", Fact.time("stand", "final", "101", "T1", 31_000, null, Origin.NONE), null);
                    assertThat(screens.checkPin("T1", PIN).ok()).isTrue();
                    uplink.save("T1", "station-1", Fact.time("stand", "final", "102", "T1", 32_000, null, Origin.NONE), null);
                    assertThat(screens.checkPin("J1", PIN).ok()).isTrue();
                    uplink.save("J1", "station-1", Fact.mark("stand", "final", "101", "J1", "C1", new BigDecimal("38.5"), null,
                            Origin.NONE), null);
                    // J1's token, but a fact in T1's name: the server refuses it
                    uplink.save("T1", "station-1", Fact.time("stand", "final", "103", "T1", 33_000, null, Origin.NONE), null);
                    uplink.start();
                    StationUplinkTest.await(() -> uplink.status().waiting() == 0, Duration.ofSeconds(30), "every entry answered");
                    List<Outbox.Entry> all = uplink.outbox().all();
                    assertThat(all).extracting(e -> e.fact().bib() + " " + e.state())
                            .containsExactly("104 NOT_ACCEPTED", "101 NOT_ACCEPTED", "102 SENT", "101 SENT", "103 NOT_ACCEPTED");
                    assertThat(all.get(0).refusal()).contains("not logged in at this station");
                    assertThat(uplink.outbox().token(all.get(2).key())).isNotEqualTo(uplink.outbox().token(all.get(3).key()));
                }
            }
            assertThat(head.journal().stream().filter(r -> "station-1".equals(r.station())).toList())
                    .extracting(JournalRow::bib, JournalRow::recordedBy).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("102", "T1"), org.assertj.core.groups.Tuple.tuple("101", "J1"));
            assertThat(head.verify().ok()).isTrue();
        }
    }

    /**
     * One station, a judge logged in, then the chief at the same laptop: the shared results read as the judge (their own
     * marks only, as the server hands them) are read again as the chief (every mark), not carried on from the judge's.
     */
    @Test
    void theSharedResultsAreReadAgainWhenAnotherOfficialLogsInAtTheStation() throws Exception {
        Contest contest = ContestFolder.load(Path.of("contests/monitor-stand")).contest();
        String url = TestPostgres.url(TestPostgres.newDatabase());
        Properties station = TestPostgres.stationLogin();
        try (PostgresContestStore head = new PostgresContestStore(url, TestPostgres.login(), contest, CLOCK, null);
             PostgresContestStore screens = new PostgresContestStore(url, station, contest, CLOCK, null)) {
            head.addOfficial("J1", "Judge One", Role.JUDGE, PIN);
            head.addOfficial("J2", "Judge Two", Role.JUDGE, PIN);
            head.addOfficial("C", "Chief", Role.CHIEF, "482915".toCharArray());
            head.record("J2", "judge-2", Fact.mark("stand", "final", "101", "J2", "C1", new BigDecimal("13.5"), null,
                    Origin.NONE), null);
            head.record("J1", "judge-1", Fact.mark("stand", "final", "101", "J1", "C1", new BigDecimal("38.5"), null,
                    Origin.NONE), null); // the journal's last row: J1's read ends where the chief's does
            CurrentResults results = new ResultsService(contest, List.of(), screens).current();
            assertThat(screens.checkPin("J1", PIN).ok()).isTrue();
            assertThat(results.snapshot().facts()).extracting(Fact::official).containsExactly("J1");
            assertThat(screens.checkPin("C", "482915".toCharArray()).ok()).isTrue();
            assertThat(results.snapshot().facts()).extracting(Fact::official).containsExactly("J2", "J1");
        }
    }

    /**
     * The network cuts the station's connection after J1 logged in: the new connection is bound to J1 again (the read
     * asked once more on it still holds J1's own mark, which the server hands nobody unbound).
     */
    @Test
    void aConnectionMadeAgainIsBoundToTheOfficialLoggedIn() throws Exception {
        Contest contest = ContestFolder.load(Path.of("contests/monitor-stand")).contest();
        String database = TestPostgres.newDatabase();
        int port = TestPostgres.port();
        Properties station = TestPostgres.stationLogin();
        try (PostgresContestStore head = new PostgresContestStore(TestPostgres.url(database), TestPostgres.login(), contest,
                CLOCK, null); FaultProxy proxy = new FaultProxy(port, 1, 0, 0)) {
            head.addOfficial("J1", "Judge One", Role.JUDGE, PIN);
            head.record("J1", "judge-1", Fact.mark("stand", "final", "101", "J1", "C1", new BigDecimal("38.5"), null,
                    Origin.NONE), null);
            String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database + "?socketTimeout=2";
            try (org.podium.store.ContestStore store = ReconnectingStore.of(
                    new PostgresContestStore(url, station, contest, CLOCK, null),
                    () -> new PostgresContestStore(url, station, contest, CLOCK, null))) {
                assertThat(store.currentFacts()).isEmpty(); // nobody logged in: no mark
                assertThat(store.checkPin("J1", PIN).ok()).isTrue();
                String token = store.sessionToken();
                assertThat(store.currentFacts()).extracting(Fact::official).containsExactly("J1");
                proxy.down();
                proxy.up();
                assertThat(store.currentFacts()).extracting(Fact::official).containsExactly("J1");
                assertThat(store.sessionToken()).isEqualTo(token);
            }
        }
    }
}
