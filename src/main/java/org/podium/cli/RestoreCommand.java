package org.podium.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.podium.contestfile.ContestFolder;
import org.podium.store.Backups;
import org.podium.store.SqliteContestStore;
import org.podium.store.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "restore", description = "List the database's backups, or restore one (the current database is backed up first).")
final class RestoreCommand extends DatabaseCommand {
    @Parameters(index = "1", arity = "0..1", paramLabel = "BACKUP", description = "a backup's file name (as listed) or path")
    Path backup;

    RestoreCommand(Output out, Clock clock) {
        super(out, clock);
    }

    @Override
    public Integer call() throws InputError {
        ContestFolder folder = folder();
        List<Path> backups;
        try {
            backups = Backups.list(dbFile());
        } catch (IOException e) {
            throw new InputError(Backups.folder(dbFile()) + ": cannot list (" + e.getMessage() + ")");
        }
        if (backup == null) {
            StringBuilder sb = new StringBuilder();
            for (Path p : backups) {
                sb.append(p.getFileName()).append('\n');
            }
            out.print(backups.isEmpty() ? "no backups in " + Backups.folder(dbFile()) + "\n" : sb.toString());
            return 0;
        }
        Path chosen = Files.exists(backup) ? backup : Backups.folder(dbFile()).resolve(backup.toString());
        if (!Files.isRegularFile(chosen)) {
            throw new InputError(backup + ": no such backup in " + Backups.folder(dbFile()) + " (podium restore "
                    + dir + " lists them)");
        }
        Path aside = Backups.restore(dbFile(), chosen, clock);
        try (SqliteContestStore store = open(folder, false)) {
            Verification v = store.verify();
            out.print("restored " + dbFile() + " from " + chosen.getFileName()
                    + (aside == null ? "" : "; the database before it is kept as " + aside.getFileName())
                    + "; " + (v.ok() ? "ok: " + v.rows() + " rows" : "its audit trail does not verify: " + v.problem()) + "\n");
            return v.ok() ? 0 : Podium.INPUT_ERROR;
        }
    }
}
