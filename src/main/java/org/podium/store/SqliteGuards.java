package org.podium.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The guards that keep the SQLite journal append-only (docs/store.md): the triggers {@code fact_no_update} and
 * {@code fact_no_delete}, exactly as the migrations make them, and no other trigger in the database (one could drop
 * or alter rows as they are written). {@code verify} names what is missing, altered or added.
 */
final class SqliteGuards {
    /** Each guard's name and its SQL as the migrations write it (V001, made again by V002, V004 and V005). */
    static final Map<String, String> TRIGGERS = new LinkedHashMap<>();

    static {
        TRIGGERS.put("fact_no_update", "CREATE TRIGGER fact_no_update BEFORE UPDATE ON fact BEGIN SELECT RAISE(ABORT, 'the fact"
                + " journal is append-only: record a correction instead of updating a row'); END");
        TRIGGERS.put("fact_no_delete", "CREATE TRIGGER fact_no_delete BEFORE DELETE ON fact BEGIN SELECT RAISE(ABORT, 'the fact"
                + " journal is append-only: rows are never deleted'); END");
    }

    private SqliteGuards() {
    }

    /** What is wrong with the database's triggers, one line each; empty when the guards are as made. */
    static List<String> problems(Connection conn) throws SQLException {
        Map<String, String> found = new LinkedHashMap<>();
        Map<String, String> tables = new LinkedHashMap<>();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")) {
            while (rs.next()) {
                found.put(rs.getString(1), normal(rs.getString(3)));
                tables.put(rs.getString(1), rs.getString(2));
            }
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> guard : TRIGGERS.entrySet()) {
            String sql = found.remove(guard.getKey());
            if (sql == null) {
                problems.add(StoreText.get(guard.getKey().endsWith("update") ? "store.guard.missing.update"
                        : "store.guard.missing.delete", guard.getKey()));
            } else if (!sql.equals(normal(guard.getValue()))) {
                problems.add(StoreText.get("store.guard.changed", guard.getKey(), sql));
            }
        }
        for (String other : found.keySet()) {
            problems.add(StoreText.get("store.guard.foreign", other, tables.get(other)));
        }
        return problems;
    }

    /** The SQL with every run of white space one space. */
    private static String normal(String sql) {
        return sql == null ? "" : sql.strip().replaceAll("\\s+", " ");
    }
}
