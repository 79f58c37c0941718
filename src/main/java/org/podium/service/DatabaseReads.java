package org.podium.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.podium.contestfile.FactMemory;
import org.podium.contestfile.Limits;
import org.podium.domain.Contest;
import org.podium.domain.Event;
import org.podium.domain.FactTable;
import org.podium.exchange.Publication;
import org.podium.store.ContestStore;
import org.podium.store.OpenMode;
import org.podium.store.SqliteContestStore;
import org.podium.store.StoreException;
import org.podium.store.StoreText;
import org.podium.store.Verification;

/**
 * Reading results out of a venue database file for the command line ({@code rank --db}, {@code teams --db}, the
 * exports): opened to read only (docs/store.md, "Reading only"), read and closed. The administration commands (verify,
 * audit, restore, officials, import, export facts) open the database themselves; reading results goes through here.
 */
public final class DatabaseReads {
    private DatabaseReads() {
    }

    /**
     * What {@link #read} read.
     *
     * @param facts        the table read into: what it held before, then the database's current facts in recording
     *                     order (each checked against contest.yaml as read)
     * @param publication  the rounds published all the while they were read, with their seals
     * @param chainProblem why the audit trail does not verify, when it does not (the results are still given)
     */
    public record Read(FactTable facts, Publication publication, Optional<String> chainProblem) {
    }

    /** The database file cannot be read: the message says which file and why, in one line. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unreadable(String message) {
            super(message);
        }
    }

    /** Refuses a database file that is not there (a mistyped --db must never leave an empty database behind). */
    public static void requireExisting(Path file) throws Unreadable {
        if (!Files.isRegularFile(file)) {
            throw new Unreadable(file + ": no such database (podium import creates one; --db names another file)");
        }
    }

    /**
     * The database's current facts, appended to {@code into} (after what it holds: theory.csv's facts), and the rounds
     * published all the while they were read; read only. The journal is read once, as it streams: its facts go into the
     * table's columns and its hash chain is checked as the rows pass (issue 17: no list of millions of rows).
     */
    public static Read read(Path file, Contest contest, Clock clock, FactTable into) throws Unreadable {
        requireExisting(file);
        try (SqliteContestStore store = new SqliteContestStore(file, contest, clock, OpenMode.READ_ONLY)) {
            return read(store, into, file, FactMemory.ofThisJvm());
        } catch (StoreException e) {
            throw new Unreadable(e.getMessage());
        }
    }

    /**
     * The venue server's current facts and published rounds ({@code --server}), read as {@link #read(Path, Contest,
     * Clock, FactTable)} reads a contest.db: the same facts give the same results. Nothing is written to the server.
     */
    public static Read read(VenueLink server, Contest contest, Clock clock, FactTable into) throws Unreadable {
        try (ContestStore store = server.read(contest, clock)) {
            return read(store, into, server, FactMemory.ofThisJvm());
        } catch (StoreException e) {
            throw new Unreadable(e.getMessage());
        }
    }

    /**
     * @param where  the database or server, as a refusal names it
     * @param memory the memory at hand: a journal whose facts might not fit is refused before a row is read (issue 17:
     *               one line naming its size, never an OutOfMemoryError)
     */
    static Read read(ContestStore store, FactTable into, Object where, FactMemory memory) throws Unreadable {
        long rows = store.lastRowId(); // its fact rows are at most as many
        if (into.positions() + rows > memory.maxFacts()) {
            throw new Unreadable(StoreText.get("dbRead.tooManyFacts", where, rows,
                    Limits.megabytes(rows * FactMemory.BYTES_PER_FACT), Limits.megabytes(memory.forFacts()),
                    Limits.megabytes(memory.maxMemory())));
        }
        Publication before = Publications.of(store);
        Verification v = store.currentFactsInto(into);
        Publication published = Publications.stable(before, Publications.of(store));
        return new Read(into, published, v.ok() ? Optional.empty() : Optional.of(v.problem()));
    }

    /**
     * The work numbers of the blind rounds on the venue server, as drawn there (a station or the head table draws
     * them); read only, so a round whose numbers are not drawn yet is refused in one line.
     */
    public static Map<String, Map<String, String>> workNumbers(Contest contest, VenueLink server, Clock clock)
            throws Unreadable {
        if (contest.events().stream().noneMatch(Event::blindJudging)) {
            return Map.of();
        }
        try (ContestStore store = server.read(contest, clock)) {
            return WorkNumberKeys.of(contest, store);
        } catch (StoreException e) {
            if (e.key().filter("store.workNumbers.notDrawn"::equals).isPresent()) {
                throw new Unreadable(StoreText.get("venueRead.workNumbersNotDrawn", server.toString()));
            }
            throw new Unreadable(e.getMessage());
        }
    }

    /**
     * The work numbers of the blind rounds ({@link WorkNumberKeys}): read only when every entrant has a number; the
     * database is opened to record only when numbers are still to be drawn (a write).
     */
    public static Map<String, Map<String, String>> workNumbers(Contest contest, Path file, Clock clock) throws Unreadable {
        if (contest.events().stream().noneMatch(Event::blindJudging)) {
            return Map.of();
        }
        requireExisting(file);
        try (SqliteContestStore store = new SqliteContestStore(file, contest, clock, OpenMode.READ_ONLY)) {
            return WorkNumberKeys.of(contest, store);
        } catch (StoreException notDrawnYet) {
            // a number still to be drawn: that is a write
        }
        try (SqliteContestStore store = new SqliteContestStore(file, contest, clock)) {
            return WorkNumberKeys.of(contest, store);
        } catch (StoreException e) {
            throw new Unreadable(e.getMessage());
        }
    }
}
