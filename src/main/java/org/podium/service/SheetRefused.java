package org.podium.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.podium.store.RecordingRefused;
import org.podium.store.StoreText;

/**
 * A judge's recording, submit or reopen refused by the rules ({@link JudgeSheets}): the message says why in English
 * (the command line, the audit); {@link #key()} and {@link #args()}, when present, say it from the bundle in a
 * station's own language. A refusal without a key may name a bib (a station under blind judging masks it).
 */
public final class SheetRefused extends Exception {
    private static final long serialVersionUID = 1L;
    private static final String INCOMPLETE = "judging.error.incomplete";

    private final String key;
    private final List<String> args;

    private SheetRefused(String message, String key, List<String> args, Throwable cause) {
        super(message, cause);
        this.key = key;
        this.args = List.copyOf(args);
    }

    /** The store's refusal: a locked round and a missing reason name no bib and are said from the bundle. */
    static SheetRefused of(RecordingRefused refused) {
        boolean fromBundle = refused.why() == RecordingRefused.Why.ROUND_LOCKED
                || refused.why() == RecordingRefused.Why.REASON_NEEDED;
        return new SheetRefused(refused.getMessage(), fromBundle ? "store.refused." + refused.why().name() : null,
                fromBundle ? refused.details() : List.of(), refused);
    }

    /** A submit of a sheet without a mark for each of {@code lacking} (criterion ids, in the event's order). */
    static SheetRefused incomplete(List<String> lacking) {
        String joined = String.join(", ", lacking);
        return new SheetRefused(StoreText.get(Locale.ENGLISH, INCOMPLETE, joined), INCOMPLETE, List.of(joined), null);
    }

    /** A read or write the official may not make (another judge's sheets); English only. */
    static SheetRefused notAllowed(String message) {
        return new SheetRefused(message, null, List.of(), null);
    }

    /** The bundle key saying this refusal, if it is said from the bundle. */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    /** The values to fill into {@link #key()}'s message. */
    public List<String> args() {
        return args;
    }
}
