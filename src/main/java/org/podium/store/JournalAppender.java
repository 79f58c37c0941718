package org.podium.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.UUID;

/**
 * Appends rows to the journal within the caller's transaction, continuing the hash chain ({@link Chain}) from
 * the last row. Used by every {@link JournalStore} write and by the schema 5 migration.
 */
final class JournalAppender {
    static final String COLUMNS = "id, kind, event, round, bib, official, item, attempt, value, status, recorded_by,"
            + " station, recorded_at, reason, supersedes, hash";

    /** Prepares (or finds prepared) the statement of some SQL. */
    @FunctionalInterface
    interface Statements {
        PreparedStatement get(String sql) throws SQLException;
    }

    private final Statements statements;
    /** How a fact's key is bound: a UUID for PostgreSQL's uuid column, its text for SQLite's. */
    private final java.util.function.Function<UUID, Object> keyParameter;
    private final Clock clock;
    private UUID nextKey;
    private long lastId;
    private String lastHash;

    JournalAppender(Statements statements, Clock clock) throws SQLException {
        this(statements, clock, UUID::toString);
    }

    JournalAppender(Statements statements, Clock clock, java.util.function.Function<UUID, Object> keyParameter)
            throws SQLException {
        this(statements, clock, keyParameter, LAST_ROW);
    }

    /** The journal's last row: its id and hash. */
    static final String LAST_ROW = "SELECT id, hash FROM fact ORDER BY id DESC LIMIT 1";

    JournalAppender(Statements statements, Clock clock, java.util.function.Function<UUID, Object> keyParameter,
                    String lastRow) throws SQLException {
        this.statements = statements;
        this.keyParameter = keyParameter;
        this.clock = clock;
        try (ResultSet rs = statements.get(lastRow).executeQuery()) {
            lastId = rs.next() ? rs.getLong(1) : 0;
            lastHash = lastId == 0 ? Chain.START : rs.getString(2);
        }
    }

    long append(String kind, String event, String round, String bib, String official, String item, Integer attempt,
                String value, String status, String by, String station, String reason, Long supersedes) throws SQLException {
        JournalRow row = new JournalRow(lastId + 1, kind, event, round, bib, official, item, attempt, value, status, by,
                station, clock.instant().toString(), reason, supersedes, null);
        row = row.withHash(Chain.hash(lastHash, row));
        insert(row);
        return row.id();
    }

    /**
     * The next row appended carries this key (a fact's own UUID, sent by its station to the server), and
     * is written with {@code ON CONFLICT DO NOTHING}: a key already in the journal is never a second row.
     */
    void keyNext(UUID key) {
        nextKey = key;
    }

    /** Writes one row exactly as it is (its id and hash already set): an append, or a journal copied from another store. */
    void insert(JournalRow row) throws SQLException {
        UUID key = nextKey;
        nextKey = null;
        PreparedStatement ps = statements.get("INSERT INTO fact (" + COLUMNS + (key == null ? "" : ", fact_key")
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?" + (key == null ? ")" : ", ?) ON CONFLICT (fact_key) DO NOTHING"));
        ps.setLong(1, row.id());
        ps.setString(2, row.kind());
        ps.setString(3, row.event());
        ps.setString(4, row.round());
        ps.setString(5, row.bib());
        ps.setString(6, row.official());
        ps.setString(7, row.item());
        setInteger(ps, 8, row.attempt());
        ps.setString(9, row.value());
        ps.setString(10, row.status());
        ps.setString(11, row.recordedBy());
        ps.setString(12, row.station());
        ps.setString(13, row.recordedAt());
        ps.setString(14, row.reason());
        if (row.supersedes() == null) {
            ps.setNull(15, Types.INTEGER);
        } else {
            ps.setLong(15, row.supersedes());
        }
        ps.setString(16, row.hash());
        if (key != null) {
            ps.setObject(17, keyParameter.apply(key));
        }
        if (ps.executeUpdate() != 1) {
            throw new SQLException("fact " + key + " is already in the journal");
        }
        lastId = row.id();
        lastHash = row.hash();
    }

    /** Appends a change to an official: {@code official} the id, {@code item} what changed, value the official after it. */
    long appendOfficial(OfficialEntry.Change change, OfficialEntry after, String by, String station, String reason)
            throws SQLException {
        return append(OfficialEntry.KIND, null, null, null, after.id(), change.item(), null, after.value(), null, by,
                station, reason, null);
    }

    static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }
}
