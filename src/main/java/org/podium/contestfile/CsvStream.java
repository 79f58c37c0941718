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
                sink.record(r.line, r.values, r.size);
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
                problems.add(Problem.at(file, fields.line, FileText.current().get("contestfile.csv.tooLong", MAX_FIELD)));
            }
        }
    }

    /** FastCSV's record of one line, made without a copy per record; blank records are left out. */
    private static final class Fields extends AbstractBaseCsvCallbackHandler<Fields> {
        String[] values = new String[8];
        int size;
        int line;

        @Override
        protected void handleBegin(long startingLineNumber) {
            size = 0;
            line = (int) Math.min(startingLineNumber, Integer.MAX_VALUE);
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = new String(buf, offset, len);
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
            for (int i = off; i < off + n; i++) {
                char c = b[i];
                if (afterCr) {
                    afterCr = false;
                    if (c == '\n') {
                        continue; // the LF of a CRLF: one line break
                    }
                }
                switch (state) {
                    case FIELD_START, UNQUOTED -> {
                        if (c == ',') {
                            state = FIELD_START;
                        } else if (c == '\r' || c == '\n') {
                            lineBreak(c);
                            state = FIELD_START;
                        } else if (c == '"' && state == FIELD_START) {
                            state = QUOTED;
                            quoteLine = line;
                        } else {
                            state = UNQUOTED;
                        }
                    }
                    case QUOTED -> {
                        if (c == '"') {
                            state = QUOTE_SEEN;
                        } else if (c == '\r' || c == '\n') {
                            lineBreak(c);
                        }
                    }
                    default -> { // QUOTE_SEEN: a doubled quote, or the field's end
                        if (c == '"') {
                            state = QUOTED;
                        } else if (c == ',') {
                            state = FIELD_START;
                        } else if (c == '\r' || c == '\n') {
                            lineBreak(c);
                            state = FIELD_START;
                        } else {
                            problems.add(Problem.at(file, line, FileText.current().get("contestfile.csv.afterQuote", c)));
                            state = UNQUOTED; // the rest of the field skipped, as Csv does
                        }
                    }
                }
            }
        }

        private void lineBreak(char c) {
            line++;
            afterCr = c == '\r';
        }

        private void end() {
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
