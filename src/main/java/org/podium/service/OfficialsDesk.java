package org.podium.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.podium.contestfile.ContestFileException;
import org.podium.contestfile.ContestFolder;
import org.podium.contestfile.ContestYaml;
import org.podium.domain.Contest;
import org.podium.domain.Event;
import org.podium.domain.Role;
import org.podium.exchange.Progress;
import org.podium.exchange.pdf.LoginSheet;
import org.podium.exchange.pdf.PdfExportException;
import org.podium.exchange.pdf.PdfExports;
import org.podium.store.ContestStore;
import org.podium.store.OfficialAccount;
import org.podium.store.PinCheck;
import org.podium.store.SqliteContestStore;
import org.podium.store.WeakPin;

/**
 * The officials of a contest at set-up (issue 14, "Officials in the app"), as {@code podium officials} keeps them: add an
 * official with their own PIN; rename one or change their role (a chief's PIN asked); set a new PIN (the official's old
 * PIN, or a chief's). The PIN rules are the store's ({@code PinRules}: at least 4 digits, 6 for a chief or an organiser,
 * no 0000 or 1234 on a real contest); each change is a journal row. Blocking I/O: call it on an executor.
 */
public final class OfficialsDesk implements AutoCloseable {
    /** The station the changes are recorded at. */
    static final String STATION = "setup";

    /**
     * One official: those of the database, then those contest.yaml names who have no account yet.
     *
     * @param account whether the database knows them (and so they have a PIN)
     */
    public record Official(String id, String name, Role role, boolean account) {
    }

    private final ContestStore store;
    private final Contest contest;
    private final boolean owned;

    /** The officials of an opened contest (its store stays the caller's). */
    public OfficialsDesk(ContestStore store, Contest contest) {
        this(store, contest, false);
    }

    private OfficialsDesk(ContestStore store, Contest contest, boolean owned) {
        this.store = store;
        this.contest = contest;
        this.owned = owned;
    }

    /**
     * The officials of a contest folder being set up, its database opened (created when missing) even before the roster
     * is there: the contest is contest.yaml as far as it can be read (its sample mark decides the PIN rules; one that
     * cannot be read yet counts as a real contest).
     */
    public static OfficialsDesk open(Path dir, Clock clock) {
        Contest contest = setupContest(dir);
        return new OfficialsDesk(new SqliteContestStore(dir.resolve(OpenContest.DATABASE_FILE), contest, clock), contest, true);
    }

    /** contest.yaml without its roster, or a real contest named after the folder while it cannot be read. */
    static Contest setupContest(Path dir) {
        try {
            return ContestYaml.read(dir.resolve(ContestFolder.CONTEST_FILE));
        } catch (ContestFileException | RuntimeException e) {
            Path name = dir.toAbsolutePath().normalize().getFileName();
            return new Contest(name == null ? "" : name.toString(), null, "", "", 2, List.of(), null, List.of(), false);
        }
    }

    public Contest contest() {
        return contest;
    }

    /** Every official of the database in the order added, then those contest.yaml names without an account. */
    public List<Official> officials() {
        Map<String, Role> named = new LinkedHashMap<>();
        for (Event e : contest.events()) {
            e.timekeepers().forEach(id -> named.putIfAbsent(id, Role.TIMEKEEPER));
            e.judges().forEach(id -> named.putIfAbsent(id, Role.JUDGE));
        }
        List<Official> out = new ArrayList<>();
        for (OfficialAccount a : store.officials()) {
            named.remove(a.id());
            out.add(new Official(a.id(), a.name(), a.role(), true));
        }
        named.forEach((id, role) -> out.add(new Official(id, "", role, false)));
        return out;
    }

    /** The officials with an account, for the login sheet. */
    public List<Official> withAccounts() {
        return officials().stream().filter(Official::account).toList();
    }

