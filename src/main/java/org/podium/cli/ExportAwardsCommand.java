package org.podium.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.podium.exchange.ExportInput;
import org.podium.exchange.Progress;
import picocli.CommandLine.Command;

/** {@code podium export awards}: the award list of every event (docs/exports.md). */
@Command(name = "awards", description = "Write the award list (awards.xlsx: every event's prize tiers and titles with"
        + " their winners) into DIR.")
final class ExportAwardsCommand extends ExportCommand {
    ExportAwardsCommand(Output out, Clock clock) {
        super(out, clock);
    }

    @Override
    List<Path> export(ExportInput input, Locale locale) throws IOException {
        return service.awards(input, outDir, locale, Progress.NONE);
    }
}
