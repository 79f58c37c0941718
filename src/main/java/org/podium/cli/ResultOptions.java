package org.podium.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What rank and teams read, and how they print it: the options the two commands share. */
final class ResultOptions {
    @Parameters(index = "0", paramLabel = "CONTEST_DIR", description = "the contest folder")
    Path dir;

    @Option(names = "--scores", paramLabel = "FILE", description = "a scores CSV; may be given several times, read in order")
    List<Path> scores = new ArrayList<>();

    @Option(names = "--db", paramLabel = "FILE", description = "also the current facts of this venue database (after theory.csv,"
            + " before the --scores files)")
    Path db;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv (default), table or json")
    Format format = Format.csv;

    /** The engine's results for the folder, the database and the files. */
    ContestInputs.Scored score(Clock clock) throws InputError {
        return ContestInputs.score(dir, scores, db, clock);
    }
}
