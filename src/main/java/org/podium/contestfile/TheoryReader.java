package org.podium.contestfile;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.podium.domain.Contest;
import org.podium.domain.Event;
import org.podium.domain.Fact;
import org.podium.domain.NumberText;
import org.podium.domain.Origin;
import org.podium.domain.Shown;

/**
 * Reads {@code theory.csv} or {@code theory.xlsx} (first sheet): columns {@code event,bib,value}, or their Chinese
 * names (项目 or 比赛项目, 编号 or the roster's other bib names, 成绩 or 理论成绩), with the roster's habits
 * (contest-files.md "Rosters as HR sends them"): the header is the first row naming a bib and a value column, rows
 * above it are skipped, a 姓名 (or {@code name}) column is allowed and ignored, merged cells, the end of the table,
 * numbers as Excel keeps them, an event's name for its id. A file with no header at all is read in the order
 * {@code event,bib,value}. {@code event} may be empty, or its column left out, when the contest has one event. Every
 * line is checked as a theory line of a scores CSV; the file is read whole or not at all.
 */
public final class TheoryReader {
    /** The columns in their default order. */
    public static final List<String> COLUMNS = List.of("event", "bib", "value");
    /** The other names of the columns; {@code name} (姓名) is allowed and ignored. */
    public static final Map<String, String> ALIASES = aliases();
    static final String HEADER_EXAMPLE = "contestfile.theory.expected";
    private static final List<String> KNOWN = List.of("event", "bib", "value", "name");
    private static final Table.Kind KIND = new Table.Kind(KNOWN, ALIASES, List.of("bib", "value"), "bib");

    private TheoryReader() {
    }

