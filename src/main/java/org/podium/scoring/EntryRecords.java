package org.podium.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.podium.domain.Criterion;
import org.podium.domain.Event;
import org.podium.domain.FactKind;
import org.podium.domain.FactTable;
import org.podium.domain.Status;

/**
 * The current records of one entry in one round: the latest fact per key (a later record replaces an
 * earlier one), split by attempt.
 */
final class EntryRecords {
    /** Not recorded (a time is never negative). */
    static final long NO_TIME = Long.MIN_VALUE;

    /**
     * Where an event's officials and criteria sit in its lists, by the ids the fact table gives their names (issue 17:
     * a round of 200,000 entries applies 3.6 million facts, and looking each name up in a map was half of drafting).
     * Each id is resolved once, from its name, the first time a fact brings it. One per drafting thread: not
     * thread-safe.
     */
    static final class Layout {
        /** The event's timekeepers and judges, as shared keys of the attempts' maps (never changed). */
        final Object[] timekeeperNames;
        final Object[] judgeNames;
        final int criterionCount;
        private final Places timekeepers;
        private final Places judges;
        private final Places criteria;

        Layout(Event event) {
            timekeeperNames = event.timekeepers().toArray();
            judgeNames = event.judges().toArray();
            List<String> c = new ArrayList<>();
            for (Criterion criterion : event.quality().criteria()) {
                c.add(criterion.id());
            }
            criterionCount = c.size();
            timekeepers = new Places(event.timekeepers());
            judges = new Places(event.judges());
            criteria = new Places(c);
        }
    }

    /** The places of names in a list, by the names' ids in a fact table, learnt as they come. */
    private static final class Places {
        private static final int[] NONE = new int[0];
        private final List<String> names;
        private int[] ids = new int[8];
        private int[][] places = new int[8][];
        private int size;

        Places(List<String> names) {
            this.names = names;
        }

        /** Every place of fact {@code p}'s name (its id {@code id}, read by {@code official}'s or the item's column). */
        int[] of(FactTable t, int p, int id, boolean official) {
            for (int i = 0; i < size; i++) {
                if (ids[i] == id) {
                    return places[i];
                }
            }
            String name = official ? t.official(p) : t.item(p);
            int n = 0;
            int[] found = new int[names.size()];
            for (int k = 0; k < names.size(); k++) {
                if (names.get(k).equals(name)) {
                    found[n++] = k;
                }
            }
            int[] at = n == 0 ? NONE : Arrays.copyOf(found, n);
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                places = Arrays.copyOf(places, size * 2);
            }
            ids[size] = id;
            places[size++] = at;
            return at;
        }
    }

    /** Records of one attempt. */
    static final class Attempt {
        /** By timekeeper, in the event's order: the latest time, or {@link #NO_TIME}. */
        final long[] times;
        /** Lap splits (rare): timekeeper -> lap -> split; null until one is recorded. */
        Map<String, Map<Integer, Long>> laps;
        /** By judge, in the event's order: the marks by criterion position (null where not marked), or null. */
        final BigDecimal[][] marks;
        /** code -> official -> count; a count of 0 stays, as a record, and adds nothing. Null until one is recorded. */
        Map<String, Map<String, Integer>> penalties;
        Status recordedStatus;
        boolean hasRecord;
        final Layout layout;

        Attempt(Layout layout) {
            this.layout = layout;
            times = new long[layout.timekeeperNames.length];
            Arrays.fill(times, NO_TIME);
            marks = new BigDecimal[layout.judgeNames.length][];
        }

        /** The lap splits of a timekeeper, or null. */
        Map<Integer, Long> laps(String timekeeper) {
            return laps == null ? null : laps.get(timekeeper);
        }

        Map<String, Map<String, Integer>> penalties() {
            return penalties == null ? Map.of() : penalties;
        }
    }

    private final Attempt[] attempts;
    private final Layout layout;
    Status wholeEntryStatus;

    EntryRecords(int attemptCount, Layout layout) {
        this.layout = layout;
        attempts = new Attempt[attemptCount];
        for (int i = 0; i < attemptCount; i++) {
            attempts[i] = new Attempt(layout);
        }
    }

    Attempt attempt(int number) {
        return attempts[number - 1];
    }

    int attemptCount() {
        return attempts.length;
    }

    /** Applies fact {@code p} of {@code t}, as a fact of this entry's round; facts must come in recording order. */
    void apply(FactTable t, int p) {
        FactKind kind = t.kind(p);
        int given = t.attemptGiven(p);
        if (kind == FactKind.STATUS && given == 0) {
            wholeEntryStatus = t.status(p);
            return;
        }
        Attempt a = attempts[(given == 0 ? 1 : given) - 1];
        a.hasRecord = true;
        switch (kind) {
            case TIME -> {
                // another official's time counts for nothing but the record (section 3 reads the event's timekeepers)
                for (int k : layout.timekeepers.of(t, p, t.officialId(p), true)) {
                    a.times[k] = t.millis(p);
                }
            }
            case LAP -> {
                if (a.laps == null) {
                    a.laps = new HashMap<>();
                }
                a.laps.computeIfAbsent(t.official(p), k -> new HashMap<>()).put(Integer.parseInt(t.item(p)), t.millis(p));
            }
            case MARK -> mark(a, t, p);
            case PENALTY -> {
                if (a.penalties == null) {
                    a.penalties = new LinkedHashMap<>();
                }
                a.penalties.computeIfAbsent(t.item(p), k -> new HashMap<>())
                        .put(t.official(p) == null ? "" : t.official(p), t.amount(p).intValueExact());
            }
            case STATUS -> a.recordedStatus = t.status(p);
            case THEORY -> throw new IllegalArgumentException("theory is not a round record");
        }
    }

    private void mark(Attempt a, FactTable t, int p) {
        int[] at = layout.criteria.of(t, p, t.itemId(p), false);
        if (at.length == 0) {
            throw new IllegalArgumentException("criterion " + t.item(p) + " is not one of the event's");
        }
        int c = at[at.length - 1]; // the last place, as a map filled in list order kept it
        // another official's mark is a record but no sheet of the event's judges (section 5 reads theirs)
        for (int j : layout.judges.of(t, p, t.officialId(p), true)) {
            BigDecimal[] sheet = a.marks[j];
            if (sheet == null) {
                sheet = new BigDecimal[layout.criterionCount];
                a.marks[j] = sheet;
            }
            sheet[c] = t.amount(p);
        }
    }
}
