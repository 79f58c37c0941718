package org.podium.contestfile;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.podium.domain.Component;
import org.podium.domain.Contest;
import org.podium.domain.Contestant;
import org.podium.domain.Criterion;
import org.podium.domain.Event;
import org.podium.domain.NumberText;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.Origin;
import org.podium.domain.Shown;
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
    static final String HEADER_EXAMPLE = "contestfile.expect.scores";

    private ScoresReader() {
    }

    /**
     * The facts of {@code file}, in line order, each with its origin (the file as given, and its line).
     *
     * @throws ContestFileException with every bad line, when any line is bad (then nothing is read)
     */
    public static List<Fact> read(Path file, Contest contest) throws ContestFileException {
        String text = TextFiles.read(file, HEADER_EXAMPLE, Limits.SCORES_CSV_BYTES, "contestfile.what.scores");
        return parse(text, file.toString(), contest);
    }

    /** Reads scores CSV text; {@code file} names it in messages and origins. */
    public static List<Fact> parse(String text, String file, Contest contest) throws ContestFileException {
        return parse(Csv.parse(text, file), file, contest);
    }

    /** A scores file read and split into records, before any check against a contest. */
    public record Tokens(String file, List<Csv.Record> records) {
    }

    /** Reads and splits a scores file; needs no contest, so it can run while the contest folder loads. */
    public static Tokens tokenize(Path file) throws ContestFileException {
        String text = TextFiles.read(file, HEADER_EXAMPLE, Limits.SCORES_CSV_BYTES, "contestfile.what.scores");
        return new Tokens(file.toString(), Csv.parse(text, file.toString()));
    }

    /** The facts of a tokenized file, checked against the contest (as {@link #read}). */
    public static List<Fact> parse(Tokens tokens, Contest contest) throws ContestFileException {
        return parse(tokens.records(), tokens.file(), contest);
    }

    private static List<Fact> parse(List<Csv.Record> records, String file, Contest contest) throws ContestFileException {
        return parse(records, file, contest, PARALLEL_FROM);
    }

    /** {@code parallelFrom}: files with at least this many lines are checked by two threads (tests vary it). */
    static List<Fact> parse(List<Csv.Record> records, String file, Contest contest, int parallelFrom) throws ContestFileException {
        if (records.isEmpty()) {
            throw new ContestFileException(Problem.of(file, FileText.current().get("contestfile.file.empty",
                    TextFiles.said(HEADER_EXAMPLE))));
        }
        Problems problems = new Problems();
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
                throw problems.exception();
            }
            for (int i = 0; i < all.size(); i++) {
                index[i] = header.index(all.get(i));
            }
        }
        List<Csv.Record> body = hasHeader ? records.subList(1, records.size()) : records;
        List<Fact> facts = new ArrayList<>(body.size());
        if (body.size() < parallelFrom) {
            read(body, hasHeader, first, index, all.size(), lines, facts);
        } else {
            // A large file (a whole venue's paper sheets, the benchmark's 108,000 lines) is checked in two
            // halves at once; the halves' facts and problems are joined back in line order.
            int half = body.size() / 2;
            Problems laterProblems = new Problems();
            List<Fact> later = new ArrayList<>(body.size() - half);
            Lines laterLines = new Lines(file, contest, laterProblems);
            Throwable[] failed = new Throwable[1];
            Thread second = new Thread(() -> {
                try {
                    read(body.subList(half, body.size()), hasHeader, first, index, all.size(), laterLines, later);
                } catch (RuntimeException | Error e) { // thrown again on the reading thread, never printed here
                    failed[0] = e;
                }
            }, "podium-scores-reader");
            second.start();
            read(body.subList(0, half), hasHeader, first, index, all.size(), lines, facts);
            try {
                second.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading " + file, e);
            }
            if (failed[0] instanceof RuntimeException e) {
                throw e;
            }
            if (failed[0] instanceof Error e) {
                throw e;
            }
            facts.addAll(later);
            problems.addAll(laterProblems);
        }
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        return facts;
    }

    /** Files with at least this many lines are checked by two threads. */
    static final int PARALLEL_FROM = 20_000;

    /** Checks records (a header's columns at {@code index}, or the default order) and adds their facts. */
    private static void read(List<Csv.Record> records, boolean hasHeader, Csv.Record first, int[] index, int columns,
                             Lines lines, List<Fact> facts) {
        String file = lines.file;
        for (Csv.Record r : records) {
            String[] v = new String[columns];
            boolean hasAttempt;
            if (hasHeader) {
                if (r.size() != first.size()) {
                    lines.problems.add(Problem.at(file, r.line(), lines.i18n.get("contestfile.scores.fields", r.size(),
                            first.size())));
                    continue;
                }
                for (int i = 0; i < columns; i++) {
                    v[i] = index[i] < 0 ? "" : r.field(index[i]).strip();
                }
                hasAttempt = index[columns - 1] >= 0;
            } else {
                if (r.size() != COLUMNS.size() && r.size() != COLUMNS.size() + 1) {
                    lines.problems.add(Problem.at(file, r.line(), lines.i18n.get("contestfile.scores.fields7", r.size())));
                    continue;
                }
                for (int i = 0; i < columns; i++) {
                    v[i] = r.field(i).strip();
                }
                hasAttempt = r.size() == columns;
            }
            Fact f = lines.fact(r.line(), v[0], v[1], v[2], v[3], v[4], v[5], v[6], hasAttempt ? v[7] : "");
            if (f != null) {
                facts.add(f);
            }
        }
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
                            Problems problems) {
        header.reportDuplicates(file, line, problems);
        for (String n : header.names()) {
            if (!allowed.contains(n) && !problems.keepsMore()) {
                problems.omit(); // a header of a million columns: counted, not spelt out
            } else if (!allowed.contains(n)) {
                problems.add(Problem.at(file, line, FileText.current().get("contestfile.header.unknown", FileText.current().quote(n),
                        FileText.current().hint(n, allowed, "columns"))));
            }
        }
        for (String n : required) {
            if (!header.has(n)) {
                problems.add(Problem.at(file, line, FileText.current().get("contestfile.header.missing",
                        FileText.current().quote(n), String.join(",", required))));
            }
        }
    }

    /** Checks lines against a contest and makes facts; shared by the scores and theory readers. */
    static final class Lines {
        private final String file;
        private final Contest contest;
        private final Problems problems;
        private final FileText i18n;
        private final List<String> eventIds = new ArrayList<>();
        /** event id -> bib -> the roster's own bib string (facts share the roster's instances). */
        private final Map<String, Map<String, String>> bibs = new HashMap<>();

        Lines(String file, Contest contest, Problems problems) {
            this(file, contest, problems, FileText.current());
        }

        /** With the messages of the event, bib and theory checks in the language of {@code i18n}. */
        Lines(String file, Contest contest, Problems problems, FileText i18n) {
            this.file = file;
            this.contest = contest;
            this.problems = problems;
            this.i18n = i18n;
            for (Event e : contest.events()) {
                eventIds.add(e.id());
            }
            for (Contestant c : contest.roster()) {
                bibs.computeIfAbsent(c.event(), k -> new HashMap<>()).put(c.bib(), c.bib());
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
                problem(line, i18n.get("contestfile.lines.emptyEvent", String.join(", ", eventIds)));
                return null;
            }
            Event e = contest.event(id);
            if (e == null) {
                problem(line, i18n.get("contestfile.lines.unknownEvent", Shown.value(id), i18n.hint(id, eventIds, "events")));
            }
            return e;
        }

        /** False (reported) when {@code bib} has no roster row in {@code event}. */
        boolean bib(int line, Event event, String bib) {
            if (bib.isEmpty()) {
                problem(line, i18n.get("contestfile.lines.emptyBib"));
                return false;
            }
            if (bibs.getOrDefault(event.id(), Map.of()).containsKey(bib)) {
                return true;
            }
            problem(line, i18n.get("contestfile.lines.unknownBib", Shown.value(bib), event.id()));
            return false;
        }

        /** A theory line's checks: the event uses theory, and the raw mark is 0..theory.max. */
        BigDecimal theory(int line, Event event, String value) {
            if (!event.uses(Component.THEORY)) {
                problem(line, i18n.get("contestfile.lines.noTheory", event.id()));
                return null;
            }
            BigDecimal raw = Words.decimal(value);
            if (raw == null) {
                problem(line, i18n.get("contestfile.lines.theoryNotNumber", i18n.quote(value)));
                return null;
            }
            if (raw.signum() < 0 || raw.compareTo(event.theoryMax()) > 0) {
                problem(line, i18n.get("contestfile.lines.theoryRange", Shown.value(raw.toPlainString()), event.theoryMax().toPlainString()));
                return null;
            }
            return raw;
        }

        Fact fact(int line, String eventId, String roundId, String bib, String kindText, String official, String item,
                  String value, String attemptText) {
            long before = problems.size();
            bib = NumberText.code(bib); // a full-width bib, or one kept as 1005.0, is the roster's bib
            FactKind kind = FactKind.fromKey(kindText.toLowerCase(Locale.ROOT));
            if (kind == null) {
                List<String> kinds = new ArrayList<>();
                for (FactKind k : FactKind.values()) {
                    kinds.add(k.key());
                }
                problem(line, kindText.isEmpty() ? i18n.get("contestfile.lines.emptyKind", i18n.hint(kindText, kinds, "kinds"))
                        : i18n.get("contestfile.lines.unknownKind", i18n.quote(kindText), i18n.hint(kindText, kinds, "kinds")));
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
            // The contest's own strings stand in for the line's text: every fact of a bib, an official or a
            // criterion then shares one instance, which keeps the engine's look-ups short.
            if (bibOk) {
                bib = bibs.get(event.id()).get(bib);
            }
            official = canonical(official, event.timekeepers(), event.judges());
            Integer attempt = attempt(line, event, kind, attemptText);
            Origin origin = new Origin(file, line);
            Fact fact = switch (kind) {
                case TIME -> {
                    official(line, event, official, event.timekeepers(), "timekeeper", FactKind.TIME);
                    empty(line, item, "item", FactKind.TIME);
                    long ms = time(line, value);
                    yield ms > 0 ? Fact.time(event.id(), round, bib, official, ms, attempt, origin) : null;
                }
                case LAP -> {
                    official(line, event, official, event.timekeepers(), "timekeeper", FactKind.LAP);
                    Integer lap = Words.whole(item);
                    if (lap == null || lap < 1 || lap > event.laps()) {
                        problem(line, i18n.get("contestfile.lines.lap", i18n.quote(item), event.id(), event.laps()));
                    }
                    long ms = time(line, value);
                    yield ms > 0 && lap != null ? Fact.lap(event.id(), round, bib, official, lap, ms, attempt, origin) : null;
                }
                case MARK -> {
                    official(line, event, official, event.judges(), "judge", FactKind.MARK);
                    Criterion c = null;
                    if (item.isEmpty()) {
                        problem(line, i18n.get("contestfile.lines.noCriterion", i18n.hint("", criteria(event), "criteria")));
                    } else {
                        c = event.quality().criterion(item);
                        if (c == null) {
                            problem(line, i18n.get("contestfile.lines.unknownCriterion", i18n.quote(item), event.id(),
                                    i18n.hint(item, criteria(event), "criteria")));
                        }
                    }
                    BigDecimal mark = Words.decimal(value);
                    if (mark == null) {
                        problem(line, i18n.get("contestfile.lines.markNotNumber", i18n.quote(value)));
                    } else if (c != null) {
                        Criterion.MarkProblem why = c.problem(mark);
                        if (why != null) {
                            problem(line, i18n.get("store.refused.mark." + why.name(), mark.toPlainString(), c.id(), c.limit(why)));
                        }
                    }
                    yield mark != null && c != null ? Fact.mark(event.id(), round, bib, official, c.id(), mark, attempt, origin) : null;
                }
                case PENALTY -> {
                    // Any official may record a penalty: a timekeeper, a judge, or the chief judge (who is not listed in
                    // contest.yaml); empty when the sheet does not say. Counts are kept per official (section 7).
                    Penalty p = null;
                    if (item.isEmpty()) {
                        problem(line, i18n.get("contestfile.lines.noCode", i18n.hint("", codes(event), "codes")));
                    } else {
                        p = event.penalty(item);
                        if (p == null) {
                            problem(line, i18n.get("contestfile.lines.unknownCode", i18n.quote(item), event.id(),
                                    i18n.hint(item, codes(event), "codes")));
                        }
                    }
                    Integer count = value.isEmpty() ? Integer.valueOf(1) : Words.whole(value);
                    if (count == null || count < 0) {
                        problem(line, i18n.get("contestfile.lines.penaltyCount", i18n.quote(value)));
                    }
                    yield p != null && count != null && count >= 0
                            ? Fact.penalty(event.id(), round, bib, nullIfEmpty(official), p.code(), count, attempt, origin) : null;
                }
                case STATUS -> {
                    empty(line, item, "item", FactKind.STATUS);
                    Status status = null;
                    String s = value.strip().toUpperCase(Locale.ROOT);
                    if (s.equals("DNS") || s.equals("DNF") || s.equals("DSQ")) {
                        status = Status.valueOf(s);
                    } else {
                        problem(line, i18n.get("contestfile.lines.status", i18n.quote(value)));
                    }
                    yield status == null ? null : Fact.status(event.id(), round, bib, nullIfEmpty(official), status, attempt, origin);
                }
                case THEORY -> {
                    empty(line, official, "official", FactKind.THEORY);
                    empty(line, item, "item", FactKind.THEORY);
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
            if (!id.isEmpty()) {
                Round r = event.round(id);
                if (r != null) {
                    return r.id();
                }
            } else if (event.rounds().size() == 1) {
                return event.rounds().get(0).id();
            }
            List<String> ids = new ArrayList<>();
            for (Round r : event.rounds()) {
                ids.add(r.id());
            }
            if (id.isEmpty()) {
                if (ids.size() == 1) {
                    return ids.get(0);
                }
                problem(line, i18n.get("contestfile.lines.emptyRound", event.id(), String.join(", ", ids)));
                return null;
            }
            Round r = event.round(id);
            if (r == null) {
                problem(line, i18n.get("contestfile.lines.unknownRound", i18n.quote(id), event.id(), i18n.hint(id, ids, "rounds")));
                return null;
            }
            return r.id();
        }

        private Integer attempt(int line, Event event, FactKind kind, String text) {
            if (text.isEmpty()) {
                return null;
            }
            if (kind == FactKind.THEORY) {
                problem(line, i18n.get("contestfile.lines.theoryAttempt", i18n.quote(text)));
                return null;
            }
            Integer a = Words.whole(text);
            if (event.attempts() == 1) {
                problem(line, i18n.get("contestfile.lines.oneAttempt", event.id(), i18n.quote(text)));
                return null;
            }
            if (a == null || a < 1 || a > event.attempts()) {
                problem(line, i18n.get("contestfile.lines.attempt", i18n.quote(text), event.id(), event.attempts()));
                return null;
            }
            return a;
        }

        private void official(int line, Event event, String official, List<String> allowed, String role, FactKind what) {
            if (official.isEmpty()) {
                problem(line, allowed.isEmpty()
                        ? i18n.get("contestfile.lines.noOfficials." + role, i18n.get("contestfile.kind." + what.key()), event.id())
                        : i18n.get("contestfile.lines.emptyOfficial." + role, i18n.get("contestfile.kind." + what.key()),
                                String.join(", ", allowed)));
            } else if (!allowed.contains(official)) {
                problem(line, i18n.get("contestfile.lines.unknownOfficial." + role, i18n.quote(official), event.id(),
                        i18n.hint(official, allowed, role + "s")));
            }
        }

        private void empty(int line, String text, String column, FactKind what) {
            if (!text.isEmpty()) {
                problem(line, i18n.get("contestfile.lines.mustBeEmpty", column, i18n.get("contestfile.kind." + what.key()),
                        i18n.quote(text)));
            }
        }

        /** The time in ms, or 0 (reported). */
        private long time(int line, String value) {
            try {
                long ms = RaceTime.parse(value).millis();
                if (ms == 0) {
                    problem(line, i18n.get("contestfile.lines.zeroTime"));
                }
                return ms;
            } catch (RaceTime.FormatException e) {
                problem(line, i18n.get("time.problem", Shown.value(e.text()), i18n.get("time.problem." + e.problem().name())));
                return 0;
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

        /** The event's own string for an official id, or the text itself when it is none of them. */
        private static String canonical(String official, List<String> timekeepers, List<String> judges) {
            for (String t : timekeepers) {
                if (t.equals(official)) {
                    return t;
                }
            }
            for (String j : judges) {
                if (j.equals(official)) {
                    return j;
                }
            }
            return official;
        }

        private static String nullIfEmpty(String s) {
            return s.isEmpty() ? null : s;
        }
    }
}
