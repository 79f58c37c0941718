package org.podium.cli;

import java.time.Clock;
import org.podium.store.Audit;
import org.podium.store.ContestStore;
import picocli.CommandLine.Command;

@Command(name = "audit", description = "Print the audit trail: every fact and lock, when, who, station, old -> new, reason.")
final class AuditCommand extends DatabaseCommand {
    AuditCommand(Output out, Clock clock) {
        super(out, clock);
    }

    @Override
    public Integer call() throws InputError {
        try (ContestStore store = openReadOnly(folder())) {
            StringBuilder sb = new StringBuilder();
            for (String line : Audit.lines(store.journal())) {
                sb.append(line).append('\n');
            }
            out.print(sb.toString());
        }
        return 0;
    }
}
