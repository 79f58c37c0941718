package org.podium.store;

import org.podium.domain.Role;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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

    /** The monitor-stand contest as a real contest ({@code sample: false}): the PIN rules apply in full. */
    static Contest realContest() {
        Contest c = contest();
        return new Contest(c.name(), c.date(), c.venue(), c.organiser(), c.decimals(), c.events(), c.teams(), c.roster(), false);
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

    /** The journal rows {@link #store} writes for its five officials (rows 1 to 5): facts begin at row 6. */
    static final int OFFICIAL_ROWS = 5;

    /** The journal's rows but the officials' (kind official): the facts and lock events a test recorded. */
    static List<JournalRow> rows(ContestStore store) {
        return JournalRows.recorded(store);
    }

    /**
     * An older database made of {@code from}'s: its officials table and its journal without the official rows (which an
     * older schema cannot hold), renumbered 1, 2, 3... ({@code supersedes} too) and chained again, at schema
     * {@code schema}. What a database of that Podium looked like.
     */
    static void copyAsSchema(Path from, Path to, int schema) throws SQLException {
        List<JournalRow> rows;
        try (Connection src = DriverManager.getConnection("jdbc:sqlite:" + from)) {
            rows = Forger.read(src);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + to); Statement st = c.createStatement()) {
            Migrations.apply(c, CLOCK, to.toString(), schema);
            st.executeUpdate("ATTACH DATABASE '" + from + "' AS src");
            st.executeUpdate("INSERT INTO main.official SELECT * FROM src.official");
            if (schema >= 3) {
                st.executeUpdate("INSERT INTO main.work_number SELECT * FROM src.work_number");
            }
            st.executeUpdate("DETACH DATABASE src");
            Forger.insert(c, Forger.chained(Forger.renumbered(
                    rows.stream().filter(r -> !OfficialEntry.KIND.equals(r.kind())).toList())));
        }
    }

    static Fact time(String bib, String timekeeper, long millis) {
        return Fact.time("stand", "final", bib, timekeeper, millis, null, Origin.NONE);
    }

    static Fact mark(String bib, String judge, String criterion, String mark) {
        return Fact.mark("stand", "final", bib, judge, criterion, new BigDecimal(mark), null, Origin.NONE);
    }
}
