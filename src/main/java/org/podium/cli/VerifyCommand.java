package org.podium.cli;

import java.time.Clock;
import org.podium.store.SqliteContestStore;
import org.podium.store.Verification;
import picocli.CommandLine.Command;

@Command(name = "verify", description = "Recompute the audit trail's hash chain: exit 0 when it holds, 1 naming the first altered row.")
final class VerifyCommand extends DatabaseCommand {
    VerifyCommand(Output out, Clock clock) {
        super(out, clock);
    }

    @Override
    public Integer call() throws InputError {
        try (SqliteContestStore store = openReadOnly(folder())) {
            Verification v = store.verify();
            if (!v.ok()) {
                throw new InputError(dbFile() + ": " + v.problem());
            }
            out.print("ok: " + v.rows() + " rows\n");
        }
        return 0;
    }
}
