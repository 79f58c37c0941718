package org.podium.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an attacker with a copy of contest.db and Podium's own source can do with plain SQL (issue 12): change a row and
 * recompute every later hash with the project's own {@link Chain}, cut rows off the end, delete a row and renumber the
 * rest, append a row that looks like Podium's. Each forgery drops the guard triggers in its own connection and makes
 * them again exactly as they were, so that nothing but the content of the journal betrays it.
 */
public final class Forger {
    private final Path db;

    public Forger(Path db) {
        this.db = db;
    }

    /** Sets row {@code id}'s value (a time, a mark...) and recomputes the hash of it and of every later row. */
    public void rewriteValue(long id, String value) throws SQLException {
        forge(rows -> {
            for (int i = 0; i < rows.size(); i++) {
                JournalRow r = rows.get(i);
                if (r.id() == id) {
                    rows.set(i, new JournalRow(r.id(), r.kind(), r.event(), r.round(), r.bib(), r.official(), r.item(),
                            r.attempt(), value, r.status(), r.recordedBy(), r.station(), r.recordedAt(), r.reason(),
                            r.supersedes(), null));
                }
            }
        });
    }

    /** Deletes the rows from {@code id} on (the chain of the rows before them stays valid). */
    public void cutFrom(long id) throws SQLException {
        forge(rows -> rows.removeIf(r -> r.id() >= id));
    }

    /** Deletes row {@code id}, gives every later row the id before it (supersedes too) and recomputes the hashes. */
    public void deleteAndRenumber(long id) throws SQLException {
        forge(rows -> {
            rows.removeIf(r -> r.id() == id);
            List<JournalRow> renumbered = renumbered(rows);
            rows.clear();
            rows.addAll(renumbered);
        });
    }

    /** The rows numbered 1, 2, 3... in their order, each {@code supersedes} following its row (or null when it is gone). */
    static List<JournalRow> renumbered(List<JournalRow> rows) {
        Map<Long, Long> ids = new java.util.HashMap<>();
        List<JournalRow> out = new ArrayList<>();
        for (JournalRow r : rows) {
            long id = out.size() + 1L;
            ids.put(r.id(), id);
            out.add(new JournalRow(id, r.kind(), r.event(), r.round(), r.bib(), r.official(), r.item(), r.attempt(), r.value(),
                    r.status(), r.recordedBy(), r.station(), r.recordedAt(), r.reason(),
                    r.supersedes() == null ? null : ids.get(r.supersedes()), null));
        }
        return out;
    }

    /** The rows with the hashes Podium would give them, in order from the start of the chain. */
    static List<JournalRow> chained(List<JournalRow> rows) {
        List<JournalRow> hashed = new ArrayList<>();
        String previous = Chain.START;
        for (JournalRow r : rows) {
            JournalRow h = r.withHash(Chain.hash(previous, r));
            hashed.add(h);
            previous = h.hash();
        }
        return hashed;
    }

    /**
     * Appends a row made like {@code like} (its id and hash ignored) at the end of the journal, with the hash Podium
     * would give it: no trigger stops an insert.
     *
     * @return the new row's id
     */
    public long append(JournalRow like) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            List<JournalRow> rows = read(c);
            JournalRow last = rows.get(rows.size() - 1);
            JournalRow row = new JournalRow(last.id() + 1, like.kind(), like.event(), like.round(), like.bib(), like.official(),
                    like.item(), like.attempt(), like.value(), like.status(), like.recordedBy(), like.station(),
                    like.recordedAt(), like.reason(), like.supersedes(), null);
            insert(c, List.of(row.withHash(Chain.hash(last.hash(), row))));
            return row.id();
        }
    }

    /** Runs one statement of plain SQL on the database (the triggers stay). */
    public void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    @FunctionalInterface
    private interface Change {
        void apply(List<JournalRow> rows);
    }

    /** Reads the journal, changes it, and writes it back with every hash recomputed, guards dropped and made again. */
    private void forge(Change change) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            List<JournalRow> rows = read(c);
            change.apply(rows);
            unguarded(c, st -> {
                st.executeUpdate("PRAGMA defer_foreign_keys = ON");
                st.executeUpdate("DELETE FROM fact");
                insert(c, chained(rows));
            });
        }
    }

    /** Plain SQL on the journal, in one transaction, with the guard triggers dropped for it and made again as they were. */
    public void unguarded(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            unguarded(c, st -> {
                for (String sql : statements) {
                    st.executeUpdate(sql);
                }
            });
        }
    }

    @FunctionalInterface
    private interface Work {
        void run(Statement st) throws SQLException;
    }

    private static void unguarded(Connection c, Work work) throws SQLException {
        try (Statement st = c.createStatement()) {
            Map<String, String> triggers = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")) {
                while (rs.next()) {
                    triggers.put(rs.getString(1), rs.getString(2));
                }
            }
            st.executeUpdate("BEGIN");
            for (String name : triggers.keySet()) {
                st.executeUpdate("DROP TRIGGER " + name);
            }
            work.run(st);
            for (String sql : triggers.values()) {
                st.executeUpdate(sql);
            }
            st.executeUpdate("COMMIT");
        }
    }

    static List<JournalRow> read(Connection c) throws SQLException {
        List<JournalRow> rows = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + JournalAppender.COLUMNS + " FROM fact ORDER BY id")) {
            while (rs.next()) {
                long sup = rs.getLong(15);
                Long supersedes = rs.wasNull() ? null : sup;
                int att = rs.getInt(8);
                Integer attempt = rs.wasNull() ? null : att;
                rows.add(new JournalRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), attempt, rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getString(12), rs.getString(13), rs.getString(14), supersedes, rs.getString(16)));
            }
        }
        return rows;
    }

    static void insert(Connection c, List<JournalRow> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO fact (" + JournalAppender.COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (JournalRow m : rows) {
                Object[] values = {m.id(), m.kind(), m.event(), m.round(), m.bib(), m.official(), m.item(), m.attempt(),
                        m.value(), m.status(), m.recordedBy(), m.station(), m.recordedAt(), m.reason(), m.supersedes(), m.hash()};
                for (int i = 0; i < values.length; i++) {
                    ps.setObject(i + 1, values[i]);
                }
                ps.executeUpdate();
            }
        }
    }
}
