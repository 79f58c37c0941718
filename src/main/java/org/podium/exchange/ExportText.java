package org.podium.exchange;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.podium.domain.Flag;
import org.podium.domain.RaceTime;
import org.podium.domain.Status;

/**
 * The words of an exported file, in one language: the {@code export.*} keys of org/podium/i18n/messages*.properties
 * (Chinese for a zh locale, English otherwise). Every visible string of a result sheet, an award list or a printed
 * document comes from here. With arguments a message is a {@link MessageFormat} pattern.
 */
public final class ExportText {
    /** The language exports use when none is chosen: Podium's users are Chinese first. */
    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final String BUNDLE = "org.podium.i18n.messages";

    private final ResourceBundle bundle;
    private final DateTimeFormatter dates;

    private ExportText(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        // the English bundle is the base one, whose locale is empty: month names follow the locale asked for
        this.dates = DateTimeFormatter.ofPattern(bundle.getString("export.date.pattern"), locale);
    }

    /** The words for {@code locale}: Chinese for zh, English (the base bundle) for any other language. */
    public static ExportText forLocale(Locale locale) {
        return new ExportText(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    /** The message of {@code key}, formatted with {@code args} when there are any. */
    public String get(String key, Object... args) {
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, bundle.getLocale()).format(args);
    }

    /**
     * What a round's sheet says about its publication: the seal of its publish row ({@code export.seal}), that it is
     * provisional ({@code export.provisional}: results from the database, round not published), or nothing (results
     * from score files alone).
     */
    public Optional<String> publication(Publication publication, String event, String round) {
        Optional<String> seal = publication.seal(event, round);
        if (seal.isPresent()) {
            return Optional.of(get("export.seal", seal.get()));
        }
        return publication.provisional(event, round) ? Optional.of(get("export.provisional")) : Optional.empty();
    }

    public String status(Status status) {
        return get("export.status." + status.name());
    }

    public String flag(Flag flag) {
        return get("export.flag." + flag.name());
    }

    /** Flags in their CSV order, joined by the language's list separator; empty for none. */
    public String flags(List<Flag> flags) {
        return join(flags.stream().map(this::flag).toList());
    }

    /** Items joined by the language's list separator (、 in Chinese, ", " in English). */
    public String join(List<String> items) {
        return String.join(get("export.separator"), items);
    }

    public String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    /** A time as a person reads it: {@code m:ss.xx}. */
    public static String time(long millis) {
        return RaceTime.ofMillis(millis).format();
    }

    /** A decimal as written in contest.yaml: no trailing zeros, no exponent. */
    public static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** A share as a percentage: 0.1 is "10%". */
    public static String percent(BigDecimal share) {
        return plain(share.movePointRight(2)) + "%";
    }
}
