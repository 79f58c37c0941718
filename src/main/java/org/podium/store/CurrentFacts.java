package org.podium.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.podium.domain.Fact;
import org.podium.domain.Said;

/**
 * The current facts of a journal (docs/store.md, "The fact model"): the latest fact of each key, withdrawals taken
 * out, in recording order; each checked again against contest.yaml as it is read back ({@link RecordingPolicy}: known
 * event, round, bib, official, criterion and penalty code, range, step, attempt), so a row changed outside Podium is
 * an error naming the row, never a score. Nothing here is SQLite's: any store reads its rows and asks here.
 */
final class CurrentFacts {
    private CurrentFacts() {
    }

    /**
     * @param rows   the journal in id order
     * @param file   the database, named in messages and as each fact's origin (its row id is the line)
     * @throws StoreException naming the first current fact that contest.yaml refuses: {@code contest.db row 42: ...}
     */
    static List<Fact> of(List<JournalRow> rows, RecordingPolicy policy, String file) {
        Map<Long, JournalRow> current = new LinkedHashMap<>();
        for (JournalRow row : rows) {
            if (row.factKind() == null) {
                if (SqliteContestStore.WITHDRAW.equals(row.kind()) && row.supersedes() != null) {
                    current.remove(row.supersedes());
                }
                continue;
            }
            current.put(row.id(), row);
            if (row.supersedes() != null) {
                current.remove(row.supersedes());
            }
        }
        List<Fact> facts = new ArrayList<>(current.size());
        for (JournalRow row : current.values()) {
            facts.add(checked(row, policy, file));
        }
        return facts;
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