    private static Map<String, String> aliases() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("项目", "event");
        out.put("比赛项目", "event");
        for (String bib : RosterReader.aliasesOf("bib")) {
            out.put(bib, "bib");
        }
        out.put("成绩", "value");
        out.put("理论成绩", "value");
        out.put("姓名", "name");
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * The theory facts of {@code file}, in line order.
     *
     * @throws ContestFileException listing the bad lines (the first {@link Limits#LISTED_PROBLEMS}, the rest
     *                              counted), when any line is bad
     */
    public static List<Fact> read(Path file, Contest contest) throws ContestFileException {
        return facts(preview(file, contest, Map.of(), Locale.getDefault(), Limits.LISTED_PROBLEMS));
    }

    /** Reads theory CSV text; {@code file} names it in messages and origins. */
    public static List<Fact> parse(String text, String file, Contest contest) throws ContestFileException {
        return facts(preview(Csv.parse(text, file), file, false, contest, Map.of(), FileText.current(),
                Limits.LISTED_PROBLEMS));
    }

    private static List<Fact> facts(Preview<Fact> p) throws ContestFileException {
        if (!p.importable()) {
            throw new ContestFileException(p.problems(), p.problemsOmitted());
        }
        return p.read();
    }

    /**
     * Reads and checks theory results without importing anything.
     *
     * @param contest the contest, with its roster
     * @param hand    header text (as written, spaces around it removed) -> the column it is ({@code event}, {@code bib},
     *                {@code value}), or "" to leave it out; it wins over the recognised reading
     * @param locale  the language of the messages (Chinese for zh, else English)
     * @return the preview, with the first {@link Limits#PREVIEW_PROBLEMS} problems (the rest counted)
     */
    public static Preview<Fact> preview(Path file, Contest contest, Map<String, String> hand, Locale locale) {
        return preview(file, contest, hand, locale, Limits.PREVIEW_PROBLEMS);
    }

    /** {@link #preview(Path, Contest, Map, Locale)} keeping the first {@code kept} problems. */
    static Preview<Fact> preview(Path file, Contest contest, Map<String, String> hand, Locale locale, int kept) {
        FileText i18n = FileText.forLocale(locale);
        try {
            return preview(Sheets.read(file, HEADER_EXAMPLE, Sheets.Kind.THEORY), file.toString(), RosterReader.xlsx(file),
                    contest, hand, i18n, kept);
        } catch (ContestFileException e) {
            return Preview.unread(file.toString(), e);
        }
    }

    private static Preview<Fact> preview(List<Csv.Record> records, String file, boolean workbook, Contest contest,
                                         Map<String, String> hand, FileText i18n, int kept) {
        if (records.isEmpty()) {
            return Preview.unread(file, List.of(Problem.of(file, i18n.get("contestfile.file.empty",
                    i18n.get("contestfile.theory.expected")))));
        }
        Problems problems = new Problems(kept);
        List<Problem> notes = new ArrayList<>();
        Table table = Table.read(records, KIND, hand);
        boolean hasHeader = table.found() || table.namesAny();
        if (hasHeader) {
            header(table, file, contest, i18n, problems);
            if (!problems.isEmpty()) {
                return new Preview<>(file, table.headerLine(), table.columns(), List.of(), null, problems, notes, List.of());
            }
        }
        ScoresReader.Lines lines = new ScoresReader.Lines(file, contest, problems, i18n);
        List<Fact> facts = new ArrayList<>();
        List<Table.Row> rows = new ArrayList<>();
        int width = hasHeader ? table.header().size() : COLUMNS.size();
        for (Csv.Record r : hasHeader ? table.rows() : table.above()) {
            int line = r.line();
            String eventText = hasHeader ? table.get(r, "event") : Table.clean(r.field(0));
            String bib = NumberText.code(hasHeader ? table.get(r, "bib") : r.field(1));
            String value = hasHeader ? table.get(r, "value") : Table.clean(r.field(2));
            Map<String, String> values = new LinkedHashMap<>();
            values.put("event", eventText);
            values.put("bib", bib);
            values.put("value", Words.normaliseNumber(value));
            rows.add(new Table.Row(line, r.fields(), values));
            if (workbook ? r.size() > width && !r.fields().subList(width, r.size()).stream().allMatch(String::isBlank)
                    : r.size() != width) {
                problems.add(Problem.at(file, line, workbook ? i18n.get("contestfile.roster.cellsRight", width)
                        : i18n.get("contestfile.theory.fields", r.size(), width,
                        i18n.get(hasHeader ? "contestfile.theory.asHeader" : "contestfile.theory.defaultOrder"))));
                continue;
            }
            long before = problems.size();
            Event event = event(line, eventText, contest, lines, file, i18n, problems);
            if (event == null) {
                continue;
            }
            lines.bib(line, event, bib);
            BigDecimal raw = lines.theory(line, event, value);
            if (problems.size() == before) {
                facts.add(Fact.theory(event.id(), bib, raw, new Origin(file, line)));
            }
        }
        if (table.end() != null) {
            notes.add(Problem.at(file, table.end().line(), i18n.get("contestfile.theory.end", Shown.value(table.end().text()),
                    table.end().rowsAfter())));
        }
        return new Preview<>(file, table.headerLine(), table.columns(), rows, table.end(), problems, notes,
                problems.isEmpty() ? facts : List.of());
    }

    /** Doubled, unknown and missing columns of the header. */
    private static void header(Table table, String file, Contest contest, FileText i18n, Problems problems) {
        int line = table.headerLine();
        RosterReader.duplicates(table, file, i18n, problems);
        for (Table.Column c : table.columns()) {
            if (c.source() == Table.Source.OTHER || (c.source() == Table.Source.BY_HAND && !KNOWN.contains(c.name()))) {
                if (!problems.keepsMore()) {
                    problems.omit(); // counted, not written: a header of a million columns costs nothing more
                    continue;
                }
                problems.add(Problem.at(file, line, i18n.get("contestfile.theory.unknownColumn", Shown.value(c.header()),
                        i18n.hint(c.header(), COLUMNS, "columns"))));
            }
        }
        List<String> required = contest.events().size() == 1 ? List.of("bib", "value") : COLUMNS;
        for (String n : required) {
            if (!table.has(n)) {
                List<String> names = new ArrayList<>();
                for (Map.Entry<String, String> a : ALIASES.entrySet()) {
                    if (a.getValue().equals(n)) {
                        names.add(a.getKey());
                    }
                }
                problems.add(Problem.at(file, line, i18n.get("contestfile.theory.missingColumn", n,
                        i18n.get("contestfile.roster.alsoNamed", String.join(", ", names)), String.join(",", required))));
            }
        }
    }

    /** The event a line names: by id or by name, or the only one when empty; null (reported) when none. */
    private static Event event(int line, String text, Contest contest, ScoresReader.Lines lines, String file, FileText i18n,
                               Problems problems) {
        if (text.isEmpty()) {
            return lines.event(line, text);
        }
        List<Event> named = RosterReader.events(contest, text);
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.isEmpty()) {
            return lines.event(line, text);
        }
        problems.add(Problem.at(file, line, i18n.get("contestfile.theory.ambiguousEvent", Shown.value(text),
                RosterReader.ids(named))));
        return null;
    }
}
