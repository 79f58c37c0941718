package org.podium.exchange.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podium.domain.Contest;
import org.podium.domain.Contestant;
import org.podium.domain.Criterion;
import org.podium.domain.EntryResult;
import org.podium.domain.Event;
import org.podium.domain.Options;
import org.podium.domain.Penalty;
import org.podium.domain.RoundResult;
import org.podium.exchange.ExportInput;

/**
 * Blank paper sheets, so that a contest can go on without the stations: a judge's score sheet per judge per heat and a
 * timekeeper's sheet per timekeeper per heat, for every chosen round, and for blind events the key from work numbers
 * to contestants. A round lists its entries as the engine has them (a later round: the entries advancing on the current
 * results); a heat is the roster's {@code heat} column, heats in roster order, contestants in roster order within a heat
 * (lane 1, 2...). With several attempts every entry has one row per attempt, each naming it, so that a page break
 * between two attempts leaves no row without its contestant.
 *
 * <p>A blind event's judge sheets show the venue database's work numbers ({@link ExportInput#workNumbers(String, String)})
 * in their order, never a bib, name or unit.
 */
final class BlankSheets {
    private static final int ROW = 26;
    /** Judges' rows are a little lower, so that a heat of 15 fits a landscape page. */
    private static final int JUDGE_ROW = 24;
    private static final int PORTRAIT_WIDTH = 523;

    /** Which rounds to print: an event id and a round id, either null for all. */
    record Choice(String event, String round) {
        static final Choice ALL = new Choice(null, null);

        boolean includes(RoundResult r) {
            return (event == null || event.equals(r.event().id())) && (round == null || round.equals(r.round().id()));
        }
    }

    private BlankSheets() {
    }