    /**
     * Adds an official with their PIN (typed twice: {@code pin} and {@code again} must agree). Nothing is asked of a
     * chief: this is how the first chief is added too.
     */
    public void add(String id, String name, Role role, char[] pin, char[] again) throws SetupRefused {
        try {
            String i = id == null ? "" : id.strip();
            String n = name == null ? "" : name.strip();
            if (i.isEmpty() || !i.matches("[A-Za-z0-9_-]{1,20}")) {
                throw new SetupRefused("people.officials.error.id", "an official's id is 1 to 20 letters, digits, '-' or '_'"
                        + " (the id contest.yaml uses, like T1 or J2); nothing was added");
            }
            if (n.isEmpty()) {
                throw new SetupRefused("people.officials.error.name", "give the official's name, as printed on the sheets;"
                        + " nothing was added");
            }
            if (role == null) {
                throw new SetupRefused("people.officials.error.role", "choose the official's role; nothing was added");
            }
            samePins(pin, again, "nothing was added");
            if (store.official(i).isPresent()) {
                throw new SetupRefused("people.officials.error.exists", "official " + i + " exists already: rename them or"
                        + " set their PIN; nothing was added", i);
            }
            try {
                store.addOfficial(i, n, role, pin);
            } catch (WeakPin weak) {
                throw weak(weak, "nothing was added");
            } catch (IllegalArgumentException e) {
                throw new SetupRefused("people.officials.error.store", e.getMessage() + "; nothing was added", e.getMessage());
            }
        } finally {
            wipe(pin, again);
        }
    }

    /** A chief renames an official and/or changes their role (null or blank: unchanged), with the chief's PIN. */
    public void change(String id, String name, Role role, String chief, char[] chiefPin) throws SetupRefused {
        try {
            String c = chief == null ? "" : chief.strip();
            if (c.isEmpty() || store.official(c).map(a -> a.role() != Role.CHIEF).orElse(true)) {
                throw new SetupRefused("people.officials.error.chief", "a chief with an account changes an official's name"
                        + " or role: give the chief's id and PIN; nothing was changed", c);
            }
            try {
                answer(store.changeOfficial(id, name, role, c, chiefPin, STATION), c);
            } catch (IllegalArgumentException e) {
                throw new SetupRefused("people.officials.error.store", e.getMessage() + "; nothing was changed", e.getMessage());
            }
        } finally {
            wipe(chiefPin);
        }
    }

    /**
     * Sets an official's new PIN (typed twice), asked by {@code by} with {@code byPin}: the official with their old PIN,
     * or a chief with the chief's.
     */
    public void setPin(String id, char[] pin, char[] again, String by, char[] byPin) throws SetupRefused {
        try {
            samePins(pin, again, "nothing was changed");
            String b = by == null || by.isBlank() ? id : by.strip();
            try {
                answer(store.changePin(id, pin, b, byPin, STATION), b);
            } catch (WeakPin weak) {
                throw weak(weak, "nothing was changed");
            } catch (IllegalArgumentException e) {
                throw new SetupRefused("people.officials.error.store", e.getMessage() + "; nothing was changed", e.getMessage());
            }
        } finally {
            wipe(pin, again, byPin);
        }
    }

    /**
     * Writes the login sheet of the officials with an account (ids, names, roles, an empty box for each PIN) to
     * {@code out} as a PDF in {@code locale}'s language, whole or not at all.
     *
     * @return the pages written (0: nobody has an account yet, and no file is written)
     * @throws PdfExportException when a name holds a character the bundled font cannot print (nothing written)
     */
    public int loginSheet(Path out, Locale locale, Clock clock) throws PdfExportException, IOException {
        List<LoginSheet.Line> lines = withAccounts().stream().map(o -> new LoginSheet.Line(o.id(), o.name(), o.role())).toList();
        return new PdfExports(locale, clock).loginSheet(contest, lines).write(out, Progress.NONE);
    }

    private static void samePins(char[] pin, char[] again, String nothing) throws SetupRefused {
        if (pin == null || pin.length == 0) {
            throw new SetupRefused("people.officials.error.noPin", "type the new PIN twice; " + nothing);
        }
        if (!Arrays.equals(pin, again)) {
            throw new SetupRefused("people.officials.error.pinsDiffer", "the two PINs typed differ; " + nothing);
        }
    }

    private static SetupRefused weak(WeakPin weak, String nothing) {
        return new SetupRefused("people.officials.error.weak." + weak.problem().name(), weak.getMessage() + "; " + nothing);
    }

    /** A wrong PIN or a wait is a refusal naming the official whose PIN it was. */
    private static void answer(PinCheck check, String who) throws SetupRefused {
        switch (check.outcome()) {
            case RIGHT -> {
            }
            case WAITING -> throw new SetupRefused("people.officials.error.waiting", who + " must wait " + check.waitSeconds()
                    + " s before the next try; nothing was changed", who, check.waitSeconds());
            case WRONG -> throw new SetupRefused("people.officials.error.wrongPin", "wrong PIN for " + who
                    + "; nothing was changed", who);
        }
    }

    private static void wipe(char[]... secrets) {
        for (char[] s : secrets) {
            if (s != null) {
                Arrays.fill(s, '\0');
            }
        }
    }

    @Override
    public void close() {
        if (owned) {
            store.close();
        }
    }
}
