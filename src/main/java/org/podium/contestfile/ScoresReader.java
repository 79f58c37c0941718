package org.podium.contestfile;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

import org.podium.domain.Component;
import org.podium.domain.Contest;
import org.podium.domain.Contestant;
import org.podium.domain.Criterion;
import org.podium.domain.Event;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.Origin;
import org.podium.domain.Penalty;
import org.podium.domain.RaceTime;
import org.podium.domain.Round;
import org.podium.domain.Status;

/**
 * Reads a scores CSV (contest-files.md): one recorded fact per line, columns
 * {@code event,round,bib,kind,official,item,value} and optionally {@code attempt}, in any order when the
 * first line is a header, else in that order. A file is read whole or not at all: any bad line makes
 * {@link #read} throw, listing every bad line.
 */
public final class ScoresReader {
    /** The columns in their default order. */
    public static final List<String> COLUMNS = List.of("event", "round", "bib", "kind", "official", "item", "value");
    /** The optional eighth column. */
    public static final String ATTEMPT = "attempt";
    static final String HEADER_EXAMPLE = "a header line event,round,bib,kind,official,item,value (and optionally attempt),"
            + " then one record per line";

    private ScoresReader() {
    }

    /**
     * The facts of {@code file}, in line order, each with its origin (the file as given, and its line).
     *
     * @throws ContestFileException with every bad line, when any line is bad (then nothing is read)
     */
    public static List<Fact> read(Path file, Contest contest) throws ContestFileException {
        String text = TextFiles.read(file, HEADER_EXAMPLE);
        return parse(text, file.toString(), contest);
    }

    /** Reads scores CSV text; {@code file} names it in messages and origins. */
    public static List<Fact> parse(String text, String file, Contest contest) throws ContestFileException {
        List<Csv.Record> records = Csv.parse(text, file);
        if (records.isEmpty()) {
            throw new ContestFileException(Problem.of(file, "is empty: expected " + HEADER_EXAMPLE));
        }
        List<Problem> problems = new ArrayList<>();
        Lines lines = new Lines(file, contest, problems);
        List<String> all = new ArrayList<>(COLUMNS);
        all.add(ATTEMPT);
        Csv.Record first = records.get(0);
        int[] index = new int[all.size()]; // position of each column of `all`, -1 when absent; null: default order
        boolean hasHeader = isHeader(first, all);
        if (hasHeader) {
            Csv.Header header = new Csv.Header(first);
            checkHeader(header, all, COLUMNS, file, first.line(), problems);
            if (!problems.isEmpty()) {
                throw new ContestFileException(problems);
            }
            for (int i = 0; i < all.size(); i++) {
                index[i] = header.index(all.get(i));
            }
        }
        List<Fact> facts = new ArrayList<>();
        for (Csv.Record r : hasHeader ? records.subList(1, records.size()) : records) {
            String[] v = new String[all.size()];
            boolean hasAttempt;
            if (hasHeader) {
                if (r.size() != first.size()) {
                    problems.add(Problem.at(file, r.line(), "has " + r.size() + " fields but the header has " + first.size()
                            + ": keep the commas of empty fields (like stand,final,101,penalty,J1,P1,), and put a value"
                            + " holding a comma in double quotes"));
                    continue;
                }
                for (int i = 0; i < all.size(); i++) {
                    v[i] = index[i] < 0 ? "" : r.field(index[i]).strip();
                }
                hasAttempt = index[all.size() - 1] >= 0;
            } else {
                if (r.size() != COLUMNS.size() && r.size() != COLUMNS.size() + 1) {
                    problems.add(Problem.at(file, r.line(), "has " + r.size() + " fields, expected 7 (event,round,bib,kind,official,"
                            + "item,value) or 8 (with attempt); keep the commas of empty fields, like stand,final,101,penalty,J1,P1,"));
                    continue;
                }
                for (int i = 0; i < all.size(); i++) {
                    v[i] = r.field(i).strip();
                }
                hasAttempt = r.size() == all.size();
            }
            Fact f = lines.fact(r.line(), v[0], v[1], v[2], v[3], v[4], v[5], v[6], hasAttempt ? v[7] : "");
            if (f != null) {
                facts.add(f);
            }
        }
        if (!problems.isEmpty()) {
            throw new ContestFileException(problems);
        }
        return facts;
    }

