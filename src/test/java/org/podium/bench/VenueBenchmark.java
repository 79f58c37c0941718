package org.podium.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.domain.Role;
import org.podium.server.TestFolders;
import org.podium.server.VenueServer;
import org.podium.service.FaultProxy;
import org.podium.service.StationUplink;
import org.podium.service.VenueLink;
import org.podium.store.ContestStore;
import org.podium.store.Outbox;
import org.podium.store.PostgresContestStore;

/**
 * Benchmark (not a test) of the venue server (issue 13, part 2): a real embedded PostgreSQL started as {@code podium
 * serve} starts it (durable: fsync and synchronous_commit on), on 127.0.0.1; eight recording stations (3 timekeepers,
 * 5 judges, each an outbox and an uplink as the app makes them, backoff 0.2 s to 2 s) and the head table (a
 * {@code LISTEN} connection whose every notification reads the last row id and the contest's current facts again, the
 * safety poll at an hour). Printed: p50/p95 from "Enter" (the save asked) to "saved" (the outbox's commit) and to the
 * head table having read the fact again, at venue pace and in a burst; the time a 100-fact backlog takes to clear
 * after the link returns (through the tests' {@link FaultProxy}); append throughput of the server's store beside a raw
 * JDBC insert+commit on the same server.
 *
 * <pre>java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" org.podium.bench.VenueBenchmark [paceSeconds]</pre>
 */
public final class VenueBenchmark {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final String[] BIBS = {"101", "102", "103", "104"};
    private static final int BURST = 25;
    private static final int BACKLOG = 100;
    private static final int APPENDS = 1_000;

    private VenueBenchmark() {
    }

    /** One fact said at a station: when Enter was pressed, when the outbox said saved, its key. */
    private record Said(long enter, long saved, UUID key, boolean burst) {
    }

