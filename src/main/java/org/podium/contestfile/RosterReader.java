package org.podium.contestfile;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.podium.domain.Contest;
import org.podium.domain.Contestant;
import org.podium.domain.Event;
import org.podium.domain.NumberText;
import org.podium.domain.RosterColumns;
import org.podium.domain.Shown;
import org.podium.domain.Title;

/**
 * Reads the roster, {@code roster.csv} (UTF-8 or GB18030) or {@code roster.xlsx} (first sheet), as HR sends it
 * (contest-files.md "Rosters as HR sends them": Chinese column names, title rows, merged cells, the end of the
 * table, numbers as Excel keeps them), and checks it against the contest. Lines count from the file's first line
 * (in a workbook, the sheet's row number). Every problem is reported at once; nothing is half-read.
 *
 * <p>{@link #preview} gives a screen everything before anything is imported: the columns as recognised, every row,
 * every problem with its line in the screen's language, the end of the table; it takes a hand mapping for a
 * column it does not know.
 */
public final class RosterReader {
    /** The columns the app knows; any other column is kept in {@link Contestant#columns()}. */
    public static final List<String> COLUMNS = List.of("bib", "name", "unit", "team", "event", "heat", "gender", "birth_date");
    /** The other names of the columns (contest-files.md), in the order the spec gives them; spaces inside a name are ignored. */
    public static final Map<String, String> ALIASES = aliases(
            "bib", "编号", "号码", "参赛号", "参赛编号",
            "name", "姓名",
            "unit", "单位", "所在单位", "工作单位",
            "team", "队", "队伍", "代表队",
            "event", "项目", "比赛项目",
            "heat", "组别", "组", "分组",
            "gender", "性别",
            "birth_date", "出生日期", "出生年月");
    static final String HEADER_EXAMPLE = "contestfile.roster.expected";
    private static final Table.Kind KIND = new Table.Kind(COLUMNS, ALIASES, List.of("bib", "name"), "bib");
    /** A date as a person or Excel writes it, year first: 1994-03-18, 1994/3/18, 1994.3.18, 1994年3月18日. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})-(\\d{1,2})|/(\\d{1,2})/(\\d{1,2})"
            + "|\\.(\\d{1,2})\\.(\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日?)");

    private RosterReader() {
    }

    /**
     * What {@link ContestFolder} needs: the roster, its problems (the first {@link Limits#LISTED_PROBLEMS}, and how
     * many more there were) and notes in English.
     */
    record Result(List<Contestant> roster, List<Problem> problems, List<Problem> notes, long omitted) {
    }

    /**
     * The roster rows of {@code file}, in file order.
     *
     * @throws ContestFileException with the problems, each with the file as given and its line (the first {@link
     *                              Limits#LISTED_PROBLEMS}, the rest counted)
     */
    public static List<Contestant> read(Path file, Contest contest) throws ContestFileException {
        Result r = parse(file, contest);
        if (!r.problems().isEmpty()) {
            throw new ContestFileException(r.problems(), r.omitted());
        }
        return r.roster();
    }

    /**
     * Reads and checks the roster, messages in English, the first {@link Limits#LISTED_PROBLEMS} problems kept: what
     * {@link #preview} reads, without a preview's rows (issue 17). A CSV roster is read as a stream ({@link TextStream},
     * {@link CsvStream}), each row checked and made a contestant as it comes, and no row kept but its contestant.
     */
    static Result parse(Path file, Contest contest) {
        String name = file.toString();
        FileText i18n = FileText.forLocale(Locale.getDefault());
        Preview<Contestant> p;
        try {
            if (xlsx(file)) {
                Reading reading = new Reading(name, contest, Map.of(), i18n, Limits.LISTED_PROBLEMS, true, false);
                for (Csv.Record r : Sheets.read(file, HEADER_EXAMPLE, Sheets.Kind.ROSTER)) {
                    reading.add(r);
                }
                p = reading.finish();
            } else {
                p = stream(file, contest, i18n);
            }
        } catch (ContestFileException e) {
            p = Preview.unread(name, e);
        }
        return new Result(p.read(), p.problems(), p.notes(), p.problemsOmitted());
    }

