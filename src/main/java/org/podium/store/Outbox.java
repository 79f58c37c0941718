package org.podium.store;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.Status;

/**
 * A station's outbox (docs/venue-server.md, "Stations"): the facts a station connected to the venue server records,
 * each written here first, on the station's own disk (SQLite, WAL, {@code synchronous=FULL}), with its own UUID.
 * "Saved" at the station means committed here, whatever the network. The uploader then sends them in the order they
 * were saved; each ends {@link State#SENT} (with the server's row id) or {@link State#NOT_ACCEPTED} (with the server's
 * reason), never lost, never sent again after that. The file is never emptied: it is the station's own record of what
 * it recorded, which {@code podium reconcile} holds against the server's journal.
 */
public final class Outbox implements AutoCloseable {
    /** What became of a saved fact. */
    public enum State { WAITING, SENT, NOT_ACCEPTED }

    /**
     * One saved fact.
     *
     * @param seq      its place in the station's order (1, 2, 3...)
     * @param key      its own UUID, the same at every resend
     * @param serverId the journal row id the server answered (SENT), else 0
     * @param refusal  the server's reason (NOT_ACCEPTED), else null
     */
    public record Entry(long seq, UUID key, String officialId, String station, Fact fact, String reason, Instant savedAt,
                        State state, long serverId, String refusal, Action action, String refusalKey,
                        List<String> refusalArgs, Instant refusedAt) {
        /** The entry as the station reports it to the server and shows it (a NOT ACCEPTED one). */
        public org.podium.domain.NotAccepted notAccepted() {
            return new org.podium.domain.NotAccepted(key, station, officialId, fact, action.key(), refusal, refusalKey,
                    refusalArgs, savedAt, refusedAt == null ? savedAt : refusedAt);
        }
    }

    /**
     * What the station asked of the server: a fact recorded, a fact of its own withdrawn (the entry's fact is the
     * withdrawn key), a judge's sheet submitted or reopened (the entry's fact is a mark naming the sheet, no criterion).
     */
    public enum Action {
        RECORD, WITHDRAW, SUBMIT, REOPEN;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** How many facts are in each state, and when the last was sent. */
    public record Counts(int waiting, int sent, int notAccepted, Instant lastUpload, int unacknowledged) {
    }

    private final Path file;
    private final Clock clock;
    private final Connection conn;

    /** Opens (or creates) the outbox file. */
    public Outbox(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
        try {
            conn = Connections.readWrite(file);
            try (Statement st = conn.createStatement()) {
                st.executeUpdate("CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                        + " fact_key TEXT NOT NULL UNIQUE, recorded_by TEXT NOT NULL, station TEXT NOT NULL,"
                        + " kind TEXT NOT NULL, event TEXT NOT NULL, round TEXT, bib TEXT NOT NULL, official TEXT, item TEXT,"
                        + " attempt INTEGER, millis INTEGER NOT NULL, amount TEXT, status TEXT, reason TEXT,"
                        + " saved_at TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'WAITING', server_id INTEGER,"
                        + " refusal TEXT, sent_at TEXT)");
                st.executeUpdate("CREATE INDEX IF NOT EXISTS outbox_state ON outbox (state, seq)");
                addColumns(st); // an outbox of an earlier Podium: the columns it lacks
            }
        } catch (SQLException e) {
            throw new StoreException(StoreText.get("store.outbox.cannotOpen", file, e.getMessage()), e);
        }
    }

    /** The columns added since the outbox was first made: what was asked, the refusal said, reported, acknowledged. */
    private void addColumns(Statement st) throws SQLException {
        java.util.Set<String> have = new java.util.HashSet<>();
        try (ResultSet rs = st.executeQuery("PRAGMA table_info(outbox)")) {
            while (rs.next()) {
                have.add(rs.getString("name"));
            }
        }
        for (String column : List.of("action TEXT NOT NULL DEFAULT 'RECORD'", "refusal_key TEXT", "refusal_args TEXT",
                "reported INTEGER NOT NULL DEFAULT 0", "acknowledged INTEGER NOT NULL DEFAULT 0", "token TEXT")) {
            if (!have.contains(column.substring(0, column.indexOf(' ')))) {
                st.executeUpdate("ALTER TABLE outbox ADD COLUMN " + column);
            }
        }
    }

