package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.domain.Role;
import org.podium.server.TestFolders;
import org.podium.server.VenueServer;
import org.podium.service.StationUplink;
import org.podium.service.VenueLink;
import org.podium.store.ContestStore;
import org.podium.store.Outbox;

/**
 * {@code podium reconcile} against a real {@code podium serve} on 127.0.0.1: every fact of every outbox found in the
 * journal by its own id, one line per missing fact (exit 1), and the venue's bad input each one line.
 */
class ReconcileCliTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path tmp;

    private static CliRunner withPassword(String password, String... args) {
        return CliRunner.withInput(password, CLOCK, args);
    }

    private static Fact time(String bib, long millis) {
        return Fact.time("stand", "final", bib, "T1", millis, null, Origin.NONE);
    }

    @Test
    void everyFactOfEveryOutboxIsFoundOrSaidMissingAndBadInputIsOneLine() throws Exception {
        Path dir = TestFolders.monitorStand(tmp);
        Contest contest = ContestFolder.load(dir).contest();
        try (VenueServer server = VenueServer.start(dir, contest, new VenueServer.Options(TestFolders.freePort(), "127.0.0.1",
                null), CLOCK)) {
            server.store().addOfficial("T1", "Timekeeper One", Role.TIMEKEEPER, "4711".toCharArray());
            String at = "127.0.0.1:" + server.port();
            Path sent = dir.resolve("outbox-timing-1.db");
            String token; // T1 logged in at the station: its facts are sent in T1's name
            try (ContestStore login = VenueLink.of(at, server.password()).connect(contest, CLOCK)) {
                assertThat(login.checkPin("T1", "4711".toCharArray()).ok()).isTrue();
                token = login.sessionToken();
            }
            StationUplink uplink = new StationUplink(contest, new Outbox(sent, CLOCK),
                    () -> VenueLink.of(at, server.password()).connect(contest, CLOCK), Duration.ofMillis(20),
                    Duration.ofMillis(200));
            uplink.sessions(() -> token);
            try (StationUplink station = uplink.start()) {
                for (int i = 0; i < 3; i++) {
                    station.save("T1", "timing-1", time("10" + (i + 1), 31_000 + i), null);
                }
                long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (station.status().waiting() > 0 && System.nanoTime() < end) {
                    Thread.sleep(20);
                }
            }
            CliRunner ok = withPassword(server.password(), "reconcile", dir.toString(), "--server", at, sent.toString());
            assertThat(ok.err()).isEmpty();
            assertThat(ok.code()).isZero();
            assertThat(ok.out()).isEqualTo("every fact of 1 outbox(es) is in the server's journal (3 facts; 0 not accepted"
                    + " by the server, listed above)\n");

            // a second station that never reached the server: its fact is one line, exit 1
            Path unsent = dir.resolve("outbox-timing-2.db");
            try (Outbox outbox = new Outbox(unsent, CLOCK)) {
                outbox.save("T1", "timing-2", time("104", 44_400), null);
            }
            CliRunner lacking = withPassword(server.password(), "reconcile", dir.toString(), "--server", at, sent.toString(),
                    unsent.toString());
            assertThat(lacking.code()).isEqualTo(1);
            assertThat(lacking.out().lines()).hasSize(2);
            assertThat(lacking.out().lines().findFirst().orElseThrow()).startsWith(unsent + ": fact 1 (time stand/final 104"
                    + " 44400 ms), saved ").contains("by T1 at timing-2, is NOT in the server's journal");
            assertThat(lacking.out()).contains("1 fact(s) of 2 outbox(es) NOT in the server's journal (4 facts;");

            withPassword("not-the-password", "reconcile", dir.toString(), "--server", at, sent.toString())
                    .assertOneLineInputError("the venue password is wrong for podium_station at jdbc:postgresql://" + at + "/podium");
            int nobody = TestFolders.freePort();
            withPassword(server.password(), "reconcile", dir.toString(), "--server", "127.0.0.1:" + nobody, sent.toString())
                    .assertOneLineInputError("no venue server answers at jdbc:postgresql://127.0.0.1:" + nobody
                            + "/podium: start podium serve on the server laptop");
            withPassword(server.password(), "reconcile", dir.toString(), "--server", "127.0.0.1", sent.toString())
                    .assertOneLineInputError("--server 127.0.0.1: give the venue server as HOST:PORT");
            withPassword(server.password(), "reconcile", dir.toString(), "--server", at, dir.resolve("nothing.db").toString())
                    .assertOneLineInputError("nothing.db: no station outbox there");
            assertThat(dir.resolve("nothing.db")).doesNotExist();

            // the server of another contest
            Path other = tmp.resolve("other");
            Files.createDirectories(other);
            Path otherDir = TestFolders.monitorStand(other);
            Path yaml = otherDir.resolve("contest.yaml");
            Files.writeString(yaml, Files.readString(yaml).replace("2020年岗位练兵首场拉练赛", "另一场比赛"));
            withPassword(server.password(), "reconcile", otherDir.toString(), "--server", at, sent.toString())
                    .assertOneLineInputError("holds another contest (2020年岗位练兵首场拉练赛");
        }
    }
}
