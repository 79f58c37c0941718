package org.podium.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.domain.Role;
import org.podium.store.SqliteContestStore;
import org.sqlite.SQLiteConfig;

/**
 * Benchmark (not a test): per-fact commit latency of {@link SqliteContestStore#record} for single facts, each in
 * its own transaction, beside a raw sqlite-jdbc insert+commit of a row of the same width with the same pragmas
 * (WAL, synchronous=FULL), measured in the same run, in alternating blocks so that both see the same disk.
 *
 * <pre>java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" org.podium.bench.StoreBenchmark [facts]</pre>
 */
public final class StoreBenchmark {
    private static final int BLOCK = 500;

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int facts = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Contest contest = ContestFolder.load(Path.of("contests/monitor-stand")).contest();
        Path dir = Files.createTempDirectory("podium-store-bench");
        long[] podium = new long[facts];
        long[] raw = new long[facts];
        try (SqliteContestStore store = new SqliteContestStore(dir.resolve("contest.db"), contest, Clock.systemUTC());
             Connection conn = rawConnection(dir.resolve("raw.db"));
             PreparedStatement insert = conn.prepareStatement("INSERT INTO fact VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            store.addOfficial("T1", "Timekeeper One", Role.TIMEKEEPER, "4711".toCharArray());
            for (int i = 0; i < BLOCK; i++) { // warm-up, not counted
                podiumFact(store, i);
                rawFact(conn, insert, i);
            }
            for (int start = 0; start < facts; start += BLOCK) {
                for (int i = start; i < Math.min(facts, start + BLOCK); i++) {
                    long t0 = System.nanoTime();
                    rawFact(conn, insert, BLOCK + i);
                    raw[i] = System.nanoTime() - t0;
                }
                for (int i = start; i < Math.min(facts, start + BLOCK); i++) {
                    long t0 = System.nanoTime();
                    podiumFact(store, BLOCK + i);
                    podium[i] = System.nanoTime() - t0;
                }
            }
        }
        System.out.printf("%,d single-fact transactions each, WAL, synchronous=FULL, %s%n", facts, dir);
        System.out.println("                       p50        p99");
        System.out.printf("raw insert+commit  %s  %s%n", ms(raw, 0.50), ms(raw, 0.99));
        System.out.printf("Podium record      %s  %s%n", ms(podium, 0.50), ms(podium, 0.99));
        System.out.printf("ratio p50: %.2f (target: at most 1.5)%n", percentile(podium, 0.50) / (double) percentile(raw, 0.50));
    }

    private static void podiumFact(SqliteContestStore store, int n) throws Exception {
        String bib = Integer.toString(101 + n % 40);
        store.record("T1", "bench", Fact.time("stand", "final", bib, "T1", 60_000 + n % 50_000, null, Origin.NONE), null);
    }

    private static Connection rawConnection(Path file) throws Exception {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        Connection conn = config.createConnection("jdbc:sqlite:" + file);
        try (Statement st = conn.createStatement()) {
            st.executeUpdate("CREATE TABLE fact (id INTEGER PRIMARY KEY, kind TEXT, event TEXT, round TEXT, bib TEXT, official TEXT,"
                    + " item TEXT, attempt INTEGER, value TEXT, status TEXT, recorded_by TEXT, station TEXT, recorded_at TEXT,"
                    + " reason TEXT, supersedes INTEGER, hash TEXT)");
        }
        conn.setAutoCommit(false);
        return conn;
    }

    private static void rawFact(Connection conn, PreparedStatement insert, int n) throws Exception {
        Object[] values = {n + 1, "time", "stand", "final", Integer.toString(101 + n % 40), "T1", null, null,
                "60.5", null, "T1", "bench", java.time.Instant.now().toString(), null, null,
                "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"};
        for (int i = 0; i < values.length; i++) {
            insert.setObject(i + 1, values[i]);
        }
        insert.executeUpdate();
        conn.commit();
    }

    private static long percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static String ms(long[] nanos, double p) {
        return String.format("%7.3f ms", percentile(nanos, p) / 1e6);
    }
}
