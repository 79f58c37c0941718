package org.podium.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Where a command's results come from: the contest folder, its score files and a venue database or the venue
 * server (a picocli mixin). */
class ContestSource {
    @Parameters(index = "0", paramLabel = "CONTEST_DIR", description = "the contest folder")
    Path dir;

    @Option(names = "--scores", paramLabel = "FILE", description = "a scores CSV; may be given several times, read in order")
    List<Path> scores = new ArrayList<>();

    @Option(names = "--db", paramLabel = "FILE", description = "also the current facts of this venue database (after theory.csv,"
            + " before the --scores files)")
    Path db;

    @Mixin
    ServerOption venue = new ServerOption();

    /**
     * The engine's results for the folder, the database or the venue server (read only; a warning on {@code out} when
     * it fails verify) and the files.
     */
    ContestInputs.Scored score(Clock clock, Output out) throws InputError {
        return ContestInputs.score(dir, scores, db, venue.link(db), clock, out);
    }
}
