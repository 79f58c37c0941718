package org.podium.ui.board;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podium.domain.EntryResult;
import org.podium.domain.Event;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.RoundResult;
import org.podium.domain.Status;
import org.podium.service.RoundReport;

/**
 * What the board shows of a round's result (for the caller of {@link BoardViewModel#show}): its lines and its latest
 * finishers. Plain functions of the engine's result and the facts; no screen.
 */
public final class BoardRows {
    private BoardRows() {
    }

    /**
     * The lines of a round: ranked entries in rank order, then DNF and DSQ (scoring.md section 9 order). Entries still
     * INCOMPLETE (being timed or judged) and DNS (with no record yet, or not started) are left off: the board is for
     * results, and during a round most entries not yet started would read DNS.
     */
    public static List<BoardRow> of(RoundResult result) {
        List<BoardRow> rows = new ArrayList<>();
        for (EntryResult r : result.rows()) {
            if (shown(r.status())) {
                rows.add(new BoardRow(r.bib(), r.contestant().name(), r.contestant().unit(), r.rank(), r.status(),
                        r.total(), r.award()));
            }
        }
        return rows;
    }

    private static boolean shown(Status s) {
        return s == Status.OK || s == Status.DNF || s == Status.DSQ;
    }

    /**
     * The latest finishers: the lines of {@code rows} ordered by the newest <em>finishing</em> fact recorded for their
     * entry in the round (facts in recording order, as the store's journal holds them), newest first, at most
     * {@code n}. A finishing fact is a time, the lap that completes a timekeeper's record (lap {@code laps}, the last
     * split, scoring.md section 2) or a DNS/DNF/DSQ status; a mark, a penalty, an earlier lap, a theory mark or a lock
     * event is not: a judge's save never moves a name into "latest". A line whose entry has no finishing fact in the
     * round is not among them.
     */
    public static List<BoardRow> latest(List<BoardRow> rows, List<Fact> facts, String event, String round, int laps,
                                        int n) {
        Map<String, BoardRow> byBib = new HashMap<>();
        for (BoardRow r : rows) {
            byBib.put(r.bib(), r);
        }
        List<BoardRow> out = new ArrayList<>();
        for (String bib : newestFinishers(facts, event, round, laps, byBib.keySet(), n).keySet()) {
            out.add(byBib.get(bib));
        }
        return out;
    }

    /** Whether a fact finishes an entry's record (see {@link #latest}). */
    static boolean finishing(Fact f, int laps) {
        return switch (f.kind()) {
            case TIME, STATUS -> true;
            case LAP -> Integer.toString(laps).equals(f.item());
            default -> false;
        };
    }

    /** Bib to its newest finishing fact, newest first, at most {@code n}, among {@code bibs}. */
    private static Map<String, Fact> newestFinishers(List<Fact> facts, String event, String round, int laps,
                                                     Set<String> bibs, int n) {
        Map<String, Fact> newestFirst = new LinkedHashMap<>();
        for (int i = facts.size() - 1; i >= 0 && newestFirst.size() < n; i--) {
            Fact f = facts.get(i);
            if (finishing(f, laps) && f.event().equals(event) && round.equals(f.round()) && bibs.contains(f.bib())) {
                newestFirst.putIfAbsent(f.bib(), f);
            }
        }
        return newestFirst;
    }

    /**
     * What the board may show of a round as the head table read it, decided here and not by a screen (docs/ui.md,
     * section 8, "Blind judging on the board"). An event with {@code blind_judging: true} whose round has never been
     * published gets no ranking at all (no rank, score, total or award: nothing a judge's save changes), only its
     * latest finishers by name, as the hall saw them finish ({@link #blindLatest}); once a {@code publish} row exists
     * the ranking is shown as for any other event.
     *
     * @param n how many latest finishers at most
     */
    public static BoardContent content(RoundReport report, int n) {
        RoundResult result = report.result();
        Event event = result.event();
        String round = result.round().id();
        BoardStanding standing = report.stage().published() ? BoardStanding.OFFICIAL : BoardStanding.LIVE;
        if (event.blindJudging() && !report.everPublished()) {
            return new BoardContent(title(result), List.of(), blindLatest(result, report.facts(), n), standing, true);
        }
        List<BoardRow> rows = of(result);
        return new BoardContent(title(result), rows, latest(rows, report.facts(), event.id(), round, event.laps(), n),
                standing, false);
    }

    /**
     * The latest finishers of a blind round: every entry of the round by its newest finishing fact, as a line with
     * its name and unit only (no rank, total or award), status OK for a time or the last lap, DNF or DSQ for those
     * statuses. A DNS status is not a finish and leaves the entry off.
     */
    static List<BoardRow> blindLatest(RoundResult result, List<Fact> facts, int n) {
        Map<String, EntryResult> byBib = new HashMap<>();
        for (EntryResult r : result.rows()) {
            byBib.put(r.bib(), r);
        }
        List<BoardRow> out = new ArrayList<>();
        Map<String, Fact> newest = newestFinishers(facts.stream().filter(f -> f.status() != Status.DNS).toList(),
                result.event().id(), result.round().id(), result.event().laps(), byBib.keySet(), n);
        newest.forEach((bib, f) -> {
            EntryResult r = byBib.get(bib);
            Status s = f.kind() == FactKind.STATUS ? f.status() : Status.OK;
            out.add(new BoardRow(bib, r.contestant().name(), r.contestant().unit(), null, s, null, ""));
        });
        return out;
    }

    /** "event · round" as the board's title reads, e.g. 显示器支架组装 · 决赛 (the event alone for an unnamed round). */
    public static String title(RoundResult result) {
        return result.round().title(result.event().name());
    }
}
