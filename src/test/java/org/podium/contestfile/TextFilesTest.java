package org.podium.contestfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {
    @TempDir
    Path dir;

    private static final String TEXT = "bib,name\n101,张伟\n102,𠮷野家\n";

    @Test
    void readsUtf8() throws Exception {
        Path f = Fixtures.write(dir, "a.csv", TEXT);
        assertThat(TextFiles.read(f)).isEqualTo(TEXT);
    }

    @Test
    void readsUtf8WithBomAndDropsTheBom() throws Exception {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Path f = Fixtures.writeBytes(dir, "a.csv", bytes);
        assertThat(TextFiles.read(f)).isEqualTo(TEXT);
    }

    @Test
    void readsGb18030() throws Exception {
        Path f = Fixtures.write(dir, "a.csv", TEXT, Charset.forName("GB18030"));
        assertThat(TextFiles.read(f)).isEqualTo(TEXT);
    }

    @Test
    void anEmptyFileIsAProblemNamingTheFile() {
        Path f = Fixtures.writeBytes(dir, "roster.csv", new byte[0]);
        assertThatThrownBy(() -> TextFiles.read(f, "a header line like bib,name", Limits.ROSTER_CSV_BYTES, "a roster"))
                .isInstanceOf(ContestFileException.class)
                .hasMessage(f + ": is empty: expected a header line like bib,name");
    }

    @Test
    void aFileOfOnlyABomAndWhiteSpaceIsEmpty() {
        Path f = Fixtures.writeBytes(dir, "roster.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\r', '\n'});
        assertThatThrownBy(() -> TextFiles.read(f))
                .hasMessage(f + ": is empty: expected a header line and then one record per line");
    }

    @Test
    void aFileWithNulBytesIsNotText() {
        Path f = Fixtures.writeBytes(dir, "scores.csv", new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        assertThatThrownBy(() -> TextFiles.read(f))
                .hasMessage(f + ": is not a text file (it holds NUL bytes, as a binary file or a spreadsheet does):"
                        + " save it as CSV text in UTF-8 or GB18030");
    }

    @Test
    void bytesThatAreNeitherUtf8NorGb18030AreNotText() {
        Path f = Fixtures.writeBytes(dir, "scores.csv", new byte[] {'a', ',', (byte) 0xFF, (byte) 0x80, '\n'});
        assertThatThrownBy(() -> TextFiles.read(f))
                .hasMessage(f + ": is not a text file: it is neither UTF-8 nor GB18030 text; save it as CSV text in UTF-8 or GB18030");
    }

    @Test
    void aBomFollowedByBadUtf8IsRefusedNotGuessed() {
        byte[] gb = "张伟".getBytes(Charset.forName("GB18030"));
        byte[] bytes = new byte[gb.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(gb, 0, bytes, 3, gb.length);
        Path f = Fixtures.writeBytes(dir, "a.csv", bytes);
        assertThatThrownBy(() -> TextFiles.read(f)).hasMessageContaining("starts with a UTF-8 byte-order mark but is not valid UTF-8");
    }

    @Test
    void utf16IsRefusedWithAHint() {
        Path f = Fixtures.write(dir, "a.csv", "\uFEFFbib,name\n", StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> TextFiles.read(f)).hasMessageStartingWith(f + ": is UTF-16 text, which is not read here: save it as UTF-8");
    }

    @Test
    void aMissingFileIsAProblemWithoutAnExceptionName() {
        Path f = dir.resolve("nope.csv");
        assertThatThrownBy(() -> TextFiles.read(f))
                .hasMessage(f + ": does not exist: check the path and the file name");
    }
}
