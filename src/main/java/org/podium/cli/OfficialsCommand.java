package org.podium.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Event;
import org.podium.domain.Role;
import org.podium.store.ContestStore;
import org.podium.store.OfficialAccount;
import org.podium.store.PinCheck;
import org.podium.store.WeakPin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code podium officials CONTEST_DIR [--db FILE]}: every official of the database (chiefs and organisers too) with role,
 * name and PIN, then those contest.yaml names who have no account yet. {@code --add ID --name NAME --role ROLE} adds an
 * official with their own PIN; {@code --pin ID [--by CHIEF]} changes a PIN, asked with the old PIN or a chief's;
 * {@code --change ID [--name NAME] [--role ROLE] --by CHIEF} renames an official or changes their role. Each is a
 * journal row (docs/store.md). PINs are read from the terminal (not shown, a new one asked twice) or, in a script, one
 * per line of standard input in the order the terminal asks them. A real contest's PINs follow the PIN rules
 * (contest-files.md, "Samples and PINs"), so the sample PIN 0000 is never given.
 */
@Command(name = "officials", description = "List every official of the database; --add an official with their own PIN;"
        + " --pin ID to change a PIN (with the old PIN, or a chief's: --by CHIEF); --change ID --name/--role --by CHIEF."
        + " PINs are typed at the prompt, or read one per line from standard input.")
final class OfficialsCommand extends DatabaseCommand {
    @Option(names = "--add", paramLabel = "ID", description = "add this official (the id contest.yaml uses, e.g. T1)")
    String add;

    @Option(names = "--pin", paramLabel = "ID", description = "change this official's PIN")
    String pin;

    @Option(names = "--change", paramLabel = "ID", description = "change this official's --name or --role (asks a chief's PIN)")
    String change;

    @Option(names = "--by", paramLabel = "CHIEF", description = "the chief who changes another's PIN, or an official's name or role")
    String by;

    @Option(names = "--name", paramLabel = "NAME", description = "the official's name, as printed on the sheets")
    String name;

    @Option(names = "--role", paramLabel = "ROLE", description = "timekeeper, judge, chief or organiser")
    String role;

    private final InputStream in;
    private BufferedReader lines;

    OfficialsCommand(Output out, Clock clock, InputStream in) {
        super(out, clock);
        this.in = in;
    }

    @Override
    public Integer call() throws InputError {
        ContestFolder folder = folder();
        try (ContestStore store = open(folder, true)) {
            if (add != null) {
                add(store);
            } else if (pin != null) {
                changePin(store, pin.strip());
            } else if (change != null) {
                change(store, change.strip());
            } else {
                list(folder, store);
            }
        }
        return 0;
    }

    private void list(ContestFolder folder, ContestStore store) {
        StringBuilder sb = new StringBuilder();
        Map<String, String> named = new LinkedHashMap<>();
        for (Event e : folder.contest().events()) {
            e.timekeepers().forEach(id -> named.putIfAbsent(id, "timekeeper"));
            e.judges().forEach(id -> named.putIfAbsent(id, "judge"));
        }
        for (OfficialAccount a : store.officials()) {
            named.remove(a.id());
            sb.append(a.id()).append('\t').append(a.role().key()).append('\t').append(a.name()).append('\t')
                    .append(CliText.get("cli.officials.hasPin")).append('\n');
        }
        for (Map.Entry<String, String> n : named.entrySet()) {
            sb.append(n.getKey()).append('\t').append(n.getValue()).append("\t\t")
                    .append(CliText.get("cli.officials.noAccount", n.getKey())).append('\n');
        }
        out.print(sb.toString());
    }

    private void add(ContestStore store) throws InputError {
        if (name == null || name.isBlank()) {
            throw new InputError(CliText.get("cli.officials.needsName", add));
        }
        Role r = role(true);
        char[] newPin = newPin(add, "cli.officials.nothingAdded");
        try {
            store.addOfficial(add.strip(), name.strip(), r, newPin);
        } catch (IllegalArgumentException e) {
            throw refusal(e, "cli.officials.nothingAdded");
        } finally {
            Arrays.fill(newPin, '\0');
        }
        out.print("added " + add.strip() + " (" + r.key() + ", " + name.strip() + ")\n");
    }

    /** {@code --pin ID [--by CHIEF]}: the old PIN (or the chief's), then the new one. */
    private void changePin(ContestStore store, String id) throws InputError {
        String asker = by == null ? null : by.strip();
        char[] askerPin;
        if (asker == null) {
            askerPin = secret(CliText.get("cli.officials.askOldPin", id));
            if (askerPin.length == 0 && System.console() != null && in == System.in) {
                asker = line(CliText.get("cli.officials.askChief"));
                askerPin = secret(CliText.get("cli.officials.askPin", asker));
            } else {
                asker = id;
            }
        } else {
            askerPin = secret(CliText.get("cli.officials.askPin", asker));
        }
        char[] newPin = newPin(id, "cli.officials.nothingChanged");
        try {
            PinCheck check = store.changePin(id, newPin, asker, askerPin, "cli");
            refuseUnlessRight(check, asker);
        } catch (IllegalArgumentException e) {
            throw refusal(e, "cli.officials.nothingChanged");
        } finally {
            Arrays.fill(newPin, '\0');
            Arrays.fill(askerPin, '\0');
        }
        out.print(CliText.get("cli.officials.pinChanged", id, asker) + "\n");
    }

