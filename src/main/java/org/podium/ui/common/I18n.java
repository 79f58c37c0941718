package org.podium.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The visible strings: org/podium/i18n/messages*.properties (UTF-8, read as such by the JDK since 9).
 * With arguments a message is a {@link MessageFormat} pattern (a single quote is written '').
 */
public final class I18n {
    public static final String BUNDLE = "org.podium.i18n.messages";
    private final ResourceBundle bundle;

    public I18n(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The bundle for a locale: Chinese for zh, English (the base bundle) otherwise. */
    public static I18n forLocale(Locale locale) {
        return new I18n(ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    /** The language shown: {@code zh} or {@code en} (the base bundle is English). */
    public String language() {
        String l = bundle.getLocale().getLanguage();
        return l.isEmpty() ? "en" : l;
    }

    public String get(String key, Object... args) {
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, bundle.getLocale()).format(args);
    }
}