    public static void main(String[] args) throws Exception {
        int paceSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        Path tmp = Files.createTempDirectory("podium-venue-bench");
        Path dir = TestFolders.monitorStand(tmp);
        Contest contest = ContestFolder.load(dir).contest();
        int port = TestFolders.freePort();
        try (VenueServer server = VenueServer.start(dir, contest, new VenueServer.Options(port, "127.0.0.1", null), CLOCK)) {
            PostgresContestStore serverStore = server.store();
            char[] pin = "4711".toCharArray();
            for (int i = 1; i <= 3; i++) {
                serverStore.addOfficial("T" + i, "Timekeeper " + i, Role.TIMEKEEPER, pin);
            }
            for (int i = 1; i <= 5; i++) {
                serverStore.addOfficial("J" + i, "Judge " + i, Role.JUDGE, pin);
            }
            serverStore.addOfficial("T9", "Backlog timekeeper", Role.TIMEKEEPER, pin);
            serverStore.addOfficial("C", "Chief", Role.CHIEF, "482915".toCharArray());
            VenueLink link = new VenueLink("127.0.0.1", port, server.password());

            // the head table: notified, then reads again
            Map<Long, Long> seen = new ConcurrentHashMap<>();
            ContestStore head = link.connect(contest, CLOCK);
            head.checkPin("C", "482915".toCharArray()); // the chief logged in: the server shows the head table every row
            // as the head table reads: the shared snapshot, only the rows after the last id it holds, then scored
            org.podium.service.CurrentResults results = new org.podium.service.ResultsService(contest, List.of(), head).current();
            long[] known = {results.snapshot().asOf()};
            AutoCloseable listening = link.listen(Duration.ofHours(1), () -> {
                long last = results.snapshot().asOf();
                if (last == known[0]) {
                    return;
                }
                long now = System.nanoTime();
                for (long id = known[0] + 1; id <= last; id++) {
                    seen.put(id, now);
                }
                known[0] = last;
            });

            List<StationUplink> stations = new ArrayList<>();
            List<String> officials = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                stations.add(station(link, contest, tmp.resolve("timing-" + i + ".outbox"), "T" + i));
                officials.add("T" + i);
            }
            for (int i = 1; i <= 5; i++) {
                stations.add(station(link, contest, tmp.resolve("judge-" + i + ".outbox"), "J" + i));
                officials.add("J" + i);
            }
            Thread.sleep(1_000); // every station connected, the listener listening
            List<List<Said>> said = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            long burstAt = System.nanoTime() + Duration.ofSeconds(paceSeconds).toNanos();
            for (int s = 0; s < stations.size(); s++) {
                List<Said> mine = new ArrayList<>();
                said.add(mine);
                StationUplink uplink = stations.get(s);
                String official = officials.get(s);
                String station = official.startsWith("T") ? "timing-" + official.substring(1) : "judge-" + official.substring(1);
                Random random = new Random(s);
                Thread t = new Thread(() -> {
                    int n = 0;
                    while (System.nanoTime() < burstAt) { // venue pace: one fact every 1 to 3 s at each station
                        mine.add(save(uplink, official, station, n++, false));
                        sleep(1_000 + random.nextInt(2_000));
                    }
                    for (int i = 0; i < BURST; i++) { // the burst: every station at once, Enter after Enter
                        mine.add(save(uplink, official, station, n++, true));
                    }
                }, station);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            await(() -> stations.stream().allMatch(u -> u.status().waiting() == 0), Duration.ofMinutes(2));
            long lastId = serverStore.lastRowId();
            await(() -> seen.containsKey(lastId), Duration.ofMinutes(1));

            List<Long> savedPace = new ArrayList<>();
            List<Long> savedBurst = new ArrayList<>();
            List<Long> headPace = new ArrayList<>();
            List<Long> headBurst = new ArrayList<>();
            for (int s = 0; s < stations.size(); s++) {
                Map<UUID, Long> ids = new ConcurrentHashMap<>();
                for (Outbox.Entry e : stations.get(s).outbox().all()) {
                    ids.put(e.key(), e.serverId());
                }
                for (Said f : said.get(s)) {
                    (f.burst ? savedBurst : savedPace).add(f.saved - f.enter);
                    (f.burst ? headBurst : headPace).add(seen.get(ids.get(f.key)) - f.enter);
                }
            }
            listening.close();
            head.close();
            for (StationUplink u : stations) {
                u.close();
            }

            double[] backlog = backlog(link, contest, tmp, port);
            // the raw inserts as the owner (a table of its own); Podium's appends as podium serve's own store
            double[] appends = appends(serverStore, link, Files.readString(dir.resolve("server/owner-password")).strip(), contest);

            System.out.printf("venue server on 127.0.0.1:%d (durable), 8 recording stations + the head table, %s%n", port, tmp);
            System.out.printf("venue pace %d s (one fact every 1-3 s per station), then a burst of %d facts per station%n",
                    paceSeconds, BURST);
            System.out.println("                                  facts     p50        p95      (goal p95)");
            System.out.printf("Enter -> saved, pace            %6d  %s  %s   50 ms%n", savedPace.size(), ms(savedPace, 0.50), ms(savedPace, 0.95));
            System.out.printf("Enter -> saved, burst           %6d  %s  %s   50 ms%n", savedBurst.size(), ms(savedBurst, 0.50), ms(savedBurst, 0.95));
            System.out.printf("Enter -> head table, pace       %6d  %s  %s  250 ms%n", headPace.size(), ms(headPace, 0.50), ms(headPace, 0.95));
            System.out.printf("Enter -> head table, burst      %6d  %s  %s  250 ms%n", headBurst.size(), ms(headBurst, 0.50), ms(headBurst, 0.95));
            System.out.printf("%d-fact backlog cleared %.2f s after the link returned (goal 5 s): %.2f s until the station's next"
                    + " try (its backoff, 0.2 s doubling to 2 s), %.2f s sending%n", BACKLOG, backlog[1], backlog[0],
                    backlog[1] - backlog[0]);
            System.out.printf("append throughput, one connection, %,d single-row transactions: Podium %.0f/s, raw JDBC insert %.0f/s"
                    + " (ratio %.2f); a station's requests through the sequencer, one at a time, %.0f/s%n", APPENDS, appends[0],
                    appends[1], appends[1] / appends[0], appends[2]);
            System.out.printf("journal %d rows, verify %s%n", serverStore.lastRowId(), serverStore.verify().ok() ? "ok" : "FAILED");
        }
    }

    /** A station whose official logged in on the server: each fact sent in their name. */
    private static StationUplink station(VenueLink link, Contest contest, Path outbox, String official) {
        StationUplink uplink = new StationUplink(contest, new Outbox(outbox, CLOCK), () -> link.connect(contest, CLOCK),
                org.podium.service.StationUplink.FIRST_WAIT, org.podium.service.StationUplink.LONGEST_WAIT);
        try (ContestStore login = link.connect(contest, CLOCK)) {
            login.checkPin(official, "4711".toCharArray());
            String token = login.sessionToken();
            uplink.sessions(() -> token);
        }
        return uplink.start();
    }

    private static Said save(StationUplink uplink, String official, String station, int n, boolean burst) {
        String bib = BIBS[n % BIBS.length];
        Fact fact = official.startsWith("T")
                ? Fact.time("stand", "final", bib, official, 30_000 + n, null, Origin.NONE)
                : Fact.mark("stand", "final", bib, official, n % 2 == 0 ? "C1" : "C2",
                        new BigDecimal(String.valueOf((n % 60) / 2.0)), null, Origin.NONE);
        long enter = System.nanoTime();
        Outbox.Entry e = uplink.save(official, station, fact, null);
        return new Said(enter, System.nanoTime(), e.key(), burst);
    }

