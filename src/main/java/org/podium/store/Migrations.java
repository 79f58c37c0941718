package org.podium.store;

import org.podium.domain.Role;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

/**
 * The numbered, append-only schema migrations in {@code org/podium/db/migration}: script N takes the database
 * from schema N-1 to N. Applied on open, each in its own transaction with its row in {@code schema_version}.
 */
final class Migrations {
    /** In order; a new migration is added at the end, never edited. */
    static final List<String> SCRIPTS = List.of("V001__schema.sql", "V002__withdraw_and_reopen.sql", "V003__work_numbers.sql",
            "V004__acknowledgements.sql", "V005__officials_in_journal.sql", "V006__fact_key.sql", "V007__refused.sql",
            "V008__stations.sql", "V009__requests.sql", "V010__log_out.sql");
    /** The schema whose migration moves the official table into the journal (a step SQL cannot do: hashes). */
    static final int OFFICIALS_IN_JOURNAL = 5;

    private Migrations() {
    }

    static int latest() {
        return SCRIPTS.size();
    }

    /** Brings the database to the latest schema; refuses one written by a newer Podium. */
    static void apply(Connection conn, Clock clock, String file) throws SQLException {
        apply(conn, clock, file, latest());
    }

    /** Brings the database to schema {@code upTo} (tests build an older database with it). */
    static void apply(Connection conn, Clock clock, String file, int upTo) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        }
        int current = current(conn);
        if (current > latest()) {
            throw StoreException.bundled(null, null, "store.newerPodium", file, current, latest());
        }
        for (int v = current + 1; v <= upTo; v++) {
            String sql = script(SCRIPTS.get(v - 1));
            try (Statement st = conn.createStatement()) {
                // SQLite's way to change a table: foreign keys off (only outside a transaction), checked before commit.
                boolean foreignKeys = pragma(conn, "foreign_keys");
                st.executeUpdate("PRAGMA foreign_keys = OFF");
                try {
                    migrate(conn, st, clock, v, sql);
                } finally {
                    st.executeUpdate("PRAGMA foreign_keys = " + (foreignKeys ? "ON" : "OFF"));
                }
            }
        }
    }

    private static boolean pragma(Connection conn, String name) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() && rs.getInt(1) != 0;
        }
    }

    private static void migrate(Connection conn, Statement st, Clock clock, int v, String sql) throws SQLException {
        st.executeUpdate("BEGIN IMMEDIATE");
        try {
            if (current(conn) >= v) { // another process applied it while this one waited
                st.executeUpdate("COMMIT");
                return;
            }
            st.executeUpdate(sql);
            if (v == OFFICIALS_IN_JOURNAL) {
                officialsIntoJournal(conn, clock);
            }
            try (Statement check = conn.createStatement(); ResultSet broken = check.executeQuery("PRAGMA foreign_key_check")) {
                if (broken.next()) {
                    throw new SQLException("migration " + v + " would break a reference of table " + broken.getString(1));
                }
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
                ps.setInt(1, v);
                ps.setString(2, clock.instant().toString());
                ps.executeUpdate();
            }
            st.executeUpdate("COMMIT");
        } catch (SQLException | RuntimeException e) {
            st.executeUpdate("ROLLBACK");
            throw e;
        }
    }

    /**
     * For a read-only store: the database is one Podium can read as it is (any schema up to the latest; never migrated
     * here), else a one-line refusal.
     */
    static void requireReadable(Connection conn, String file) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('schema_version', 'fact', 'official')")) {
            if (!rs.next() || rs.getInt(1) < 3) {
                throw StoreException.bundled(null, null, "store.notPodium", file);
            }
        }
        int current = current(conn);
        if (current > latest()) {
            throw StoreException.bundled(null, null, "store.newerPodium", file, current, latest());
        }
    }

    /**
     * Schema 5: each official of the official table (in the order they were added) gets an {@code add} row at the end of
     * the journal, recorded by {@link ContestStore#SETUP}, so the chain covers them from now on. Only here, once: a store
     * never copies a table row into the journal, or an official slipped into the table would become genuine.
     */
    private static void officialsIntoJournal(Connection conn, Clock clock) throws SQLException {
        java.util.Map<String, PreparedStatement> prepared = new java.util.HashMap<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, name, role, pin_hash, pin_salt, pin_iterations FROM official ORDER BY rowid")) {
            JournalAppender appender = new JournalAppender(sql -> {
                PreparedStatement ps = prepared.get(sql);
                if (ps == null) {
                    ps = conn.prepareStatement(sql);
                    prepared.put(sql, ps);
                }
                return ps;
            }, clock);
            while (rs.next()) {
                OfficialEntry entry = new OfficialEntry(rs.getString(1), rs.getString(2), Role.fromKey(rs.getString(3)),
                        rs.getBytes(4), rs.getBytes(5), rs.getInt(6));
                appender.appendOfficial(OfficialEntry.Change.ADD, entry, ContestStore.SETUP, "schema 5",
                        "kept in the official table before schema 5; moved into the journal");
            }
        } finally {
            for (PreparedStatement ps : prepared.values()) {
                ps.close();
            }
        }
    }

    static int current(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String script(String name) {
        return resource("/org/podium/db/migration/" + name);
    }

    /** A migration script of the build, by its class path. */
    static String resource(String path) {
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("migration " + path + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + path, e);
        }
    }
}
