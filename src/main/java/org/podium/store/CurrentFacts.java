package org.podium.store;

import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;
import org.podium.domain.Fact;
import org.podium.domain.FactTable;
import org.podium.domain.Said;

/**
 * The current facts of a journal (docs/store.md, "The fact model"): the latest fact of each key, withdrawals taken
 * out, in recording order; each checked again against contest.yaml as it is read back ({@link RecordingPolicy}: known
 * event, round, bib, official, criterion and penalty code, range, step, attempt), so a row changed outside Podium is
 * an error naming the row, never a score. Nothing here is SQLite's: any store reads its rows and asks here.
 *
 * <p>The rows are taken one at a time as they stream past in id order (issue 17): each fact row's fact goes into a
 * {@link FactTable} (its columns, nothing of the row kept) and a correction or withdrawal withdraws the fact it names,
 * found by row id ({@link RowIndex}). A row that contest.yaml refuses is
 * an error only if it is still current at the end (a later correction may have replaced it): its position is kept, and
 * the first refused position still current is named, in recording order, as reading the whole journal first did.
 */
final class CurrentFacts {
    private final FactTable into;
    private final RecordingPolicy policy;
    private final String file;
    /** The position of each fact row's fact in {@link #into}, by row id. */
    private final RowIndex positions = new RowIndex();
    /** The positions whose row contest.yaml refuses (or whose value does not parse), ascending, and their rows' ids. */
    private int[] refused = new int[16];
    private long[] refusedIds = new long[16];
    private int refusedCount;

    /**
     * @param into   the table the current facts are appended to (after what it holds already: theory.csv's facts)
     * @param file   the database, named in messages and as each fact's origin (its row id is the line)
     */
    CurrentFacts(FactTable into, RecordingPolicy policy, String file) {
        this.into = into;
        this.policy = policy;
        this.file = file;
    }

    /**
     * @param rows   the journal in id order
     * @param file   the database, named in messages and as each fact's origin (its row id is the line)
     * @throws StoreException naming the first current fact that contest.yaml refuses: {@code contest.db row 42: ...}
     */
    static List<Fact> of(List<JournalRow> rows, RecordingPolicy policy, String file) {
        CurrentFacts current = new CurrentFacts(new FactTable(), policy, file);
        rows.forEach(current::accept);
        current.finish(id -> rows.get(SealCheck.find(rows, id)));
        return current.into.freeze();
    }

    /** The next row of the journal, in id order. */
    void accept(JournalRow row) {
        if (row.factKind() == null) {
            if (SqliteContestStore.WITHDRAW.equals(row.kind()) && row.supersedes() != null) {
                withdraw(row.supersedes());
            }
            return;
        }
        int p;
        try {
            p = into.append(checked(row, policy, file));
        } catch (StoreException refusal) {
            // kept in the table's order, not scored: an error only if no later row replaces it
            p = into.append(row.factKind(), row.event(), row.round(), row.bib(), row.official(), row.item(), 0, 0, null,
                    null, file, 0);
            if (refusedCount == refused.length) {
                refused = Arrays.copyOf(refused, refusedCount * 2);
                refusedIds = Arrays.copyOf(refusedIds, refusedCount * 2);
            }
            refused[refusedCount] = p;
            refusedIds[refusedCount++] = row.id();
        }
        positions.add(row.id(), p);
        if (row.supersedes() != null) {
            withdraw(row.supersedes());
        }
    }

    private void withdraw(long rowId) {
        int p = positions.positionOf(rowId);
        if (p >= 0) {
            into.withdraw(p);
        }
    }

    /**
     * Checks, once every row is in, that no current fact is one contest.yaml refuses; the table then holds the journal's
     * current facts (and what it held before them).
     *
     * @param row the row of an id, read again to name a refused row (only its refusal is made again)
     * @throws StoreException naming the first current fact that contest.yaml refuses: {@code contest.db row 42: ...}
     */
    void finish(LongFunction<JournalRow> row) {
        for (int k = 0; k < refusedCount; k++) {
            if (into.isCurrent(refused[k])) {
                checked(row.apply(refusedIds[k]), policy, file);
                // refused as read, so refused again: only a row changed meanwhile gets here (a programming error's id)
                throw new IllegalStateException(Long.toString(refusedIds[k]));
            }
        }
    }

    static Fact checked(JournalRow row, RecordingPolicy policy, String file) {
        Fact fact;
        try {
            fact = FactText.fact(row, file);
        } catch (RuntimeException e) {
            throw bad(file, row, Said.of("store.read.badValue", row.kind(), row.value(), row.status(), e.getMessage()));
        }
        try {
            policy.checkRead(fact);
        } catch (RecordingRefused e) {
            throw bad(file, row, e.text());
        }
        return fact;
    }

    private static StoreException bad(String file, JournalRow row, Said why) {
        return StoreException.bundled(null, null, "store.read.refused", file, row.id(), why, row.kind());
    }
}
