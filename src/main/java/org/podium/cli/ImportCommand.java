package org.podium.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.podium.contestfile.ContestFileException;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Fact;
import org.podium.store.ContestStore;
import org.podium.store.RecordingRefused;
import org.podium.store.StoreText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "import", description = "Record scores CSV files (typed-up paper sheets) in the venue database, all in one transaction.")
final class ImportCommand extends DatabaseCommand {
    @Option(names = "--scores", paramLabel = "FILE", required = true, arity = "1..*",
            description = "a scores CSV; may be given several times, read in order")
    List<Path> scores = new ArrayList<>();

    @Option(names = "--reason", paramLabel = "TEXT", description = "why, when a line corrects a fact already in the database"
            + " (same event, round, bib, kind, official, item and attempt, another value), or changes a locked-and-unlocked"
            + " round or a submitted sheet")
    String reason;

    ImportCommand(Output out, Clock clock) {
        super(out, clock);
    }

    @Override
    public Integer call() throws InputError {
        ContestFolder folder = folder();
        List<Fact> read;
        try {
            read = folder.readScores(scores);
        } catch (ContestFileException e) {
            throw new InputError(e);
        }
        List<Fact> facts = read.subList(folder.theoryFacts().size(), read.size()); // theory.csv stays in the folder
        try (ContestStore store = open(folder, true)) {
            // the engine must accept every fact once the database's facts are there too (section 11: entries)
            List<Fact> all = new ArrayList<>(folder.theoryFacts());
            all.addAll(store.currentFacts());
            all.addAll(facts);
            ContestInputs.check(folder.contest(), all);
            List<Long> ids;
            try {
                ids = store.importFacts(facts, reason);
            } catch (RecordingRefused e) {
                throw new InputError(e.getMessage());
            }
            out.print((ids.isEmpty() ? CliText.get("cli.import.none", where()) : CliText.get("cli.import.done",
                    Integer.toString(ids.size()), where(), Long.toString(ids.get(0)), Long.toString(ids.get(ids.size() - 1))))
                    + "\n");
            if (ids.size() < facts.size()) {
                out.print(StoreText.get("cli.import.skipped", Integer.toString(facts.size() - ids.size())) + "\n");
            }
        }
        return 0;
    }
}