    /**
     * A roster CSV read as a stream, with what {@link Sheets#read} and {@link Csv#parse} would say of its text: too
     * large, not text, blank, a quote never closed, text after a closing quote.
     */
    private static Preview<Contestant> stream(Path file, Contest contest, FileText i18n) throws ContestFileException {
        String name = file.toString();
        Sheets.Kind kind = Sheets.Kind.ROSTER;
        long size = TextFiles.checkSize(file, kind.csvBytes, kind.csv);
        List<Preview<Contestant>> read = new ArrayList<>(1);
        TextStream.read(file, kind.csv, (text, bytes) -> {
            read.clear(); // a second pass (GB18030) starts again
            Reading reading = new Reading(name, contest, Map.of(), i18n, Limits.LISTED_PROBLEMS, false, false);
            Blank blank = new Blank(text);
            Problems csv = new Problems();
            CsvStream.read(blank, name, csv, (line, fields, n) -> reading.add(new Csv.Record(line,
                    Arrays.asList(fields).subList(0, n))));
            if (bytes.read() > kind.csvBytes) { // it grew while read
                throw TextFiles.tooLarge(name, Math.max(bytes.read(), size), kind.csvBytes, kind.csv);
            }
            if (!csv.isEmpty()) {
                throw csv.exception();
            }
            if (blank.blank) {
                throw new ContestFileException(Problem.of(name, FileText.current().get("contestfile.file.empty",
                        TextFiles.said(HEADER_EXAMPLE))));
            }
            read.add(reading.finish());
        });
        return read.get(0);
    }

    /** A text on its way, told blank (nothing but white space, as {@link String#isBlank}) or not. */
    private static final class Blank extends FilterReader {
        boolean blank = true;

        Blank(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = in.read();
            if (c >= 0 && blank && !Character.isWhitespace(c)) {
                blank = false;
            }
            return c;
        }

        @Override
        public int read(char[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            for (int i = off; blank && i < off + n; i++) {
                blank = Character.isWhitespace(b[i]);
            }
            return n;
        }
    }

    /**
     * Reads and checks a roster without importing anything.
     *
     * @param contest the contest it belongs to; null when there is none yet, and then only what needs no contest is
     *                checked (columns, bibs, dates, rows that must agree)
     * @param hand    header text (as written, spaces around it removed) -> the column it is ({@code bib}, {@code name},
     *                ...), or another name to keep it under, or "" to leave it out; it wins over the recognised reading
     * @param locale  the language of the messages (Chinese for zh, else English)
     * @return the preview, with the first {@link Limits#PREVIEW_PROBLEMS} problems (the rest counted)
     */
    public static Preview<Contestant> preview(Path file, Contest contest, Map<String, String> hand, Locale locale) {
        return preview(file, contest, hand, locale, Limits.PREVIEW_PROBLEMS);
    }

    /** {@link #preview(Path, Contest, Map, Locale)} keeping the first {@code kept} problems. */
    static Preview<Contestant> preview(Path file, Contest contest, Map<String, String> hand, Locale locale, int kept) {
        String name = file.toString();
        List<Csv.Record> records;
        try {
            records = Sheets.read(file, HEADER_EXAMPLE, Sheets.Kind.ROSTER);
        } catch (ContestFileException e) {
            return Preview.unread(name, e);
        }
        Reading reading = new Reading(name, contest, hand, FileText.forLocale(locale), kept, xlsx(file), true);
        for (Csv.Record r : records) {
            reading.add(r);
        }
        return reading.finish();
    }

