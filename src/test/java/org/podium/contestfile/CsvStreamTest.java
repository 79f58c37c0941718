package org.podium.contestfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader (FastCSV and the quote checks on its way) reads every text as {@link Csv#parse} does: the same
 * records on the same lines, or the same problems (issue 17).
 */
class CsvStreamTest {
    /** What the texts are made of: plain characters, white space, commas, quotes and every kind of line break. */
    private static final String[] PIECES = {"a", "b7", " ", ",", "\"", "\"\"", "\r", "\n", "\r\n", "张", "\t", "x\"y", ",,"};

    /** The records, or the problems, of reading {@code text} as a stream {@code chunk} characters at a time. */
    private static Object stream(String text, int chunk) throws IOException, ContestFileException {
        Problems problems = new Problems();
        List<Csv.Record> records = new ArrayList<>();
        CsvStream.read(new Chunks(new StringReader(text), chunk), "f.csv", problems,
                (line, fields, size) -> records.add(new Csv.Record(line, Arrays.asList(fields).subList(0, size))));
        return problems.isEmpty() ? records : problems.kept();
    }

    private static Object parse(String text) {
        try {
            return Csv.parse(text, "f.csv");
        } catch (ContestFileException e) {
            return e.problems();
        }
    }

    @Test
    void readsEveryTextAsCsvParseDoes() {
        qt().withExamples(20_000).forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 40),
                integers().between(1, 9)).checkAssert((pieces, chunk) -> {
                    StringBuilder text = new StringBuilder();
                    pieces.forEach(p -> text.append(PIECES[p]));
                    try {
                        assertThat(stream(text.toString(), chunk)).as(text.toString()).isEqualTo(parse(text.toString()));
                    } catch (IOException | ContestFileException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Test
    void theCasesCsvTestNames() throws Exception {
        for (String text : List.of("a,b,c\n1,2,3\n", "name,unit\n\"Li, Na\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\nlast,y\n",
                "a,b\r\n\"x\r\ny\",2\r\n3,4", "a,b\n\n1,2\n,\n   \n3,4\n\n", "a,,c,\n", "\"\",x\n", "5'11\",x\n",
                "a,b\n1,\"open\n2,3\n", "a,b\n\"x\"y,2\n", "a\r\"x\ry\",2\r3\r\n\n4\n", "\"a\"b\"c\n\"d\"e\n\"open")) {
            assertThat(stream(text, 8192)).as(text).isEqualTo(parse(text));
        }
        assertThat(stream("a,b\n\"x\"y,2\n\"z\" ,3\n", 8192)).asString()
                .contains("f.csv:2: text after a closing quote", "found 'y'", "f.csv:3: text after a closing quote", "found ' '");
        assertThat(stream("a,b\n1,\"open\n2,3\n", 3)).asString()
                .isEqualTo("[f.csv:2: a quoted field is never closed: a field that starts with \" must end with \" (write a"
                        + " quote inside quotes as \"\")]");
    }

    @Test
    void aFieldLongerThanFastCsvReadsIsAProblemAtItsLine() throws Exception {
        StringBuilder text = new StringBuilder("a,b\n1,2\n3,\"");
        text.append("x".repeat(CsvStream.MAX_FIELD + 1)).append("\"\n4,5\n");
        assertThat(stream(text.toString(), 8192)).asString()
                .isEqualTo("[f.csv:3: a field longer than 16777216 characters: look for a quote that opens a field and is"
                        + " closed only far below it (write a quote inside quotes as \"\")]");
        text.setLength(text.length() - "\"\n4,5\n".length()); // the quote never closed: that is what is said
        assertThat(stream(text.toString(), 8192)).asString().startsWith("[f.csv:3: a quoted field is never closed");
    }

    /** A reader giving at most {@code chunk} characters a read: line breaks and quotes fall on every boundary. */
    private static final class Chunks extends Reader {
        private final Reader in;
        private final int chunk;

        Chunks(Reader in, int chunk) {
            this.in = in;
            this.chunk = chunk;
        }

        @Override
        public int read(char[] b, int off, int len) throws IOException {
            return in.read(b, off, Math.min(len, chunk));
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
