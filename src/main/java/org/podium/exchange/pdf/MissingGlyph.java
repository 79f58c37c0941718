package org.podium.exchange.pdf;

import java.util.Objects;
import org.podium.domain.Contestant;

/**
 * A character that the bundled font cannot print, found in a text to be filled into a PDF.
 *
 * @param codePoint  the character
 * @param source     what the text is (a name, a unit, the contest name...)
 * @param text       the whole text holding it
 * @param contestant whose text it is, or null for a text of the contest (its name, an event, an award...)
 */
public record MissingGlyph(int codePoint, Source source, String text, Contestant contestant) {
    public MissingGlyph {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }

    /** The character as U+XXXX (at least four hex digits). */
    public String hex() {
        return String.format("U+%04X", codePoint);
    }

    /** One line naming the character (U+XXXX and itself), the text, and the contestant (bib, name) when there is one. */
    String describe(PdfTexts texts) {
        String ch = new String(Character.toChars(codePoint));
        if (contestant != null) {
            return texts.get("pdf.problem.glyph.contestant", contestant.bib(), contestant.name(), source.label(texts), text,
                    hex(), ch);
        }
        return texts.get("pdf.problem.glyph.other", source.label(texts), text, hex(), ch);
    }
}
