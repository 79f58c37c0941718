package org.podium.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.podium.contestfile.ContestFolder;
import org.podium.store.Backups;
import org.podium.store.ContestStore;
import org.podium.store.Restore;
import org.podium.store.StoreException;
import org.podium.store.StoreText;
import org.podium.store.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code podium restore CONTEST_DIR [--db FILE] [BACKUP]}: lists the backups, or restores one after checking it
 * (docs/store.md, "Restore"): refused, with nothing changed, for a file that is not a backup of this contest and
 * while the database is open anywhere.
 */
@Command(name = "restore", description = "List the database's backups, or restore one (checked first; the current database"
        + " is backed up first, or moved aside when it cannot be read).")
final class RestoreCommand extends DatabaseCommand {
    @Parameters(index = "1", arity = "0..1", paramLabel = "BACKUP", description = "a backup's file name (as listed) or path")
    Path backup;

    RestoreCommand(Output out, Clock clock) {
        super(out, clock);
    }

    @Override
    public Integer call() throws InputError {
        ContestFolder folder = folder();
        if (venue.server != null) {
            throw new InputError(CliText.get("venueRead.restore", venue.server));
        }
        List<Path> backups;
        try {
            backups = Backups.list(dbFile());
        } catch (IOException e) {
            throw new InputError(CliText.get("cli.restore.cannotList", Backups.folder(dbFile()), String.valueOf(e.getMessage())));
        }
        if (backup == null) {
            StringBuilder sb = new StringBuilder();
            for (Path p : backups) {
                sb.append(p.getFileName()).append('\n');
            }
            out.print(backups.isEmpty() ? CliText.get("cli.restore.none", Backups.folder(dbFile())) + "\n" : sb.toString());
            return 0;
        }
        Path chosen = Files.exists(backup) ? backup : Backups.folder(dbFile()).resolve(backup.toString());
        if (!Files.isRegularFile(chosen)) {
            throw new InputError(CliText.get("cli.restore.noSuch", backup, Backups.folder(dbFile()), dir));
        }
        Restore.Done done;
        try {
            done = Restore.run(dbFile(), chosen, folder.contest(), clock);
        } catch (StoreException e) {
            throw new InputError(e.getMessage());
        }
        try (ContestStore store = open(folder, false)) {
            Verification v = store.verify();
            String kept = done.kept() == null ? "" : StoreText.get(done.movedAside() ? "store.restore.movedAside"
                    : "store.restore.kept", done.kept().getFileName());
            out.print(StoreText.get("store.restore.done", dbFile(), chosen.getFileName(), kept,
                    v.ok() ? CliText.get("cli.restore.verified", Integer.toString(v.rows())) : StoreText.get("store.restore.doesNotVerify", v.problem())) + "\n");
            return v.ok() ? 0 : Podium.INPUT_ERROR;
        }
    }
}
