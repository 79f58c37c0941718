package org.podium.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.podium.domain.AttemptResult;
import org.podium.domain.Component;
import org.podium.domain.EntryResult;
import org.podium.domain.Event;
import org.podium.domain.Flag;
import org.podium.domain.RaceTime;
import org.podium.domain.RoundResult;
import org.podium.domain.Status;

/**
 * The head table's flags of a round, read off the engine's results: the engine's TIME_SPREAD and JUDGE_SPREAD, an
 * INCOMPLETE status, and complete sheets missing from a ranked entry. Decides nothing the engine decides; only says on
 * what evidence each flag stands.
 */
final class Flags {
    private Flags() {
    }

    /** Every flag of the round, entries in ranking order, each entry's in {@link RoundFlag.Kind} order. */
    static List<RoundFlag> of(RoundResult round) {
        Event event = round.event();
        List<RoundFlag> out = new ArrayList<>();
        for (EntryResult r : round.rows()) {
            if (r.flags().contains(Flag.TIME_SPREAD)) {
                out.add(new RoundFlag(r.bib(), RoundFlag.Kind.TIME_SPREAD, timeSpread(event, r)));
            }
            if (r.flags().contains(Flag.JUDGE_SPREAD)) {
                out.add(new RoundFlag(r.bib(), RoundFlag.Kind.JUDGE_SPREAD, judgeSpread(event, r)));
            }
            if (r.status() == Status.INCOMPLETE) {
                out.add(new RoundFlag(r.bib(), RoundFlag.Kind.INCOMPLETE, missing(event, r)));
            }
            if (r.status() == Status.OK) {
                List<String> sheets = missingSheets(event, r);
                if (!sheets.isEmpty()) {
                    out.add(new RoundFlag(r.bib(), RoundFlag.Kind.MISSING_SHEET, sheets));
                }
            }
        }
        return out;
    }

    private static String prefix(Event event, AttemptResult a) {
        return event.attempts() > 1 ? "#" + a.number() + " " : "";
    }

    private static List<String> timeSpread(Event event, EntryResult r) {
        List<String> items = new ArrayList<>();
        for (AttemptResult a : r.attempts()) {
            if (a.flags().contains(Flag.TIME_SPREAD)) {
                for (Map.Entry<String, Long> t : a.timekeeperTimes().entrySet()) {
                    items.add(prefix(event, a) + t.getKey() + " " + RaceTime.ofMillis(t.getValue()).seconds3());
                }
            }
        }
        return items;
    }

    private static List<String> judgeSpread(Event event, EntryResult r) {
        List<String> items = new ArrayList<>();
        for (AttemptResult a : r.attempts()) {
            if (a.flags().contains(Flag.JUDGE_SPREAD)) {
                for (String judge : a.sheetTotals().keySet()) {
                    List<String> marks = new ArrayList<>();
                    for (BigDecimal m : a.marks().get(judge)) {
                        marks.add(m.stripTrailingZeros().toPlainString());
                    }
                    items.add(prefix(event, a) + judge + " " + String.join("/", marks));
                }
            }
        }
        return items;
    }

    /** The officials whose records an INCOMPLETE entry lacks, attempt by attempt, and theory. */
    private static List<String> missing(Event event, EntryResult r) {
        List<String> items = new ArrayList<>();
        for (AttemptResult a : r.attempts()) {
            if (a.status() != Status.INCOMPLETE) {
                continue;
            }
            if (event.uses(Component.TIME) && a.officialTime() == null) {
                for (String tk : event.timekeepers()) {
                    if (!a.timekeeperTimes().containsKey(tk)) {
                        items.add(prefix(event, a) + tk);
                    }
                }
            }
            if (event.uses(Component.QUALITY) && a.qualityScore() == null) {
                for (String judge : event.judges()) {
                    if (!a.sheetTotals().containsKey(judge)) {
                        items.add(prefix(event, a) + judge);
                    }
                }
            }
        }
        if (event.uses(Component.THEORY) && r.theoryScore() == null) {
            items.add(RoundFlag.THEORY);
        }
        return items;
    }

    /** The judges without a complete sheet on a scored attempt of a ranked entry of an event that weights quality. */
    private static List<String> missingSheets(Event event, EntryResult r) {
        List<String> items = new ArrayList<>();
        if (!event.uses(Component.QUALITY)) {
            return items;
        }
        for (AttemptResult a : r.attempts()) {
            if (a.status() != Status.OK) {
                continue;
            }
            for (String judge : event.judges()) {
                if (!a.sheetTotals().containsKey(judge)) {
                    items.add(prefix(event, a) + judge);
                }
            }
        }
        return items;
    }
}
