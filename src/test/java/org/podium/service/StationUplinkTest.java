package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import org.podium.store.Sequencer;
import org.podium.store.ServerRequests;
import org.podium.store.TestSequencer;
import org.podium.store.TestPostgres;

/**
 * Stations joined to a real PostgreSQL (embedded, 127.0.0.1) through {@link FaultProxy}: every fact saved at a station
 * is in the journal once, whatever the network did (issue 13, part 2, "Done when").
 */
class StationUplinkTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final char[] PIN = "4711".toCharArray();

    @TempDir
    Path dir;

    private Contest contest;
    private String database;
    private PostgresContestStore head;
    private Sequencer sequencer;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeEach
    void server() throws Exception {
        contest = ContestFolder.load(Path.of("contests/monitor-stand")).contest();
        database = TestPostgres.newDatabase();
        head = new PostgresContestStore(TestPostgres.url(database), TestPostgres.login(), contest, CLOCK, dir.resolve("contest.db"));
        head.addOfficial("T1", "Timekeeper One", Role.TIMEKEEPER, PIN);
        head.addOfficial("J1", "Judge One", Role.JUDGE, PIN);
        head.addOfficial("C", "Chief", Role.CHIEF, PIN);
        sequencer = TestSequencer.start(database, contest, true); // podium serve's sequencer: it appends the stations' writes
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
        sequencer.close();
        head.close();
    }

    private static int postgresPort() {
        String url = TestPostgres.url("postgres");
        return Integer.parseInt(url.replaceAll(".*:(\\d+)/.*", "$1"));
    }

    /**
     * A station whose connections go to {@code port} (the proxy), with short timeouts and waits: logged in as
     * {@code podium_station}, its writes sent to the server's sequencer as a joined station's are.
     */
    private StationUplink station(String name, int port) {
        Properties login = new Properties();
        login.setProperty("user", PostgresContestStore.STATION_USER);
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?socketTimeout=1&connectTimeout=2&loginTimeout=2";
        StationUplink uplink = new StationUplink(contest, new Outbox(dir.resolve(name + ".outbox"), CLOCK),
                () -> ServerRequests.over(new PostgresContestStore(url, login, contest, CLOCK, null)), Duration.ofMillis(20),
                Duration.ofMillis(400));
        String token = session(name.startsWith("judge") ? "J1" : "T1"); // its official logged in on the server
        uplink.sessions(() -> token);
        toClose.add(uplink);
        return uplink.start();
    }

    /** A log-in's session on the server for {@code official} (as podium_log_in makes it): its token. */
    private String session(String official) {
        String token = java.util.UUID.randomUUID().toString();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(TestPostgres.url(database), TestPostgres.login());
             java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO station_session (token, official, made_at)"
                     + " VALUES (?, ?, ?)")) {
            ps.setString(1, token);
            ps.setString(2, official);
            ps.setString(3, CLOCK.instant().toString());
            ps.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return token;
    }

    private static Fact time(String bib, long millis) {
        return Fact.time("stand", "final", bib, "T1", millis, null, Origin.NONE);
    }

    private static Fact mark(String bib, String criterion, String value) {
        return Fact.mark("stand", "final", bib, "J1", criterion, new BigDecimal(value), null, Origin.NONE);
    }

    static void await(BooleanSupplier done, Duration within, String what) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + within + ": " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void twoStationsThroughSixtyFaultsLoseNothingAndDoubleNothing() throws Exception {
        try (FaultProxy proxy = new FaultProxy(postgresPort(), 13, 60, 0.1)) {
            StationUplink timing = station("timing-1", proxy.port());
            StationUplink judge = station("judge-1", proxy.port());
            String[] bibs = {"101", "102", "103", "104"};
            Thread t = new Thread(() -> {
                for (int i = 0; i < 300; i++) {
                    timing.save("T1", "timing-1", time(bibs[i % 4], 30_000 + i), null);
                    pause();
                }
            });
            Thread j = new Thread(() -> {
                for (int i = 0; i < 300; i++) {
                    judge.save("J1", "judge-1", mark(bibs[i % 4], i % 2 == 0 ? "C1" : "C2", String.valueOf((i % 60) / 2.0)), null);
                    pause();
                }
            });
            t.start();
            j.start();
            t.join();
            j.join();
            await(() -> timing.status().waiting() == 0 && judge.status().waiting() == 0, Duration.ofMinutes(3),
                    "both outboxes sent (" + proxy.faultsSaid() + ")");
            assertThat(proxy.faults()).as(proxy.faultsSaid()).isGreaterThanOrEqualTo(50);
            assertThat(proxy.faultsSaid()).doesNotContain(" 0 cut").doesNotStartWith("0 cut").doesNotContain(" 0 refused")
                    .doesNotContain(" 0 replies");

            List<JournalRow> journal = head.journal();
            for (StationUplink s : List.of(timing, judge)) {
                List<Outbox.Entry> saved = s.outbox().all();
                assertThat(saved).allMatch(e -> e.state() == Outbox.State.SENT);
                String station = saved.get(0).station();
                List<JournalRow> rows = journal.stream().filter(r -> station.equals(r.station())).toList();
                assertThat(rows).as("0 lost, 0 doubled at " + station).hasSize(saved.size());
                Set<Long> ids = new HashSet<>();
                for (Outbox.Entry e : saved) {
                    ids.add(e.serverId());
                    JournalRow row = journal.get((int) e.serverId() - 1);
                    assertThat(row.id()).isEqualTo(e.serverId());
                    assertThat(row.bib()).isEqualTo(e.fact().bib());
                    assertThat(row.item()).isEqualTo(e.fact().item());
                }
                assertThat(ids).hasSize(saved.size());
                assertThat(Reconcile.missing(head, s.outbox())).isEmpty();
                // the order the station saved them in is the journal's order
                assertThat(saved.stream().map(Outbox.Entry::serverId).toList()).isSorted();
            }
            assertThat(head.verify().ok()).isTrue();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aFactTheServerRefusesIsKeptAsNotAcceptedWithItsReasonAndTheNextOnesGoOn() throws Exception {
        StationUplink timing = station("timing-1", postgresPort());
        timing.save("T1", "timing-1", time("101", 31_000), null);
        await(() -> timing.status().waiting() == 0, Duration.ofSeconds(30), "the first fact sent");
        head.lockRound("C", "head", "stand", "final", null);
        Outbox.Entry refused = timing.save("T1", "timing-1", time("102", 32_000), null);
        await(() -> timing.status().waiting() == 0, Duration.ofSeconds(30), "the second fact answered");
        head.unlockRound("C", "head", "stand", "final", "a time was missing");
        timing.save("T1", "timing-1", time("103", 33_000), "the stopwatch of lane 3");
        await(() -> timing.status().waiting() == 0, Duration.ofSeconds(30), "the third fact sent");

        Outbox.Entry kept = timing.outbox().entry(refused.key()).orElseThrow();
        assertThat(kept.state()).isEqualTo(Outbox.State.NOT_ACCEPTED);
        assertThat(kept.refusal()).containsIgnoringCase("locked");
        assertThat(timing.status().notAccepted()).isEqualTo(1);
        assertThat(timing.outbox().all()).extracting(Outbox.Entry::state)
                .containsExactly(Outbox.State.SENT, Outbox.State.NOT_ACCEPTED, Outbox.State.SENT);
        assertThat(head.keysHeld(List.of(refused.key()))).isEmpty();
        assertThat(Reconcile.missing(head, timing.outbox())).isEmpty();

        // reported to the server for the head table's list: which station, who, which fact, why (the bundle's key)
        await(() -> timing.outbox().unreported().isEmpty(), Duration.ofSeconds(30), "the refusal reported");
        assertThat(head.notAccepted()).singleElement().satisfies(n -> {
            assertThat(n.key()).isEqualTo(refused.key());
            assertThat(n.station()).isEqualTo("timing-1");
            assertThat(n.recordedBy()).isEqualTo("T1");
            assertThat(n.action()).isEqualTo("record");
            assertThat(n.fact()).isEqualTo(time("102", 32_000));
            assertThat(n.reason()).containsIgnoringCase("locked");
            assertThat(n.reasonKey()).isEqualTo("store.refused.ROUND_LOCKED");
            assertThat(n.reasonArgs()).containsExactly("stand", "final");
        });
        head.reportNotAccepted(kept.notAccepted()); // reported again (a lost reply): kept once
        assertThat(head.notAccepted()).hasSize(1);
        assertThat(head.verify().ok()).isTrue(); // beside the journal, not in it
        assertThat(timing.status().unacknowledged()).isEqualTo(1);
        timing.acknowledge(refused.key());
        assertThat(timing.status().unacknowledged()).isZero();
        assertThat(timing.unacknowledged()).isEmpty();

        // a snapshot of the server keeps the reports, and a server restored from it lists them again
        Path snapshot = head.backup("snapshot");
        String second = TestPostgres.newDatabase();
        try (PostgresContestStore restored = new PostgresContestStore(TestPostgres.url(second), TestPostgres.login(), contest,
                CLOCK, null)) {
            restored.takeOver(snapshot);
            assertThat(restored.notAccepted()).isEqualTo(head.notAccepted());
        }
    }

    @Test
    void aLogOutEndsTheSessionOnTheServerAndTheFactsSavedBeforeItStillUploadOnceInTheOfficialsName() throws Exception {
        String url = TestPostgres.url(database);
        try (FaultProxy proxy = new FaultProxy(postgresPort(), 1, 0, 0);
             org.podium.store.ContestStore screen = ServerRequests.over(new PostgresContestStore(url, TestPostgres.stationLogin(), contest,
                     CLOCK, null))) {
            assertThat(screen.checkPin("T1", PIN).ok()).isTrue(); // T1 logs in at the station's screen
            String token = screen.sessionToken();
            proxy.down();
            StationUplink timing = station("timing-1", proxy.port());
            timing.sessions(screen::sessionToken);
            List<UUID> before = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                before.add(timing.save("T1", "timing-1", time(String.valueOf(101 + i), 30_000 + i), null).key());
            }
            assertThat(timing.waitingWith(token)).containsExactlyElementsOf(before);
            assertThat(TestPostgres.officialOf(url, TestPostgres.stationLogin(), token)).isEqualTo("T1");
            screen.logOut(timing.waitingWith(token)); // T1 logs out while the three wait
            assertThat(screen.sessionToken()).isNull();
            UUID after = timing.save("T1", "timing-1", time("104", 40_000), null).key(); // nobody logged in now
            assertThat(TestPostgres.officialOf(url, TestPostgres.stationLogin(), token)).as("the ended token binds nobody").isNull();
            proxy.up();
            await(() -> timing.status().waiting() == 0, Duration.ofSeconds(30), "the four answered");
            assertThat(head.keysHeld(before)).hasSize(3);
            assertThat(head.keysHeld(List.of(after))).isEmpty();
            assertThat(timing.outbox().entry(after).orElseThrow().state()).isEqualTo(Outbox.State.NOT_ACCEPTED);
            assertThat(head.journal().stream().filter(r -> "timing-1".equals(r.station())).toList()).hasSize(3)
                    .allMatch(r -> "T1".equals(r.recordedBy()));
            assertThat(head.verify().ok()).isTrue();
        }
    }

    @Test
    void aStationOfflineWithFiveHundredFactsLosesNoneAndSendsThemWhenTheLinkReturns() throws Exception {
        try (FaultProxy proxy = new FaultProxy(postgresPort(), 1, 0, 0)) {
            proxy.down();
            StationUplink timing = station("timing-1", proxy.port());
            List<UUID> keys = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                keys.add(timing.save("T1", "timing-1", time(String.valueOf(101 + i % 4), 40_000 + i), null).key());
            }
            StationUplink.Status offline = timing.status();
            assertThat(offline.connected()).isFalse();
            assertThat(offline.waiting()).isEqualTo(500);
            assertThat(offline.problem()).isNotBlank(); // the driver's words, for the log
            assertThat(offline.trouble()).isEqualTo(new VenueTrouble("venue.trouble.noServer", List.of(""))); // the screen's
            assertThat(offline.downSince()).isNotNull();
            assertThat(head.keysHeld(keys)).isEmpty();
            assertThat(Reconcile.missing(head, timing.outbox())).hasSize(500);

            proxy.up();
            await(() -> timing.status().waiting() == 0, Duration.ofMinutes(1), "the 500 sent");
            assertThat(timing.status().connected()).isTrue();
            assertThat(head.keysHeld(keys)).hasSize(500);
            assertThat(head.journal().stream().filter(r -> "timing-1".equals(r.station()))).hasSize(500);
            assertThat(head.verify().ok()).isTrue();
        }
    }

    @Test
    void aRunOfFactsSentAheadIsTakenInTheStationsOrderAndAnsweredOnceWhenEachIsAsked() throws Exception {
        Outbox outbox = new Outbox(dir.resolve("ahead.outbox"), CLOCK);
        toClose.add(outbox);
        outbox.session(session("J1"));
        outbox.save("J1", "judge-1", mark("101", "C1", "30"), null);
        outbox.save("J1", "judge-1", mark("101", "C2", "20"), null);
        outbox.save(Outbox.Action.WITHDRAW, "J1", "judge-1", mark("101", "C2", "20"), null);
        outbox.save("J1", "judge-1", mark("101", "C2", "21"), null);
        List<Outbox.Entry> run = outbox.waiting(50);
        Properties login = new Properties();
        login.setProperty("user", PostgresContestStore.STATION_USER);
        try (var station = ServerRequests.over(new PostgresContestStore(TestPostgres.url(database), login, contest, CLOCK, null))) {
            station.sendAhead(run, outbox::token); // no verdict awaited: the sequencer takes them all the same
            List<UUID> keys = run.stream().map(Outbox.Entry::key).toList();
            await(() -> head.keysHeld(keys).size() == 4, Duration.ofSeconds(30), "the four taken");
            List<JournalRow> rows = head.journal().stream().filter(r -> "judge-1".equals(r.station())).toList();
            assertThat(rows).extracting(r -> r.kind() + " " + r.item() + " " + r.value())
                    .containsExactly("mark C1 30", "mark C2 20", "withdraw C2 mark", "mark C2 21");
            // asked afterwards, as the uplink does, each is answered with its row: nothing written again
            assertThat(station.recordOnce(run.get(0).key(), "J1", "judge-1", run.get(0).fact(), null)).isEqualTo(rows.get(0).id());
            assertThat(station.withdrawOnce(run.get(2).key(), "J1", "judge-1", run.get(2).fact(), null))
                    .isEqualTo(rows.get(2).id());
            assertThat(head.journal().stream().filter(r -> "judge-1".equals(r.station()))).hasSize(4);
            assertThat(head.currentFacts().stream().filter(f -> "C2".equals(f.item()))).singleElement()
                    .satisfies(f -> assertThat(f.amount()).isEqualByComparingTo("21"));
        }
    }

    @Test
    void aFactSentAgainAfterALostReplyIsRecordedOnce() throws Exception {
        StationUplink timing = station("timing-1", postgresPort());
        Outbox.Entry e = timing.save("T1", "timing-1", time("101", 31_000), null);
        await(() -> timing.status().waiting() == 0, Duration.ofSeconds(30), "sent");
        long first = timing.outbox().entry(e.key()).orElseThrow().serverId();
        // the reply was lost: the station sends it again
        long again = new Recording(new ResultsService(contest, List.of(), head)).recordOnce(e.key(), "T1", "timing-1", e.fact(), null);
        assertThat(again).isEqualTo(first);
        assertThat(head.journal().stream().filter(r -> "timing-1".equals(r.station()))).hasSize(1);
    }

    @Test
    void whenTheServerDiesAndItsSnapshotIsServedAgainTheStationSendsWhatTheNewServerLacksAndNothingTwice() throws Exception {
        // the station's connections go to whichever server is "the venue server" now
        String[] serving = {TestPostgres.url(database)};
        Properties login = TestPostgres.login();
        StationUplink timing = new StationUplink(contest, new Outbox(dir.resolve("timing-1.outbox"), CLOCK),
                () -> new PostgresContestStore(serving[0], login, contest, CLOCK, null), Duration.ofMillis(20),
                Duration.ofMillis(200)).start();
        toClose.add(timing);
        for (int i = 0; i < 5; i++) {
            timing.save("T1", "timing-1", time("101", 30_000 + i), null);
        }
        await(() -> timing.status().waiting() == 0, Duration.ofSeconds(30), "the first five sent");
        Path snapshot = head.backup("snapshot");
        for (int i = 5; i < 10; i++) {
            timing.save("T1", "timing-1", time("102", 30_000 + i), null);
        }
        await(() -> timing.status().waiting() == 0, Duration.ofSeconds(30), "five more sent to the server that dies");

        // the server laptop dies; its snapshot (five facts of the station) is moved into a new server
        String second = TestPostgres.newDatabase();
        try (PostgresContestStore restored = new PostgresContestStore(TestPostgres.url(second), login, contest, CLOCK, null)) {
            restored.takeOver(snapshot);
            serving[0] = TestPostgres.url(second);
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(TestPostgres.url("postgres"), login);
                 java.sql.Statement st = c.createStatement()) {
                st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database
                        + "' AND pid <> pg_backend_pid()");
            }
            List<UUID> keys = timing.outbox().all().stream().map(Outbox.Entry::key).toList();
            await(() -> restored.keysHeld(keys).size() == 10 && timing.status().waiting() == 0, Duration.ofSeconds(60),
                    "the five the new server lacked sent again");
            List<JournalRow> rows = restored.journal().stream().filter(r -> "timing-1".equals(r.station())).toList();
            assertThat(rows).hasSize(10);
            assertThat(rows).extracting(JournalRow::bib).containsExactly("101", "101", "101", "101", "101", "102", "102",
                    "102", "102", "102");
            assertThat(restored.verify().ok()).isTrue();
            assertThat(Reconcile.missing(restored, timing.outbox())).isEmpty();
        }
    }

    @Test
    void aWithdrawalASubmitAndAReopenSavedOfflineGoThroughTheOutboxInOrderUnderTheServersRules() throws Exception {
        try (FaultProxy proxy = new FaultProxy(postgresPort(), 1, 0, 0)) {
            proxy.down();
            StationUplink judge = station("judge-1", proxy.port());
            Recording station = new Recording(new ResultsService(contest, List.of(), head), judge);
            station.record("J1", "judge-1", mark("101", "C1", "30"), null);
            station.record("J1", "judge-1", mark("101", "C2", "20"), null);
            station.withdraw("J1", "judge-1", mark("101", "C2", "20"), null); // typed on the wrong line
            station.record("J1", "judge-1", mark("101", "C2", "21"), null);
            station.record("J1", "judge-1", mark("101", "C3", "2"), null);
            station.submit("J1", "judge-1", "stand", "final", "101", "J1", null); // complete: C1-C3 saved here
            station.reopen("J1", "judge-1", "stand", "final", "101", "J1", null, "C1 misread");
            station.record("J1", "judge-1", mark("101", "C1", "31"), "C1 misread");
            station.reopen("J1", "judge-1", "stand", "final", "102", "J1", null, "never submitted"); // the server refuses
            judge.save(Outbox.Action.SUBMIT, "J1", "judge-1", Recording.sheet("stand", "final", "103", "J1", null), null);
            assertThatThrownBy(() -> station.submit("J1", "judge-1", "stand", "final", "104", "J1", null))
                    .isInstanceOf(Refused.class); // nothing marked: refused at the station, nothing saved
            assertThat(judge.status().waiting()).isEqualTo(10);
            assertThat(head.journal().stream().filter(r -> "judge-1".equals(r.station()))).isEmpty();

            proxy.up();
            await(() -> judge.status().waiting() == 0, Duration.ofSeconds(60), "the ten sent");
            List<JournalRow> rows = head.journal().stream().filter(r -> "judge-1".equals(r.station())).toList();
            assertThat(rows).extracting(r -> r.kind() + " " + r.bib() + (r.item() == null ? "" : " " + r.item()))
                    .containsExactly("mark 101 C1", "mark 101 C2", "withdraw 101 C2", "mark 101 C2", "mark 101 C3",
                            "submit 101", "reopen 101", "mark 101 C1");
            assertThat(judge.outbox().notAccepted()).hasSize(2).satisfiesExactly(
                    reopen -> assertThat(reopen.refusal()).contains("not submitted"),
                    submit -> assertThat(submit.refusalKey()).isEqualTo("judging.error.incomplete"));
            await(() -> head.notAccepted().size() == 2, Duration.ofSeconds(30), "both reported to the head table");
            assertThat(head.notAccepted()).extracting(org.podium.domain.NotAccepted::action)
                    .containsExactlyInAnyOrder("reopen", "submit");
            assertThat(head.currentFacts().stream().filter(f -> "101".equals(f.bib()) && "C2".equals(f.item())))
                    .singleElement().satisfies(f -> assertThat(f.amount()).isEqualByComparingTo("21"));

            // each sent again (its reply lost) is answered with its first row, nothing written twice
            Recording server = new Recording(new ResultsService(contest, List.of(), head));
            for (Outbox.Entry e : judge.outbox().sent()) {
                assertThat(server.sendOnce(e.action(), e.key(), e.officialId(), e.station(), e.fact(), e.reason()))
                        .isEqualTo(e.serverId());
            }
            assertThat(head.journal().stream().filter(r -> "judge-1".equals(r.station()))).hasSize(8);
            assertThat(head.verify().ok()).isTrue();
            assertThat(Reconcile.missing(head, judge.outbox())).isEmpty();
        }
    }

    @Test
    void theHeadTablesSnapshotReadsOnlyTheServersNewRowsAndStaysExact() throws Exception {
        CurrentResults current = new ResultsService(contest, List.of(), head).current();
        long first = current.snapshot().asOf();
        head.record("T1", "timing-1", time("101", 61_250), null);
        head.record("T1", "timing-1", time("101", 61_300), "misread");
        head.withdraw("T1", "timing-1", time("101", 61_300), "wrong lane");
        head.record("T1", "timing-1", time("102", 62_000), null);
        CurrentResults.Snapshot after = current.snapshot();
        assertThat(after.asOf()).isEqualTo(head.lastRowId()).isGreaterThan(first);
        assertThat(after.facts()).isEqualTo(head.currentFacts());
        assertThat(after.journal()).isEqualTo(head.journal());
    }
}
