package org.podium.exchange.pdf;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;

/**
 * Which characters the bundled font can print: the same file the PDFs embed (org/podium/fonts/NotoSansCJKsc-Regular.otf,
 * registered for JasperReports as "Podium Sans" by org/podium/fonts/jasperreports-fonts.xml). The PDF writer prints
 * nothing for a character the font lacks and says nothing; so every text is checked here before it is filled.
 */
final class FontCoverage {
    /** The JasperReports font family of every Podium report. */
    static final String FAMILY = "Podium Sans";

    private final Font font;

    FontCoverage(Font font) {
        this.font = font;
    }

    /** The bundled font, as JasperReports loaded it (once per JVM: 16 MB, about 0.2 s); immutable afterwards. */
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

        /** The very font object JasperReports lays the reports out with: the family "Podium Sans" of the extension. */
        private static FontCoverage load() {
            Font font = FontUtil.getInstance(DefaultJasperReportsContext.getInstance())
                    .getAwtFontFromBundles(FAMILY, Font.PLAIN, 10f, Locale.ROOT, false);
            if (font == null) {
                throw new IllegalStateException("the font family " + FAMILY + " is not registered: "
                        + "jasperreports_extension.properties or org/podium/fonts/jasperreports-fonts.xml is missing from the build");
            }
            return new FontCoverage(font);
        }
    }
}
