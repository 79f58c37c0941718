package org.podium.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.podium.contestfile.ContestFolder;
import org.podium.store.SqliteContestStore;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A command on a contest folder and its venue database: {@code CONTEST_DIR [--db FILE]}. */
abstract class DatabaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CONTEST_DIR", description = "the contest folder")
    Path dir;

    @Option(names = "--db", paramLabel = "FILE", description = "the venue database (default CONTEST_DIR/contest.db)")
    Path db;

    final Output out;
    final Clock clock;

    DatabaseCommand(Output out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    Path dbFile() {
        return Databases.path(dir, db);
    }

    ContestFolder folder() throws InputError {
        return ContestInputs.load(dir);
    }

    /** The existing database of this contest, opened to read only (never written, never migrated). */
    SqliteContestStore openReadOnly(ContestFolder folder) throws InputError {
        return Databases.openReadOnly(dbFile(), folder.contest(), clock);
    }

    /** The database of this contest; {@code create}: a new one may be made (otherwise it must exist). */
    SqliteContestStore open(ContestFolder folder, boolean create) throws InputError {
        return Databases.open(dbFile(), folder.contest(), clock, create);
    }
}
