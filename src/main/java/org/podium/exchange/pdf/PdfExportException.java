package org.podium.exchange.pdf;

import java.util.List;

/**
 * A PDF export refused, with nothing written: texts the font cannot print (each naming the character and, for a
 * contestant's text, the bib and name), or a contest's template that cannot be used. {@link #problems()} are lines for
 * the organiser, in the export's language.
 */
public final class PdfExportException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;
    private final transient List<MissingGlyph> missingGlyphs;

    PdfExportException(List<String> problems, List<MissingGlyph> missingGlyphs) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
        this.missingGlyphs = List.copyOf(missingGlyphs);
    }

    /** One line per problem, first a line saying that nothing was written when characters are missing. */
    public List<String> problems() {
        return problems;
    }

    /** The characters that cannot be printed (empty when the problem is a template). */
    public List<MissingGlyph> missingGlyphs() {
        return missingGlyphs;
    }
}