    /**
     * One reading of a roster's records, given in order: the header's checks as soon as the header is known, then each
     * row's checks and contestant as the row comes; a preview's rows kept or not.
     */
    private static final class Reading {
        private final String name;
        private final Contest contest;
        private final FileText i18n;
        private final Problems problems;
        private final boolean workbook;
        private final Table.Reader table;
        private final List<Table.Row> rows = new ArrayList<>();
        private final boolean keepRows;
        private final List<Problem> notes = new ArrayList<>();
        private final List<Contestant> roster = new ArrayList<>();
        private boolean headerChecked;
        private Rows checks; // once the header is checked and has every column it needs

        Reading(String name, Contest contest, Map<String, String> hand, FileText i18n, int kept, boolean workbook,
                boolean keepRows) {
            this.name = name;
            this.contest = contest;
            this.i18n = i18n;
            this.problems = new Problems(kept);
            this.workbook = workbook;
            this.table = new Table.Reader(KIND, hand, keepRows);
            this.keepRows = keepRows;
        }

        void add(Csv.Record r) {
            boolean row = table.add(r);
            if (!headerChecked && table.found() != null) {
                header(table.found());
            }
            if (row && checks != null) {
                String[] values = checks.values(r);
                if (keepRows) {
                    rows.add(checks.row(r, values));
                }
                Contestant c = checks.contestant(r.line(), r.fields(), values);
                if (c != null) {
                    roster.add(c);
                }
            }
        }

        Preview<Contestant> finish() {
            Table t = table.finish();
            if (t.header() == null) {
                return Preview.unread(name, List.of(Problem.of(name, i18n.get("contestfile.file.empty",
                        i18n.get("contestfile.roster.expected")))));
            }
            if (!headerChecked) {
                header(t); // no header found: the row the messages name
            }
            if (checks == null) {
                return new Preview<>(name, t.headerLine(), t.columns(), rows, null, problems, notes, roster);
            }
            if (t.end() != null) {
                notes.add(Problem.at(name, t.end().line(), i18n.get("contestfile.roster.end", Shown.value(t.end().text()),
                        t.end().rowsAfter())));
            }
            return new Preview<>(name, t.headerLine(), t.columns(), rows, t.end(), problems, notes, roster);
        }

        /** The header's checks: its columns, and the columns the contest's events and titles need. */
        private void header(Table t) {
            headerChecked = true;
            int headerLine = t.headerLine();
            duplicates(t, name, i18n, problems);
            boolean columnsOk = true;
            for (String required : List.of("bib", "name")) {
                if (!t.has(required)) {
                    problems.add(Problem.at(name, headerLine, i18n.get("contestfile.roster.missing", required,
                            i18n.get("contestfile.roster.alsoNamed", String.join(", ", aliasesOf(required))),
                            i18n.didYouMean(required, t.headers()), Shown.value(String.join(",", t.headers())),
                            i18n.get("contestfile.roster.expected"))));
                    columnsOk = false;
                }
            }
            List<String> eventIds = new ArrayList<>();
            if (contest != null) {
                for (Event e : contest.events()) {
                    eventIds.add(e.id());
                }
                if (!t.has("event") && eventIds.size() > 1) {
                    problems.add(Problem.at(name, headerLine, i18n.get("contestfile.roster.missingEvent", eventIds.size(),
                            String.join(", ", eventIds))));
                }
                titleColumns(contest, t, name, headerLine, i18n, problems);
            }
            if (columnsOk) {
                checks = new Rows(name, contest, eventIds, t, i18n, problems, workbook);
            }
        }
    }

