package org.podium.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javafx.scene.text.Font;

/**
 * The bundled font: Noto Sans CJK SC Regular (SIL OFL 1.1, org/podium/fonts/LICENSE-NotoSansCJK.txt). A fresh
 * machine has no CJK font and JavaFX would draw boxes for every Chinese character; this one covers Latin, digits and
 * CJK (rare characters in names included), and the stylesheet names its family first.
 */
public final class Fonts {
    public static final String FAMILY = "Noto Sans CJK SC";
    static final String RESOURCE = "/org/podium/fonts/NotoSansCJKsc-Regular.otf";

    private Fonts() {
    }

    /**
     * Loads the font (about 16 MB read from the jar: call it off the FX thread, e.g. in Application.init()).
     *
     * @return its family, or empty when it could not be loaded (the app then falls back to the system fonts)
     */
    public static Optional<String> loadBundled() {
        try (InputStream in = Fonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            Font font = Font.loadFont(in, 16);
            return font == null ? Optional.empty() : Optional.of(font.getFamily());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
