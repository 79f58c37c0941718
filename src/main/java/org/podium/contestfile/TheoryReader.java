package org.podium.contestfile;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.podium.domain.Contest;
import org.podium.domain.Event;
import org.podium.domain.Fact;
import org.podium.domain.Origin;

/**
 * Reads {@code theory.csv}: columns {@code event,bib,value} (a header line in any order, or none and then
 * that order); {@code event} may be empty, or its column left out, when the contest has one event. Every
 * line is checked as a theory line of a scores CSV; the file is read whole or not at all.
 */
public final class TheoryReader {
    /** The columns in their default order. */
    public static final List<String> COLUMNS = List.of("event", "bib", "value");
    static final String HEADER_EXAMPLE = "a header line event,bib,value, then one theory result per line";

    private TheoryReader() {
    }

    /**
     * The theory facts of {@code file}, in line order.
     *
     * @throws ContestFileException listing every bad line, when any line is bad
     */
    public static List<Fact> read(Path file, Contest contest) throws ContestFileException {
        String text = TextFiles.read(file, HEADER_EXAMPLE, Limits.THEORY_CSV_BYTES, "theory.csv");
        return parse(text, file.toString(), contest);
    }

    /** Reads theory CSV text; {@code file} names it in messages and origins. */
    public static List<Fact> parse(String text, String file, Contest contest) throws ContestFileException {
        List<Csv.Record> records = Csv.parse(text, file);
        if (records.isEmpty()) {
            throw new ContestFileException(Problem.of(file, "is empty: expected " + HEADER_EXAMPLE));
        }
        Problems problems = new Problems();
        Csv.Record first = records.get(0);
        boolean hasHeader = ScoresReader.isHeader(first, COLUMNS);
        int[] index = {0, 1, 2};
        if (hasHeader) {
            Csv.Header header = new Csv.Header(first);
            List<String> required = contest.events().size() == 1 ? List.of("bib", "value") : COLUMNS;
            ScoresReader.checkHeader(header, COLUMNS, required, file, first.line(), problems);
            if (!problems.isEmpty()) {
                throw problems.exception();
            }
            for (int i = 0; i < COLUMNS.size(); i++) {
                index[i] = header.index(COLUMNS.get(i));
            }
        }
        ScoresReader.Lines lines = new ScoresReader.Lines(file, contest, problems);
        List<Fact> facts = new ArrayList<>();
        int width = hasHeader ? first.size() : COLUMNS.size();
        for (Csv.Record r : hasHeader ? records.subList(1, records.size()) : records) {
            int line = r.line();
            if (r.size() != width) {
                problems.add(Problem.at(file, line, "has " + r.size() + " fields, expected " + width
                        + (hasHeader ? " as the header has" : " (event,bib,value; event may be empty)")
                        + ": keep the commas of empty fields"));
                continue;
            }
            long before = problems.size();
            String eventId = index[0] < 0 ? "" : r.field(index[0]).strip();
            String bib = r.field(index[1]).strip();
            String value = r.field(index[2]).strip();
            Event event = lines.event(line, eventId);
            if (event == null) {
                continue;
            }
            lines.bib(line, event, bib);
            BigDecimal raw = lines.theory(line, event, value);
            if (problems.size() == before) {
                facts.add(Fact.theory(event.id(), bib, raw, new Origin(file, line)));
            }
        }
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        return facts;
    }
}
