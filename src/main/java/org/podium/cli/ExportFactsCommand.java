package org.podium.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Fact;
import org.podium.store.ContestStore;
import org.podium.store.FactText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code podium export facts}: the database's current facts as DIR/facts.csv. */
@Command(name = "facts", description = "Write the current facts of the venue database to DIR/facts.csv (the scores CSV format),"
        + " so that importing it into an empty database gives the same results.")
final class ExportFactsCommand extends DatabaseCommand {
    static final List<String> HEADER = List.of("event", "round", "bib", "kind", "official", "item", "value", "attempt");

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "the folder to write into")
    Path outDir;

    ExportFactsCommand(Output out, Clock clock) {
        super(out, clock);
    }

    @Override
    public Integer call() throws InputError {
        ContestFolder folder = folder();
        List<List<String>> rows = new ArrayList<>();
        try (ContestStore store = openReadOnly(folder)) {
            Databases.warnUnlessVerified(where(), store, out);
            for (Fact f : store.currentFacts()) {
                rows.add(List.of(f.event(), text(f.round()), f.bib(), f.kind().key(), text(f.official()), text(f.item()),
                        FactText.value(f), f.attempt() == null ? "" : f.attempt().toString()));
            }
        }
        Path file = outDir.resolve("facts.csv");
        try {
            Files.createDirectories(outDir);
            Files.writeString(file, new Table(HEADER, rows).csv(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputError(CliText.get("cli.file.cannotWrite", file, String.valueOf(e.getMessage())));
        }
        out.print(CliText.get("cli.export.wroteFacts", Integer.toString(rows.size()), file) + "\n");
        return 0;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
