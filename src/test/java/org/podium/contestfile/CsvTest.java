package org.podium.contestfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {
    private static List<Csv.Record> parse(String text) throws ContestFileException {
        return Csv.parse(text, "f.csv");
    }

    @Test
    void readsPlainFieldsWithLineNumbers() throws Exception {
        List<Csv.Record> r = parse("a,b,c\n1,2,3\n");
        assertThat(r).containsExactly(new Csv.Record(1, List.of("a", "b", "c")), new Csv.Record(2, List.of("1", "2", "3")));
    }

    @Test
    void readsQuotesDoubledQuotesCommasAndLineBreaksInQuotes() throws Exception {
        List<Csv.Record> r = parse("name,unit\n\"Li, Na\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\nlast,y\n");
        assertThat(r).containsExactly(
                new Csv.Record(1, List.of("name", "unit")),
                new Csv.Record(2, List.of("Li, Na", "say \"hi\"")),
                new Csv.Record(3, List.of("two\nlines", "x")),
                new Csv.Record(5, List.of("last", "y")));
    }

    @Test
    void readsCrlfAndKeepsCrlfInsideQuotes() throws Exception {
        List<Csv.Record> r = parse("a,b\r\n\"x\r\ny\",2\r\n3,4");
        assertThat(r).containsExactly(
                new Csv.Record(1, List.of("a", "b")),
                new Csv.Record(2, List.of("x\r\ny", "2")),
                new Csv.Record(4, List.of("3", "4")));
    }

    @Test
    void skipsBlankLinesAndEmptyRowsButCountsThem() throws Exception {
        List<Csv.Record> r = parse("a,b\n\n1,2\n,\n   \n3,4\n\n");
        assertThat(r).extracting(Csv.Record::line).containsExactly(1, 3, 6);
        assertThat(r.get(2).fields()).containsExactly("3", "4");
    }

    @Test
    void keepsEmptyFieldsAndTrailingEmptyField() throws Exception {
        assertThat(parse("a,,c,\n").get(0).fields()).containsExactly("a", "", "c", "");
        assertThat(parse("\"\",x\n").get(0).fields()).containsExactly("", "x");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsLiteral() throws Exception {
        assertThat(parse("5'11\",x\n").get(0).fields()).containsExactly("5'11\"", "x");
    }

    @Test
    void anUnclosedQuoteIsAProblemAtTheLineItOpens() {
        assertThatThrownBy(() -> parse("a,b\n1,\"open\n2,3\n"))
                .isInstanceOf(ContestFileException.class)
                .hasMessage("f.csv:2: a quoted field is never closed: a field that starts with \" must end with \""
                        + " (write a quote inside quotes as \"\")");
    }

    @Test
    void textAfterAClosingQuoteIsAProblem() {
        assertThatThrownBy(() -> parse("a,b\n\"x\"y,2\n"))
                .hasMessage("f.csv:2: text after a closing quote: after \"...\" expected a comma or the end of the line,"
                        + " found 'y' (write a quote inside quotes as \"\")");
    }

    @Test
    void fieldReturnsEmptyPastTheEnd() {
        Csv.Record r = new Csv.Record(1, List.of("a"));
        assertThat(r.field(0)).isEqualTo("a");
        assertThat(r.field(3)).isEmpty();
        assertThat(r.field(-1)).isEmpty();
    }

    @Test
    void headerFindsColumnsByNameTrimmed() throws Exception {
        List<Csv.Record> r = parse(" bib , name,bib\n 101 , 张伟 ,x\n");
        Csv.Header h = new Csv.Header(r.get(0));
        assertThat(h.names()).containsExactly("bib", "name");
        assertThat(h.duplicates()).containsExactly("bib");
        assertThat(h.has("name")).isTrue();
        assertThat(h.has("unit")).isFalse();
        assertThat(h.index("name")).isEqualTo(1);
        assertThat(h.index("unit")).isEqualTo(-1);
        assertThat(h.get(r.get(1), "name")).isEqualTo("张伟");
        assertThat(h.get(r.get(1), "bib")).isEqualTo("101");
        assertThat(h.get(r.get(1), "unit")).isEmpty();
    }
}
