package org.podium.exchange.pdf;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The printed and reported words of the PDF exports: keys {@code pdf.*} of org/podium/i18n/messages*.properties, in one
 * language (Chinese for zh, English otherwise; no fallback to the machine's language). Arguments are formatted as given:
 * pass numbers as text, so that MessageFormat never adds a grouping comma to a year or a bib.
 */
final class PdfTexts {
    static final String BUNDLE = "org.podium.i18n.messages";
    private final ResourceBundle bundle;
    private final Locale locale;

    PdfTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    ResourceBundle bundle() {
        return bundle;
    }

    /** The locale asked for (dates and numbers are formatted in it). */
    Locale locale() {
        return locale;
    }

    boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }

    String get(String key, String... args) {
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }
}
