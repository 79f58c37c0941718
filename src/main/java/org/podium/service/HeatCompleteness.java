package org.podium.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podium.domain.Component;
import org.podium.domain.EntryResult;
import org.podium.domain.Event;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.store.JournalRow;
import org.podium.store.LockAction;

/**
 * What one heat of a round still lacks (issue 15): its entries with nothing recorded, the judges' sheets of its
 * recorded entries not submitted, and its recorded entries timed by fewer timekeepers than {@code timing.required}.
 * An entry with a recorded status (DNS, DNF, DSQ) on an attempt needs neither sheets nor times on it. The head table
 * shows it while the round goes on; {@link Recording#lock} refuses to lock until the chief has confirmed what is
 * missing, as it stands.
 *
 * @param heat        the roster's heat ("" when the roster has none)
 * @param entries     how many entries the heat has in the round
 * @param noRecord    bibs with nothing recorded in the round (theory aside), in ranking order
 * @param unsubmitted judges' sheets of recorded entries not submitted
 * @param shortTimed  attempts of recorded entries timed by fewer timekeepers than required
 */
public record HeatCompleteness(String heat, int entries, List<String> noRecord, List<SheetGap> unsubmitted,
                               List<TimeGap> shortTimed) {
    public HeatCompleteness {
        noRecord = List.copyOf(noRecord);
        unsubmitted = List.copyOf(unsubmitted);
        shortTimed = List.copyOf(shortTimed);
    }

    /** A judge's sheet not submitted. */
    public record SheetGap(String bib, String judge, int attempt) {
    }

    /** An attempt timed by {@code timed} timekeepers where {@code required} are asked for. */
    public record TimeGap(String bib, int attempt, int timed, int required) {
    }

    /** Whether nothing is missing. */
    public boolean complete() {
        return noRecord.isEmpty() && unsubmitted.isEmpty() && shortTimed.isEmpty();
    }

    /** The heats of a round as {@code report} reads it, in the heats' order (2 before 10). */
    public static List<HeatCompleteness> of(RoundReport report) {
        Event event = report.result().event();
        Map<String, List<Fact>> facts = new HashMap<>();
        for (Fact f : report.facts()) {
            if (f.kind() != FactKind.THEORY) {
                facts.computeIfAbsent(f.bib(), b -> new ArrayList<>()).add(f);
            }
        }
        Map<String, Boolean> submitted = new HashMap<>();
        for (JournalRow r : report.journal()) {
            LockAction a = r.lockAction();
            if ((a == LockAction.SUBMIT || a == LockAction.REOPEN) && r.bib() != null) {
                submitted.put(sheet(r.bib(), r.official(), r.attempt() == null ? 1 : r.attempt()), a == LockAction.SUBMIT);
            }
        }
        boolean sheets = event.uses(Component.QUALITY) && !event.judges().isEmpty();
        boolean timed = event.uses(Component.TIME) && event.timing() != null;
        int required = timed ? event.timing().required() : 0;
        Map<String, Builder> heats = new LinkedHashMap<>();
        for (EntryResult row : report.result().rows()) {
            Builder h = heats.computeIfAbsent(row.contestant().heat(), Builder::new);
            h.entries++;
            List<Fact> own = facts.getOrDefault(row.bib(), List.of());
            if (own.isEmpty()) {
                h.noRecord.add(row.bib());
                continue;
            }
            for (int attempt = 1; attempt <= event.attempts(); attempt++) {
                int a = attempt;
                if (own.stream().anyMatch(f -> f.kind() == FactKind.STATUS
                        && (f.attempt() == null || f.attempt() == a))) {
                    continue;
                }
                if (sheets) {
                    for (String judge : event.judges()) {
                        if (!submitted.getOrDefault(sheet(row.bib(), judge, a), false)) {
                            h.unsubmitted.add(new SheetGap(row.bib(), judge, a));
                        }
                    }
                }
                if (timed) {
                    Set<String> keepers = new HashSet<>();
                    for (Fact f : own) {
                        if ((f.kind() == FactKind.TIME || f.kind() == FactKind.LAP) && f.attemptOrFirst() == a) {
                            keepers.add(f.official());
                        }
                    }
                    if (keepers.size() < required) {
                        h.shortTimed.add(new TimeGap(row.bib(), a, keepers.size(), required));
                    }
                }
            }
        }
        List<HeatCompleteness> out = new ArrayList<>();
        List<Builder> ordered = new ArrayList<>(heats.values());
        ordered.sort(java.util.Comparator.comparingInt((Builder b) -> b.heat.length()).thenComparing(b -> b.heat));
        for (Builder h : ordered) {
            out.add(new HeatCompleteness(h.heat, h.entries, h.noRecord, h.unsubmitted, h.shortTimed));
        }
        return out;
    }

    /** The heats of {@code all} that lack something: what a lock asks the chief to confirm. */
    public static List<HeatCompleteness> missing(List<HeatCompleteness> all) {
        return all.stream().filter(h -> !h.complete()).toList();
    }

    private static String sheet(String bib, String judge, int attempt) {
        return bib + '\u0000' + judge + '\u0000' + attempt;
    }

    private static final class Builder {
        final String heat;
        int entries;
        final List<String> noRecord = new ArrayList<>();
        final List<SheetGap> unsubmitted = new ArrayList<>();
        final List<TimeGap> shortTimed = new ArrayList<>();

        Builder(String heat) {
            this.heat = heat;
        }
    }
}
