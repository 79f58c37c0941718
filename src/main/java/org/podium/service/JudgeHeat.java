package org.podium.service;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * What one judge may see of one round and attempt, every heat ({@link JudgeSheets#heat}): that judge's own
 * current marks and penalty counts, never another judge's (not even after publishing: the head table and the results
 * are where all marks are seen), which of their sheets are submitted, whether the round is locked or has been
 * published, and under blind judging the work numbers.
 *
 * @param marks       bib -> criterion -> mark, the judge's own
 * @param penalties   bib -> code -> count, the judge's own
 * @param submitted   bibs whose sheet by this judge is submitted (its latest submit or reopen is a submit)
 * @param locked      the round is locked (or published) now
 * @param published   the chief has published the round (at any time): blind judging is over for it
 * @param workNumbers bib -> work number, for a blind round not yet published; else empty
 */
public record JudgeHeat(Map<String, Map<String, BigDecimal>> marks, Map<String, Map<String, Integer>> penalties,
                        Set<String> submitted, boolean locked, boolean published, Map<String, String> workNumbers) {
    public JudgeHeat {
        marks = Map.copyOf(marks);
        penalties = Map.copyOf(penalties);
        submitted = Set.copyOf(submitted);
        workNumbers = Map.copyOf(workNumbers);
    }
}