    /**
     * The rows' checks, which carry what earlier rows said (a bib's first row, each event's bibs). A row's values are
     * read into an array by the header's layout, once per header: its column names ({@link #names}), where each one's
     * cell is, and the layout of a contestant's columns ({@link RosterColumns}), so that no row needs a map of its own.
     */
    private static final class Rows {
        private final String file;
        private final Contest contest;
        private final List<String> eventIds;
        private final Table table;
        private final FileText i18n;
        private final Problems problems;
        private final boolean workbook;
        private final int width;
        /** The column names a row's values are read under, each once, in the header's order. */
        private final String[] names;
        /** Where each name's cell is in a row (its first column's position). */
        private final int[] cells;
        private final int bib;
        private final int name;
        private final int unit;
        private final int team;
        private final int event;
        private final int heat;
        private final int gender;
        private final int birthDate;
        private final RosterColumns.Layout columns;
        /** Each event cell's events, looked up once. */
        private final Map<String, List<Event>> named = new HashMap<>();
        /** Each bib's first row that was not refused. */
        private final Map<String, Agreeing> firstOfBib = new HashMap<>();
        /** The first row of a bib in each of its other events: event, NUL, bib -> line. */
        private final Map<String, Integer> laterInEvent = new HashMap<>();

        Rows(String file, Contest contest, List<String> eventIds, Table table, FileText i18n, Problems problems,
             boolean workbook) {
            this.file = file;
            this.contest = contest;
            this.eventIds = eventIds;
            this.table = table;
            this.i18n = i18n;
            this.problems = problems;
            this.workbook = workbook;
            this.width = table.header().size();
            List<String> keys = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            for (Table.Column c : table.columns()) {
                if (c.name() != null && !keys.contains(c.name())) {
                    keys.add(c.name());
                    positions.add(table.position(c.name()));
                }
            }
            this.names = keys.toArray(new String[0]);
            this.cells = positions.stream().mapToInt(Integer::intValue).toArray();
            this.bib = keys.indexOf("bib");
            this.name = keys.indexOf("name");
            this.unit = keys.indexOf("unit");
            this.team = keys.indexOf("team");
            this.event = keys.indexOf("event");
            this.heat = keys.indexOf("heat");
            this.gender = keys.indexOf("gender");
            this.birthDate = keys.indexOf("birth_date");
            // a contestant's columns: every name, then a title may name a column as the roster's header does (性别) or
            // as Podium does (gender)
            List<Integer> source = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                source.add(i);
            }
            for (Table.Column c : table.columns()) {
                if (c.source() == Table.Source.ALIAS && !keys.contains(c.header())) {
                    keys.add(c.header());
                    source.add(keys.indexOf(c.name()));
                }
            }
            this.columns = new RosterColumns.Layout(keys, source.stream().mapToInt(Integer::intValue).toArray());
        }

        /** A row's problem; its message is made only when it is kept (a roster of 200,000 bad rows keeps 100). */
        private void problem(int line, Supplier<String> message) {
            if (problems.keepsMore()) {
                problems.add(Problem.at(file, line, message.get()));
            } else {
                problems.omit();
            }
        }

        /** The row's values as Podium reads them, by {@link #names}. */
        String[] values(Csv.Record r) {
            String[] v = new String[names.length];
            for (int i = 0; i < v.length; i++) {
                String cell = Table.clean(r.field(cells[i]));
                v[i] = switch (names[i]) {
                    case "bib", "heat" -> NumberText.code(cell);
                    case "name", "unit", "event" -> cell;
                    case "birth_date" -> {
                        LocalDate d = date(cell);
                        yield d == null ? cell : d.toString();
                    }
                    default -> number(cell);
                };
            }
            return v;
        }

        /** The row as a preview shows it. */
        Table.Row row(Csv.Record r, String[] values) {
            Map<String, String> byName = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                byName.put(names[i], values[i]);
            }
            return new Table.Row(r.line(), r.fields(), byName);
        }

        private static String value(String[] values, int at) {
            return at < 0 ? "" : values[at];
        }