    public Path file() {
        return file;
    }

    /** Saves a fact to send, durably, with a new UUID; returns the entry as saved. */
    public synchronized Entry save(String officialId, String station, Fact fact, String reason) {
        return saveAll(officialId, station, List.of(fact), reason).get(0);
    }

    /** Saves a withdrawal, a sheet's submit or a reopen to send, durably, with a new UUID, in the station's order. */
    public synchronized Entry save(Action action, String officialId, String station, Fact fact, String reason) {
        return saveAll(action, officialId, station, List.of(fact), reason).get(0);
    }

    /** Saves several facts in one transaction, durably, each with a new UUID: all of them or none. */
    public synchronized List<Entry> saveAll(String officialId, String station, List<Fact> facts, String reason) {
        return saveAll(Action.RECORD, officialId, station, facts, reason);
    }

    private List<Entry> saveAll(Action action, String officialId, String station, List<Fact> facts, String reason) {
        JournalStore.requireStation(station);
        List<Entry> saved = new ArrayList<>();
        try {
            conn.setAutoCommit(false);
            for (Fact fact : facts) {
                saved.add(insert(action, officialId, station, fact, reason));
            }
            conn.commit();
            return saved;
        } catch (SQLException e) {
            try {
                conn.rollback();
            } catch (SQLException again) {
                e.addSuppressed(again);
            }
            throw new StoreException(StoreText.get("store.outbox.notSaved", file, e.getMessage()), e);
        } finally {
            try {
                conn.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the next save says it
            }
        }
    }

    /**
     * The venue server's session token of the official logged in at this station (schema 8): every entry saved from now
     * on carries it, and is sent on a connection bound to it. Null: none (sent bound to nobody).
     */
    public synchronized void session(String token) {
        this.token = token;
    }

    /** The session token an entry was saved with, or null (none, or an outbox of an earlier Podium). */
    public synchronized String token(UUID key) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT token FROM outbox WHERE fact_key = ?")) {
            ps.setString(1, key.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new StoreException(StoreText.get("store.outbox.unreadable", file, e.getMessage()), e);
        }
    }

    private String token;

    /** The keys of the entries saved with session token {@code token} that still wait to be sent, in their order. */
    public synchronized List<UUID> waitingWith(String token) {
        return entries("WHERE state = 'WAITING' AND token = '" + token.replace("'", "''") + "' ORDER BY seq").stream()
                .map(Entry::key).toList();
    }

