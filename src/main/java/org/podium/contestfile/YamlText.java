package org.podium.contestfile;

import java.io.Reader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's reader over a text held whole in memory, so that reading a file costs time in proportion to its length.
 *
 * <p>SnakeYAML's own {@link StreamReader} keeps a window of the text and, each time the scanner looks further ahead
 * than the window holds, reads 1,024 more characters and copies the whole window into a new array. The scanner looks
 * ahead over a whole comment, a whole plain or quoted scalar, a whole line of a block scalar before it moves on, so a
 * token of n characters cost n²/2,048 character copies: a 16 MB comment took about 70 s, a 1 MB one about half a
 * second (issue 12). contest.yaml is at most {@link Limits#CONTEST_YAML_BYTES} and already in memory, so here the
 * window is the whole text, decoded to code points once: looking ahead is an array read.
 *
 * <p>Behaviour is SnakeYAML's (2.x): the same code points refused as non-printable (with the index of the first one),
 * the same line and column counting (a line break is LF, NEL, LS, PS, or a CR not followed by LF; a BOM takes no
 * column), {@code prefixForward} advancing the column without looking at line breaks, and 0 past the end.
 */
final class YamlText extends StreamReader {
    private final String name;
    private final int[] text;
    private int pointer;
    private int index;
    private int documentIndex;
    private int line;
    private int column;

    YamlText(String text) {
        super(Reader.nullReader());
        this.name = "'string'";
        this.text = text.codePoints().toArray();
        for (int i = 0; i < this.text.length; i++) {
            if (!isPrintable(this.text[i])) {
                throw new ReaderException(name, i, this.text[i], "special characters are not allowed");
            }
        }
    }

    @Override
    public Mark getMark() {
        return new Mark(name, index, line, column, text, pointer);
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int length) {
        for (int i = 0; i < length && pointer < text.length; i++) {
            int c = text[pointer++];
            index++;
            documentIndex++;
            if (Constant.LINEBR.has(c) || c == '\r' && pointer < text.length && text[pointer] != '\n') {
                line++;
                column = 0;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return pointer < text.length ? text[pointer] : 0;
    }

    @Override
    public int peek(int ahead) {
        int at = pointer + ahead;
        return at >= 0 && at < text.length ? text[at] : 0;
    }

    @Override
    public String prefix(int length) {
        if (length == 0) {
            return "";
        }
        return new String(text, pointer, Math.max(0, Math.min(length, text.length - pointer)));
    }

    @Override
    public String prefixForward(int length) {
        String prefix = prefix(length);
        pointer += length;
        index += length;
        documentIndex += length;
        column += length;
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public int getLine() {
        return line;
    }
}
