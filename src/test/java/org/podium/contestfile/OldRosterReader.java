package org.podium.contestfile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.podium.domain.Contest;
import org.podium.domain.Contestant;
import org.podium.domain.Event;
import org.podium.domain.NumberText;
import org.podium.domain.Shown;

import static org.podium.contestfile.RosterReader.aliasesOf;
import static org.podium.contestfile.RosterReader.date;
import static org.podium.contestfile.RosterReader.duplicates;
import static org.podium.contestfile.RosterReader.events;
import static org.podium.contestfile.RosterReader.ids;
import static org.podium.contestfile.RosterReader.number;
import static org.podium.contestfile.RosterReader.titleColumns;
import static org.podium.contestfile.RosterReader.xlsx;

/**
 * The oracle of {@link RosterReaderDifferentialTest}: RosterReader's preview as it was before the roster was read as a
 * stream (main at 8f267f7, issue 17), copied unchanged but for its name; the helpers that did not change
 * (titleColumns, duplicates, events, dates...) are RosterReader's own. Every row kept as a preview row, two maps per row, each contestant's columns a copy.
 */
final class OldRosterReader {
    private static final Table.Kind KIND = new Table.Kind(RosterReader.COLUMNS, RosterReader.ALIASES, List.of("bib", "name"), "bib");
    private static final String HEADER_EXAMPLE = RosterReader.HEADER_EXAMPLE;

    private OldRosterReader() {
    }

    /** {@link #preview(Path, Contest, Map, Locale)} keeping the first {@code kept} problems. */
    static Preview<Contestant> preview(Path file, Contest contest, Map<String, String> hand, Locale locale, int kept) {
        FileText i18n = FileText.forLocale(locale);
        String name = file.toString();
        Problems problems = new Problems(kept);
        List<Problem> notes = new ArrayList<>();
        List<Contestant> roster = new ArrayList<>();
        List<Table.Row> rows = new ArrayList<>();
        Table table;
        try {
            table = Table.read(Sheets.read(file, HEADER_EXAMPLE, Sheets.Kind.ROSTER), KIND, hand);
        } catch (ContestFileException e) {
            return Preview.unread(name, e);
        }
        if (table.header() == null) {
            return Preview.unread(name, List.of(Problem.of(name, i18n.get("contestfile.file.empty",
                    i18n.get("contestfile.roster.expected")))));
        }
        int headerLine = table.headerLine();
        duplicates(table, name, i18n, problems);
        boolean columnsOk = true;
        for (String required : List.of("bib", "name")) {
            if (!table.has(required)) {
                problems.add(Problem.at(name, headerLine, i18n.get("contestfile.roster.missing", required,
                        i18n.get("contestfile.roster.alsoNamed", String.join(", ", aliasesOf(required))),
                        i18n.didYouMean(required, table.headers()), Shown.value(String.join(",", table.headers())),
                        i18n.get("contestfile.roster.expected"))));
                columnsOk = false;
            }
        }
        List<String> eventIds = new ArrayList<>();
        if (contest != null) {
            for (Event e : contest.events()) {
                eventIds.add(e.id());
            }
            if (!table.has("event") && eventIds.size() > 1) {
                problems.add(Problem.at(name, headerLine, i18n.get("contestfile.roster.missingEvent", eventIds.size(),
                        String.join(", ", eventIds))));
            }
            titleColumns(contest, table, name, headerLine, i18n, problems);
        }
        if (!columnsOk) {
            return new Preview<>(name, headerLine, table.columns(), rows, null, problems, notes, roster);
        }
        Rows reading = new Rows(name, contest, eventIds, table, i18n, problems, xlsx(file));
        for (Csv.Record r : table.rows()) {
            Table.Row row = reading.row(r);
            rows.add(row);
            Contestant c = reading.contestant(r.line(), row);
            if (c != null) {
                roster.add(c);
            }
        }
        if (table.end() != null) {
            notes.add(Problem.at(name, table.end().line(), i18n.get("contestfile.roster.end", Shown.value(table.end().text()),
                    table.end().rowsAfter())));
        }
        return new Preview<>(name, headerLine, table.columns(), rows, table.end(), problems, notes, roster);
    }

    /** The rows' checks, which carry what earlier rows said (a bib's first row, each event's bibs). */
    private static final class Rows {
        private final String file;
        private final Contest contest;
        private final List<String> eventIds;
        private final Table table;
        private final FileText i18n;
        private final Problems problems;
        private final boolean workbook;
        private final int width;
        private final Map<String, Integer> firstInEvent = new HashMap<>();
        private final Map<String, Agreeing> firstOfBib = new HashMap<>();

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
        }

