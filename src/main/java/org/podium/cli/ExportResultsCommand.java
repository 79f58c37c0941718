package org.podium.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.podium.exchange.ExportInput;
import org.podium.exchange.Progress;
import picocli.CommandLine.Command;

/** {@code podium export results}: a result sheet per event and round, and the team standings (docs/exports.md). */
@Command(name = "results", description = "Write a result sheet (.xlsx) for every round of every event, and teams.xlsx"
        + " when the contest has teams, into DIR.")
final class ExportResultsCommand extends ExportCommand {
    ExportResultsCommand(Output out, Clock clock) {
        super(out, clock);
    }

    @Override
    List<Path> export(ExportInput input, Locale locale) throws IOException {
        return service.results(input, outDir, locale, Progress.NONE);
    }
}
