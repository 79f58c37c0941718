package org.podium.store;

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
    static final List<String> SCRIPTS = List.of("V001__schema.sql", "V002__reopen_and_work_numbers.sql");

    private Migrations() {
    }

    static int latest() {
        return SCRIPTS.size();
    }

    /** Brings the database to the latest schema; refuses one written by a newer Podium. */
    static void apply(Connection conn, Clock clock, String file) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        }
        int current = current(conn);
        if (current > latest()) {
            throw new StoreException(file + " was written by a newer Podium (schema " + current + ", this Podium knows "
                    + latest() + "): use the newer Podium");
        }
        for (int v = current + 1; v <= latest(); v++) {
            String sql = script(SCRIPTS.get(v - 1));
            try (Statement st = conn.createStatement()) {
                st.executeUpdate("BEGIN IMMEDIATE");
                try {
                    if (current(conn) >= v) { // another process applied it while this one waited
                        st.executeUpdate("COMMIT");
                        continue;
                    }
                    st.executeUpdate(sql);
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
        }
    }

    static int current(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String script(String name) {
        String path = "/org/podium/db/migration/" + name;
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
