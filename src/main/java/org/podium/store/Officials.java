package org.podium.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The officials of the journal (schema 5): the latest {@value OfficialEntry#KIND} row of each id is the truth, and the
 * {@code official} table is its cache. Any store (SQLite now, PostgreSQL later) reads its rows and its table and asks
 * here whether they agree: on every read of an official (login, role checks) and in {@code verify}.
 */
final class Officials {
    /** An official's latest journal row: its id and the official as that row leaves them. */
    record Latest(long row, OfficialEntry entry) {
    }

    private Officials() {
    }

    /** The official a row leaves, or a problem naming the row. */
    static Latest of(JournalRow row) {
        try {
            return new Latest(row.id(), OfficialEntry.parse(row.official(), row.value()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(StoreText.get("store.officials.badRow", Long.toString(row.id()), OfficialEntry.KIND + " "
                    + row.official() + " " + row.item()), e);
        }
    }

    /**
     * The latest official row of each id among {@code rows} (the journal in id order), in order of first appearance.
     *
     * @throws IllegalArgumentException naming a row that does not hold an official
     */
    static Map<String, Latest> latest(List<JournalRow> rows) {
        Map<String, Latest> out = new LinkedHashMap<>();
        for (JournalRow row : rows) {
            if (OfficialEntry.KIND.equals(row.kind())) {
                out.put(row.official(), of(row));
            }
        }
        return out;
    }

    /** Every disagreement of the official table with the journal, one line per official. */
    static List<String> compare(Map<String, Latest> journal, List<OfficialEntry> table) {
        List<String> problems = new ArrayList<>();
        Map<String, OfficialEntry> byId = new LinkedHashMap<>();
        for (OfficialEntry t : table) {
            byId.put(t.id(), t);
            disagreement(t, journal.get(t.id())).ifPresent(problems::add);
        }
        for (Map.Entry<String, Latest> j : journal.entrySet()) {
            if (!byId.containsKey(j.getKey())) {
                problems.add(StoreText.get("store.officials.deleted", j.getKey(), Long.toString(j.getValue().row())));
            }
        }
        return problems;
    }

    /**
     * The official of {@code id} when the table's row and the journal's latest row agree (empty when neither has one).
     *
     * @throws StoreException naming the official when they disagree: the database was changed outside Podium, and
     *                        nobody logs in or acts as that official until it is resolved
     */
    static Optional<OfficialEntry> agreed(String id, OfficialEntry table, Latest journal, String file) {
        Optional<String> problem = table == null && journal != null
                ? Optional.of(StoreText.get("store.officials.missing", id, Long.toString(journal.row())))
                : disagreement(table, journal);
        if (problem.isPresent()) {
            throw StoreException.disagreeing(id, StoreText.get("store.officials.disagreeing", file, problem.get(), id));
        }
        return journal == null ? Optional.empty() : Optional.of(journal.entry());
    }

    /** Why a table row does not match the journal's latest row of its id, or empty when it does (or both are missing). */
    private static Optional<String> disagreement(OfficialEntry table, Latest journal) {
        if (table == null) {
            return Optional.empty();
        }
        if (journal == null) {
            return Optional.of(StoreText.get("store.officials.added", table.id()));
        }
        if (!table.sameAs(journal.entry())) {
            return Optional.of(StoreText.get("store.officials.changed", table.id(), table.differences(journal.entry()),
                    Long.toString(journal.row())));
        }
        return Optional.empty();
    }
}
