package org.podium.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.podium.contestfile.ContestFileException;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Contest;
import org.podium.domain.Event;
import org.podium.store.ContestStore;
import org.podium.domain.Role;
import org.podium.store.SqliteContestStore;

/**
 * A contest folder opened for the stations: its files read and checked, and its venue database
 * {@code contest.db} opened (created when missing).
 *
 * <p><b>Samples only:</b> on a contest marked {@code contest.sample: true}, when the database knows none of the
 * officials of contest.yaml, they are added with the PIN {@value #SAMPLE_PIN} (timekeepers and judges as the events
 * list them) together with a chief {@value #SAMPLE_CHIEF}, so a sample can be tried at once (every screen then says
 * SAMPLE). A real contest gets no official here: they are added with their own PINs before the day ({@code podium
 * officials --add}), and PIN 0000 is refused there.
 *
 * <p>The stations reach the contest through the services it hands out ({@link #logins}, {@link #timingDesk},
 * {@link #judgeSheets}, {@link #roundControl}, {@link #results}): one {@link ResultsService} per opened contest, so the
 * head table, the board, the exports and the stations share one current-results snapshot, and one {@link Recording}
 * through which every write goes.
 */
public final class OpenContest implements AutoCloseable {
    public static final String DATABASE_FILE = "contest.db";
    public static final String SAMPLE_PIN = "0000";
    public static final String SAMPLE_CHIEF = "C";

    private final ContestFolder folder;
    private final ContestStore store;
    private final boolean seeded;
    private final ResultsService results;
    private final Recording recording;
    /** A station joined to the venue server: its outbox's uploader; else null. */
    private final StationUplink uplink;
    /** The venue server this station joined, or null. */
    private VenueLink link;

    /** @param seeded whether the sample officials were added on this opening */
    public OpenContest(ContestFolder folder, ContestStore store, boolean seeded) {
        this(folder, store, seeded, null);
    }

    private OpenContest(ContestFolder folder, ContestStore store, boolean seeded, StationUplink uplink) {
        this.folder = folder;
        this.store = store;
        this.seeded = seeded;
        this.uplink = uplink;
        this.results = new ResultsService(folder.contest(), folder.theoryFacts(), store);
        this.recording = new Recording(results, uplink);
    }

    /** The file name of a station's outbox in its contest folder: {@code outbox-STATION.db}. */
    public static String outboxFile(String station) {
        return "outbox-" + station.replaceAll("[^\\p{L}\\p{N}._-]", "_") + ".db";
    }

