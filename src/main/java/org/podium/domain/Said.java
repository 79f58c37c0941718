package org.podium.domain;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A message said from the bundles (org/podium/i18n/messages*.properties): its key and its arguments, so that whoever
 * shows it says it in their own language (a screen in the screen's, the command line in {@code --lang}'s or the
 * system's). An argument is shown as text ({@link String#valueOf}), so that a bib or a row id never gets a grouping
 * comma; an argument that is itself a {@code Said} is said in the same language (a part of a sentence).
 */
public record Said(String key, List<Object> args) {
    private static final String BUNDLE = "org.podium.i18n.messages";

    public Said {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** The message {@code key} with {@code args} (texts, numbers or other {@code Said} parts). */
    public static Said of(String key, Object... args) {
        return new Said(key, Arrays.stream(args).map(a -> a == null ? (Object) "" : a).toList());
    }

    /** The message in {@code locale}'s language: Chinese for zh, English (the base bundle) for any other. */
    public String in(Locale locale) {
        Locale chosen = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        if (args.isEmpty()) {
            return pattern;
        }
        Object[] texts = new Object[args.size()];
        for (int i = 0; i < texts.length; i++) {
            Object a = args.get(i);
            texts[i] = a instanceof Said part ? part.in(locale) : String.valueOf(a);
        }
        return new MessageFormat(pattern, chosen).format(texts);
    }

    /** The message in the language of this run: the default locale's ({@code podium --lang} sets it for a command). */
    public String here() {
        return in(Locale.getDefault());
    }

    /** The same message with every argument equal to {@code text} (in a part too) shown as {@code instead}. */
    public Said replacing(String text, Object instead) {
        return new Said(key, args.stream().map(a -> a instanceof Said part ? part.replacing(text, instead)
                : String.valueOf(a).equals(text) ? instead : a).toList());
    }
}
