package org.podium.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One attempt of an entry, scored like an entry of scoring.md sections 2 to 8. An event with one
 * attempt has exactly one. Values that cannot be computed are null.
 *
 * @param timekeeperTimes each timekeeper's complete total in ms, in the event's timekeeper order
 * @param laps            laps aggregated lap by lap (display only); null where no timekeeper has that lap
 * @param sheetTotals     each complete sheet's points, exact, in the event's judge order
 * @param marks           each judge's current marks (the latest record), by criterion in the event's order, null where
 *                        not marked; judges with at least one mark, in the event's judge order
 * @param officialTime    aggregated, rounded, plus penalty seconds; null when fewer than the required records
 * @param qualityScore    computed when the event uses quality and enough sheets are complete
 * @param timeScore       computed for OK attempts of OK entries when the event uses time
 * @param total           computed for OK attempts of OK entries
 * @param penaltyCounts   how many times each penalty code counts (every official's current count added up, section 7),
 *                        codes with a count other than 0, in the event's penalty order
 */
public record AttemptResult(int number, Status status, Map<String, Long> timekeeperTimes, List<Long> laps,
                            Map<String, Fraction> sheetTotals, Map<String, List<BigDecimal>> marks, Long officialTime,
                            BigDecimal timeScore, BigDecimal qualityScore, BigDecimal penaltyPoints,
                            Map<String, Integer> penaltyCounts, BigDecimal total, List<Flag> flags) {
    public AttemptResult {
        // Read-only views: the engine hands over maps and lists it never touches again (copying them
        // for 2,000 entries was a measurable share of a recompute).
        timekeeperTimes = readOnly(timekeeperTimes);
        laps = laps.isEmpty() ? List.of() : java.util.Collections.unmodifiableList(laps);
        sheetTotals = readOnly(sheetTotals);
        marks = readOnly(marks);
        penaltyCounts = readOnly(penaltyCounts);
        flags = List.copyOf(flags);
    }

    private static <K, V> Map<K, V> readOnly(Map<K, V> map) {
        return map instanceof SmallMap ? map : java.util.Collections.unmodifiableMap(map);
    }
}
