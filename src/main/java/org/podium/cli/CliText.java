package org.podium.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The command line's own words ({@code cli.*} keys of org/podium/i18n/messages*.properties) in the user's language:
 * Chinese when the machine's language is Chinese, English otherwise.
 */
final class CliText {
    private static final String BUNDLE = "org.podium.i18n.messages";

    private CliText() {
    }

    static String get(String key, Object... args) {
        Locale locale = "zh".equals(Locale.getDefault().getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }
}
