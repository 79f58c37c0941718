package org.podium.contestfile;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The records of a CSV text read as a stream (issue 17): FastCSV splits the records, with the rules of {@link Csv}
 * (RFC 4180; a quote inside an unquoted field is literal; CRLF, LF or CR; blank records and records whose every field
 * is blank skipped; each record with the physical line it starts on). FastCSV accepts what {@link Csv} refuses (a quote
 * never closed, text after a closing quote), so the text goes through {@link QuoteCheck} on its way, which finds those
 * with {@link Csv}'s messages and lines.
 */
final class CsvStream {
    /** The longest field read: a longer one is a quote left open, or not a contest file. */
    static final int MAX_FIELD = 16 << 20;

    private CsvStream() {
    }

    /** Takes each record. */
    interface Sink {
        /**
         * One record that has a field not blank.
         *
         * @param fields the fields as written (not trimmed), valid during this call only
         * @param size   how many of {@code fields} are the record's
         */
        void record(int line, String[] fields, int size) throws ContestFileException;
    }

    /**
     * Gives every record of {@code text} to {@code sink}, reading {@code text} to its end. A quote never closed and text
     * after a closing quote are added to {@code problems} (as {@link Csv#parse} finds them); while there are any, the
     * records that follow still go to {@code sink} but may be split differently from {@link Csv#parse}'s.
     *
     * @param text a text without unpaired surrogates (as every strict decoder gives: {@link QuoteCheck#CR_IN_QUOTES})
     * @throws IOException as {@code text} throws it (a byte that is not of the encoding)
     */
    static void read(Reader text, String file, Problems problems, Sink sink) throws IOException, ContestFileException {
        QuoteCheck checked = new QuoteCheck(text, file, problems);
        Fields fields = new Fields();
        CsvReader<Fields> reader = CsvReader.builder()
                .fieldSeparator(',')
                .quoteCharacter('"')
                .commentStrategy(CommentStrategy.NONE)
                .skipEmptyLines(false)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(true)
                .trimWhitespacesAroundQuotes(false)
                .detectBomHeader(false)
                .maxBufferSize(MAX_FIELD)
                .build(fields, checked);
        try {
            for (Fields r : reader) {
                sink.record(checked.physicalLine(r.line), r.values, r.size);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CsvParseException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            // a field longer than MAX_FIELD: a quote left open finds its problem at the end of the text
            checked.drain();
            if (problems.isEmpty()) {
                problems.add(Problem.at(file, checked.physicalLine(fields.line), FileText.current().get("contestfile.csv.tooLong",
                        MAX_FIELD)));
            }
        }
    }

    /**
     * FastCSV's record of one line, made without a copy per record; blank records are left out. A field that repeats one
     * of the recent ones of its column (a scores file's event, round, kind, official, item and mark, a bib's run of
     * lines) is the same String instance, made once: fewer objects, and the look-ups after find its hash already
     * computed and the same instance (a scores file of 200,000 contestants has 54 marks in 3 million lines: with
     * {@value #SLOTS} slots a column nearly all of them are found).
     */
    private static final class Fields extends AbstractBaseCsvCallbackHandler<Fields> {
        /** Fields up to this long are looked for among the column's recent ones. */
        private static final int SHORT = 24;
        private static final int SLOTS = 256;
        String[] values = new String[8];
        private char[][][] recentChars = new char[8][][];
        private String[][] recent = new String[8][];
        int size;
        int line;

        @Override
        protected void handleBegin(long startingLineNumber) {
            size = 0;
            line = (int) Math.min(startingLineNumber, Integer.MAX_VALUE);
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            int column = size;
            if (column == values.length) {
                values = Arrays.copyOf(values, column * 2);
                recentChars = Arrays.copyOf(recentChars, column * 2);
                recent = Arrays.copyOf(recent, column * 2);
            }
            size++;
            if (len > SHORT) {
                values[column] = text(buf, offset, len, quoted);
                return;
            }
            int h = len;
            for (int i = offset, end = offset + len; i < end; i++) {
                h = 31 * h + buf[i];
            }
            int slot = (h ^ (h >>> 8) ^ (h >>> 16)) & (SLOTS - 1);
            char[][] chars = recentChars[column];
            if (chars == null) {
                chars = new char[SLOTS][];
                recentChars[column] = chars;
                recent[column] = new String[SLOTS];
            }
            char[] known = chars[slot];
            if (known != null && same(known, buf, offset, len)) {
                values[column] = recent[column][slot];
                return;
            }
            String value = text(buf, offset, len, quoted);
            chars[slot] = Arrays.copyOfRange(buf, offset, offset + len);
            recent[column][slot] = value;
            values[column] = value;
        }

        /** The field's text, a carriage return inside quotes given back ({@link QuoteCheck#CR_IN_QUOTES}). */
        private static String text(char[] buf, int offset, int len, boolean quoted) {
            String s = new String(buf, offset, len);
            return quoted ? s.replace(QuoteCheck.CR_IN_QUOTES, '\r') : s;
        }

        private static boolean same(char[] known, char[] buf, int offset, int len) {
            if (known.length != len) {
                return false;
            }
            for (int i = 0; i < len; i++) {
                if (known[i] != buf[offset + i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        protected Fields buildRecord() {
            for (int i = 0; i < size; i++) {
                if (!values[i].isBlank()) {
                    return this;
                }
            }
            return null; // a blank line, or a cleared spreadsheet row: skipped, its line counted
        }
    }

    /**
     * The text on its way to FastCSV, scanned for what {@link Csv#parse} refuses: a quote never closed (at the line it
     * opens) and text after a closing quote (at its line, then skipped to the end of the field, as {@link Csv} does).
     */
    static final class QuoteCheck extends FilterReader {
        /**
         * What a carriage return inside quotes reaches FastCSV as (4.1.0 loses the record of a quoted field holding a
         * carriage return that is not followed by a line feed, when a line feed follows the field): a lone low surrogate,
         * which no strict decoder gives, turned back into a carriage return in the field's text. A line feed after it
         * still ends a line for FastCSV; where none follows (a line break of CR alone), FastCSV counts one line fewer
         * than the file has, and {@link #physicalLine} adds it back.
         */
        static final char CR_IN_QUOTES = '\uDFFF';
        private static final int FIELD_START = 0;
        private static final int UNQUOTED = 1;
        private static final int QUOTED = 2;
        private static final int QUOTE_SEEN = 3;

        private final String file;
        private final Problems problems;
        private int state = FIELD_START;
        private int line = 1;
        private int quoteLine;
        private boolean afterCr;
        private boolean ended;
        private boolean crInQuotes; // the last character was a carriage return inside quotes
        /** FastCSV's line of each carriage return alone inside quotes, in order: the lines after it are one more. */
        private int[] loneCrs = new int[0];
        private int loneCrCount;
        private int loneCrsPassed; // how many of them are before the last record asked about

        QuoteCheck(Reader in, String file, Problems problems) {
            super(in);
            this.file = file;
            this.problems = problems;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n < 0) {
                end();
            } else {
                scan(b, off, n);
            }
            return n;
        }

        @Override
        public long skip(long n) {
            throw new UnsupportedOperationException("read, not skipped");
        }

        private void scan(char[] b, int off, int n) {
            int s = state;
            int ln = line;
            boolean cr = afterCr;
            for (int i = off, end = off + n; i < end; i++) {
                char c = b[i];
                if (cr) {
                    cr = false;
                    boolean crlf = c == '\n';
                    if (crInQuotes) {
                        crInQuotes = false;
                        if (!crlf) {
                            loneCr(ln - 1);
                        }
                    }
                    if (crlf) {
                        continue; // the LF of a CRLF: one line break
                    }
                }
                if (c > ',') { // neither a comma, a quote nor a line break: the most of any text
                    if (s == FIELD_START) {
                        s = UNQUOTED;
                    } else if (s == QUOTE_SEEN) {
                        afterQuote(ln, c);
                        s = UNQUOTED; // the rest of the field skipped, as Csv does
                    }
                    continue;
                }
                boolean lineBreak = c == '\r' || c == '\n';
                if (lineBreak) {
                    ln++;
                    cr = c == '\r';
                }
                switch (s) {
                    case FIELD_START, UNQUOTED -> {
                        if (c == ',' || lineBreak) {
                            s = FIELD_START;
                        } else if (c == '"' && s == FIELD_START) {
                            s = QUOTED;
                            quoteLine = ln;
                        } else {
                            s = UNQUOTED;
                        }
                    }
                    case QUOTED -> {
                        if (c == '"') {
                            s = QUOTE_SEEN;
                        } else if (c == '\r') {
                            b[i] = CR_IN_QUOTES;
                            crInQuotes = true;
                        }
                    }
                    default -> { // QUOTE_SEEN: a doubled quote, or the field's end
                        if (c == '"') {
                            s = QUOTED;
                        } else if (c == ',' || lineBreak) {
                            s = FIELD_START;
                        } else {
                            afterQuote(ln, c);
                            s = UNQUOTED;
                        }
                    }
                }
            }
            state = s;
            line = ln;
            afterCr = cr;
        }

        private void afterQuote(int ln, char c) {
            problems.add(Problem.at(file, ln, FileText.current().get("contestfile.csv.afterQuote", c)));
        }

        /** A carriage return alone inside quotes, on physical line {@code physical}: FastCSV sees no line break there. */
        private void loneCr(int physical) {
            if (loneCrCount == loneCrs.length) {
                loneCrs = Arrays.copyOf(loneCrs, Math.max(8, loneCrCount * 2));
            }
            loneCrs[loneCrCount] = physical - loneCrCount; // FastCSV's count of lines there
            loneCrCount++;
        }

        /** The file's line of a record FastCSV says starts on its line {@code fastCsvLine}; asked in record order. */
        int physicalLine(int fastCsvLine) {
            while (loneCrsPassed < loneCrCount && loneCrs[loneCrsPassed] < fastCsvLine) {
                loneCrsPassed++;
            }
            return fastCsvLine + loneCrsPassed;
        }

        private void end() {
            if (crInQuotes) {
                crInQuotes = false;
                loneCr(line - 1);
            }
            if (!ended && state == QUOTED) {
                problems.add(Problem.at(file, quoteLine, FileText.current().get("contestfile.csv.unclosed")));
            }
            ended = true;
        }

        /** Reads the rest of the text through the checks. */
        void drain() throws IOException {
            char[] buffer = new char[1 << 13];
            while (read(buffer, 0, buffer.length) >= 0) {
                // scanned as read
            }
        }
    }
}