    /** A blind round's work numbers were not given: they live only in the venue database. */
    static final class NoWorkNumbers extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoWorkNumbers(String message) {
            super(message);
        }
    }

    /** One table per event with judges and criteria (its columns follow its criteria). */
    static List<TableData> judgeSheets(ExportInput input, Choice choice, PdfTexts texts, GlyphCheck check) {
        List<TableData> out = new ArrayList<>();
        for (Event event : input.contest().events()) {
            if (event.judges().isEmpty() || event.quality().criteria().isEmpty()) {
                continue;
            }
            TableLayout layout = judgeLayout(event, texts, check);
            String note = judgeNote(event, texts, check);
            List<Map<String, ?>> rows = new ArrayList<>();
            for (Sheet sheet : sheets(input, event, choice, event.judges())) {
                Map<String, String> work = event.blindJudging() ? workNumbers(input, event, sheet.round()) : Map.of();
                List<Contestant> entries = new ArrayList<>(sheet.entries());
                if (event.blindJudging()) {
                    entries.sort(Comparator.comparing(c -> work.get(c.bib())));
                }
                String info = sheet.info("pdf.judge.info", texts, check);
                int seq = 0;
                for (Contestant c : entries) {
                    seq++;
                    for (int attempt = 1; attempt <= event.attempts(); attempt++) {
                        List<String> cells = layout.blanks();
                        cells.set(0, Integer.toString(seq));
                        if (event.blindJudging()) {
                            cells.set(1, work.get(c.bib()));
                        } else {
                            cells.set(1, check.text(Source.BIB, c.bib(), c));
                            cells.set(2, check.text(Source.NAME, c.name(), c));
                            cells.set(3, check.text(Source.UNIT, c.unit(), c));
                        }
                        if (event.attempts() > 1) {
                            cells.set(event.blindJudging() ? 2 : 4, texts.get("pdf.sheet.attempt", Integer.toString(attempt)));
                        }
                        rows.add(layout.row(sheet.key(), texts.get("pdf.judge.heading"), info, note, cells));
                    }
                }
            }
            if (!rows.isEmpty()) {
                out.add(new TableData(layout, rows));
            }
        }
        return out;
    }

    /** One table per event with timekeepers: lane, bib, name, unit, [attempt], [laps], time, remarks. */
    static List<TableData> timekeeperSheets(ExportInput input, Choice choice, PdfTexts texts, GlyphCheck check) {
        List<TableData> out = new ArrayList<>();
        for (Event event : input.contest().events()) {
            if (event.timekeepers().isEmpty()) {
                continue;
            }
            List<TableLayout.Column> columns = new ArrayList<>(List.of(
                    TableLayout.Column.centre(texts.get("pdf.column.lane"), 30),
                    TableLayout.Column.centre(texts.get("pdf.column.bib"), 44),
                    TableLayout.Column.left(texts.get("pdf.column.name"), 62),
                    TableLayout.Column.left(texts.get("pdf.column.unit"), 110)));
            if (event.attempts() > 1) {
                columns.add(TableLayout.Column.centre(texts.get("pdf.column.attempt"), 44));
            }
            if (event.laps() > 1) {
                for (int lap = 1; lap <= event.laps(); lap++) {
                    columns.add(TableLayout.Column.centre(texts.get("pdf.column.lap", Integer.toString(lap)), 80));
                }
            }
            columns.add(TableLayout.Column.centre(texts.get("pdf.column.time"), 110));
            columns.add(TableLayout.Column.left(texts.get("pdf.column.remark"), 66));
            TableLayout layout = new TableLayout(columns, ROW, 30, true, wide(columns), false);
            String note = texts.get("pdf.timing.note") + (event.laps() > 1 ? texts.get("pdf.timing.laps") : "") + "\n"
                    + texts.get("pdf.sheet.signature", texts.get("pdf.official.timekeeper"));
            List<Map<String, ?>> rows = new ArrayList<>();
            for (Sheet sheet : sheets(input, event, choice, event.timekeepers())) {
                String info = sheet.info("pdf.timing.info", texts, check);
                int lane = 0;
                for (Contestant c : sheet.entries()) {
                    lane++;
                    for (int attempt = 1; attempt <= event.attempts(); attempt++) {
                        List<String> cells = layout.blanks();
                        cells.set(0, Integer.toString(lane));
                        cells.set(1, check.text(Source.BIB, c.bib(), c));
                        cells.set(2, check.text(Source.NAME, c.name(), c));
                        cells.set(3, check.text(Source.UNIT, c.unit(), c));
                        if (event.attempts() > 1) {
                            cells.set(4, texts.get("pdf.sheet.attempt", Integer.toString(attempt)));
                        }
                        rows.add(layout.row(sheet.key(), texts.get("pdf.timing.heading"), info, note, cells));
                    }
                }
            }
            if (!rows.isEmpty()) {
                out.add(new TableData(layout, rows));
            }
        }
        return out;
    }

    /** For every blind event: work number, bib, name, unit, heat, in work-number order, one page per event. */
    static List<TableData> workNumberKeys(ExportInput input, Choice choice, PdfTexts texts, GlyphCheck check) {
        TableLayout layout = new TableLayout(List.of(
                TableLayout.Column.centre(texts.get("pdf.column.workNumber"), 14),
                TableLayout.Column.centre(texts.get("pdf.column.bib"), 12),
                TableLayout.Column.left(texts.get("pdf.column.name"), 18),
                TableLayout.Column.left(texts.get("pdf.column.unit"), 40),
                TableLayout.Column.centre(texts.get("pdf.column.heat"), 12)), 22, 24, true, false, false);
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Event event : input.contest().events()) {
            if (!event.blindJudging() || (choice.event() != null && !choice.event().equals(event.id()))) {
                continue;
            }
            for (RoundResult r : input.result().rounds()) {
                if (!r.event().id().equals(event.id()) || !choice.includes(r) || r.rows().isEmpty()) {
                    continue;
                }
                Map<String, String> work = workNumbers(input, event, r);
                List<Contestant> entrants = new ArrayList<>();
                r.rows().forEach(row -> entrants.add(row.contestant()));
                entrants.sort(Comparator.comparing(c -> work.get(c.bib())));
                String info = texts.get("pdf.workNumbers.info", check.text(Source.EVENT, event.name())
                        + (r.round().named() ? " · " + check.text(Source.ROUND, r.round().name()) : ""));
                for (Contestant c : entrants) {
                    rows.add(layout.row(event.id() + "/" + r.round().id(), texts.get("pdf.workNumbers.heading"), info, "",
                            List.of(work.get(c.bib()), check.text(Source.BIB, c.bib(), c), check.text(Source.NAME, c.name(), c),
                                    check.text(Source.UNIT, c.unit(), c), heatName(c.heat(), texts, check))));
                }
            }
        }
        return rows.isEmpty() ? List.of() : List.of(new TableData(layout, rows));
    }

    /**
     * The work numbers of a blind round, as the venue database keeps them (the judge station shows the same). Refused,
     * naming the round, when the export has none for an entry: they exist only in the database.
     */
    private static Map<String, String> workNumbers(ExportInput input, Event event, RoundResult round) {
        Map<String, String> work = input.workNumbers(event.id(), round.round().id());
        for (var row : round.rows()) {
            if (!work.containsKey(row.bib())) {
                throw new NoWorkNumbers("event " + event.id() + " judges blind, and the work numbers of round "
                        + round.round().id() + " live in the venue database: export the sheets with --db (bib " + row.bib()
                        + " has none)");
            }
        }
        return work;
    }

    private static TableLayout judgeLayout(Event event, PdfTexts texts, GlyphCheck check) {
        List<TableLayout.Column> columns = new ArrayList<>();
        columns.add(TableLayout.Column.centre(texts.get("pdf.column.seq"), 30));
        if (event.blindJudging()) {
            columns.add(TableLayout.Column.centre(texts.get("pdf.column.workNumber"), 60));
        } else {
            columns.add(TableLayout.Column.centre(texts.get("pdf.column.bib"), 44));
            columns.add(TableLayout.Column.left(texts.get("pdf.column.name"), 62));
            columns.add(TableLayout.Column.left(texts.get("pdf.column.unit"), 110));
        }
        if (event.attempts() > 1) {
            columns.add(TableLayout.Column.centre(texts.get("pdf.column.attempt"), 44));
        }
        for (Criterion c : event.quality().criteria()) {
            String name = check.text(Source.CRITERION, c.name());
            String header = c.kind() == Options.CriterionKind.JUDGEMENT
                    ? texts.get("pdf.judge.judgement", name, Integer.toString(c.scale()), number(c.max()))
                    : texts.get("pdf.judge.measurement", name, number(c.max()), number(c.step()));
            columns.add(TableLayout.Column.centre(header, 90));
        }
        if (!event.penalties().isEmpty()) {
            columns.add(TableLayout.Column.centre(texts.get("pdf.column.penalties"), 96));
        }
        columns.add(TableLayout.Column.left(texts.get("pdf.column.remark"), 60));
        return new TableLayout(columns, JUDGE_ROW, 40, true, wide(columns), false);
    }

    private static String judgeNote(Event event, PdfTexts texts, GlyphCheck check) {
        StringBuilder note = new StringBuilder(texts.get("pdf.judge.note"));
        if (event.blindJudging()) {
            note.append('\n').append(texts.get("pdf.judge.blind"));
        }
        if (!event.penalties().isEmpty()) {
            List<String> codes = new ArrayList<>();
            for (Penalty p : event.penalties()) {
                String name = check.text(Source.PENALTY, p.name());
                codes.add(p.points() != null
                        ? texts.get("pdf.judge.penaltyPoints", p.code(), name, number(p.points()))
                        : texts.get("pdf.judge.penaltySeconds", p.code(), name,
                        number(BigDecimal.valueOf(p.secondsMillis(), 3))));
            }
            note.append('\n').append(texts.get("pdf.judge.penalties", String.join(texts.get("pdf.list.separator"), codes)));
        }
        return note.append('\n').append(texts.get("pdf.sheet.signature", texts.get("pdf.official.judge"))).toString();
    }

    /** One paper sheet: an official's record of one heat of one round. */
    private record Sheet(Event event, RoundResult round, String heat, String official, List<Contestant> entries) {
        /** Tells the sheets apart: a new sheet starts a new page. */
        String key() {
            return String.join("\u0000", event.id(), round.round().id(), heat, official);
        }

        /** The line under the heading: event, round, heat, official ({@code key} is its pattern). */
        String info(String key, PdfTexts texts, GlyphCheck check) {
            return texts.get(key, check.text(Source.EVENT, event.name()), check.text(Source.ROUND, round.round().nameOr("—")),
                    heat.isEmpty() ? texts.get("pdf.sheet.noHeat") : check.text(Source.HEAT, heat),
                    check.text(Source.OFFICIAL, official));
        }
    }

    /** The sheets of these officials of the event: chosen rounds with entries, by round, heat, then official. */
    private static List<Sheet> sheets(ExportInput input, Event event, Choice choice, List<String> officials) {
        List<Sheet> out = new ArrayList<>();
        for (RoundResult r : input.result().rounds()) {
            if (!r.event().id().equals(event.id()) || !choice.includes(r) || r.rows().isEmpty()) {
                continue;
            }
            for (Map.Entry<String, List<Contestant>> heat : heats(input.contest(), r).entrySet()) {
                for (String official : officials) {
                    out.add(new Sheet(event, r, heat.getKey(), official, heat.getValue()));
                }
            }
        }
        return out;
    }

    /** The round's entries by heat: heats in roster order, contestants in roster order within each. */
    static Map<String, List<Contestant>> heats(Contest contest, RoundResult round) {
        Set<String> entered = new HashSet<>();
        for (EntryResult e : round.rows()) {
            entered.add(e.bib());
        }
        Map<String, List<Contestant>> out = new LinkedHashMap<>();
        for (Contestant c : contest.entrants(round.event().id())) {
            if (entered.contains(c.bib())) {
                out.computeIfAbsent(c.heat(), h -> new ArrayList<>()).add(c);
            }
        }
        return out;
    }

    private static String heatName(String heat, PdfTexts texts, GlyphCheck check) {
        return heat.isEmpty() ? texts.get("pdf.sheet.noHeat") : check.text(Source.HEAT, heat);
    }

    /** Landscape when the columns' natural widths do not fit a portrait page. */
    private static boolean wide(List<TableLayout.Column> columns) {
        int sum = 0;
        for (TableLayout.Column c : columns) {
            sum += c.weight();
        }
        return sum > PORTRAIT_WIDTH;
    }

    /** A decimal without trailing zeros: 40, 0.5, 2.5. */
    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
