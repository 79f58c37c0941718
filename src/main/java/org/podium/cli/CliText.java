package org.podium.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the command line's messages: keys {@code cli.*} of org/podium/i18n/messages*.properties, in English
 * (the base bundle; the command line speaks English, its PDF exports choose with {@code --lang}). Arguments are
 * formatted as given: pass numbers as text, so that MessageFormat adds no grouping comma to a row id.
 */
final class CliText {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.podium.i18n.messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private CliText() {
    }

    static String get(String key, String... args) {
        String text = BUNDLE.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, Locale.ROOT).format(args);
    }
}
