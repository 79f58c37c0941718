package org.podium.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.podium.service.VenueLink;
import picocli.CommandLine.Option;

/**
 * {@code --server HOST:PORT} beside {@code --db FILE} (contest-files.md, "Several stations: the venue server"): the venue
 * server's journal instead of a contest.db, with the venue password from {@code PODIUM_VENUE_PASSWORD}, else asked at
 * the terminal (not shown), else read from standard input's first line (a picocli mixin).
 */
final class ServerOption {
    /** The bundle key of the option's description in {@code --help} (English and Chinese). */
    static final String DESCRIPTION_KEY = "venueRead.option";

    @Option(names = "--server", paramLabel = "HOST:PORT", descriptionKey = DESCRIPTION_KEY,
            description = "the venue server, as podium serve printed it (HOST:PORT), instead of --db. The venue password"
                    + " is read from PODIUM_VENUE_PASSWORD, or asked")
    String server;

    /** The bundle key of {@code --official}'s description in {@code --help}. */
    static final String OFFICIAL_KEY = "venueRead.officialOption";

    @Option(names = "--official", paramLabel = "ID", descriptionKey = OFFICIAL_KEY,
            description = "with --server: the chief judge or organiser who logs in on the venue server (PIN from PODIUM_PIN,"
                    + " or asked)")
    String official;

    /** The venue server of {@code --server}, or null without it; {@code --db} beside it is refused in one line. */
    VenueLink link(Path db) throws InputError {
        if (server == null) {
            return null;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return link(db, () -> line(in)); // one reader: the venue password's line, then the PIN's
    }

    /**
     * As {@link #link(Path)}, the password's line of standard input read by {@code lines} (a command that reads more
     * lines after it, officials' PINs, keeps one reader).
     */
    VenueLink link(Path db, Lines lines) throws InputError {
        if (server == null) {
            return null;
        }
        if (db != null) {
            throw new InputError(CliText.get("venueRead.both", db, server));
        }
        VenueLink link = link(server, System.in, lines);
        return official == null ? link : link.as(official, pin(official, System.in, lines));
    }

    /** {@code HOST:PORT} (checked first, so a mistyped address asks no password) and the venue password. */
    static VenueLink link(String server, InputStream in) throws InputError {
        return link(server, in, () -> firstLine(in));
    }

    private static VenueLink link(String server, InputStream in, Lines lines) throws InputError {
        VenueLink address;
        try {
            address = VenueLink.of(server, null);
        } catch (IllegalArgumentException e) {
            throw new InputError(e.getMessage());
        }
        return new VenueLink(address.host(), address.port(), password(server, in, lines));
    }

    /** The next line of standard input, or null at its end. */
    @FunctionalInterface
    interface Lines {
        String next() throws InputError;
    }

    /**
     * The venue password: PODIUM_VENUE_PASSWORD, else asked at the terminal (not shown), else standard input's next
     * line; none of them: one line saying to set the variable.
     */
    private static String password(String server, InputStream in, Lines lines) throws InputError {
        String env = System.getenv(VenueLink.PASSWORD_VARIABLE);
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        Console console = in == System.in ? System.console() : null;
        if (console != null) {
            char[] typed = console.readPassword("%s", CliText.get("reconcile.askPassword", server));
            return typed == null ? "" : new String(typed);
        }
        String line = lines.next();
        if (line == null || line.isBlank()) {
            throw new InputError(CliText.get("reconcile.noPassword", VenueLink.PASSWORD_VARIABLE));
        }
        return line.strip();
    }

    /**
     * The PIN of {@code --official}: PODIUM_PIN, else asked at the terminal (not shown), else standard input's next line
     * (after the venue password's); none of them: one line saying to set the variable.
     */
    private static char[] pin(String official, InputStream in, Lines lines) throws InputError {
        String env = System.getenv(VenueLink.PIN_VARIABLE);
        if (env != null && !env.isBlank()) {
            return env.strip().toCharArray();
        }
        Console console = in == System.in ? System.console() : null;
        if (console != null) {
            char[] typed = console.readPassword("%s", CliText.get("venueRead.askPin", official));
            return typed == null ? new char[0] : typed;
        }
        String line = lines.next();
        if (line == null || line.isBlank()) {
            throw new InputError(CliText.get("venueRead.noPin", official, VenueLink.PIN_VARIABLE));
        }
        return line.strip().toCharArray();
    }

    /** The next line of {@code in}, or null at its end. */
    static String line(BufferedReader in) throws InputError {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new InputError(CliText.get("cli.stdin", String.valueOf(e.getMessage())));
        }
    }

    static String firstLine(InputStream in) throws InputError {
        try {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw new InputError(CliText.get("cli.stdin", String.valueOf(e.getMessage())));
        }
    }
}
