package org.podium.store;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The store's own visible lines (a full disk, a refused restore...): the {@code store.*} keys of
 * org/podium/i18n/messages*.properties, in the language of this JVM's default locale (Chinese for zh, English
 * otherwise), as the command line prints them. Screens show the same keys in their own language through
 * {@link StoreException#key()} and {@link StoreException#args()}.
 */
public final class StoreText {
    private static final String BUNDLE = "org.podium.i18n.messages";

    private StoreText() {
    }

    /** The message of {@code key} in the default locale's language, formatted with {@code args}. */
    public static String get(String key, Object... args) {
        return get(Locale.getDefault(), key, args);
    }

    /** The message of {@code key} in {@code locale}'s language (the base bundle, English, for any but zh). */
    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, bundle.getLocale()).format(args);
    }
}
