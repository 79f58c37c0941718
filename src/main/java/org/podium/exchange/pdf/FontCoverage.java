package org.podium.exchange.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which characters the bundled font can print: the same file the PDFs embed (org/podium/fonts/NotoSansCJKsc-Regular.otf,
 * registered for JasperReports as "Podium Sans" by org/podium/fonts/jasperreports-fonts.xml). The PDF writer prints
 * nothing for a character the font lacks and says nothing; so every text is checked here before it is filled.
 */
final class FontCoverage {
    static final String RESOURCE = "/org/podium/fonts/NotoSansCJKsc-Regular.otf";
    /** The JasperReports font family of every Podium report. */
    static final String FAMILY = "Podium Sans";

    private final Font font;

    FontCoverage(Font font) {
        this.font = font;
    }

    /** The bundled font, read once per JVM (16 MB, about 0.2 s); immutable afterwards. */
    static FontCoverage bundled() {
        return Holder.BUNDLED;
    }

    /** The distinct code points of {@code text} that the font cannot print, in order of appearance; empty when none. */
    List<Integer> missing(String text) {
        if (text == null || font.canDisplayUpTo(text) < 0) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        text.codePoints().filter(cp -> !canPrint(cp) && !out.contains(cp)).forEach(out::add);
        return out;
    }

    private boolean canPrint(int codePoint) {
        return font.canDisplay(codePoint) || codePoint == '\n' || codePoint == '\r' || codePoint == '\t';
    }

    private static final class Holder {
        static final FontCoverage BUNDLED = load();

        private static FontCoverage load() {
            try (InputStream in = FontCoverage.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled font " + RESOURCE + " is missing from the build");
                }
                return new FontCoverage(Font.createFont(Font.TRUETYPE_FONT, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("the bundled font " + RESOURCE + " cannot be read", e);
            }
        }
    }
}