    /**
     * A station joins the venue server ({@code podium app CONTEST_DIR --server HOST:PORT}): the folder's files read
     * here, the journal read from the server, every fact of this station saved first in its outbox
     * ({@code CONTEST_DIR/outbox-STATION.db}) and uploaded in order. Blocking: call it on an executor.
     *
     * @throws org.podium.store.StoreException in one line: a wrong venue password, no server answering, another
     *                                         contest's server
     */
    public static OpenContest join(Path dir, VenueLink link, String station, Clock clock) throws ContestFileException {
        ContestFolder folder = ContestFolder.load(dir);
        Contest contest = folder.contest();
        ContestStore store = ReconnectingStore.of(link.connectTimed(contest, clock).store(),
                () -> link.connectTimed(contest, clock).store());
        try {
            boolean seeded = seedSampleOfficials(store, contest); // a sample served: its officials as on one laptop
            StationUplink uplink = new StationUplink(contest, new org.podium.store.Outbox(dir.resolve(outboxFile(station)), clock),
                    link.server(contest, clock), StationUplink.FIRST_WAIT, StationUplink.LONGEST_WAIT);
            uplink.sessions(store::sessionToken); // each fact sent in the name of the official logged in when it was saved
            OpenContest joined = new OpenContest(folder, store, seeded, uplink.start());
            joined.link = link;
            return joined;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * On a station joined to the venue server, runs {@code changed} at every append the server tells (LISTEN/NOTIFY),
     * after every reconnection and every {@code safety} (on the listener's thread); empty on one laptop (poll there).
     */
    public java.util.Optional<AutoCloseable> onJournalChange(java.time.Duration safety, Runnable changed) {
        return link == null ? java.util.Optional.empty() : java.util.Optional.of(link.listen(safety, changed));
    }

    /**
     * The official logged in at a joined station logs out (or the station closes): their session ends on the server
     * ({@code podium_log_out}), but for the outbox's entries saved under it that still wait, which are sent with it
     * later. Nothing elsewhere; a server that cannot be reached keeps the session (docs/venue-server.md, "Not yet").
     */
    public void logOut() {
        String token = store.sessionToken();
        if (uplink == null || token == null) {
            return;
        }
        try {
            store.logOut(uplink.waitingWith(token));
        } catch (RuntimeException unreachable) {
            // the station's screen logs out all the same; the connection binds nobody now (PostgresContestStore.logOut)
        }
    }

    /** The uploader of a station joined to the venue server (its status for the status bar), or empty on one laptop. */
    public java.util.Optional<StationUplink> uplink() {
        return java.util.Optional.ofNullable(uplink);
    }

    /** What a station joined to the venue server shows of the facts the server did not accept; empty on one laptop. */
    public java.util.Optional<StationNotices> notices() {
        return uplink().map(u -> new StationNotices(results, u));
    }

    public ContestFolder folder() {
        return folder;
    }

    /**
     * The venue database itself: for the administration of the contest (and tests); the stations go through the
     * services below.
     */
    public ContestStore store() {
        return store;
    }

    /** Whether the sample officials were added on this opening. */
    public boolean seeded() {
        return seeded;
    }

    public Contest contest() {
        return folder.contest();
    }

    /** The contest's results: the engine over theory.csv and the database, with the one shared snapshot. */
    public ResultsService results() {
        return results;
    }

    /** The one recording service: every write of every station. */
    public Recording recording() {
        return recording;
    }

    /** Logging in at a station. */
    public Logins logins() {
        return new Logins(store);
    }

    /** The timekeeper station's read model and recording. */
    public TimingDesk timingDesk() {
        return new TimingDesk(recording);
    }

    /** The judge station's read model and recording. */
    public JudgeSheets judgeSheets() {
        return new JudgeSheets(recording);
    }

    /** The head table's read model and commands. */
    public RoundControl roundControl() {
        return new RoundControl(results);
    }

    /** Reads the folder and opens its database. Blocking I/O: call it on an executor. */
    public static OpenContest open(Path dir, Clock clock) throws ContestFileException {
        return open(dir, clock, null);
    }

    /**
     * Reads the folder and opens its database, every backup of which is also copied into {@code secondBackups} (the
     * app's {@code backup_dir}; null: none). Blocking I/O: call it on an executor.
     */
    public static OpenContest open(Path dir, Clock clock, Path secondBackups) throws ContestFileException {
        ContestFolder folder = ContestFolder.load(dir);
        SqliteContestStore store = new SqliteContestStore(dir.resolve(DATABASE_FILE), folder.contest(), clock);
        if (secondBackups != null) {
            store.alsoBackUpTo(secondBackups);
        }
        try {
            boolean seeded = seedSampleOfficials(store, folder.contest());
            return new OpenContest(folder, store, seeded);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * On a sample contest, adds the officials of contest.yaml and the chief with the sample PIN when none of them is
     * known yet; on a real contest, nothing.
     */
    static boolean seedSampleOfficials(ContestStore store, Contest contest) {
        if (!contest.sample()) {
            return false;
        }
        Set<String> timekeepers = new LinkedHashSet<>();
        Set<String> judges = new LinkedHashSet<>();
        for (Event e : contest.events()) {
            timekeepers.addAll(e.timekeepers());
            judges.addAll(e.judges());
        }
        judges.removeAll(timekeepers);
        List<String> all = new ArrayList<>(timekeepers);
        all.addAll(judges);
        all.add(SAMPLE_CHIEF);
        if (all.stream().anyMatch(id -> store.official(id).isPresent())) {
            return false;
        }
        for (String id : timekeepers) {
            store.addOfficial(id, id, Role.TIMEKEEPER, SAMPLE_PIN.toCharArray());
        }
        for (String id : judges) {
            store.addOfficial(id, id, Role.JUDGE, SAMPLE_PIN.toCharArray());
        }
        store.addOfficial(SAMPLE_CHIEF, SAMPLE_CHIEF, Role.CHIEF, SAMPLE_PIN.toCharArray());
        return true;
    }

    /** The contest folders (holding contest.yaml) directly inside {@code dir}, sorted; none when it is missing. */
    public static List<Path> contestFolders(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p.resolve(ContestFolder.CONTEST_FILE))).sorted().toList();
        }
    }

    @Override
    public void close() {
        logOut();
        if (uplink != null) {
            uplink.close();
        }
        store.close();
    }
}
