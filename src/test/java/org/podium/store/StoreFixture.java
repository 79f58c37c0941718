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

    static Fact time(String bib, String timekeeper, long millis) {
        return Fact.time("stand", "final", bib, timekeeper, millis, null, Origin.NONE);
    }

    static Fact mark(String bib, String judge, String criterion, String mark) {
        return Fact.mark("stand", "final", bib, judge, criterion, new BigDecimal(mark), null, Origin.NONE);
    }
}