        private void problem(int line, String message) {
            problems.add(Problem.at(file, line, message));
        }

        /** The row's values as Podium reads them. */
        Table.Row row(Csv.Record r) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Table.Column c : table.columns()) {
                if (c.name() == null || values.containsKey(c.name())) {
                    continue;
                }
                String cell = table.get(r, c.name());
                values.put(c.name(), switch (c.name()) {
                    case "bib", "heat" -> NumberText.code(cell);
                    case "name", "unit", "event" -> cell;
                    case "birth_date" -> {
                        LocalDate d = date(cell);
                        yield d == null ? cell : d.toString();
                    }
                    default -> number(cell);
                });
            }
            return new Table.Row(r.line(), r.fields(), values);
        }

        /** The contestant of a row, or null when its bib or event cannot be read (each problem reported). */
        Contestant contestant(int line, Table.Row row) {
            List<String> cells = row.cells();
            if (cells.size() > width && !cells.subList(width, cells.size()).stream().allMatch(String::isBlank)) {
                problem(line, workbook
                        ? i18n.get("contestfile.roster.cellsRight", width)
                        : i18n.get("contestfile.roster.tooManyFields", cells.size(), width));
                return null;
            }
            Map<String, String> v = row.values();
            String bib = v.getOrDefault("bib", "");
            if (bib.isEmpty()) {
                problem(line, i18n.get("contestfile.roster.emptyBib"));
                return null;
            }
            String person = v.getOrDefault("name", "");
            if (person.isEmpty()) {
                problem(line, i18n.get("contestfile.roster.emptyName", Shown.value(bib)));
            }
            String event = v.getOrDefault("event", "");
            boolean eventOk = true;
            if (contest != null) {
                if (event.isEmpty()) {
                    if (eventIds.size() == 1) {
                        event = eventIds.get(0);
                    } else {
                        eventOk = false;
                        if (table.has("event")) {
                            problem(line, i18n.get("contestfile.roster.emptyEvent", Shown.value(bib), String.join(", ", eventIds)));
                        }
                    }
                } else {
                    List<Event> named = events(contest, event);
                    if (named.size() == 1) {
                        event = named.get(0).id();
                    } else {
                        eventOk = false;
                        problem(line, named.isEmpty()
                                ? i18n.get("contestfile.roster.unknownEvent", Shown.value(event), Shown.value(bib),
                                        i18n.hint(event, eventIds, "events"))
                                : i18n.get("contestfile.roster.ambiguousEvent", Shown.value(event), Shown.value(bib), ids(named)));
                    }
                }
            }
            LocalDate birth = null;
            String birthText = v.getOrDefault("birth_date", "");
            if (!birthText.isEmpty()) {
                birth = date(birthText);
                if (birth == null) {
                    problem(line, i18n.get("contestfile.roster.badDate", Shown.value(birthText), Shown.value(bib)));
                }
            }
            if (!eventOk) {
                return null;
            }
            Integer first = firstInEvent.putIfAbsent(event + '\u0000' + bib, line);
            if (first != null) {
                problem(line, i18n.get("contestfile.roster.twice", Shown.value(bib),
                        event.isEmpty() ? i18n.get("contestfile.roster.noEvent") : Shown.value(event), first));
                return null;
            }
            String unit = v.getOrDefault("unit", "");
            Agreeing now = new Agreeing(line, event, person, unit, v.getOrDefault("gender", ""), birthText);
            Agreeing earlier = firstOfBib.putIfAbsent(bib, now);
            if (earlier != null) {
                agree(bib, earlier, now);
            }
            Map<String, String> columns = new LinkedHashMap<>(v);
            columns.put("bib", bib);
            for (Table.Column c : table.columns()) {
                // a title may name a column as the roster's header does (性别) or as Podium does (gender)
                if (c.source() == Table.Source.ALIAS) {
                    columns.putIfAbsent(c.header(), v.get(c.name()));
                }
            }
            return new Contestant(bib, person, unit, v.getOrDefault("team", ""), event, v.getOrDefault("heat", ""), birth,
                    columns);
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
                    problem(b.line(), i18n.get("contestfile.roster.disagree", Shown.value(bib), p[0], i18n.quote(p[2]),
                            Shown.value(b.event()), i18n.quote(p[1]), Shown.value(a.event()), a.line()));
                }
            }
        }
    }

    /** The fields that must agree between the rows of one bib in several events. */
    private record Agreeing(int line, String event, String name, String unit, String gender, String birthDate) {
    }
}
