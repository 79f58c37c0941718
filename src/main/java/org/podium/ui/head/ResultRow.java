package org.podium.ui.head;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.podium.domain.Component;
import org.podium.domain.EntryResult;
import org.podium.domain.Event;
import org.podium.domain.RaceTime;
import org.podium.domain.Status;
import org.podium.service.RoundFlag;
import org.podium.ui.common.I18n;

/**
 * One line of the head table's live ranking, as shown: every cell a text, empty where the ranking CSV is empty
 * (scoring.md section 13). A component the event does not use is empty too.
 *
 * @param workNumber blind judging: the entry's work number (typed from a paper sheet, the filter finds the entry), or empty
 * @param flagged  the entry has a flag still to acknowledge (the row is marked)
 * @param status   the entry's status, for the row's style
 * @param noRecord nothing is recorded for the entry in this round yet (its status is DNS by the rules)
 */
public record ResultRow(String bib, String workNumber, String rank, String name, String unit, String officialTime, String timeScore,
                        String quality, String theory, String penalty, String total, String award, String titles,
                        String flags, String statusText, String advances, Status status, boolean flagged, boolean noRecord) {

    /** @param kinds the head table's flags of the entry (its INCOMPLETE status is shown as its status) */
    static ResultRow of(Event event, EntryResult r, String workNumber, boolean lastRound, List<RoundFlag.Kind> kinds,
                        boolean flagged, boolean noRecord, I18n i18n) {
        List<String> flagNames = new ArrayList<>();
        for (RoundFlag.Kind k : kinds) {
            if (k != RoundFlag.Kind.INCOMPLETE) {
                flagNames.add(i18n.get("head.flag." + k.name()));
            }
        }
        String statusText = noRecord ? i18n.get("head.status.noRecord") : i18n.get("head.status." + r.status().name());
        String counting = r.countingAttempt() == null ? "" : " " + i18n.get("head.attempt", r.countingAttempt());
        return new ResultRow(r.bib(), workNumber == null ? "" : workNumber, r.rank() == null ? "" : r.rank().toString(), r.contestant().name(), r.contestant().unit(),
                r.officialTime() == null ? "" : RaceTime.ofMillis(r.officialTime()).format(event.timing().resolutionMillis()) + counting,
                used(event, Component.TIME, r.timeScore()), used(event, Component.QUALITY, r.qualityScore()),
                used(event, Component.THEORY, r.theoryScore()), text(r.penaltyPoints()), text(r.total()),
                r.award() == null ? "" : r.award(), String.join(i18n.get("head.separator"), r.titles()),
                String.join(i18n.get("head.separator"), flagNames), statusText,
                lastRound ? "" : r.advances() ? i18n.get("head.advances.yes") : "", r.status(), flagged, noRecord);
    }

    private static String used(Event event, Component c, BigDecimal value) {
        return event.uses(c) ? text(value) : "";
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** Whether the row holds {@code needle} (already lower case) in its bib, name, unit, status, award, titles or flags. */
    boolean matches(String needle) {
        for (String s : new String[] {bib, workNumber, name, unit, statusText, award, titles, flags}) {
            if (s.toLowerCase(java.util.Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