    private Entry insert(Action action, String officialId, String station, Fact fact, String reason) throws SQLException {
        UUID key = UUID.randomUUID();
        Instant now = clock.instant();
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO outbox (fact_key, recorded_by, station, kind, event,"
                + " round, bib, official, item, attempt, millis, amount, status, reason, saved_at, action, token)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, key.toString());
            ps.setString(2, officialId);
            ps.setString(3, station);
            ps.setString(4, fact.kind().name());
            ps.setString(5, fact.event());
            ps.setString(6, fact.round());
            ps.setString(7, fact.bib());
            ps.setString(8, fact.official());
            ps.setString(9, fact.item());
            JournalAppender.setInteger(ps, 10, fact.attempt());
            ps.setLong(11, fact.millis());
            ps.setString(12, fact.amount() == null ? null : fact.amount().toPlainString());
            ps.setString(13, fact.status() == null ? null : fact.status().name());
            ps.setString(14, reason);
            ps.setString(15, now.toString());
            ps.setString(16, action.name());
            ps.setString(17, token);
            ps.executeUpdate();
            long seq;
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                seq = rs.getLong(1);
            }
            return new Entry(seq, key, officialId, station, fact, reason, now, State.WAITING, 0, null, action, null, List.of(),
                    null);
        }
    }

    /** The first {@code limit} facts still waiting, in the order they were saved. */
    public synchronized List<Entry> waiting(int limit) {
        return entries("WHERE state = 'WAITING' ORDER BY seq LIMIT " + limit);
    }

    /**
     * Where the facts the server has not taken yet begin: the place of the first fact still waiting, or the place the
     * next fact saved will have when none waits.
     */
    public synchronized long firstWaiting() {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT"
                + " (SELECT MIN(seq) FROM outbox WHERE state = 'WAITING'), COALESCE(MAX(seq), 0) + 1 FROM outbox")) {
            rs.next();
            long first = rs.getLong(1);
            return rs.wasNull() ? rs.getLong(2) : first;
        } catch (SQLException e) {
            throw new StoreException(StoreText.get("store.outbox.unreadable", file, e.getMessage()), e);
        }
    }

    /** The facts saved from place {@code seq} on, but those the server did not accept, in the order they were saved. */
    public synchronized List<Entry> since(long seq) {
        return entries("WHERE seq >= " + seq + " AND state <> 'NOT_ACCEPTED' ORDER BY seq");
    }

    /** Every fact of the outbox, in the order they were saved. */
    public synchronized List<Entry> all() {
        return entries("ORDER BY seq");
    }

    /** The facts the server did not accept, with its reasons. */
    public synchronized List<Entry> notAccepted() {
        return entries("WHERE state = 'NOT_ACCEPTED' ORDER BY seq");
    }

    /** The facts the server answered with a row id, in the order they were saved. */
    public synchronized List<Entry> sent() {
        return entries("WHERE state = 'SENT' ORDER BY seq");
    }

    /**
     * Sends these facts again (their answers came from a server that no longer holds them: a server restored from a
     * snapshot); they keep their place in the station's order and their ids.
     */
    public synchronized void sendAgain(java.util.Collection<UUID> keys) {
        try (PreparedStatement ps = conn.prepareStatement("UPDATE outbox SET state = 'WAITING', server_id = NULL,"
                + " sent_at = NULL WHERE fact_key = ? AND state = 'SENT'")) {
            for (UUID key : keys) {
                ps.setString(1, key.toString());
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException(StoreText.get("store.outbox.notSaved", file, e.getMessage()), e);
        }
    }

    /** The server keeps the fact as its row {@code serverId}. */
    public synchronized void sent(UUID key, long serverId) {
        mark(key, State.SENT, serverId, null);
    }

    /** The server refused the fact: kept with the reason, never sent again. */
    public synchronized void notAccepted(UUID key, String refusal) {
        notAccepted(key, refusal, null, List.of());
    }

    /**
     * The server refused the fact: kept with the reason (in English, and as the bundle's key and values to say it in
     * the station's language), never sent again; then reported to the server and shown until acknowledged.
     */
    public synchronized void notAccepted(UUID key, String refusal, String refusalKey, List<String> refusalArgs) {
        mark(key, State.NOT_ACCEPTED, null, refusal);
        try (PreparedStatement ps = conn.prepareStatement("UPDATE outbox SET refusal_key = ?, refusal_args = ?"
                + " WHERE fact_key = ?")) {
            ps.setString(1, refusalKey);
            ps.setString(2, String.join(ARGS, refusalArgs));
            ps.setString(3, key.toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(StoreText.get("store.outbox.notSaved", file, e.getMessage()), e);
        }
    }

    /** The NOT ACCEPTED facts not yet reported to the server (for the head table's list), in the station's order. */
    public synchronized List<Entry> unreported() {
        return entries("WHERE state = 'NOT_ACCEPTED' AND reported = 0 ORDER BY seq");
    }

    /** The NOT ACCEPTED facts the station has not acknowledged yet, in the station's order. */
    public synchronized List<Entry> unacknowledged() {
        return entries("WHERE state = 'NOT_ACCEPTED' AND acknowledged = 0 ORDER BY seq");
    }

    /** The server keeps the report of this NOT ACCEPTED fact. */
    public synchronized void reported(UUID key) {
        flag("reported", key);
    }

    /** Someone at the station acknowledged this NOT ACCEPTED fact: no longer shown. */
    public synchronized void acknowledged(UUID key) {
        flag("acknowledged", key);
    }

    private void flag(String column, UUID key) {
        try (PreparedStatement ps = conn.prepareStatement("UPDATE outbox SET " + column + " = 1 WHERE fact_key = ?")) {
            ps.setString(1, key.toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(StoreText.get("store.outbox.notSaved", file, e.getMessage()), e);
        }
    }

    public synchronized Counts counts() {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT"
                + " COALESCE(SUM(state = 'WAITING'), 0), COALESCE(SUM(state = 'SENT'), 0),"
                + " COALESCE(SUM(state = 'NOT_ACCEPTED'), 0), MAX(sent_at),"
                + " COALESCE(SUM(state = 'NOT_ACCEPTED' AND acknowledged = 0), 0) FROM outbox")) {
            rs.next();
            String last = rs.getString(4);
            return new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), last == null ? null : Instant.parse(last),
                    rs.getInt(5));
        } catch (SQLException e) {
            throw new StoreException(StoreText.get("store.outbox.unreadable", file, e.getMessage()), e);
        }
    }

    /** The entry of {@code key}, if this outbox holds it. */
    public synchronized Optional<Entry> entry(UUID key) {
        List<Entry> found = entries("WHERE fact_key = '" + key + "'");
        return found.stream().findFirst();
    }

    private void mark(UUID key, State state, Long serverId, String refusal) {
        try (PreparedStatement ps = conn.prepareStatement("UPDATE outbox SET state = ?, server_id = ?, refusal = ?,"
                + " sent_at = ? WHERE fact_key = ? AND state = 'WAITING'")) {
            ps.setString(1, state.name());
            if (serverId == null) {
                ps.setNull(2, Types.INTEGER);
            } else {
                ps.setLong(2, serverId);
            }
            ps.setString(3, refusal);
            ps.setString(4, clock.instant().toString());
            ps.setString(5, key.toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(StoreText.get("store.outbox.notSaved", file, e.getMessage()), e);
        }
    }

    private List<Entry> entries(String where) {
        List<Entry> out = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT seq, fact_key, recorded_by,"
                + " station, kind, event, round, bib, official, item, attempt, millis, amount, status, reason, saved_at,"
                + " state, server_id, refusal, action, refusal_key, refusal_args, sent_at FROM outbox " + where)) {
            while (rs.next()) {
                int attempt = rs.getInt(11);
                Integer att = rs.wasNull() ? null : attempt;
                String amount = rs.getString(13);
                String status = rs.getString(14);
                Fact fact = new Fact(FactKind.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), att, rs.getLong(12), amount == null ? null : new BigDecimal(amount),
                        status == null ? null : Status.valueOf(status), null);
                out.add(new Entry(rs.getLong(1), UUID.fromString(rs.getString(2)), rs.getString(3), rs.getString(4), fact,
                        rs.getString(15), Instant.parse(rs.getString(16)), State.valueOf(rs.getString(17)), rs.getLong(18),
                        rs.getString(19), Action.valueOf(rs.getString(20)), rs.getString(21), args(rs.getString(22)),
                        rs.getString(23) == null ? null : Instant.parse(rs.getString(23))));
            }
        } catch (SQLException e) {
            throw new StoreException(StoreText.get("store.outbox.unreadable", file, e.getMessage()), e);
        }
        return out;
    }

    private static final String ARGS = "\u001f";

    private static List<String> args(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(ARGS, -1));
    }

    @Override
    public synchronized void close() {
        try {
            conn.close();
        } catch (SQLException ignored) {
            // closing: nothing to keep
        }
    }
}
