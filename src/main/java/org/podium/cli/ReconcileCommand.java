package org.podium.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.podium.contestfile.ContestFolder;
import org.podium.service.Reconcile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code podium reconcile CONTEST_DIR --server HOST:PORT OUTBOX...} (issue 13): every fact of every station outbox must
 * be in the venue server's journal, found by its own id: two independent records of each fact. One line per fact
 * missing, exit 1 if any.
 */
@Command(name = "reconcile", description = "Check that every fact of the stations' outboxes is in the venue server's"
        + " journal (by each fact's own id): one line per missing fact, exit 1 if any. The venue password is read from"
        + " PODIUM_VENUE_PASSWORD, or asked.")
final class ReconcileCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CONTEST_DIR", description = "the contest folder")
    Path dir;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "OUTBOX", description = "a station's outbox file")
    List<Path> outboxes;

    @Option(names = "--server", required = true, paramLabel = "HOST:PORT", description = "the venue server, as podium serve printed it")
    String server;

    private final Output out;
    private final Clock clock;
    private final InputStream in;

    ReconcileCommand(Output out, Clock clock, InputStream in) {
        this.out = out;
        this.clock = clock;
        this.in = in;
    }

    @Override
    public Integer call() throws InputError {
        ContestFolder folder = ContestInputs.load(dir);
        Reconcile.Report report;
        try {
            report = Reconcile.check(ServerOption.link(server, in), folder.contest(), outboxes, clock);
        } catch (IllegalArgumentException e) {
            throw new InputError(e.getMessage());
        }
        StringBuilder sb = new StringBuilder();
        report.missing().forEach(line -> sb.append(line).append('\n'));
        report.notAccepted().forEach(line -> sb.append(line).append('\n'));
        sb.append(CliText.get(report.missing().isEmpty() ? "reconcile.ok" : "reconcile.lacking", outboxes.size(),
                report.facts(), report.missing().size(), report.notAccepted().size())).append('\n');
        out.print(sb.toString());
        return report.missing().isEmpty() ? 0 : 1;
    }
}
