package org.podium.contestfile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.podium.domain.Contest;
import org.podium.domain.Contestant;
import org.podium.domain.Event;
import org.podium.domain.Title;

/**
 * Reads the roster, {@code roster.csv} (UTF-8 or GB18030) or {@code roster.xlsx} (first sheet), and checks
 * it against the contest. Lines are counted with the header as line 1. Every problem is reported at once;
 * nothing is half-read.
 */
public final class RosterReader {
    /** The columns the app knows; any other column is kept in {@link Contestant#columns()}. */
    public static final List<String> COLUMNS = List.of("bib", "name", "unit", "team", "event", "heat", "gender", "birth_date");
    static final String HEADER_EXAMPLE = "a header line like bib,name,unit,team,event,heat,gender,birth_date";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private RosterReader() {
    }

    /** What was read (rows with a usable bib and event, even when other fields are wrong) and what is wrong. */
    record Result(List<Contestant> roster, Problems problems) {
    }

    /**
     * The roster rows of {@code file}, in file order.
     *
     * @throws ContestFileException with every problem, each with the file as given and its line
     */
    public static List<Contestant> read(Path file, Contest contest) throws ContestFileException {
        Result r = parse(file, contest);
        if (!r.problems().isEmpty()) {
            throw r.problems().exception();
        }
        return r.roster();
    }

    /**
     * Reads and checks the roster.
     *
     * @param contest the contest it belongs to; null when contest.yaml could not be read, and then only what
     *                needs no contest is checked (columns, bibs, dates, rows that must agree)
     */
    static Result parse(Path file, Contest contest) {
        String name = file.toString();
        Problems problems = new Problems();
        List<Contestant> roster = new ArrayList<>();
        List<Csv.Record> records;
        try {
            records = Sheets.read(file, HEADER_EXAMPLE);
        } catch (ContestFileException e) {
            problems.addAll(e);
            return new Result(roster, problems);
        }
        if (records.isEmpty()) {
            problems.add(Problem.of(name, "is empty: expected " + HEADER_EXAMPLE));
            return new Result(roster, problems);
        }
        Csv.Header header = new Csv.Header(records.get(0));
        int headerLine = records.get(0).line();
        header.reportDuplicates(name, headerLine, problems);
        boolean columnsOk = true;
        for (String required : List.of("bib", "name")) {
            if (!header.has(required)) {
                String close = Words.closest(required, header.names());
                problems.add(Problem.at(name, headerLine, "missing required column " + Words.q(required)
                        + (close == null ? "" : " (did you mean " + Words.q(close) + "?)")
                        + "; the header has: " + Words.shown(String.join(",", header.names())) + "; expected " + HEADER_EXAMPLE));
                columnsOk = false;
            }
        }
        List<String> eventIds = new ArrayList<>();
        if (contest != null) {
            for (Event e : contest.events()) {
                eventIds.add(e.id());
            }
            if (!header.has("event") && eventIds.size() > 1) {
                problems.add(Problem.at(name, headerLine, "missing column 'event': the contest has " + eventIds.size()
                        + " events (" + String.join(", ", eventIds) + "), so every row must name its event"));
            }
            titleColumns(contest, header, name, headerLine, problems);
        }
        if (!columnsOk) {
            return new Result(roster, problems);
        }

        Map<String, Integer> firstInEvent = new HashMap<>();
        Map<String, Row> firstOfBib = new HashMap<>();
        int width = header.record().size();
        for (Csv.Record r : records.subList(1, records.size())) {
            int line = r.line();
            if (r.size() > width && !r.fields().subList(width, r.size()).stream().allMatch(String::isBlank)) {
                problems.add(Problem.at(name, line, "has " + r.size() + " fields but the header has " + width
                        + ": put a value holding a comma in double quotes"));
                continue;
            }
            String bib = header.get(r, "bib");
            if (bib.isEmpty()) {
                problems.add(Problem.at(name, line, "empty bib: every row needs the contestant's bib"));
                continue;
            }
            String person = header.get(r, "name");
            if (person.isEmpty()) {
                problems.add(Problem.at(name, line, "empty name for bib " + Words.shown(bib) + ": every row needs the contestant's name"));
            }
            String event = header.get(r, "event");
            boolean eventOk = true;
            if (contest != null) {
                if (event.isEmpty()) {
                    if (eventIds.size() == 1) {
                        event = eventIds.get(0);
                    } else {
                        eventOk = false;
                        if (header.has("event")) {
                            problems.add(Problem.at(name, line, "empty event for bib " + Words.shown(bib) + ": the contest has several events ("
                                    + String.join(", ", eventIds) + "), name one"));
                        }
                    }
                } else if (contest.event(event) == null) {
                    eventOk = false;
                    problems.add(Problem.at(name, line, "unknown event " + Words.q(event) + " for bib " + Words.shown(bib)
                            + Words.hint(event, eventIds, "events")));
                }
            }
            LocalDate birth = null;
            String birthText = header.get(r, "birth_date");
            if (!birthText.isEmpty()) {
                birth = date(birthText);
                if (birth == null) {
                    problems.add(Problem.at(name, line, "birth_date " + Words.q(birthText) + " of bib " + Words.shown(bib)
                            + " is not a date: write yyyy-MM-dd, like 1994-03-18"));
                }
            }
            Map<String, String> columns = new LinkedHashMap<>();
            for (String column : header.names()) {
                columns.put(column, header.get(r, column));
            }
            if (!eventOk) {
                continue;
            }
            Integer first = firstInEvent.putIfAbsent(event + '\u0000' + bib, line);
            if (first != null) {
                problems.add(Problem.at(name, line, "bib " + Words.shown(bib) + " appears twice in event " + (event.isEmpty() ? "(none)" : Words.shown(event))
                        + " (first at line " + first + "): a contestant is entered once per event"));
                continue;
            }
            Row row = new Row(line, event, person, header.get(r, "unit"), header.get(r, "gender"), birthText);
            Row earlier = firstOfBib.putIfAbsent(bib, row);
            if (earlier != null) {
                agree(name, bib, earlier, row, problems);
            }
            roster.add(new Contestant(bib, person, header.get(r, "unit"), header.get(r, "team"), event, header.get(r, "heat"),
                    birth, columns));
        }
        return new Result(roster, problems);
    }

