package org.podium.ui.board;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.Status;
import org.podium.scoring.EntryResult;
import org.podium.scoring.RoundResult;

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
     * The latest finishers: the lines of {@code rows} ordered by the newest fact recorded for their entry in the round
     * (facts in recording order, as the store's journal holds them; any kind but theory), newest first, at most
     * {@code n}. A line whose entry has no fact in the round is not among them.
     */
    public static List<BoardRow> latest(List<BoardRow> rows, List<Fact> facts, String event, String round, int n) {
        Map<String, BoardRow> byBib = new HashMap<>();
        for (BoardRow r : rows) {
            byBib.put(r.bib(), r);
        }
        Set<String> newestFirst = new LinkedHashSet<>();
        for (int i = facts.size() - 1; i >= 0 && newestFirst.size() < n; i--) {
            Fact f = facts.get(i);
            if (f.kind() != FactKind.THEORY && f.event().equals(event) && round.equals(f.round())
                    && byBib.containsKey(f.bib())) {
                newestFirst.add(f.bib());
            }
        }
        List<BoardRow> out = new ArrayList<>();
        for (String bib : newestFirst) {
            out.add(byBib.get(bib));
        }
        return out;
    }

    /** "event · round" as the board's title reads, e.g. 显示器支架组装 · 决赛. */
    public static String title(RoundResult result) {
        return result.event().name() + " · " + result.round().name();
    }
}
