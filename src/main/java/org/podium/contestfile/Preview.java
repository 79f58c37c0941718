package org.podium.contestfile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table read but not yet imported (a roster or theory results): what a preview screen shows before the organiser
 * confirms. Nothing here has been kept anywhere.
 *
 * @param file       the file as given
 * @param headerLine the header's line; 0 when none was found in a file without any row, or the file was not read
 * @param columns    the header's columns as recognised (when no header was found, those of the row the problems name)
 * @param rows       every row under the header up to the end of the table, with or without problems
 * @param end        the row that ended the table, or null
 * @param problems   every problem, each with its line, in the language asked for
 * @param notes      what was read in a way worth saying (the end of the table); not problems
 * @param read       what the rows give (contestants, theory facts): all of them when there is no problem
 * @param <T>        what a row gives
 */
public record Preview<T>(String file, int headerLine, List<Table.Column> columns, List<Table.Row> rows, Table.End end,
                         List<Problem> problems, List<Problem> notes, List<T> read) {
    public Preview {
        columns = List.copyOf(columns);
        rows = Collections.unmodifiableList(rows);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        read = Collections.unmodifiableList(read);
    }

    /** A file that could not be read as a table at all. */
    static <T> Preview<T> unread(String file, List<Problem> problems) {
        return new Preview<>(file, 0, List.of(), List.of(), null, problems, List.of(), List.of());
    }

    /** True when it can be imported: no problem at all. */
    public boolean importable() {
        return problems.isEmpty();
    }

    /** The problems of one line (the header's, or a row's), in the order found. */
    public List<Problem> problemsAt(int line) {
        List<Problem> out = new ArrayList<>();
        for (Problem p : problems) {
            if (p.line() == line) {
                out.add(p);
            }
        }
        return out;
    }
}
