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
            throw new IllegalArgumentException("row " + row.id() + " (" + OfficialEntry.KIND + " " + row.official() + " "
                    + row.item() + ") does not hold an official (role, PIN and name)", e);
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
                problems.add("official " + j.getKey() + " (journal row " + j.getValue().row() + ") is missing from the"
                        + " official table: it was deleted outside Podium");
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
                ? Optional.of("official " + id + " (journal row " + journal.row() + ") is missing from the official table")
                : disagreement(table, journal);
        if (problem.isPresent()) {
            throw StoreException.disagreeing(id, file + ": " + problem.get() + "; nobody acts as " + id
                    + " until this is resolved"
                    + " (podium verify)");
        }
        return journal == null ? Optional.empty() : Optional.of(journal.entry());
    }

    /** Why a table row does not match the journal's latest row of its id, or empty when it does (or both are missing). */
    private static Optional<String> disagreement(OfficialEntry table, Latest journal) {
        if (table == null) {
            return Optional.empty();
        }
        if (journal == null) {
            return Optional.of("official " + table.id() + " is in the official table but in no journal row: it was added"
                    + " outside Podium");
        }
        if (!table.sameAs(journal.entry())) {
            return Optional.of("official " + table.id() + ": the official table has " + table.differences(journal.entry())
                    + " (journal row " + journal.row() + "): it was changed outside Podium");
        }
        return Optional.empty();
    }
}
