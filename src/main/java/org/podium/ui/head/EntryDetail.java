package org.podium.ui.head;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.podium.domain.AttemptResult;
import org.podium.domain.Contestant;
import org.podium.domain.Criterion;
import org.podium.domain.EntryResult;
import org.podium.domain.Event;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.Fraction;
import org.podium.domain.Penalty;
import org.podium.domain.RaceTime;
import org.podium.service.RoundReport;
import org.podium.ui.common.I18n;

/**
 * The detail of one entry at the head table, as shown: every timekeeper's time and laps, every judge's sheet with its
 * marks, points and state, the penalties with who recorded them, theory and recorded statuses, and the entry's audit
 * trail (its journal rows as {@link RoundReport#audit} says them).
 */
public record EntryDetail(String bib, String heading, String summary, List<String> times, List<String> sheets,
                          List<String> penalties, List<String> other, List<String> audit) {

    static EntryDetail of(RoundReport report, String bib, I18n i18n) {
        EntryResult row = report.row(bib);
        if (row == null) {
            return null;
        }
        Event event = report.result().event();
        Contestant c = row.contestant();
        String heading = c.bib() + "  " + c.name() + (c.unit().isEmpty() ? "" : " · " + c.unit());
        String summary = i18n.get("head.detail.summary", row.rank() == null ? "—" : row.rank(),
                i18n.get("head.status." + row.status().name()), row.total() == null ? "—" : row.total().toPlainString());
        List<Fact> facts = report.facts(bib);
        List<String> times = new ArrayList<>();
        List<String> sheets = new ArrayList<>();
        for (AttemptResult a : row.attempts()) {
            String prefix = event.attempts() > 1 ? i18n.get("head.attempt", a.number()) + " · " : "";
            for (String tk : event.timekeepers()) {
                times.add(prefix + timekeeper(facts, tk, a.number(), event.timing().resolutionMillis(), i18n));
            }
            if (!event.timekeepers().isEmpty()) {
                times.add(prefix + i18n.get("head.detail.officialTime",
                        a.officialTime() == null ? "—" : RaceTime.ofMillis(a.officialTime()).format(event.timing().resolutionMillis())));
            }
            for (String judge : event.judges()) {
                sheets.add(prefix + sheet(report, facts, event, bib, judge, a, i18n));
            }
        }
        List<String> penalties = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (Fact f : facts) {
            switch (f.kind()) {
                case PENALTY -> {
                    Penalty p = event.penalty(f.item());
                    penalties.add(i18n.get("head.detail.penalty", f.item(), p == null ? "" : p.name(), f.amount().toPlainString(),
                            f.official() == null ? "—" : f.official()) + attempt(event, f, i18n));
                }
                case THEORY -> other.add(i18n.get("head.detail.theory", f.amount().toPlainString(),
                        row.theoryScore() == null ? "—" : row.theoryScore().toPlainString()));
                case STATUS -> other.add(i18n.get("head.detail.status", f.status().name()) + attempt(event, f, i18n));
                default -> { }
            }
        }
        return new EntryDetail(bib, heading, summary, times, sheets, penalties, other, report.audit(bib));
    }

    private static String attempt(Event event, Fact f, I18n i18n) {
        return event.attempts() > 1 && f.attempt() != null ? " · " + i18n.get("head.attempt", f.attempt()) : "";
    }

    /** {@code T1  0:54.80  (laps 0:20.10 · 0:54.80)}, or a dash when T1 has recorded nothing. */
    private static String timekeeper(List<Fact> facts, String tk, int attempt, int resolution, I18n i18n) {
        Long total = null;
        Map<Integer, Long> laps = new TreeMap<>();
        for (Fact f : facts) {
            if (tk.equals(f.official()) && f.attemptOrFirst() == attempt) {
                if (f.kind() == FactKind.TIME) {
                    total = f.millis();
                } else if (f.kind() == FactKind.LAP) {
                    laps.put(Integer.parseInt(f.item()), f.millis());
                }
            }
        }
        StringBuilder sb = new StringBuilder(tk).append("  ").append(total == null ? "—" : RaceTime.ofMillis(total).format(resolution));
        if (!laps.isEmpty()) {
            List<String> splits = new ArrayList<>();
            laps.forEach((n, ms) -> splits.add(n + ": " + RaceTime.ofMillis(ms).format(resolution)));
            sb.append("  ").append(i18n.get("head.detail.laps", String.join(" · ", splits)));
        }
        return sb.toString();
    }

    /** {@code J1  A1 3 · A2 2 · A3 — · points 73.33 · submitted}. */
    private static String sheet(RoundReport report, List<Fact> facts, Event event, String bib, String judge, AttemptResult a,
                                I18n i18n) {
        List<String> marks = new ArrayList<>();
        boolean any = false;
        for (Criterion c : event.quality().criteria()) {
            BigDecimal mark = null;
            for (Fact f : facts) {
                if (f.kind() == FactKind.MARK && judge.equals(f.official()) && c.id().equals(f.item())
                        && f.attemptOrFirst() == a.number()) {
                    mark = f.amount();
                }
            }
            any |= mark != null;
            marks.add(c.id() + " " + (mark == null ? "—" : mark.toPlainString()));
        }
        Fraction points = a.sheetTotals().get(judge);
        String state = report.submitted(bib, judge, a.number()) ? i18n.get("head.detail.submitted")
                : points != null ? i18n.get("head.detail.complete") : any ? i18n.get("head.detail.partial")
                : i18n.get("head.detail.noSheet");
        return judge + "  " + String.join(" · ", marks) + (points == null ? ""
                : "  " + i18n.get("head.detail.points", points.round(2, RoundingMode.HALF_UP).toPlainString())) + "  " + state;
    }
}
