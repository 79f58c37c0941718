package org.podium.cli;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.podium.store.ContestStore;
import org.podium.store.JournalRow;
import org.podium.store.Seal;
import org.podium.store.SealCheck;
import org.podium.store.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * {@code podium verify CONTEST_DIR [--db FILE] [--seal N:HEX]...}: recomputes the journal's hash chain, looks for its
 * guards and holds the official table against the journal; prints {@code ok: N rows, seal N:HEX}, the seal of the last
 * row. Each {@code --seal} (as printed by an earlier verify, or on a result sheet) is held against the journal too:
 * row N must still have that hash, and a sealed publish row's round must not have been unlocked since (docs/store.md).
 */
@Command(name = "verify", description = "Recompute the audit trail's hash chain and check its guards and officials: exit 0"
        + " and print the seal of the last row when all holds, 1 naming what does not. --seal N:HEX (repeatable) also"
        + " checks a seal taken earlier or printed on a result sheet.")
final class VerifyCommand extends DatabaseCommand {
    @Option(names = "--seal", paramLabel = "N:HEX", converter = SealText.class,
            description = "a seal taken earlier (verify's output, or a result sheet's): row N's hash must begin with HEX")
    List<Seal> seals = new ArrayList<>();

    VerifyCommand(Output out, Clock clock) {
        super(out, clock);
    }

    @Override
    public Integer call() throws InputError {
        try (ContestStore store = openReadOnly(folder())) {
            Verification v = store.verify();
            List<String> problems = new ArrayList<>();
            for (String p : v.problems()) {
                problems.add(where() + ": " + p);
            }
            List<String> held = new ArrayList<>();
            for (Seal seal : seals) {
                SealCheck check = store.checkSeal(seal);
                switch (check.outcome()) {
                    case HOLDS -> held.add(CliText.get("cli.verify.sealHolds", seal.toString()));
                    case REWRITTEN -> problems.add(CliText.get("cli.verify.sealRewritten", Long.toString(seal.row())));
                    case SUPERSEDED -> problems.add(superseded(check));
                }
            }
            if (!problems.isEmpty()) {
                throw new InputError(problems);
            }
            StringBuilder sb = new StringBuilder(v.seal() == null ? CliText.get("cli.verify.okEmpty")
                    : CliText.get("cli.verify.ok", Integer.toString(v.rows()), v.seal().toString())).append('\n');
            held.forEach(line -> sb.append(line).append('\n'));
            out.print(sb.toString());
        }
        return 0;
    }

    /** A sealed publish row whose round was unlocked since: the paper is not the published result any more. */
    private static String superseded(SealCheck check) {
        JournalRow unlock = check.unlock();
        return CliText.get("cli.verify.sealSuperseded", check.seal().toString(), unlock.event() + "/" + unlock.round(),
                Long.toString(unlock.id()), unlock.recordedBy(), unlock.recordedAt(), String.valueOf(unlock.reason()))
                + (check.republished() == null ? CliText.get("cli.verify.notPublishedNow")
                : CliText.get("cli.verify.publishedAgain", check.republished().toString()));
    }

    /** {@code N:HEX} as a seal; anything else is a usage error naming the form. */
    static final class SealText implements ITypeConverter<Seal> {
        @Override
        public Seal convert(String value) {
            return Seal.parse(value);
        }
    }
}