    /** A first record is a header when one of its fields is a column name. */
    static boolean isHeader(Csv.Record first, List<String> names) {
        for (String f : first.fields()) {
            if (names.contains(f.strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Unknown, doubled and missing columns of a header. */
    static void checkHeader(Csv.Header header, List<String> allowed, List<String> required, String file, int line,
                            List<Problem> problems) {
        for (String d : header.duplicates()) {
            problems.add(Problem.at(file, line, "column '" + d + "' appears twice in the header: give each column once"));
        }
        for (String n : header.names()) {
            if (!allowed.contains(n)) {
                problems.add(Problem.at(file, line, "unknown column '" + n + "' in the header" + Words.hint(n, allowed, "columns")));
            }
        }
        for (String n : required) {
            if (!header.has(n)) {
                problems.add(Problem.at(file, line, "missing column '" + n + "' in the header (expected the columns "
                        + String.join(",", required) + ", in any order)"));
            }
        }
    }

    /** Checks lines against a contest and makes facts; shared by the scores and theory readers. */
    static final class Lines {
        private final String file;
        private final Contest contest;
        private final List<Problem> problems;
        private final List<String> eventIds = new ArrayList<>();
        private final Map<String, Set<String>> bibs = new HashMap<>();

        Lines(String file, Contest contest, List<Problem> problems) {
            this.file = file;
            this.contest = contest;
            this.problems = problems;
            for (Event e : contest.events()) {
                eventIds.add(e.id());
            }
            for (Contestant c : contest.roster()) {
                bibs.computeIfAbsent(c.event(), k -> new HashSet<>()).add(c.bib());
            }
        }

        private void problem(int line, String message) {
            problems.add(Problem.at(file, line, message));
        }

        /** The event a line names (or the only one when empty), or null (reported). */
        Event event(int line, String id) {
            if (id.isEmpty()) {
                if (eventIds.size() == 1) {
                    return contest.events().get(0);
                }
                problem(line, "empty event: the contest has several events (" + String.join(", ", eventIds) + "), name one");
                return null;
            }
            Event e = contest.event(id);
            if (e == null) {
                problem(line, "unknown event '" + id + "'" + Words.hint(id, eventIds, "events"));
            }
            return e;
        }

        /** False (reported) when {@code bib} has no roster row in {@code event}. */
        boolean bib(int line, Event event, String bib) {
            if (bib.isEmpty()) {
                problem(line, "empty bib: every line needs the contestant's bib");
                return false;
            }
            if (bibs.getOrDefault(event.id(), Set.of()).contains(bib)) {
                return true;
            }
            problem(line, "unknown bib " + bib + " in event " + event.id() + ": the roster has no row with this bib in this event");
            return false;
        }

        /** A theory line's checks: the event uses theory, and the raw mark is 0..theory.max. */
        BigDecimal theory(int line, Event event, String value) {
            if (!event.uses(Component.THEORY)) {
                problem(line, "event " + event.id() + " does not use theory (its total.weights has no theory): remove this line,"
                        + " or give theory a weight");
                return null;
            }
            BigDecimal raw = Words.decimal(value);
            if (raw == null) {
                problem(line, "theory mark " + Words.quote(value) + " is not a number: write the raw mark, like 86 or 86.5");
                return null;
            }
            if (raw.signum() < 0 || raw.compareTo(event.theoryMax()) > 0) {
                problem(line, "theory mark " + raw.toPlainString() + " is out of range: it must be from 0 to "
                        + event.theoryMax().toPlainString() + " (theory.max)");
                return null;
            }
            return raw;
        }

        Fact fact(int line, String eventId, String roundId, String bib, String kindText, String official, String item,
                  String value, String attemptText) {
            int before = problems.size();
            FactKind kind = FactKind.fromKey(kindText.toLowerCase(Locale.ROOT));
            if (kind == null) {
                List<String> kinds = new ArrayList<>();
                for (FactKind k : FactKind.values()) {
                    kinds.add(k.key());
                }
                problem(line, (kindText.isEmpty() ? "empty kind" : "unknown kind '" + kindText + "'") + Words.hint(kindText, kinds, "kinds"));
            }
            Event event = event(line, eventId);
            if (event == null || kind == null) {
                return null;
            }
            String round = null;
            if (kind != FactKind.THEORY) {
                round = round(line, event, roundId);
            }
            boolean bibOk = bib(line, event, bib);
            Integer attempt = attempt(line, event, kind, attemptText);
            Origin origin = new Origin(file, line);
            Fact fact = switch (kind) {
                case TIME -> {
                    official(line, event, official, event.timekeepers(), "timekeeper", "a time");
                    empty(line, item, "item", "a time");
                    long ms = time(line, value);
                    yield ms > 0 ? Fact.time(event.id(), round, bib, official, ms, attempt, origin) : null;
                }
                case LAP -> {
                    official(line, event, official, event.timekeepers(), "timekeeper", "a lap");
                    Integer lap = Words.whole(item);
                    if (lap == null || lap < 1 || lap > event.laps()) {
                        problem(line, "lap number " + Words.quote(item) + " is not a lap of event " + event.id()
                                + ": item must be a whole number from 1 to " + event.laps() + " (laps)");
                    }
                    long ms = time(line, value);
                    yield ms > 0 && lap != null ? Fact.lap(event.id(), round, bib, official, lap, ms, attempt, origin) : null;
                }
                case MARK -> {
                    official(line, event, official, event.judges(), "judge", "a mark");
                    Criterion c = null;
                    if (item.isEmpty()) {
                        problem(line, "empty item: a mark line names its criterion" + Words.hint("", criteria(event), "criteria"));
                    } else {
                        c = event.quality().criterion(item);
                        if (c == null) {
                            problem(line, "unknown criterion '" + item + "' in event " + event.id()
                                    + Words.hint(item, criteria(event), "criteria"));
                        }
                    }
                    BigDecimal mark = Words.decimal(value);
                    if (mark == null) {
                        problem(line, "mark " + Words.quote(value) + " is not a number: write a decimal, like 38.5");
                    } else if (c != null) {
                        String why = c.refuse(mark);
                        if (why != null) {
                            problem(line, why);
                        }
                    }
                    yield mark != null && c != null ? Fact.mark(event.id(), round, bib, official, item, mark, attempt, origin) : null;
                }
                case PENALTY -> {
                    if (!official.isEmpty() && !event.timekeepers().contains(official) && !event.judges().contains(official)) {
                        Set<String> officials = new LinkedHashSet<>(event.timekeepers());
                        officials.addAll(event.judges());
                        problem(line, "unknown official '" + official + "' in event " + event.id() + ": a penalty is recorded by a"
                                + " timekeeper or a judge of the event, or with official empty" + Words.hint(official, officials, "officials"));
                    }
                    Penalty p = null;
                    if (item.isEmpty()) {
                        problem(line, "empty item: a penalty line names its penalty code" + Words.hint("", codes(event), "codes"));
                    } else {
                        p = event.penalty(item);
                        if (p == null) {
                            problem(line, "unknown penalty code '" + item + "' in event " + event.id() + Words.hint(item, codes(event), "codes"));
                        }
                    }
                    Integer count = value.isEmpty() ? Integer.valueOf(1) : Words.whole(value);
                    if (count == null || count < 0) {
                        problem(line, "penalty count " + Words.quote(value) + " is not a whole number of 0 or more: it says how many"
                                + " times it happened (empty means 1, 0 withdraws this official's count)");
                    }
                    yield p != null && count != null && count >= 0
                            ? Fact.penalty(event.id(), round, bib, nullIfEmpty(official), item, count, attempt, origin) : null;
                }
                case STATUS -> {
                    empty(line, item, "item", "a status");
                    Status status = null;
                    String s = value.strip().toUpperCase(Locale.ROOT);
                    if (s.equals("DNS") || s.equals("DNF") || s.equals("DSQ")) {
                        status = Status.valueOf(s);
                    } else {
                        problem(line, "status " + Words.quote(value) + " is not one that can be recorded: write DNS, DNF or DSQ");
                    }
                    yield status == null ? null : Fact.status(event.id(), round, bib, nullIfEmpty(official), status, attempt, origin);
                }
                case THEORY -> {
                    empty(line, official, "official", "a theory");
                    empty(line, item, "item", "a theory");
                    BigDecimal raw = theory(line, event, value);
                    yield raw == null ? null : Fact.theory(event.id(), bib, raw, origin);
                }
            };
            if (problems.size() > before || !bibOk) {
                return null;
            }
            return fact;
        }

        private String round(int line, Event event, String id) {
            List<String> ids = new ArrayList<>();
            for (Round r : event.rounds()) {
                ids.add(r.id());
            }
            if (id.isEmpty()) {
                if (ids.size() == 1) {
                    return ids.get(0);
                }
                problem(line, "empty round: event " + event.id() + " has several rounds (" + String.join(", ", ids) + "), name one");
                return null;
            }
            if (event.round(id) == null) {
                problem(line, "unknown round '" + id + "' in event " + event.id() + Words.hint(id, ids, "rounds"));
                return null;
            }
            return id;
        }

        private Integer attempt(int line, Event event, FactKind kind, String text) {
            if (text.isEmpty()) {
                return null;
            }
            if (kind == FactKind.THEORY) {
                problem(line, "a theory line cannot name an attempt (found " + Words.quote(text) + "): theory belongs to the"
                        + " entry, leave attempt empty");
                return null;
            }
            Integer a = Words.whole(text);
            if (event.attempts() == 1) {
                problem(line, "event " + event.id() + " has one attempt, so a line cannot name one (found " + Words.quote(text)
                        + "): leave attempt empty");
                return null;
            }
            if (a == null || a < 1 || a > event.attempts()) {
                problem(line, "attempt " + Words.quote(text) + " is not an attempt of event " + event.id()
                        + ": it must be a whole number from 1 to " + event.attempts() + " (attempts), or empty");
                return null;
            }
            return a;
        }

        private void official(int line, Event event, String official, List<String> allowed, String role, String what) {
            if (official.isEmpty()) {
                problem(line, "empty official: " + what + " line names its " + role
                        + (allowed.isEmpty() ? ", but event " + event.id() + " has no " + role + "s" : " (" + String.join(", ", allowed) + ")"));
            } else if (!allowed.contains(official)) {
                problem(line, "unknown " + role + " '" + official + "' in event " + event.id()
                        + Words.hint(official, allowed, role + "s"));
            }
        }

        private void empty(int line, String text, String column, String what) {
            if (!text.isEmpty()) {
                problem(line, column + " must be empty on " + what + " line, found " + Words.quote(text));
            }
        }

        /** The time in ms, or 0 (reported). */
        private long time(int line, String value) {
            try {
                long ms = RaceTime.parse(value).millis();
                if (ms == 0) {
                    problem(line, "a time of 0 is not a result: write the time recorded, or record DNS or DNF as a status line");
                }
                return ms;
            } catch (IllegalArgumentException e) {
                problem(line, e.getMessage());
                return 0;
            }
        }

        private static List<String> criteria(Event event) {
            List<String> ids = new ArrayList<>();
            for (Criterion c : event.quality().criteria()) {
                ids.add(c.id());
            }
            return ids;
        }

        private static List<String> codes(Event event) {
            List<String> ids = new ArrayList<>();
            for (Penalty p : event.penalties()) {
                ids.add(p.code());
            }
            return ids;
        }

        private static String nullIfEmpty(String s) {
            return s.isEmpty() ? null : s;
        }
    }
}
