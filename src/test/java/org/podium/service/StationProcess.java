package org.podium.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.store.Outbox;
import org.podium.store.PostgresContestStore;
import org.podium.store.ServerRequests;

/**
 * A timekeeper's station in a process of its own, for {@link StationKillTest}: saves {@code N} facts, printing
 * {@code saved I} once each is durable in the outbox, while its uploader sends them; then waits to be killed.
 * Arguments: JDBC URL, outbox file, N.
 */
public final class StationProcess {
    private StationProcess() {
    }

    public static void main(String[] args) throws Exception {
        Contest contest = ContestFolder.load(Path.of("contests/monitor-stand")).contest();
        Properties login = new Properties();
        login.setProperty("user", PostgresContestStore.STATION_USER); // a station: its writes go to the server's sequencer
        Clock clock = Clock.systemUTC();
        StationUplink uplink = new StationUplink(contest, new Outbox(Path.of(args[1]), clock),
                () -> ServerRequests.over(new PostgresContestStore(args[0], login, contest, clock, null)), Duration.ofMillis(20),
                Duration.ofMillis(200)).start();
        int n = Integer.parseInt(args[2]);
        for (int i = 0; i < n; i++) {
            uplink.save("T1", "timing-9", Fact.time("stand", "final", "10" + (1 + i % 4), "T1", 50_000 + i, null,
                    Origin.NONE), null);
            System.out.println("saved " + i);
            System.out.flush();
            Thread.sleep(2);
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