        /** The contestant of a row, or null when its bib or event cannot be read (each problem reported). */
        Contestant contestant(int line, List<String> cells, String[] v) {
            if (cells.size() > width && !cells.subList(width, cells.size()).stream().allMatch(String::isBlank)) {
                problem(line, () -> workbook
                        ? i18n.get("contestfile.roster.cellsRight", width)
                        : i18n.get("contestfile.roster.tooManyFields", cells.size(), width));
                return null;
            }
            String bib = value(v, this.bib);
            if (bib.isEmpty()) {
                problem(line, () -> i18n.get("contestfile.roster.emptyBib"));
                return null;
            }
            String person = value(v, name);
            if (person.isEmpty()) {
                problem(line, () -> i18n.get("contestfile.roster.emptyName", Shown.value(bib)));
            }
            String cell = value(v, this.event);
            String event = cell;
            boolean eventOk = true;
            if (contest != null) {
                if (event.isEmpty()) {
                    if (eventIds.size() == 1) {
                        event = eventIds.get(0);
                    } else {
                        eventOk = false;
                        if (table.has("event")) {
                            problem(line, () -> i18n.get("contestfile.roster.emptyEvent", Shown.value(bib), String.join(", ", eventIds)));
                        }
                    }
                } else {
                    List<Event> named = this.named.computeIfAbsent(cell, text -> events(contest, text));
                    if (named.size() == 1) {
                        event = named.get(0).id();
                    } else {
                        eventOk = false;
                        problem(line, () -> named.isEmpty()
                                ? i18n.get("contestfile.roster.unknownEvent", Shown.value(cell), Shown.value(bib),
                                        i18n.hint(cell, eventIds, "events"))
                                : i18n.get("contestfile.roster.ambiguousEvent", Shown.value(cell), Shown.value(bib), ids(named)));
                    }
                }
            }
            LocalDate birth = null;
            String birthText = value(v, birthDate);
            if (!birthText.isEmpty()) {
                birth = date(birthText);
                if (birth == null) {
                    problem(line, () -> i18n.get("contestfile.roster.badDate", Shown.value(birthText), Shown.value(bib)));
                }
            }
            if (!eventOk) {
                return null;
            }
            Agreeing earlier = firstOfBib.get(bib);
            // the bib's first row in this event: its first row (in the same event), or one of its later rows
            Integer first = earlier == null ? null
                    : earlier.event().equals(event) ? Integer.valueOf(earlier.line())
                    : laterInEvent.get(event + '\u0000' + bib);
            if (first != null) {
                String in = event;
                problem(line, () -> i18n.get("contestfile.roster.twice", Shown.value(bib),
                        in.isEmpty() ? i18n.get("contestfile.roster.noEvent") : Shown.value(in), first));
                return null;
            }
            String unit = value(v, this.unit);
            Agreeing now = new Agreeing(line, event, person, unit, value(v, gender), birthText);
            if (earlier == null) {
                firstOfBib.put(bib, now);
            } else {
                laterInEvent.put(event + '\u0000' + bib, line);
                agree(bib, earlier, now);
            }
            return new Contestant(bib, person, unit, value(v, team), event, value(v, heat), birth, columns.of(v));
        }

