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

    /** {@code podium serve} of the contest in {@code dir}, on 127.0.0.1. */
    private static VenueServer serve(Path dir, Contest contest) throws Exception {
        return VenueServer.start(dir, contest, new VenueServer.Options(TestFolders.freePort(), "127.0.0.1", null), CLOCK);
    }

    @Test
    void everyFactOfEveryOutboxIsFoundOrSaidMissingAndBadInputIsOneLine() throws Exception {
        Path dir = TestFolders.monitorStand(tmp);
        Contest contest = ContestFolder.load(dir).contest();
        try (VenueServer server = serve(dir, contest)) {
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

    /**
     * A judge's withdrawal, submit and reopen saved in an outbox are named by what was asked, in English and in Chinese,
     * not as the sheet's mark line with no criterion the outbox keeps for them.
     */
    @Test
    void aSubmitAReopenAndAWithdrawalAreNamedByTheirActionInBothLanguages() throws Exception {
        Path dir = TestFolders.monitorStand(tmp);
        Contest contest = ContestFolder.load(dir).contest();
        try (VenueServer server = serve(dir, contest)) {
            String at = "127.0.0.1:" + server.port();
            Path judge = dir.resolve("outbox-judge-1.db");
            Fact sheet101 = Fact.mark("stand", "final", "101", "J1", null, java.math.BigDecimal.ZERO, null, Origin.NONE);
            try (Outbox outbox = new Outbox(judge, CLOCK)) { // saved at a station that never reached the server
                outbox.save("J1", "judge-1", Fact.mark("stand", "final", "101", "J1", "C1", new java.math.BigDecimal("38.5"),
                        null, Origin.NONE), null);
                outbox.save(Outbox.Action.SUBMIT, "J1", "judge-1", sheet101, null);
                outbox.save(Outbox.Action.REOPEN, "J1", "judge-1", sheet101, "C1 typed in the wrong line");
                outbox.save(Outbox.Action.WITHDRAW, "J1", "judge-1", Fact.penalty("stand", "final", "102", "J1", "P1", 0, null,
                        Origin.NONE), "counted twice");
                Outbox.Entry refused = outbox.save(Outbox.Action.SUBMIT, "J1", "judge-1",
                        Fact.mark("stand", "final", "102", "J1", null, java.math.BigDecimal.ZERO, 2, Origin.NONE), null);
                outbox.notAccepted(refused.key(), "the sheet does not mark C1, C2, C3");
            }
            CliRunner en = withPassword(server.password(), "reconcile", dir.toString(), "--server", at, judge.toString());
            assertThat(en.code()).isEqualTo(1);
            java.util.List<String> lines = en.out().lines().toList();
            assertThat(lines).hasSize(6);
            assertThat(lines.get(0)).startsWith(judge + ": fact 1 (mark stand/final 101 C1 38.5), saved ");
            assertThat(lines.get(1)).startsWith(judge + ": fact 2 (submit of J1's sheet, stand/final 101), saved ")
                    .contains("by J1 at judge-1, is NOT in the server's journal");
            assertThat(lines.get(2)).startsWith(judge + ": fact 3 (reopen of J1's sheet, stand/final 101), saved ");
            assertThat(lines.get(3)).startsWith(judge + ": fact 4 (withdrawal of penalty stand/final 102 P1), saved ");
            assertThat(lines.get(4)).isEqualTo(judge + ": fact 5 (submit of J1's sheet, stand/final 102 attempt 2) was not"
                    + " accepted by the server: the sheet does not mark C1, C2, C3");
            assertThat(en.out()).doesNotContain("mark stand/final 101 0").doesNotContain("mark stand/final 102 0");

            CliRunner zh = withPassword(server.password(), "--lang", "zh", "reconcile", dir.toString(), "--server", at,
                    judge.toString());
            assertThat(zh.code()).isEqualTo(1);
            lines = zh.out().lines().toList();
            assertThat(lines.get(1)).startsWith(judge + "：第 2 条记录（提交 J1 的评分表，stand/final 101），");
            assertThat(lines.get(2)).startsWith(judge + "：第 3 条记录（重新打开 J1 的评分表，stand/final 101），");
            assertThat(lines.get(3)).startsWith(judge + "：第 4 条记录（撤销 penalty stand/final 102 P1），");
            assertThat(lines.get(4)).startsWith(judge + "：第 5 条记录（提交 J1 的评分表，stand/final 102 第 2 次）未被服务器接受");
        }
    }
}
