package org.podium.store;

import org.podium.domain.RoundStage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seal of the journal: a row's id and the first hex digits of its hash, written {@code N:HHHHHHHHHHHHHHHH}
 * (docs/store.md). Row N's hash covers every row up to N, so a seal kept outside the database (printed on a result
 * sheet, noted by the chief) catches any later rewrite of those rows, even with every later hash recomputed.
 *
 * @param row  the row's id, 1 or more
 * @param hash the first hex digits of the row's hash (lower case, at least 4)
 */
public record Seal(long row, String hash) {
    /** How many hex digits a seal shows: 64 bits, far beyond guessing. */
    public static final int DIGITS = 16;
    private static final int FEWEST_DIGITS = 4;
    private static final Pattern TEXT = Pattern.compile("(\\d{1,18}):([0-9a-fA-F]{" + FEWEST_DIGITS + ",64})");

    public Seal {
        Objects.requireNonNull(hash, "hash");
        hash = hash.toLowerCase(Locale.ROOT);
        if (row < 1) {
            throw new IllegalArgumentException("a seal names a row, 1 or more");
        }
        if (!hash.matches("[0-9a-f]{" + FEWEST_DIGITS + ",64}")) {
            throw new IllegalArgumentException("a seal's hash is " + FEWEST_DIGITS + " to 64 hex digits");
        }
    }

    /** The seal of a row: its id and the first {@link #DIGITS} hex digits of its hash. */
    public static Seal of(JournalRow row) {
        return new Seal(row.id(), row.hash().substring(0, Math.min(DIGITS, row.hash().length())));
    }

    /**
     * A seal as written, {@code N:HEX}.
     *
     * @throws IllegalArgumentException naming the form when {@code text} is not one
     */
    public static Seal parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches() || Long.parseLong(m.group(1)) < 1) {
            throw new IllegalArgumentException(StoreText.get("store.seal.notSeal", String.valueOf(text)));
        }
        return new Seal(Long.parseLong(m.group(1)), m.group(2));
    }

    /** Whether {@code row} is the sealed row and its hash begins with the seal's digits. */
    public boolean matches(JournalRow row) {
        return row != null && row.id() == this.row && row.hash() != null
                && row.hash().toLowerCase(Locale.ROOT).startsWith(hash);
    }

    /**
     * The seal of each round's publish row, for the rounds published now (their last lock, unlock or publish row is a
     * publish), keyed {@code event/round}; a round unlocked since its publishing has none (its results are provisional).
     *
     * @param rows journal rows in id order (other rows than a round's lock events are passed over)
     */
    public static Map<String, Seal> ofPublishedRounds(List<JournalRow> rows) {
        Map<String, RoundStage> stages = new LinkedHashMap<>();
        Map<String, JournalRow> last = new LinkedHashMap<>();
        for (JournalRow r : rows) {
            if (r.bib() == null && RoundStage.lockEvent(r.kind())) {
                String key = r.event() + "/" + r.round();
                stages.put(key, stages.getOrDefault(key, RoundStage.OPEN).after(r.kind(), r.id()));
                last.put(key, r);
            }
        }
        Map<String, Seal> seals = new LinkedHashMap<>();
        for (Map.Entry<String, RoundStage> e : stages.entrySet()) {
            if (e.getValue().published()) { // its latest lock event is the publish
                seals.put(e.getKey(), of(last.get(e.getKey())));
            }
        }
        return seals;
    }

    /** As printed: {@code N:HEX}. */
    @Override
    public String toString() {
        return row + ":" + hash;
    }
}
