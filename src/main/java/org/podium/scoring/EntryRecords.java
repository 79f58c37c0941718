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
     * Made for one scoring of a round by one thread, read by the drafting threads after.
     */
    static final class Layout {
        final int[] timekeepers;
        final int[] judges;
        final int[] criteria;
        /** The event's timekeepers and judges, as shared keys of the attempts' maps. */
        final Object[] timekeeperNames;
        final Object[] judgeNames;

        Layout(FactTable t, Event event) {
            timekeeperNames = event.timekeepers().toArray();
            judgeNames = event.judges().toArray();
            timekeepers = ids(t, event.timekeepers());
            judges = ids(t, event.judges());
            List<String> c = new ArrayList<>();
            for (Criterion criterion : event.quality().criteria()) {
                c.add(criterion.id());
            }
            criteria = ids(t, c);
        }

        private static int[] ids(FactTable t, List<String> names) {
            int[] out = new int[names.size()];
            for (int i = 0; i < out.length; i++) {
                int id = t.idOf(names.get(i));
                out[i] = id < 0 ? UNNAMED : id; // never equal to a fact's id, not even a missing official's -1
            }
            return out;
        }

        /** A name no fact has named yet. */
        private static final int UNNAMED = -2;

        /** The last place of {@code id} in {@code ids} (as a map filled in list order keeps it), or -1. */
        static int indexOf(int[] ids, int id) {
            for (int i = ids.length - 1; i >= 0; i--) {
                if (ids[i] == id) {
                    return i;
                }
            }
            return -1;
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
            times = new long[layout.timekeepers.length];
            Arrays.fill(times, NO_TIME);
            marks = new BigDecimal[layout.judges.length][];
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
                int id = t.officialId(p);
                for (int k = 0; k < a.times.length; k++) {
                    if (layout.timekeepers[k] == id) {
                        a.times[k] = t.millis(p);
                    }
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
        int at = Layout.indexOf(layout.criteria, t.itemId(p));
        if (at < 0) {
            throw new IllegalArgumentException("criterion " + t.item(p) + " is not one of the event's");
        }
        // another official's mark is a record but no sheet of the event's judges (section 5 reads theirs)
        int id = t.officialId(p);
        for (int j = 0; j < a.marks.length; j++) {
            if (layout.judges[j] == id) {
                BigDecimal[] sheet = a.marks[j];
                if (sheet == null) {
                    sheet = new BigDecimal[layout.criteria.length];
                    a.marks[j] = sheet;
                }
                sheet[at] = t.amount(p);
            }
        }
    }
}
