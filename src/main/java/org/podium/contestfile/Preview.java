package org.podium.contestfile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table read but not yet imported (a roster or theory results): what a preview screen shows before the organiser
 * confirms. Nothing here has been kept anywhere.
 *
 * @param file            the file as given
 * @param headerLine      the header's line; 0 when none was found in a file without any row, or the file was not read
 * @param columns         the header's columns as recognised (when no header was found, those of the row the problems
 *                        name)
 * @param rows            every row under the header up to the end of the table, with or without problems
 * @param end             the row that ended the table, or null
 * @param problems        the problems, each with its line and its whole message in the language asked for: the first
 *                        {@link Limits#PREVIEW_PROBLEMS} found (every problem of any real roster)
 * @param notes           what was read in a way worth saying (the end of the table); not problems
 * @param read            what the rows give (contestants, theory facts): all of them when there is no problem
 * @param problemsOmitted how many more problems were found than {@code problems} holds (counted, not kept, so that a
 *                        file of millions of bad lines fits in memory); 0 for any real roster
 * @param <T>             what a row gives
 */
public record Preview<T>(String file, int headerLine, List<Table.Column> columns, List<Table.Row> rows, Table.End end,
                         List<Problem> problems, List<Problem> notes, List<T> read, long problemsOmitted) {
    public Preview {
        columns = List.copyOf(columns);
        rows = Collections.unmodifiableList(rows);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        read = Collections.unmodifiableList(read);
        if (problemsOmitted < 0) {
            throw new IllegalArgumentException("problemsOmitted is a count");
        }
    }

    /** Every problem kept, none omitted. */
    public Preview(String file, int headerLine, List<Table.Column> columns, List<Table.Row> rows, Table.End end,
                   List<Problem> problems, List<Problem> notes, List<T> read) {
        this(file, headerLine, columns, rows, end, problems, notes, read, 0);
    }

    /** With the problems of {@code problems}, kept and counted. */
    Preview(String file, int headerLine, List<Table.Column> columns, List<Table.Row> rows, Table.End end,
            Problems problems, List<Problem> notes, List<T> read) {
        this(file, headerLine, columns, rows, end, problems.kept(), notes, read, problems.omitted());
    }

    /** A file that could not be read as a table at all. */
    static <T> Preview<T> unread(String file, List<Problem> problems) {
        return new Preview<>(file, 0, List.of(), List.of(), null, problems, List.of(), List.of());
    }

    /** A file that could not be read as a table at all: the problems of {@code e}, its uncounted ones too. */
    static <T> Preview<T> unread(String file, ContestFileException e) {
        return new Preview<>(file, 0, List.of(), List.of(), null, e.problems(), List.of(), List.of(), e.omitted());
    }

    /** True when it can be imported: no problem at all. */
    public boolean importable() {
        return problems.isEmpty() && problemsOmitted == 0;
    }

    /** How many problems were found in all: those kept and those only counted. */
    public long problemCount() {
        return problems.size() + problemsOmitted;
    }

    /** The problems of one line (the header's, or a row's), in the order found, among those kept. */
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
