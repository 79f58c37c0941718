package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Contest;
import org.podium.domain.Role;
import org.podium.store.JournalRow;
import org.podium.store.Outbox;
import org.podium.store.PostgresContestStore;
import org.podium.store.Sequencer;
import org.podium.store.ServerRequests;
import org.podium.store.TestSequencer;
import org.podium.store.TestPostgres;

/**
 * {@code kill -9} of a station process in the middle of its uploads (issue 13, "Done when"): every fact it said saved
 * is in its outbox; the station started again uploads the rest; the journal holds each once and verifies.
 */
class StationKillTest {
    @TempDir
    Path dir;

    @Test
    void aStationKilledMidUploadLosesNothingAndDoublesNothingWhenStartedAgain() throws Exception {
        Contest contest = ContestFolder.load(Path.of("contests/monitor-stand")).contest();
        String db = TestPostgres.newDatabase();
        Clock clock = Clock.systemUTC();
        Path outboxFile = dir.resolve("timing-9.outbox");
        Properties stationLogin = new Properties();
        stationLogin.setProperty("user", PostgresContestStore.STATION_USER);
        try (PostgresContestStore head = new PostgresContestStore(TestPostgres.url(db), TestPostgres.login(), contest, clock,
                null); Sequencer sequencer = TestSequencer.start(db, contest)) {
            head.addOfficial("T1", "Timekeeper One", Role.TIMEKEEPER, "4711".toCharArray());
            Process station = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), StationProcess.class.getName(), TestPostgres.url(db),
                    outboxFile.toString(), "400").redirectErrorStream(true).start();
            int said = -1;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(station.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                // killed once it has said 150 saved and the server holds some but not all of them: mid-upload
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("saved ")) {
                        said = Integer.parseInt(line.substring(6));
                        long uploaded = head.journal().stream().filter(r -> "timing-9".equals(r.station())).count();
                        if (said >= 150 && uploaded > 0 && uploaded < said + 1 || said == 399) {
                            break;
                        }
                    }
                }
                station.destroyForcibly(); // SIGKILL: kill -9
                assertThat(station.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(said).as("the station said facts saved before it was killed").isGreaterThanOrEqualTo(150);
            long before = head.journal().stream().filter(r -> "timing-9".equals(r.station())).count();
            assertThat(before).as("killed mid-upload").isLessThan(said + 1);

            // started again on the same outbox
            try (StationUplink again = new StationUplink(contest, new Outbox(outboxFile, clock),
                    () -> ServerRequests.over(new PostgresContestStore(TestPostgres.url(db), stationLogin, contest, clock, null)),
                    Duration.ofMillis(20), Duration.ofMillis(200)).start()) {
                List<Outbox.Entry> saved = again.outbox().all();
                assertThat(saved.size()).as("every fact said saved is in the outbox").isGreaterThanOrEqualTo(said + 1);
                long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (again.status().waiting() > 0 && System.nanoTime() < end) {
                    Thread.sleep(20);
                }
                assertThat(again.status().waiting()).isZero();
                List<JournalRow> rows = head.journal().stream().filter(r -> "timing-9".equals(r.station())).toList();
                assertThat(rows).as("0 lost, 0 doubled").hasSize(saved.size());
                assertThat(again.outbox().all()).allMatch(e -> e.state() == Outbox.State.SENT);
                assertThat(Reconcile.missing(head, again.outbox())).isEmpty();
                assertThat(head.verify().ok()).isTrue();
            }
        }
    }
}
