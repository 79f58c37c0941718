package org.podium.contestfile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.podium.domain.NumberText;

/**
 * A table as a person reads it (contest-files.md "Rosters as HR sends them"), from records a tokenizer gives
 * ({@link Csv#parse} or {@link Sheets#read}): the header is the first row naming every column the table needs
 * to be found (a roster's bib and name, a theory file's bib and value), under its own name, one of its Chinese
 * names or a name mapped by hand; rows above it (a title, a date line) are skipped; a row whose bib cell, or a
 * cell left of it, begins with 合计, 总计, 小计, 备注, 制表 or Total ends the table, and it and every row after
 * it are left out. Records keep their line, so every message counts lines from the file's first line.
 *
 * <p>This is the header and row logic only: it reads the records once, in order, and never looks at bytes.
 */
public final class Table {
    /** How a column of the header was recognised. */
    public enum Source {
        /** the header is the column's own name ({@code bib}) */
        NAMED,
        /** one of its other names ({@code 编号}) */
        ALIAS,
        /** mapped by hand to a column (or to another name to keep it under) */
        BY_HAND,
        /** not a column Podium knows: kept under its own name */
        OTHER,
        /** mapped by hand to nothing: left out */
        LEFT_OUT
    }

    /**
     * One column of the header.
     *
     * @param position 0-based position of the cell in the row (A is 0)
     * @param header   the header cell as written (spaces around it removed)
     * @param name     the column Podium reads it as ({@code bib}, or the header's own text); null when left out
     * @param source   how it was recognised
     */
    public record Column(int position, String header, String name, Source source) {
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(source, "source");
        }

