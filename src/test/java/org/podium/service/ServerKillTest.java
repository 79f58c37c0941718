package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.service.StationUplinkTest.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.cli.Podium;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.domain.Role;
import org.podium.server.TestFolders;
import org.podium.server.VenueServer;
import org.podium.store.JournalRow;
import org.podium.store.Outbox;
import org.podium.store.PostgresContestStore;
import org.podium.store.ServerRequests;

/**
 * {@code kill -9} of the venue server while two stations upload (issue 13, "Done when"): {@code podium serve} in a child
 * JVM, killed with SIGKILL together with its PostgreSQL (the postmaster and every backend: the laptop's power gone), then
 * served again from its data folder. Every fact the server had acknowledged is still there (checked before the stations
 * may reach it again); after they have sent the rest: 0 lost, 0 doubled, the chain verifies, every outbox reconciles.
 */
class ServerKillTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path tmp;

    @Test
    void theServerKilledWhileTwoStationsUploadLosesNothingAndDoublesNothingWhenServedAgain() throws Exception {
        Path dir = TestFolders.monitorStand(tmp);
        Contest contest = ContestFolder.load(dir).contest();
        int port = TestFolders.freePort();
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Podium.class.getName(), "serve", dir.toString(), "--listen",
                "127.0.0.1", "--port", Integer.toString(port)).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        while (line != null && !line.startsWith("serving ")) {
            line = out.readLine();
        }
        assertThat(line).as("podium serve's line").startsWith("serving ");
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // podium serve says nothing more; its pipe is kept empty
                }
            } catch (java.io.IOException e) {
                // killed
            }
        });
        drain.setDaemon(true);
        drain.start();
        String password = Files.readString(dir.resolve("server/venue-password")).strip();
        Properties login = new Properties(); // the head table's own store here: the owner's, as podium serve's
        login.setProperty("user", PostgresContestStore.VENUE_USER);
        login.setProperty("password", Files.readString(dir.resolve("server/owner-password")).strip());
        String direct = "jdbc:postgresql://127.0.0.1:" + port + "/podium";
        try (PostgresContestStore head = new PostgresContestStore(direct, login, contest, CLOCK, null)) {
            head.addOfficial("T1", "Timekeeper One", Role.TIMEKEEPER, "4711".toCharArray());
            head.addOfficial("J1", "Judge One", Role.JUDGE, "4711".toCharArray());
        }

        List<StationUplink> stations = new ArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> savers = new ArrayList<>();
        Map<UUID, Long> ackedBeforeKill;
        try (FaultProxy proxy = new FaultProxy(port, 1, 0, 0)) {
            String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/podium?socketTimeout=2&connectTimeout=2&loginTimeout=2";
            Properties stationLogin = new Properties(); // the stations log in as podium_station with the venue password
            stationLogin.setProperty("user", PostgresContestStore.STATION_USER);
            stationLogin.setProperty("password", password);
            for (String name : List.of("timing-1", "judge-1")) {
                StationUplink uplink = new StationUplink(contest, new Outbox(tmp.resolve(name + ".outbox"), CLOCK),
                        () -> ServerRequests.over(new PostgresContestStore(url, stationLogin, contest, CLOCK, null)), Duration.ofMillis(20),
                        Duration.ofMillis(400));
                // its official logged in on the server: each fact sent in their name (docs/venue-server.md)
                String token = logIn(url, stationLogin, contest, name.startsWith("timing") ? "T1" : "J1");
                uplink.sessions(() -> token);
                stations.add(uplink.start());
            }
            savers.add(saver(stop, n -> stations.get(0).save("T1", "timing-1",
                    Fact.time("stand", "final", "10" + (1 + n % 4), "T1", 30_000 + n, null, Origin.NONE), null)));
            savers.add(saver(stop, n -> stations.get(1).save("J1", "judge-1", Fact.mark("stand", "final", "10" + (1 + n % 4),
                    "J1", "C1", BigDecimal.valueOf(n % 60, 0).divide(BigDecimal.valueOf(2)), null, Origin.NONE), null)));

            // both stations uploading: the server holds some of each station's facts, and more are waiting
            await(() -> stations.stream().allMatch(s -> sent(s) >= 40), Duration.ofSeconds(60), "40 sent at each station");

            // the laptop's power gone: PostgreSQL (postmaster and backends) and podium serve killed with SIGKILL
            ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(
                    Files.readAllLines(dir.resolve("server/pgdata/postmaster.pid")).get(0).strip())).orElseThrow();
            List<ProcessHandle> backends = postmaster.descendants().toList();
            postmaster.destroyForcibly();
            backends.forEach(ProcessHandle::destroyForcibly);
            serve.destroyForcibly();
            proxy.down(); // the stations do not reach the server again until its acknowledged facts are checked
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
            await(() -> !postmaster.isAlive() && backends.stream().noneMatch(ProcessHandle::isAlive), Duration.ofSeconds(30),
                    "PostgreSQL gone");
            ackedBeforeKill = new java.util.HashMap<>();
            for (StationUplink s : stations) {
                for (Outbox.Entry e : s.outbox().all()) {
                    if (e.state() == Outbox.State.SENT) {
                        ackedBeforeKill.put(e.key(), e.serverId());
                    }
                }
            }
            await(() -> stations.stream().allMatch(s -> s.status().waiting() > 0), Duration.ofSeconds(30),
                    "both stations saving while the server is dead");

            // served again on its data folder (crash recovery from PostgreSQL's WAL)
            try (VenueServer again = VenueServer.start(dir, contest, new VenueServer.Options(port, "127.0.0.1", null), CLOCK)) {
                PostgresContestStore server = again.store();
                assertThat(again.password()).isEqualTo(password);
                Set<UUID> held = server.keysHeld(ackedBeforeKill.keySet());
                assertThat(held).as("every fact the server acknowledged before its death is still there")
                        .isEqualTo(ackedBeforeKill.keySet());
                Map<Long, UUID> byId = new java.util.HashMap<>();
                ackedBeforeKill.forEach((key, id) -> byId.put(id, key));
                assertThat(server.journal().stream().filter(r -> byId.containsKey(r.id())).count())
                        .isEqualTo(ackedBeforeKill.size());

                proxy.up();
                Thread.sleep(1_000); // a little more saved with the server back
                stop.set(true);
                for (Thread t : savers) {
                    t.join();
                }
                await(() -> stations.stream().allMatch(s -> s.status().waiting() == 0), Duration.ofSeconds(60),
                        "both outboxes sent");

                List<JournalRow> journal = server.journal();
                for (StationUplink s : stations) {
                    List<Outbox.Entry> saved = s.outbox().all();
                    String station = saved.get(0).station();
                    assertThat(saved).allMatch(e -> e.state() == Outbox.State.SENT);
                    List<JournalRow> rows = journal.stream().filter(r -> station.equals(r.station())).toList();
                    assertThat(rows).as("0 lost, 0 doubled at " + station).hasSize(saved.size());
                    Set<Long> ids = saved.stream().map(Outbox.Entry::serverId).collect(Collectors.toCollection(HashSet::new));
                    assertThat(ids).hasSize(saved.size());
                    assertThat(rows.stream().map(JournalRow::id).collect(Collectors.toSet())).isEqualTo(ids);
                    for (Outbox.Entry e : saved) {
                        if (ackedBeforeKill.containsKey(e.key())) {
                            assertThat(e.serverId()).as("acknowledged before the kill, never sent again")
                                    .isEqualTo(ackedBeforeKill.get(e.key()));
                        }
                    }
                    assertThat(Reconcile.missing(server, s.outbox())).isEmpty();
                }
                assertThat(server.verify().ok()).isTrue();
            }
        } finally {
            stop.set(true);
            for (Thread t : savers) {
                t.join(10_000);
            }
            for (StationUplink s : stations) {
                s.close();
            }
            serve.destroyForcibly();
        }
    }

    private static long sent(StationUplink s) {
        return s.outbox().all().stream().filter(e -> e.state() == Outbox.State.SENT).count();
    }

    /** A station's official pressing Enter every 10 ms until told to stop ({@code save} is given the count so far). */
    private static Thread saver(AtomicBoolean stop, IntConsumer save) {
        Thread t = new Thread(() -> {
            for (int n = 0; !stop.get(); n++) {
                save.accept(n);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        t.start();
        return t;
    }

    /** A log-in at a station: the session token of the official's right PIN on the server. */
    static String logIn(String url, Properties login, Contest contest, String official) {
        try (PostgresContestStore station = new PostgresContestStore(url, login, contest, CLOCK, null)) {
            assertThat(station.checkPin(official, "4711".toCharArray()).ok()).isTrue();
            return station.sessionToken();
        }
    }
}
