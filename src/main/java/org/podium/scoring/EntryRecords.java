package org.podium.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.podium.domain.FactKind;
import org.podium.domain.FactTable;
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
            case TIME -> a.times.put(t.official(p), t.millis(p));
            case LAP -> a.laps.computeIfAbsent(t.official(p), k -> new HashMap<>()).put(Integer.parseInt(t.item(p)), t.millis(p));
            case MARK -> mark(a, t.official(p), t.item(p), t.amount(p));
            case PENALTY -> a.penalties.computeIfAbsent(t.item(p), k -> new HashMap<>())
                    .put(t.official(p) == null ? "" : t.official(p), t.amount(p).intValueExact());
            case STATUS -> a.recordedStatus = t.status(p);
            case THEORY -> throw new IllegalArgumentException("theory is not a round record");
        }
    }

    private void mark(Attempt a, String judge, String criterion, BigDecimal mark) {
        Integer at = criterionIndex.get(criterion);
        if (at == null) {
            throw new IllegalArgumentException("criterion " + criterion + " is not one of the event's");
        }
        BigDecimal[] sheet = a.marks.get(judge);
        if (sheet == null) {
            sheet = new BigDecimal[criterionIndex.size()];
            a.marks.put(judge, sheet);
        }
        sheet[at] = mark;
    }

}
