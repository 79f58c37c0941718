package org.podium.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.podium.contestfile.ContestFolder;
import org.podium.service.VenueLink;
import org.podium.store.ContestStore;
import org.podium.store.StoreException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A command on a contest folder and its venue database: {@code CONTEST_DIR [--db FILE | --server HOST:PORT]}. */
abstract class DatabaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CONTEST_DIR", description = "the contest folder")
    Path dir;

    @Option(names = "--db", paramLabel = "FILE", description = "the venue database (default CONTEST_DIR/contest.db)")
    Path db;

    @Mixin
    ServerOption venue = new ServerOption();

    final Output out;
    final Clock clock;
    private VenueLink link;

    DatabaseCommand(Output out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    Path dbFile() {
        return Databases.path(dir, db);
    }

    /** The database as messages name it: the file, or the venue server's HOST:PORT. */
    String where() {
        return venue.server != null ? venue.server : dbFile().toString();
    }

    ContestFolder folder() throws InputError {
        return ContestInputs.load(dir);
    }

    /** The venue server of {@code --server} (its password asked once), or null for a contest.db. */
    VenueLink server() throws InputError {
        if (link == null) {
            link = venue.link(db, lines());
        }
        return link;
    }

    /** Where the venue password's line of standard input comes from, when it is neither in the environment nor typed. */
    ServerOption.Lines lines() {
        if (stdin == null) { // one reader: the venue password's line, then the PIN of --official
            stdin = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
        }
        java.io.BufferedReader in = stdin;
        return () -> ServerOption.line(in);
    }

    private java.io.BufferedReader stdin;

    /** The existing database of this contest, opened to read only (never written, never migrated). */
    ContestStore openReadOnly(ContestFolder folder) throws InputError {
        VenueLink server = server();
        return server != null ? Databases.openReadOnly(server, folder.contest(), clock)
                : Databases.openReadOnly(dbFile(), folder.contest(), clock);
    }

    /**
     * The database of this contest to record; {@code create}: a new one may be made (otherwise it must exist). On the
     * venue server, every write goes through its sequencer, under the same rules as a station's.
     */
    ContestStore open(ContestFolder folder, boolean create) throws InputError {
        VenueLink server = server();
        if (server == null) {
            return Databases.open(dbFile(), folder.contest(), clock, create);
        }
        try {
            return server.connect(folder.contest(), clock);
        } catch (StoreException e) {
            throw new InputError(e.getMessage());
        }
    }
}
