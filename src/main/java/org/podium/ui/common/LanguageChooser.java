package org.podium.ui.common;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/** The language switch shown on the start and login screens: 中文 | English, each named in its own language. */
public final class LanguageChooser {
    /** The languages Podium has bundles for, in the order shown. */
    public static final java.util.List<Locale> LANGUAGES = java.util.List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private LanguageChooser() {
    }

    /** Two toggle buttons; choosing the other language calls {@code chosen}. */
    public static HBox create(I18n i18n, Consumer<Locale> chosen) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(4);
        box.setId("languages");
        for (Locale l : LANGUAGES) {
            ToggleButton b = new ToggleButton(i18n.get("language." + l.getLanguage()));
            b.setId("language-" + l.getLanguage());
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            b.setSelected(i18n.language().equals(l.getLanguage()));
            b.setOnAction(e -> {
                if (!i18n.language().equals(l.getLanguage())) {
                    chosen.accept(l);
                } else {
                    b.setSelected(true);
                }
            });
            box.getChildren().add(b);
        }
        return box;
    }
}
