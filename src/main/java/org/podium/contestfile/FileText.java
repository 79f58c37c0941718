package org.podium.contestfile;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.podium.domain.Shown;

/**
 * The words of the contest-file messages in one language: the {@code contestfile.*} keys of
 * org/podium/i18n/messages*.properties (Chinese for a zh locale, English, the base bundle, otherwise). The command
 * line speaks English; a screen asks for its own language. With arguments a message is a {@link MessageFormat}
 * pattern; every argument is passed as text, so that a bib or a year never gets a grouping comma. A value from a file
 * is passed through {@link Shown#value} (or {@link #quote}) by the caller, so that a message never echoes more than 80
 * characters of it (a whole message over 1,000 characters is bounded by {@link Problem}).
 */
public final class FileText {
    private static final String BUNDLE = "org.podium.i18n.messages";
    /** English words. */
    public static final FileText ENGLISH = forLocale(Locale.ENGLISH);

    /**
     * The words of the command line and of a contest folder read without a screen's language: the system's language
     * (Chinese for zh, English otherwise), as {@code podium --lang zh|en} sets it for its run (issue 15).
     */
    public static FileText current() {
        return "zh".equals(Locale.getDefault().getLanguage()) ? forLocale(Locale.SIMPLIFIED_CHINESE) : ENGLISH;
    }

    private final ResourceBundle bundle;

    private FileText(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The words for {@code locale}: Chinese for zh, English for any other language. */
    public static FileText forLocale(Locale locale) {
        return new FileText(ResourceBundle.getBundle(BUNDLE, Objects.requireNonNull(locale, "locale"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The message {@code key} with its arguments, each shown as text. */
    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(texts);
    }

    /**
     * {@code 'text'} (“text” in Chinese), cut to {@link Shown#CHARACTERS} on one line (a value from a file may be any
     * length); an empty text shows as "nothing".
     */
    String quote(String text) {
        return text.isEmpty() ? get("contestfile.nothing") : get("contestfile.quoted", Shown.value(text));
    }

    /** " (did you mean 'x'?)" when one of {@code allowed} is a likely typo of {@code given}, else "". */
    String didYouMean(String given, Collection<String> allowed) {
        String close = Words.closest(given, allowed);
        return close == null ? "" : get("contestfile.didYouMean", Shown.value(close));
    }

    /**
     * " (did you mean 'x'? events: a, b)", " (events: a, b)" or " (events: none)", as {@link Words#hint} says it in
     * English; {@code what} is the word of the list: {@code events} or {@code columns}.
     */
    String hint(String given, Collection<String> allowed, String what) {
        String word = get("contestfile.word." + what);
        if (allowed.isEmpty()) {
            return get("contestfile.hint.none", word);
        }
        String close = Words.closest(given, allowed);
        String list = String.join(", ", allowed);
        return close == null ? get("contestfile.hint.list", word, list)
                : get("contestfile.hint.close", Shown.value(close), word, list);
    }
}
