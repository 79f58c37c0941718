package org.podium.store;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.podium.contestfile.ContestFileException;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.domain.Origin;

/** The monitor-stand sample contest (event stand, round final, T1-T3, J1-J5) and a store on a fixed clock. */
final class StoreFixture {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2020-07-20T01:30:00Z"), ZoneOffset.UTC);
    static final char[] PIN = "4711".toCharArray();

    private StoreFixture() {
    }

    static Contest contest() {
        try {
            return ContestFolder.load(Path.of("contests/monitor-stand")).contest();
        } catch (ContestFileException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new store in {@code dir} with officials T1 (timekeeper), J1 and J2 (judges), C (chief), O (organiser). */
    static SqliteContestStore store(Path dir) {
        SqliteContestStore store = new SqliteContestStore(dir.resolve("contest.db"), contest(), CLOCK);
        store.addOfficial("T1", "Timekeeper One", Role.TIMEKEEPER, PIN);
        store.addOfficial("J1", "Judge One", Role.JUDGE, PIN);
        store.addOfficial("J2", "Judge Two", Role.JUDGE, PIN);
        store.addOfficial("C", "Chief", Role.CHIEF, PIN);
        store.addOfficial("O", "Organiser", Role.ORGANISER, PIN);
        return store;
    }

    /** A new database of schema {@code version} at {@code target} holding the officials and journal of {@code source}. */
    static void olderSchema(Path source, Path target, int version) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + target)) {
            Migrations.apply(c, CLOCK, target.toString(), version);
            try (java.sql.Statement st = c.createStatement()) {
                st.executeUpdate("ATTACH DATABASE '" + source + "' AS src");
                st.executeUpdate("INSERT INTO main.official SELECT * FROM src.official");
                st.executeUpdate("INSERT INTO main.fact SELECT * FROM src.fact");
                st.executeUpdate("DETACH DATABASE src");
            }
        }
    }

    /** A station opening {@code db} while {@code held} is held waits until it is released, and then opens. */
    static void assertAStationOpensOnlyAfter(Path db, DatabaseLock held) throws InterruptedException {
        Contest contest = contest();
        long[] openedAt = new long[1];
        Thread station = new Thread(() -> {
            try (SqliteContestStore store = new SqliteContestStore(db, contest, CLOCK)) {
                openedAt[0] = System.nanoTime();
            }
        });
        station.start();
        Thread.sleep(300);
        org.assertj.core.api.Assertions.assertThat(openedAt[0]).isZero();
        long released = System.nanoTime();
        held.close();
        station.join(10_000);
        org.assertj.core.api.Assertions.assertThat(openedAt[0]).isGreaterThanOrEqualTo(released);
    }

    static Fact time(String bib, String timekeeper, long millis) {
        return Fact.time("stand", "final", bib, timekeeper, millis, null, Origin.NONE);
    }

    static Fact mark(String bib, String judge, String criterion, String mark) {
        return Fact.mark("stand", "final", bib, judge, criterion, new BigDecimal(mark), null, Origin.NONE);
    }
}
