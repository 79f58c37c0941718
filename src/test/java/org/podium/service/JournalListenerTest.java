package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.domain.Role;
import org.podium.store.JournalListener;
import org.podium.store.PostgresContestStore;
import org.podium.store.TestPostgres;

/**
 * Live results by LISTEN/NOTIFY (issue 13): a fact appended through one connection reaches a listener at once, with no
 * poll (the safety poll set to an hour), and after the link breaks and returns the listener reads again.
 */
class JournalListenerTest {
    @TempDir
    Path dir;

    @Test
    void anAppendIsToldAtOnceAndAReconnectionReadsAgain() throws Exception {
        Contest contest = ContestFolder.load(Path.of("contests/monitor-stand")).contest();
        String db = TestPostgres.newDatabase();
        int port = Integer.parseInt(TestPostgres.url(db).replaceAll(".*:(\\d+)/.*", "$1"));
        try (PostgresContestStore head = new PostgresContestStore(TestPostgres.url(db), TestPostgres.login(), contest,
                Clock.systemUTC(), null);
             FaultProxy proxy = new FaultProxy(port, 1, 0, 0)) {
            head.addOfficial("T1", "Timekeeper One", Role.TIMEKEEPER, "4711".toCharArray());
            AtomicLong seen = new AtomicLong();
            AtomicLong calls = new AtomicLong();
            String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + db;
            try (PostgresContestStore reader = new PostgresContestStore(TestPostgres.url(db), TestPostgres.login(), contest,
                    Clock.systemUTC(), null);
                 JournalListener listener = new JournalListener(url, TestPostgres.login(), Duration.ofHours(1), () -> {
                     calls.incrementAndGet();
                     seen.set(reader.lastRowId());
                 })) {
                await(() -> listener.connections() == 1 && calls.get() == 1, "listening");
                long before = calls.get();
                long id = head.record("T1", "timing-1", Fact.time("stand", "final", "101", "T1", 31_000, null, Origin.NONE), null);
                await(() -> seen.get() == id, "the fact told by a notification");
                assertThat(listener.notifications()).isPositive();
                assertThat(calls.get()).isGreaterThan(before);

                proxy.down(); // the station's link breaks; a fact is appended meanwhile
                long meanwhile = head.record("T1", "timing-1", Fact.time("stand", "final", "102", "T1", 32_000, null,
                        Origin.NONE), null);
                proxy.up();
                await(() -> listener.connections() >= 2 && seen.get() == meanwhile, "read again after the reconnection");
            }
        }
    }

    private static void await(java.util.function.BooleanSupplier done, String what) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(20);
        }
    }
}