    /** The fields that must agree between the rows of one bib in several events. */
    private record Row(int line, String event, String name, String unit, String gender, String birthDate) {
    }

    private static void agree(String file, String bib, Row a, Row b, Problems problems) {
        String[][] pairs = {
                {"name", a.name(), b.name()},
                {"unit", a.unit(), b.unit()},
                {"gender", a.gender(), b.gender()},
                {"birth_date", a.birthDate(), b.birthDate()},
        };
        for (String[] p : pairs) {
            if (!p[1].equals(p[2])) {
                problems.add(Problem.at(file, b.line(), "bib " + Words.shown(bib) + " has " + p[0] + " " + Words.quote(p[2]) + " in event " + Words.shown(b.event())
                        + " but " + Words.quote(p[1]) + " in event " + Words.shown(a.event()) + " (line " + a.line() + "): the rows of one"
                        + " contestant must agree on name, unit, gender and birth_date (or use another bib)"));
            }
        }
    }

    private static void titleColumns(Contest contest, Csv.Header header, String file, int line, Problems problems) {
        for (Event e : contest.events()) {
            for (Title t : e.awards().titles()) {
                for (String column : t.where().keySet().stream().sorted().toList()) {
                    if (!header.has(column)) {
                        problems.add(Problem.at(file, line, "title " + Words.q(t.name()) + " of event " + e.id() + " needs column " + Words.q(column)
                                + " (where: {" + Words.shown(column) + ": " + Words.shown(String.valueOf(t.where().get(column)))
                                + "}), but the roster has no such column (columns: " + Words.shown(String.join(",", header.names()))
                                + "): add it, or change the title"));
                    }
                }
                if (t.maxAge() != null && !header.has("birth_date")) {
                    problems.add(Problem.at(file, line, "title " + Words.q(t.name()) + " of event " + e.id() + " has max_age " + t.maxAge()
                            + ", but the roster has no birth_date column: add birth_date (yyyy-MM-dd), or remove max_age"));
                }
            }
        }
    }

    /** A yyyy-MM-dd date, or null. */
    static LocalDate date(String text) {
        if (!DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
