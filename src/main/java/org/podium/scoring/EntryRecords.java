package org.podium.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.podium.domain.Fact;
import org.podium.domain.Status;

/**
 * The current records of one entry in one round: the latest fact per key (a later record replaces an
 * earlier one), split by attempt.
 */
final class EntryRecords {
    /** Records of one attempt. */
    static final class Attempt {
        final Map<String, Long> times = new HashMap<>();
        final Map<String, Map<Integer, Long>> laps = new HashMap<>();
        /** judge -> marks by criterion position in the event (null where not marked). */
        final Map<String, BigDecimal[]> marks = new HashMap<>(8);
        /** code -> official -> count; a count of 0 stays, as a record, and adds nothing. */
        final Map<String, Map<String, Integer>> penalties = new LinkedHashMap<>();
        Status recordedStatus;
        boolean hasRecord;
    }

    private final Attempt[] attempts;
    private final Map<String, Integer> criterionIndex;
    Status wholeEntryStatus;

    /** {@code criterionIndex}: each criterion id's position in the event's list. */
    EntryRecords(int attemptCount, Map<String, Integer> criterionIndex) {
        this.criterionIndex = criterionIndex;
        attempts = new Attempt[attemptCount];
        for (int i = 0; i < attemptCount; i++) {
            attempts[i] = new Attempt();
        }
    }

    Attempt attempt(int number) {
        return attempts[number - 1];
    }

    int attemptCount() {
        return attempts.length;
    }

    /** Applies a fact of this entry's round; facts must come in recording order. */
    void apply(Fact f) {
        if (f.kind() == org.podium.domain.FactKind.STATUS && f.attempt() == null) {
            // A status without an attempt is about the whole entry; the latest one stands, whoever recorded it.
            wholeEntryStatus = f.status();
            return;
        }
        Attempt a = attempts[f.attemptOrFirst() - 1];
        a.hasRecord = true;
        switch (f.kind()) {
            case TIME -> a.times.put(f.official(), f.millis());
            case LAP -> a.laps.computeIfAbsent(f.official(), k -> new HashMap<>()).put(Integer.parseInt(f.item()), f.millis());
            case MARK -> {
                Integer at = criterionIndex.get(f.item());
                if (at == null) {
                    throw new IllegalArgumentException("criterion " + f.item() + " is not one of the event's");
                }
                BigDecimal[] sheet = a.marks.get(f.official());
                if (sheet == null) {
                    sheet = new BigDecimal[criterionIndex.size()];
                    a.marks.put(f.official(), sheet);
                }
                sheet[at] = f.amount();
            }
            case PENALTY -> a.penalties.computeIfAbsent(f.item(), k -> new HashMap<>())
                    .put(f.official() == null ? "" : f.official(), f.amount().intValueExact());
            case STATUS -> a.recordedStatus = f.status();
            case THEORY -> throw new IllegalArgumentException("theory is not a round record");
        }
    }
}