        private void agree(String bib, Agreeing a, Agreeing b) {
            String[][] pairs = {
                    {"name", a.name(), b.name()},
                    {"unit", a.unit(), b.unit()},
                    {"gender", a.gender(), b.gender()},
                    {"birth_date", a.birthDate(), b.birthDate()},
            };
            for (String[] p : pairs) {
                if (!p[1].equals(p[2])) {
                    problem(b.line(), () -> i18n.get("contestfile.roster.disagree", Shown.value(bib), p[0], i18n.quote(p[2]),
                            Shown.value(b.event()), i18n.quote(p[1]), Shown.value(a.event()), a.line()));
                }
            }
        }
    }

    /** The fields that must agree between the rows of one bib in several events. */
    private record Agreeing(int line, String event, String name, String unit, String gender, String birthDate) {
    }

    /** The events a roster or theory cell names: by id (full-width letters read as ASCII), else by name. */
    static List<Event> events(Contest contest, String text) {
        String id = NumberText.nfkc(text);
        Event byId = contest.event(id);
        if (byId != null) {
            return List.of(byId);
        }
        List<Event> named = new ArrayList<>();
        for (Event e : contest.events()) {
            if (NumberText.nfkc(e.name()).equals(id)) {
                named.add(e);
            }
        }
        return named;
    }

    static String ids(List<Event> events) {
        List<String> ids = new ArrayList<>();
        for (Event e : events) {
            ids.add(e.id());
        }
        return String.join(", ", ids);
    }

    /** Two header cells giving one column: the same text twice, or two names of one column. */
    static void duplicates(Table table, String file, FileText i18n, Problems problems) {
        for (List<Table.Column> same : table.duplicates()) {
            if (!problems.keepsMore()) {
                problems.omit(); // counted, not written: a header of a million columns costs nothing more
                continue;
            }
            boolean sameText = same.stream().map(Table.Column::header).distinct().count() == 1;
            if (sameText) {
                problems.add(Problem.at(file, table.headerLine(), same.size() == 2
                        ? i18n.get("contestfile.table.twice", Shown.value(same.get(0).header()))
                        : i18n.get("contestfile.table.times", Shown.value(same.get(0).header()), same.size())));
            } else {
                List<String> cells = new ArrayList<>();
                for (Table.Column c : same) {
                    if (cells.size() == 10) { // enough to find them; the rest by count
                        cells.add("… (" + same.size() + ")");
                        break;
                    }
                    cells.add(i18n.get("contestfile.table.cell", Shown.value(c.header()), c.letters()));
                }
                problems.add(Problem.at(file, table.headerLine(), i18n.get("contestfile.table.sameColumn",
                        String.join(", ", cells), Shown.value(same.get(0).name()))));
            }
        }
    }

    static void titleColumns(Contest contest, Table table, String file, int line, FileText i18n,
                                     Problems problems) {
        for (Event e : contest.events()) {
            for (Title t : e.awards().titles()) {
                for (String column : t.where().keySet().stream().sorted().toList()) {
                    if (!table.has(column) && !aliasHeader(table, column)) {
                        problems.add(Problem.at(file, line, i18n.get("contestfile.roster.titleColumn", t.name(), e.id(), column,
                                t.where().get(column), Shown.value(String.join(",", table.headers())))));
                    }
                }
                if (t.maxAge() != null && !table.has("birth_date")) {
                    problems.add(Problem.at(file, line, i18n.get("contestfile.roster.titleAge", t.name(), e.id(), t.maxAge())));
                }
            }
        }
    }

    private static boolean aliasHeader(Table table, String header) {
        for (Table.Column c : table.columns()) {
            if (c.source() == Table.Source.ALIAS && c.header().equals(header)) {
                return true;
            }
        }
        return false;
    }

    /** The other names of a column, in the spec's order. */
    static List<String> aliasesOf(String column) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> a : ALIASES.entrySet()) {
            if (a.getValue().equals(column)) {
                out.add(a.getKey());
            }
        }
        return out;
    }

    /** column, its names..., next column, its names...: a column is a name of {@link #COLUMNS}. */
    private static Map<String, String> aliases(String... words) {
        Map<String, String> out = new LinkedHashMap<>();
        String column = null;
        for (String w : words) {
            if (COLUMNS.contains(w)) {
                column = w;
            } else {
                out.put(w, column);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** A cell of another column: a number or code in full-width forms reads as ASCII; any other text stays as written. */
    static String number(String cell) {
        if (NumberText.isAscii(cell)) {
            return cell;
        }
        String n = NumberText.nfkc(cell);
        return NumberText.isAscii(n) ? n : cell;
    }

    /** A workbook, not a text file. */
    static boolean xlsx(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * A date written year first, as a person or Excel writes it (1994-03-18, 1994/3/18, 1994.3.18, 1994年3月18日;
     * full-width digits too), or null when it is not one.
     */
    static LocalDate date(String text) {
        Matcher m = DATE.matcher(NumberText.nfkc(text));
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        for (int g = 2; g <= 8; g += 2) {
            if (m.group(g) != null) {
                try {
                    return LocalDate.of(year, Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)));
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
