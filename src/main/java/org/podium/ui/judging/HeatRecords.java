package org.podium.ui.judging;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podium.domain.Event;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.Round;
import org.podium.store.ContestStore;
import org.podium.store.JournalRow;
import org.podium.store.LockAction;

/**
 * What the judge station reads for one judge, round and attempt: that judge's own current marks and penalty counts
 * (never another judge's), which of their sheets are submitted, whether the round is locked or has been published,
 * and under blind judging the work numbers. Read on the executor.
 *
 * @param marks       bib -> criterion -> mark
 * @param penalties   bib -> code -> count
 * @param submitted   bibs whose sheet is submitted (its latest submit or reopen is a submit)
 * @param published   the chief has published the round (at any time): blind judging is over for it
 * @param workNumbers bib -> work number, for a blind round not yet published; else empty
 */
record HeatRecords(Map<String, Map<String, BigDecimal>> marks, Map<String, Map<String, Integer>> penalties,
                   Set<String> submitted, boolean locked, boolean published, Map<String, String> workNumbers) {

    /** The criteria the judge's sheet for {@code bib} has a current mark for, as the database holds them now. */
    static Set<String> markedCriteria(ContestStore store, Event event, Round round, int attempt, String judge, String bib) {
        Set<String> marked = new HashSet<>();
        for (Fact f : own(store, event, round, attempt, judge)) {
            if (f.kind() == FactKind.MARK && f.bib().equals(bib)) {
                marked.add(f.item());
            }
        }
        return marked;
    }

    /** The judge's current facts on the round and attempt: never another judge's. */
    private static List<Fact> own(ContestStore store, Event event, Round round, int attempt, String judge) {
        return store.currentFacts().stream().filter(f -> f.event().equals(event.id()) && round.id().equals(f.round())
                && f.attemptOrFirst() == attempt && judge.equals(f.official())).toList();
    }

    static HeatRecords load(ContestStore store, Event event, Round round, int attempt, String judge) {
        Map<String, Map<String, BigDecimal>> marks = new HashMap<>();
        Map<String, Map<String, Integer>> penalties = new HashMap<>();
        for (Fact f : own(store, event, round, attempt, judge)) {
            if (f.kind() == FactKind.MARK) {
                marks.computeIfAbsent(f.bib(), b -> new HashMap<>()).put(f.item(), f.amount());
            } else if (f.kind() == FactKind.PENALTY) {
                penalties.computeIfAbsent(f.bib(), b -> new HashMap<>()).put(f.item(), f.amount().intValue());
            }
        }
        Set<String> submitted = new HashSet<>();
        boolean locked = false;
        boolean published = false;
        for (JournalRow row : store.journal()) {
            LockAction action = row.lockAction();
            if (action == null || !event.id().equals(row.event()) || !round.id().equals(row.round())) {
                continue;
            }
            switch (action) {
                case SUBMIT, REOPEN -> {
                    if (judge.equals(row.official()) && (row.attempt() == null ? 1 : row.attempt()) == attempt) {
                        if (action == LockAction.SUBMIT) {
                            submitted.add(row.bib());
                        } else {
                            submitted.remove(row.bib());
                        }
                    }
                }
                case LOCK -> locked = true;
                case UNLOCK -> locked = false;
                case PUBLISH -> {
                    locked = true;
                    published = true;
                }
                default -> {
                }
            }
        }
        Map<String, String> numbers = event.blindJudging() && !published
                ? store.workNumbers(event.id(), round.id()) : Map.of();
        return new HeatRecords(marks, penalties, submitted, locked, published, numbers);
    }
}
