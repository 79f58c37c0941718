package org.podium.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the command line's messages ({@code cli.*} and the other keys it shares with the screens, of
 * org/podium/i18n/messages*.properties) in the machine's language: Chinese when the default locale's language is
 * Chinese, English (the base bundle) otherwise. The PDF exports choose theirs with {@code --lang}.
 *
 * <p>Arguments are formatted as given: pass numbers as text (or write {@code {0,number,#}} in the pattern), so that
 * MessageFormat adds no grouping comma to a row id or a PIN wait.
 */
final class CliText {
    private static final String BUNDLE = "org.podium.i18n.messages";

    private CliText() {
    }

    static String get(String key, Object... args) {
        String text = bundle().getString(key);
        return args.length == 0 ? text : new MessageFormat(text, locale()).format(args);
    }

    /** The bundle in the machine's language. */
    static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Locale locale() {
        return "zh".equals(Locale.getDefault().getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
    }
}
