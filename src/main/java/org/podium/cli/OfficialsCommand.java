package org.podium.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Event;
import org.podium.store.OfficialAccount;
import org.podium.store.Role;
import org.podium.store.SqliteContestStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code podium officials CONTEST_DIR [--db FILE]}: who may log in (the officials contest.yaml names, and which of them
 * has an account); with {@code --add ID --name NAME --role ROLE}, adds an official with their own PIN, read from the
 * terminal (asked twice, not shown) or, in a script, from the first line of standard input. Adding the officials
 * before the day means the sample PIN 0000 is never given (docs/ui.md).
 */
@Command(name = "officials", description = "List the officials and their accounts; --add an official with their own PIN"
        + " (typed at the prompt, or the first line of standard input).")
final class OfficialsCommand extends DatabaseCommand {
    @Option(names = "--add", paramLabel = "ID", description = "add this official (the id contest.yaml uses, e.g. T1)")
    String add;

    @Option(names = "--name", paramLabel = "NAME", description = "the official's name, as printed on the sheets")
    String name;

    @Option(names = "--role", paramLabel = "ROLE", description = "timekeeper, judge, chief or organiser")
    String role;

    private final InputStream in;

    OfficialsCommand(Output out, Clock clock, InputStream in) {
        super(out, clock);
        this.in = in;
    }

    @Override
    public Integer call() throws InputError {
        ContestFolder folder = folder();
        try (SqliteContestStore store = open(folder, true)) {
            if (add == null) {
                list(folder, store);
            } else {
                add(store);
            }
        }
        return 0;
    }

    private void list(ContestFolder folder, SqliteContestStore store) {
        Map<String, String> named = new LinkedHashMap<>();
        for (Event e : folder.contest().events()) {
            e.timekeepers().forEach(id -> named.putIfAbsent(id, "timekeeper"));
            e.judges().forEach(id -> named.putIfAbsent(id, "judge"));
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> n : named.entrySet()) {
            Optional<OfficialAccount> account = store.official(n.getKey());
            sb.append(n.getKey()).append('\t').append(account.map(a -> a.role().key()).orElse(n.getValue())).append('\t')
                    .append(account.map(a -> a.name() + "\thas a PIN").orElse("\tno account yet: podium officials --add "
                            + n.getKey())).append('\n');
        }
        out.print(sb.toString());
    }

    private void add(SqliteContestStore store) throws InputError {
        if (name == null || name.isBlank()) {
            throw new InputError("--add " + add + " needs --name (the official's name)");
        }
        Role r = null;
        for (Role each : Role.values()) {
            if (role != null && each.key().equals(role.strip().toLowerCase(java.util.Locale.ROOT))) {
                r = each;
            }
        }
        if (r == null) {
            throw new InputError("--role must be timekeeper, judge, chief or organiser" + (role == null ? "" : " (not '" + role + "')"));
        }
        char[] pin = readPin();
        try {
            store.addOfficial(add.strip(), name.strip(), r, pin);
        } catch (IllegalArgumentException e) {
            throw new InputError(e.getMessage() + "; nothing was added");
        } finally {
            Arrays.fill(pin, '\0');
        }
        out.print("added " + add.strip() + " (" + r.key() + ", " + name.strip() + ")\n");
    }

    /** The PIN from the terminal (twice, hidden) or from the first line of standard input. */
    private char[] readPin() throws InputError {
        java.io.Console console = System.console();
        if (console != null && in == System.in) {
            char[] first = console.readPassword("PIN for %s: ", add);
            char[] again = console.readPassword("the same PIN again: ");
            if (first == null || again == null || !Arrays.equals(first, again)) {
                throw new InputError("the two PINs differ; nothing was added");
            }
            Arrays.fill(again, '\0');
            return first;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.strip().isEmpty()) {
                throw new InputError("no PIN on standard input (give it on the first line); nothing was added");
            }
            return line.strip().toCharArray();
        } catch (IOException e) {
            throw new InputError("cannot read the PIN from standard input: " + e.getMessage());
        }
    }
}