        /** The spreadsheet letters of the column: A, B, ... Z, AA. */
        public String letters() {
            StringBuilder b = new StringBuilder();
            for (int n = position + 1; n > 0; n = (n - 1) / 26) {
                b.insert(0, (char) ('A' + (n - 1) % 26));
            }
            return b.toString();
        }
    }

    /**
     * The row that ended the table.
     *
     * @param line      its line (the sheet's row number in a workbook)
     * @param text      the cell that ended it, as written
     * @param rowsAfter how many rows after it (not blank) were left out with it
     */
    public record End(int line, String text, int rowsAfter) {
    }

    /**
     * One row under the header, as read.
     *
     * @param line   its line (the sheet's row number in a workbook)
     * @param cells  the cells as written, by position
     * @param values the values as Podium reads them (a full-width bib in ASCII, a date as yyyy-MM-dd), by column
     *               name, in the header's order; left-out columns are not here
     */
    public record Row(int line, List<String> cells, Map<String, String> values) {
        public Row {
            cells = List.copyOf(cells);
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** The words that, at the start of a bib cell (or a cell left of it), end a table; {@code Total} in any case. */
    public static final List<String> END_WORDS = List.of("合计", "总计", "小计", "备注", "制表", "Total");

    /**
     * What a reader looks for.
     *
     * @param columns     the columns it knows, by their own names
     * @param aliases     other names (written without spaces) -> column
     * @param headerNames the columns a row must name to be the header
     * @param endColumn   the column whose cell may end the table, or null
     */
    record Kind(List<String> columns, Map<String, String> aliases, List<String> headerNames, String endColumn) {
    }

    private final List<Column> columns;
    private final Csv.Record header;
    private final boolean found;
    private final boolean namesAny;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final List<List<Column>> duplicates = new ArrayList<>();
    private final List<Csv.Record> rows;
    private final List<Csv.Record> above;
    private End end;

    private Table(Csv.Record header, boolean found, boolean namesAny, List<Column> columns, List<Csv.Record> rows,
                  List<Csv.Record> above, End end) {
        this.header = header;
        this.found = found;
        this.namesAny = namesAny;
        this.columns = List.copyOf(columns);
        this.rows = Collections.unmodifiableList(rows);
        this.above = Collections.unmodifiableList(above);
        this.end = end;
        Map<String, List<Column>> byName = new LinkedHashMap<>();
        for (Column c : this.columns) {
            if (c.name() != null) {
                index.putIfAbsent(c.name(), c.position());
                byName.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c);
            }
        }
        for (List<Column> same : byName.values()) {
            if (same.size() > 1) {
                duplicates.add(List.copyOf(same));
            }
        }
    }

    /**
     * Reads the records once, in order.
     *
     * @param hand header text (as written, spaces around it removed) -> the column it is, or another name to keep
     *             it under, or "" to leave it out; it wins over every other reading of that header
     */
    static Table read(Iterable<Csv.Record> records, Kind kind, Map<String, String> hand) {
        Reader reader = new Reader(kind, hand, true);
        for (Csv.Record r : records) {
            reader.add(r);
        }
        return reader.finish();
    }

    /**
     * The table of records given one at a time, in order, as a stream gives them (issue 17): the header is known as
     * soon as its record has been given ({@link #found()}), and each record after it is told to be a row or not, so a
     * reader of a large file may take each row as it comes rather than keep them all.
     */
    static final class Reader {
        private final Kind kind;
        private final Map<String, String> hand;
        private final boolean keepRows;
        private final List<Csv.Record> above = new ArrayList<>();
        private final List<Csv.Record> rows = new ArrayList<>();
        private Table table;
        private Csv.Record candidate;
        private List<Column> candidateColumns;
        private int endAt = -1;
        private End end;
        private int after;

        /** @param keepRows whether the table keeps its rows ({@link Table#rows()}); else it has none */
        Reader(Kind kind, Map<String, String> hand, boolean keepRows) {
            this.kind = kind;
            this.hand = hand;
            this.keepRows = keepRows;
        }

        /** Takes the next record: true when it is a row of the table (under the header, before the table's end). */
        boolean add(Csv.Record r) {
            if (table == null) {
                List<Column> cols = recognise(r, kind, hand);
                if (names(cols).containsAll(kind.headerNames())) {
                    table = new Table(r, true, true, cols, rows, above, null);
                    endAt = position(cols, kind.endColumn());
                } else {
                    if (candidate == null && namesAColumn(r, cols, kind)) {
                        candidate = r;
                        candidateColumns = cols;
                    }
                    above.add(r);
                }
                return false;
            }
            if (end != null) {
                after++;
                return false;
            }
            String ending = ending(r, endAt);
            if (ending != null) {
                end = new End(r.line(), ending, 0);
                return false;
            }
            if (keepRows) {
                rows.add(r);
            }
            return true;
        }

        /** The table once its header has been given (its rows and end still to come), else null. */
        Table found() {
            return table;
        }

        /** The table, every record given. */
        Table finish() {
            if (table != null) {
                table.end = end == null ? null : new End(end.line(), end.text(), after);
                return table;
            }
            boolean namesAny = candidate != null;
            if (candidate == null && !above.isEmpty()) {
                candidate = above.get(0);
                candidateColumns = recognise(candidate, kind, hand);
            }
            return new Table(candidate, false, namesAny, candidateColumns == null ? List.of() : candidateColumns, rows,
                    above, null);
        }
    }

    /** The columns of a row read as a header. */
    static List<Column> recognise(Csv.Record r, Kind kind, Map<String, String> hand) {
        List<Column> cols = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            String h = clean(r.field(i));
            if (h.isEmpty()) {
                continue;
            }
            if (hand.containsKey(h)) {
                String to = hand.get(h) == null ? "" : clean(hand.get(h));
                cols.add(to.isEmpty() ? new Column(i, h, null, Source.LEFT_OUT) : new Column(i, h, to, Source.BY_HAND));
            } else if (kind.columns().contains(h)) {
                cols.add(new Column(i, h, h, Source.NAMED));
            } else if (kind.aliases().containsKey(squash(h))) {
                cols.add(new Column(i, h, kind.aliases().get(squash(h)), Source.ALIAS));
            } else {
                cols.add(new Column(i, h, h, Source.OTHER));
            }
        }
        return cols;
    }

    private static List<String> names(List<Column> cols) {
        List<String> names = new ArrayList<>();
        for (Column c : cols) {
            if (c.name() != null && c.source() != Source.OTHER) {
                names.add(c.name());
            }
        }
        return names;
    }

    /** A row that names any column (maybe in the wrong case) is the header the reader will complain about. */
    private static boolean namesAColumn(Csv.Record r, List<Column> cols, Kind kind) {
        if (!names(cols).isEmpty()) {
            return true;
        }
        for (String f : r.fields()) {
            if (kind.columns().contains(clean(f).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static int position(List<Column> cols, String name) {
        for (Column c : cols) {
            if (name != null && name.equals(c.name())) {
                return c.position();
            }
        }
        return -1;
    }

    /** The cell that ends the table at this row (the bib cell, or a cell left of it), or null. */
    private static String ending(Csv.Record r, int endAt) {
        for (int i = 0; i <= endAt && i < r.size(); i++) {
            String cell = clean(r.field(i));
            if (cell.isEmpty()) {
                continue;
            }
            char c = cell.charAt(0);
            if (c != 't' && c != 'T' && NumberText.isAscii(cell)) {
                return null; // a bib, as nearly every row has: none of the words begins with it
            }
            String s = squash(NumberText.nfkc(cell));
            for (String w : END_WORDS) {
                if (s.regionMatches(true, 0, w, 0, w.length())) {
                    return cell;
                }
            }
            return null; // the first cell holding anything decides
        }
        return null;
    }

    /** A cell's text without the white space around it (a no-break space, an ideographic space, a BOM too). */
    static String clean(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && space(text.charAt(from))) {
            from++;
        }
        while (to > from && space(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    /** The text without any white space: 姓　名 reads as 姓名. */
    static String squash(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!space(text.charAt(i))) {
                b.append(text.charAt(i));
            }
        }
        return b.toString();
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** True when a row named every column the header needs. */
    public boolean found() {
        return found;
    }

    /**
     * True when the header row (found, or the one the messages name) names any column Podium knows, maybe in the wrong
     * case; false when no row does (a theory file without a header is read in the default order).
     */
    boolean namesAny() {
        return namesAny;
    }

    /** The header row; when none was found, the row the reader's messages name (the first naming any column), or null. */
    Csv.Record header() {
        return header;
    }

    /** The header's line, or 0 when the file has no row at all. */
    public int headerLine() {
        return header == null ? 0 : header.line();
    }

    /** The header's columns in file order (empty cells left out). */
    public List<Column> columns() {
        return columns;
    }

    /** The header cells as written, in file order. */
    List<String> headers() {
        List<String> out = new ArrayList<>();
        for (Column c : columns) {
            out.add(c.header());
        }
        return out;
    }

    /** Columns that give the same name, each group in file order. */
    List<List<Column>> duplicates() {
        return duplicates;
    }

    boolean has(String name) {
        return index.containsKey(name);
    }

    /** The position of the (first) column {@code name}, or -1. */
    int position(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /** The cell of {@code r} under column {@code name}, spaces around it removed; "" when the column or cell is missing. */
    String get(Csv.Record r, String name) {
        Integer i = index.get(name);
        return i == null ? "" : clean(r.field(i));
    }

    /** The rows under the header, up to the end of the table (blank rows were left out by the tokenizer). */
    List<Csv.Record> rows() {
        return rows;
    }

    /** The rows above the header (a title, a date line); every row when no header was found. */
    List<Csv.Record> above() {
        return above;
    }

    /** The row that ended the table, or null when the table runs to the end of the file. */
    public End end() {
        return end;
    }
}
