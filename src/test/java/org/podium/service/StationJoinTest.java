package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.domain.Role;
import org.podium.server.TestFolders;
import org.podium.store.JournalRow;
import org.podium.store.PostgresContestStore;
import org.podium.store.Sequencer;
import org.podium.store.TestSequencer;
import org.podium.store.StoreException;
import org.podium.store.TestPostgres;

/** A station opened with {@code --server}: the timekeeper's desk saves in the outbox and the fact reaches the server. */
class StationJoinTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path tmp;

    @Test
    void aTimekeeperJoinedToTheServerSavesInTheOutboxAndTheFactReachesTheJournal() throws Exception {
        int port = TestPostgres.venueDatabase();
        Path dir = TestFolders.monitorStand(tmp);
        String url = TestPostgres.url(PostgresContestStore.VENUE_DATABASE);
        OpenContest local = OpenContest.open(dir, CLOCK); // only to read the folder as the app does
        local.close();
        try (PostgresContestStore head = new PostgresContestStore(url, TestPostgres.login(), local.contest(), CLOCK, null);
             Sequencer sequencer = TestSequencer.start(PostgresContestStore.VENUE_DATABASE, local.contest())) {
            head.addOfficial("T1", "Timekeeper One", Role.TIMEKEEPER, "4711".toCharArray());
            try (OpenContest station = OpenContest.join(dir, new VenueLink("127.0.0.1", port, "unused"), "timing-1", CLOCK)) {
                assertThat(station.uplink()).isPresent();
                // logged in on the server: the station's facts are recorded in T1's name only (docs/venue-server.md)
                station.logins().logIn("T1", "4711".toCharArray(), Role.TIMEKEEPER);
                long seq = station.timingDesk().record("T1", "timing-1", Fact.time("stand", "final", "101", "T1", 31_000,
                        null, Origin.NONE));
                assertThat(seq).isEqualTo(1);
                assertThat(dir.resolve("outbox-timing-1.db")).exists();
                long end = System.nanoTime() + 30_000_000_000L;
                while (station.uplink().orElseThrow().status().waiting() > 0 && System.nanoTime() < end) {
                    Thread.sleep(20);
                }
                List<JournalRow> rows = head.journal().stream().filter(r -> "timing-1".equals(r.station())).toList();
                assertThat(rows).extracting(JournalRow::bib).containsExactly("101");
                assertThat(station.uplink().orElseThrow().status().connected()).isTrue();
                assertThat(station.uplink().orElseThrow().status().clockWrong()).isFalse();

                // the network breaks every connection of the station: its reads are made again on a new one
                try (Connection c = DriverManager.getConnection(TestPostgres.url("postgres"), TestPostgres.login());
                     Statement st = c.createStatement()) {
                    st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'podium-station'");
                }
                assertThat(station.store().lastRowId()).isEqualTo(head.lastRowId());
                assertThat(station.store().official("T1")).isPresent();
            }
            // a laptop whose clock is an hour behind: said, and its fact recorded all the same, dated by the server
            Clock behind = Clock.offset(CLOCK, java.time.Duration.ofHours(-1));
            try (OpenContest station = OpenContest.join(dir, new VenueLink("127.0.0.1", port, "unused"), "timing-2", behind)) {
                station.logins().logIn("T1", "4711".toCharArray(), Role.TIMEKEEPER);
                station.timingDesk().record("T1", "timing-2", Fact.time("stand", "final", "102", "T1", 32_000, null, Origin.NONE));
                StationUplink uplink = station.uplink().orElseThrow();
                long end = System.nanoTime() + 30_000_000_000L;
                while ((uplink.status().waiting() > 0 || !uplink.status().connected()) && System.nanoTime() < end) {
                    Thread.sleep(20);
                }
                assertThat(uplink.status().clockWrong()).isTrue();
                assertThat(uplink.status().clockOff().toMinutes()).isBetween(59L, 61L);
                JournalRow row = head.journal().stream().filter(r -> "timing-2".equals(r.station())).findFirst().orElseThrow();
                assertThat(java.time.Duration.between(java.time.Instant.parse(row.recordedAt()), CLOCK.instant()).abs())
                        .isLessThan(java.time.Duration.ofMinutes(5));
                assertThat(head.verify().ok()).isTrue();
            }
        }
        int nobody = TestFolders.freePort();
        assertThatThrownBy(() -> OpenContest.join(dir, new VenueLink("127.0.0.1", nobody, "x"), "timing-1", CLOCK))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("no venue server answers at jdbc:postgresql://127.0.0.1:"
                        + nobody + "/podium");
    }
}