    /** {@code --change ID [--name NAME] [--role ROLE] --by CHIEF}. */
    private void change(ContestStore store, String id) throws InputError {
        if (by == null || by.isBlank()) {
            throw new InputError(CliText.get("cli.officials.changeNeedsChief", id));
        }
        Role r = role(false);
        if (r == null && (name == null || name.isBlank())) {
            throw new InputError(CliText.get("cli.officials.changeNeedsWhat", id));
        }
        char[] chiefPin = secret(CliText.get("cli.officials.askPin", by.strip()));
        try {
            refuseUnlessRight(store.changeOfficial(id, name, r, by.strip(), chiefPin, "cli"), by.strip());
        } catch (IllegalArgumentException e) {
            throw refusal(e, "cli.officials.nothingChanged");
        } finally {
            Arrays.fill(chiefPin, '\0');
        }
        out.print(CliText.get("cli.officials.changed", id, by.strip()) + "\n");
    }

    /** A wrong PIN, or an id that must wait, in one line with the wait in words. */
    private static void refuseUnlessRight(PinCheck check, String id) throws InputError {
        String wait = Long.toString(check.waitSeconds());
        switch (check.outcome()) {
            case RIGHT -> {
            }
            case WAITING -> throw new InputError(CliText.get("cli.officials.waiting", id, wait));
            case WRONG -> throw new InputError(CliText.get(check.waitSeconds() > 0 ? "cli.officials.wrongPinWait"
                    : "cli.officials.wrongPin", id, wait));
        }
    }

    /** The store's refusal in one line, ending with what was not done; a weak PIN is said with the rule it breaks. */
    private static InputError refusal(IllegalArgumentException e, String nothing) {
        return new InputError(e instanceof WeakPin weak
                ? CliText.get("cli.pin.refused", CliText.get("cli.pin.weak." + weak.problem().name()), CliText.get(nothing))
                : CliText.get("cli.officials.refused", e.getMessage(), CliText.get(nothing)));
    }

    /** --role as a role; required for --add, optional for --change. */
    private Role role(boolean required) throws InputError {
        if (role == null && !required) {
            return null;
        }
        for (Role each : Role.values()) {
            if (role != null && each.key().equals(role.strip().toLowerCase(Locale.ROOT))) {
                return each;
            }
        }
        throw new InputError(role == null ? CliText.get("cli.officials.role") : CliText.get("cli.officials.roleNot", role));
    }

    /** A new PIN: asked twice at the terminal (both must agree), or the next line of standard input. */
    private char[] newPin(String id, String nothing) throws InputError {
        Console console = console();
        if (console != null) {
            char[] first = console.readPassword("%s", CliText.get("cli.officials.askNewPin", id));
            char[] again = console.readPassword("%s", CliText.get("cli.officials.askAgain"));
            if (first == null || again == null || !Arrays.equals(first, again)) {
                throw new InputError(CliText.get("cli.officials.pinsDiffer", CliText.get(nothing)));
            }
            Arrays.fill(again, '\0');
            return first;
        }
        String line = nextLine();
        if (line == null || line.strip().isEmpty()) {
            throw new InputError(CliText.get("cli.officials.noPinOnStdin", CliText.get(nothing)));
        }
        return line.strip().toCharArray();
    }

    /** A PIN asked once (not shown), or the next line of standard input (empty when there is none). */
    private char[] secret(String prompt) throws InputError {
        Console console = console();
        if (console != null) {
            char[] typed = console.readPassword("%s", prompt);
            return typed == null ? new char[0] : typed;
        }
        String line = nextLine();
        return line == null ? new char[0] : line.strip().toCharArray();
    }

    /** A line asked at the terminal (shown), or the next line of standard input. */
    private String line(String prompt) throws InputError {
        Console console = console();
        String line = console != null ? console.readLine("%s", prompt) : nextLine();
        return line == null ? "" : line.strip();
    }

    /** The venue password, when it is read from standard input, is its first line: the PINs follow it. */
    @Override
    ServerOption.Lines lines() {
        return this::nextLine;
    }

    /** The terminal, when this command reads the process's own standard input from one. */
    private Console console() {
        return in == System.in ? System.console() : null;
    }

    private String nextLine() throws InputError {
        try {
            if (lines == null) {
                lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return lines.readLine();
        } catch (IOException e) {
            throw new InputError(CliText.get("cli.stdin", String.valueOf(e.getMessage())));
        }
    }
}
