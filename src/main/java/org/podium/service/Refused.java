package org.podium.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.podium.domain.Said;
import org.podium.store.RecordingRefused;
import org.podium.store.StoreText;

/**
 * A recording, withdrawal, submit, reopen, lock, unlock, publish or acknowledgement refused by the rules
 * ({@link Recording}, for every station and the head table), or a read the official may not make:
 * the message says why in English (the command line, the audit); {@link #key()} and {@link #args()}, when present,
 * say it from the bundle in a station's own language. A judge's refusal without a key may name a bib (a station under
 * blind judging masks it); a timekeeper's refusals are all said from the bundle but the uncommon ones.
 */
public final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private static final String INCOMPLETE = "judging.error.incomplete";
    private static final String REASON_NEEDED = "store.refused." + RecordingRefused.Why.REASON_NEEDED.name();

    private final String key;
    private final List<String> args;
    private final Said said;

    private Refused(String message, String key, List<String> args, Throwable cause) {
        super(message, cause);
        this.key = key;
        this.args = List.copyOf(args);
        this.said = cause instanceof RecordingRefused refused ? refused.text() : null;
    }

    /**
     * The store's refusal of a judge's sheet: a locked round and a missing reason name no bib and are said from the
     * bundle; the others may name a bib, which blind judging masks, so they keep the store's words.
     */
    static Refused of(RecordingRefused refused) {
        boolean fromBundle = refused.why() == RecordingRefused.Why.ROUND_LOCKED
                || refused.why() == RecordingRefused.Why.REASON_NEEDED;
        return new Refused(refused.getMessage(), fromBundle ? "store.refused." + refused.why().name() : null,
                fromBundle ? refused.details() : List.of(), refused);
    }

    /**
     * The store's refusal of a timekeeper's record or withdrawal: every common case ({@link RecordingRefused.Why}) is
     * said from the bundle, bib included (timing is never blind); only {@code OTHER} keeps the store's words.
     */
    static Refused timing(RecordingRefused refused) {
        boolean fromBundle = refused.why() != RecordingRefused.Why.OTHER;
        return new Refused(refused.getMessage(), fromBundle ? "store.refused." + refused.why().name() : null,
                fromBundle ? refused.details() : List.of(), refused);
    }

    /** A submit of a sheet without a mark for each of {@code lacking} (criterion ids, in the event's order). */
    static Refused incomplete(List<String> lacking) {
        String joined = String.join(", ", lacking);
        return new Refused(StoreText.get(Locale.ENGLISH, INCOMPLETE, joined), INCOMPLETE, List.of(joined), null);
    }

    /** A refusal of the service's own rules, said from the bundle ({@code service.refused.*}). */
    static Refused said(String key, String... args) {
        return new Refused(StoreText.get(Locale.ENGLISH, key, (Object[]) args), key, List.of(args), null);
    }


    /** The bundle key saying this refusal, if it is said from the bundle. */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    /**
     * Whether the refusal asks for a reason (the round was locked and unlocked, or the sheet is submitted): typing one
     * and saving again is the way on.
     */
    public boolean reasonNeeded() {
        return REASON_NEEDED.equals(key);
    }

    /**
     * The store's refusal as it said it from the bundles (every refusal of the store has one), for a screen to say in
     * its own language when there is no {@link #key()}: a judge's station masks the bib in it under blind judging.
     */
    public Optional<Said> said() {
        return Optional.ofNullable(said);
    }

    /** The values to fill into {@link #key()}'s message. */
    public List<String> args() {
        return args;
    }
}
