package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.store.Outbox;
import org.podium.store.StoreException;

/**
 * {@link StationReads} without a server: the outbox laid over an answer under the current-fact rule, and what stands
 * in for the server while the station's uplink finds it out of reach.
 */
class StationReadsTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dir;

    private static Fact mark(String bib, String criterion, String value) {
        return Fact.mark("stand", "final", bib, "J1", criterion, new BigDecimal(value), null, Origin.NONE);
    }

    private static Fact sheet(String bib) {
        return Recording.sheet("stand", "final", bib, "J1", null);
    }

    private static List<String> said(List<Fact> facts) {
        return facts.stream().map(f -> f.bib() + " " + f.item() + " " + f.amount().toPlainString()).toList();
    }

    @Test
    void theOutboxIsLaidOverTheServersAnswerInTheStationsOrderAndOnlyWithinTheReadsScope() throws Exception {
        try (Outbox outbox = new Outbox(dir.resolve("outbox.db"), CLOCK)) {
            outbox.save("J1", "judge-1", mark("101", "C1", "30"), null);
            outbox.save("J1", "judge-1", mark("101", "C1", "31"), null); // the latest of a key wins
            outbox.save(Outbox.Action.WITHDRAW, "J1", "judge-1", mark("102", "C2", "0"), null);
            outbox.save("J1", "judge-1", mark("103", "C1", "20"), null);
            Outbox.Entry refused = outbox.save("J1", "judge-1", mark("104", "C1", "9"), null);
            outbox.notAccepted(refused.key(), "locked");
            outbox.save("J1", "judge-1", Fact.mark("stand", "other", "105", "J1", "C1", BigDecimal.TEN, null, Origin.NONE), null);
            outbox.save(Outbox.Action.SUBMIT, "J1", "judge-1", sheet("101"), null);
            outbox.save(Outbox.Action.SUBMIT, "J1", "judge-1", sheet("103"), null);
            outbox.save(Outbox.Action.REOPEN, "J1", "judge-1", sheet("103"), "C1 in the wrong line");

            List<Outbox.Entry> saved = outbox.since(1);
            assertThat(saved).extracting(Outbox.Entry::seq).doesNotContain(refused.seq()); // NOT ACCEPTED: not laid over
            List<Fact> server = List.of(mark("101", "C1", "25"), mark("101", "C2", "20"), mark("102", "C2", "15"));
            assertThat(said(StationReads.current(server, saved, f -> "final".equals(f.round()))))
                    .containsExactly("101 C2 20", "101 C1 31", "103 C1 20");
            assertThat(StationReads.submitted(java.util.Set.of("102"), saved, "stand", "final", "J1", 1))
                    .containsExactlyInAnyOrder("101", "102");
            assertThat(outbox.firstWaiting()).isEqualTo(1);
            outbox.sent(saved.get(0).key(), 1);
            assertThat(outbox.firstWaiting()).isEqualTo(2);
        }
    }

    @Test
    void whileTheUplinkFindsTheServerOutOfReachTheLastAnswerStandsInAndAReadNeverMadeStandsOnTheOutbox() throws Exception {
        AtomicBoolean reachable = new AtomicBoolean(true);
        StationUplink.Server server = () -> {
            if (!reachable.get()) {
                throw new StoreException("no venue server answers", new SQLException("refused", "08001"));
            }
            throw new StoreException("connected, but this test sends nothing", new SQLException("refused", "08006"));
        };
        var contest = ContestFolder.load(Path.of("contests/monitor-stand")).contest();
        try (StationUplink uplink = new StationUplink(contest, new Outbox(dir.resolve("outbox.db"), CLOCK), server,
                Duration.ofMillis(10), Duration.ofMillis(20))) {
            StationReads reads = new StationReads(uplink);
            // before the uplink has tried: the server is asked (a station's first reads do not wait for the uplink)
            StationReads.Read<List<Fact>> first = reads.read(List.of("heat"), () -> List.of(mark("101", "C1", "25")));
            assertThat(first.failure()).isNull();
            assertThat(said(first.server())).containsExactly("101 C1 25");

            reachable.set(false);
            uplink.start();
            StationUplinkTest.await(uplink::unreachable, Duration.ofSeconds(10), "the uplink finds the server gone");
            uplink.save("J1", "judge-1", mark("101", "C2", "20"), null);
            AtomicBoolean asked = new AtomicBoolean();
            StationReads.Read<List<Fact>> offline = reads.read(List.of("heat"), () -> {
                asked.set(true);
                return List.of();
            });
            assertThat(asked).as("no wait for a connection that cannot be made").isFalse();
            assertThat(offline.failure()).isNotNull();
            assertThat(said(StationReads.current(offline.known(), offline.saved(), f -> true)))
                    .containsExactly("101 C1 25", "101 C2 20");

            StationReads.Read<List<Fact>> never = reads.read(List.of("another read"), List::of);
            assertThat(never.server()).isNull();
            assertThat(never.saved()).extracting(e -> e.fact().item()).containsExactly("C2"); // the outbox alone
            assertThatThrownBy(never::known).hasMessageContaining("no answer from the venue server");
        }
    }
}
