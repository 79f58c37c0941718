package org.podium.service;

import java.util.ArrayList;
import java.util.List;
import org.podium.domain.EntryResult;
import org.podium.domain.Fact;
import org.podium.domain.RejectedFact;
import org.podium.domain.RoundResult;
import org.podium.domain.RoundStage;
import org.podium.store.Audit;
import org.podium.store.JournalRow;
import org.podium.store.LockAction;

/**
 * Everything the head table shows of one round, read at one moment: the engine's ranking, the flags with their
 * acknowledgements, the lock stage, and for each entry's detail its current facts and its journal rows.
 *
 * @param asOf     the journal's last row id read before everything else (a later row means this report is old)
 * @param facts    the current facts of the round's entries, and the event's theory facts, in recording order
 * @param journal  the journal rows of the round (its entries' rows, lock events, acknowledgements) and the event's
 *                 theory rows, in recording order
 * @param rejected facts of this round the engine refused (a bib with no entry in it)
 * @param workNumbers blind judging: bib to work number as the database keeps them (the key lives at the head table);
 *                 empty when the event does not judge blind
 */
public record RoundReport(long asOf, RoundResult result, List<FlagState> flags, RoundStage stage, List<Fact> facts,
                          List<JournalRow> journal, List<RejectedFact> rejected, java.util.Map<String, String> workNumbers) {
    public RoundReport {
        workNumbers = java.util.Map.copyOf(workNumbers);
        flags = List.copyOf(flags);
        facts = List.copyOf(facts);
        journal = List.copyOf(journal);
        rejected = List.copyOf(rejected);
    }

    /** The flags not acknowledged as they stand: while there is one, the round is not published. */
    public List<RoundFlag> unacknowledged() {
        List<RoundFlag> out = new ArrayList<>();
        for (FlagState f : flags) {
            if (!f.acknowledged()) {
                out.add(f.flag());
            }
        }
        return out;
    }

    /**
     * Whether the round was ever published: its journal holds a publish row, even if the round was unlocked since
     * (the names behind blind judging's work numbers are public from then on, as the judge station reads it).
     */
    public boolean everPublished() {
        return stage.everPublished();
    }

    /**
     * The audit trail of one entry as text, one line per journal row ({@code Audit.lines}), each row's time in the
     * venue's local time with its offset (issue 15).
     */
    public List<String> audit(String bib) {
        return Audit.lines(journal(bib), java.time.ZoneId.systemDefault());
    }

    /** The engine's row of a bib, or null when it has no entry in the round. */
    public EntryResult row(String bib) {
        for (EntryResult r : result.rows()) {
            if (r.bib().equals(bib)) {
                return r;
            }
        }
        return null;
    }

    /** The current facts of one entry (its theory included). */
    public List<Fact> facts(String bib) {
        return facts.stream().filter(f -> f.bib().equals(bib)).toList();
    }

    /** The journal rows of one entry (its theory rows included), in recording order: its audit trail. */
    public List<JournalRow> journal(String bib) {
        return journal.stream().filter(r -> bib.equals(r.bib())).toList();
    }

    /** Whether a judge's sheet is submitted now: its latest submit or reopen row is a submit. */
    public boolean submitted(String bib, String judge, int attempt) {
        boolean submitted = false;
        for (JournalRow r : journal) {
            LockAction a = r.lockAction();
            if ((a == LockAction.SUBMIT || a == LockAction.REOPEN) && bib.equals(r.bib()) && judge.equals(r.official())
                    && (r.attempt() == null ? 1 : r.attempt()) == attempt) {
                submitted = a == LockAction.SUBMIT;
            }
        }
        return submitted;
    }
}