    /**
     * A station offline while 100 facts are saved; seconds from the link's return until the station is connected again
     * (its backoff's wait) and until none waits.
     */
    private static double[] backlog(VenueLink link, Contest contest, Path tmp, int port) throws Exception {
        try (FaultProxy proxy = new FaultProxy(port, 1, 0, 0)) {
            VenueLink through = new VenueLink("127.0.0.1", proxy.port(), link.password());
            try (StationUplink uplink = station(through, contest, tmp.resolve("timing-9.outbox"), "T9")) {
                await(() -> uplink.status().connected(), Duration.ofSeconds(30));
                proxy.down();
                for (int i = 0; i < BACKLOG; i++) {
                    save(uplink, "T9", "timing-9", i, false);
                }
                Thread.sleep(10_000); // offline long enough for the backoff to reach its 5 s
                long up = System.nanoTime();
                proxy.up();
                await(() -> uplink.status().connected(), Duration.ofMinutes(1));
                long connected = System.nanoTime();
                await(() -> uplink.status().waiting() == 0, Duration.ofMinutes(1));
                return new double[] {(connected - up) / 1e9, (System.nanoTime() - up) / 1e9};
            }
        }
    }

    /**
     * Appends per second through the server's store (record, one transaction each), through a raw insert+commit, and
     * as a station sends them (a request, the sequencer's append, the verdict).
     */
    private static double[] appends(PostgresContestStore store, VenueLink link, String password, Contest contest) throws Exception {
        Properties login = new Properties();
        login.setProperty("user", PostgresContestStore.VENUE_USER);
        login.setProperty("password", password);
        try (Connection conn = DriverManager.getConnection(link.url(), login); ContestStore station = link.connect(contest, CLOCK)) {
            station.checkPin("T1", "4711".toCharArray()); // T1 logged in at the station: its requests bound to T1
            try (Statement st = conn.createStatement()) {
                st.executeUpdate("CREATE SCHEMA bench");
                st.executeUpdate("CREATE TABLE bench.raw_fact (id BIGSERIAL PRIMARY KEY, kind TEXT, event TEXT, round TEXT,"
                        + " bib TEXT, official TEXT, item TEXT, attempt INTEGER, value TEXT, status TEXT, recorded_by TEXT,"
                        + " station TEXT, recorded_at TEXT, reason TEXT, supersedes BIGINT, hash TEXT, fact_key UUID UNIQUE)");
            }
            long podium = 0;
            long raw = 0;
            long requests = 0;
            try (PreparedStatement insert = conn.prepareStatement("INSERT INTO bench.raw_fact (kind, event, round, bib, official,"
                    + " item, attempt, value, status, recorded_by, station, recorded_at, reason, supersedes, hash, fact_key)"
                    + " VALUES ('time', 'stand', 'final', ?, 'T1', NULL, NULL, ?, NULL, 'T1', 'bench', ?, NULL, NULL, ?, ?)"
                    + " ON CONFLICT (fact_key) DO NOTHING")) {
                for (int block = 0; block < APPENDS; block += 100) { // alternating blocks: both see the same disk
                    long t0 = System.nanoTime();
                    for (int i = block; i < block + 100; i++) {
                        store.record("T1", "bench", Fact.time("stand", "final", BIBS[i % 4], "T1", 90_000 + i, null, Origin.NONE), null);
                    }
                    long t1 = System.nanoTime();
                    for (int i = block; i < block + 100; i++) {
                        insert.setString(1, BIBS[i % 4]);
                        insert.setString(2, String.valueOf(90_000 + i));
                        insert.setString(3, CLOCK.instant().toString());
                        insert.setString(4, Integer.toHexString(i).repeat(8));
                        insert.setObject(5, UUID.randomUUID());
                        insert.executeUpdate();
                    }
                    long t2 = System.nanoTime();
                    for (int i = block; i < block + 100; i++) {
                        station.record("T1", "bench", Fact.time("stand", "final", BIBS[i % 4], "T1", 95_000 + i, null, Origin.NONE),
                                null);
                    }
                    long t3 = System.nanoTime();
                    podium += t1 - t0;
                    raw += t2 - t1;
                    requests += t3 - t2;
                }
            }
            return new double[] {APPENDS / (podium / 1e9), APPENDS / (raw / 1e9), APPENDS / (requests / 1e9)};
        }
    }

    private static void await(java.util.function.BooleanSupplier done, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("not within " + within);
            }
            Thread.sleep(5);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String ms(List<Long> nanos, double p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        long v = sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
        return String.format("%7.2f ms", v / 1e6);
    }
}
