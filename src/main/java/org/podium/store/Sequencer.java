package org.podium.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.podium.domain.Fact;
import org.podium.domain.Said;

/**
 * The venue server's one sequencer (docs/venue-server.md, "One sequencer"): one thread of {@code podium serve} with the
 * owner's own {@link PostgresContestStore}, which takes the stations' requests ({@code podium_send}) in the order they
 * arrived, calls the store's same method as on one laptop (the same Java rules) in the name of the official the
 * station's token is bound to (never an official named in the request), and writes the verdict in the same
 * transaction as the rows the request appends: a request is answered exactly once, and a request whose key already
 * made a journal row (its {@code fact_key}) is answered with that row. Woken by {@code LISTEN podium_request}, with a
 * short safety poll; at its start it serves the requests a crash left waiting.
 */
public final class Sequencer implements AutoCloseable {
    /** The channel a request is told on ({@code podium_send}). */
    static final String REQUESTS = "podium_request";
    /** The channel a verdict is told on, its payload the request's seq. */
    static final String VERDICTS = "podium_verdict";
    /** The safety poll: a request whose notification was lost waits at most this long. */
    static final int SAFETY_POLL_MILLIS = 500;

    private final Supplier<PostgresContestStore> open;
    private final boolean requireLogIn;
    private final Thread thread;
    private volatile boolean running = true;
    private PostgresContestStore store;
    /** A test's way to stop the sequencer between the append and its verdict (a kill): the append is rolled back. */
    volatile boolean dieAtNextVerdict;

    private Sequencer(Supplier<PostgresContestStore> open, boolean requireLogIn) {
        this.open = open;
        this.requireLogIn = requireLogIn;
        this.thread = new Thread(this::run, "podium-sequencer");
        this.thread.setDaemon(true);
    }

    /**
     * Starts the sequencer on its own store.
     *
     * @param open         opens the owner's store of the server's database (again after a broken connection)
     * @param requireLogIn whether a request from a connection bound to no official is refused; when not, such a
     *                     request is served in the name of the official it names (a server before the log-in)
     */
    public static Sequencer start(Supplier<PostgresContestStore> open, boolean requireLogIn) {
        Sequencer s = new Sequencer(open, requireLogIn);
        s.store = open.get(); // the first connection here: a server that cannot be opened fails podium serve at once
        s.thread.start();
        return s;
    }

    private void run() {
        long backoff = 200;
        while (running) {
            try {
                if (store == null) {
                    store = open.get();
                }
                listen();
                backoff = 200;
                while (running) {
                    if (serveWaiting() == 0) {
                        awaitRequest();
                    }
                }
            } catch (Killed killed) {
                running = false;
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                System.err.println(StoreText.get("store.sequencer.again", String.valueOf(e.getMessage())));
                closeStore();
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    break;
                }
                backoff = Math.min(backoff * 2, 2000);
            }
        }
        closeStore();
    }

    private void listen() throws SQLException {
        synchronized (store) {
            try (Statement st = store.conn.createStatement()) {
                st.execute("LISTEN " + REQUESTS);
            }
        }
    }

    private void awaitRequest() throws SQLException {
        org.postgresql.PGConnection pg;
        synchronized (store) {
            pg = store.conn.unwrap(org.postgresql.PGConnection.class);
            pg.getNotifications(SAFETY_POLL_MILLIS);
        }
    }

    private record Request(UUID key, String token, String method, String args) {
    }

    /** Serves the waiting requests in seq order; returns how many. */
    private int serveWaiting() throws SQLException {
        List<Request> waiting = new ArrayList<>();
        synchronized (store) {
            PreparedStatement ps = store.statement("SELECT key, token, method, args FROM request WHERE state = 'waiting'"
                    + " ORDER BY seq LIMIT 100");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    waiting.add(new Request(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            int i = 0;
            while (i < waiting.size() && running) {
                if (!BATCHED.contains(waiting.get(i).method())) {
                    serve(waiting.get(i++));
                    continue;
                }
                // the stations' facts one after another in one transaction: one flush to disk for all of them
                store.beginBatch();
                boolean committed = false;
                try {
                    while (i < waiting.size() && BATCHED.contains(waiting.get(i).method()) && running) {
                        serve(waiting.get(i++));
                    }
                    store.commitBatch();
                    committed = true;
                } finally {
                    if (!committed) {
                        store.rollbackBatch();
                    }
                }
            }
        }
        return waiting.size();
    }

    /**
     * The requests served together in one transaction, each in a savepoint (a refused one undone alone): the stations'
     * facts. A lock, a publish, an import, an official's change are served alone (a snapshot follows a lock or publish,
     * and a snapshot holds only what is committed).
     */
    private static final java.util.Set<String> BATCHED = java.util.Set.of("record", "recordAll", "withdraw", "submitSheet",
            "reopenSheet", "reportNotAccepted");

    private void serve(Request r) throws SQLException {
        Long made = rowOfKey(r.key());
        if (made != null) { // appended before (a server restored, an older sequencer): answered with that row
            finish(r.key(), r.method().equals("recordAll") || r.method().equals("importFacts")
                    ? idsFrom(made, RequestText.parse(r.args())) : made);
            return;
        }
        Object answer;
        boolean[] inTransaction = {false};
        store.serving = new JournalStore.Serving(r.key(), result -> {
            answered(r.key(), result);
            inTransaction[0] = true;
        });
        try {
            String official;
            try {
                official = official(r);
            } catch (RecordingRefused notLoggedIn) {
                throw BATCHED.contains(r.method()) ? rulesFirst(r).orElse(notLoggedIn) : notLoggedIn;
            }
            answer = call(r.method(), Json.parse(r.args()), official, r.key());
        } catch (RecordingRefused e) {
            refuse(r.key(), RequestText.refused(e));
            return;
        } catch (WeakPin e) {
            refuse(r.key(), RequestText.other("weakPin", e.getMessage(), e.problem().name()));
            return;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            refuse(r.key(), RequestText.other("illegal", e.getMessage(), null));
            return;
        } catch (StoreException e) {
            if (!store.conn.isValid(2)) {
                throw e; // the connection broke: the request stays waiting, served again on a new one
            }
            refuse(r.key(), RequestText.other("store", e.getMessage(), null));
            return;
        } catch (RuntimeException e) { // a request no Podium sends (arguments missing, of another shape): never a stall
            if (!store.conn.isValid(2)) {
                throw e;
            }
            refuse(r.key(), RequestText.other("illegal", StoreText.get("store.request.malformed", r.method(),
                    String.valueOf(e.getMessage())), null));
            return;
        } finally {
            store.serving = null;
        }
        if (!inTransaction[0] || answer instanceof PinCheck) { // else its verdict was written with its rows
            finish(r.key(), answer);
        }
    }

    /** The ids a recordAll or importFacts made from its first row: consecutive, written in one transaction. */
    private static List<Long> idsFrom(long first, Json args) {
        int n = args.get(args.size() - 2).size();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(first + i);
        }
        return ids;
    }

    private Long rowOfKey(UUID key) throws SQLException {
        PreparedStatement ps = store.statement("SELECT id FROM fact WHERE fact_key = ?");
        ps.setObject(1, key);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    /**
     * The official the request is made by: the one its token is bound to; with no token, refused once the server has
     * the log-in ({@code requireLogIn}), else null (the request's own official).
     */
    private String official(Request r) throws SQLException, RecordingRefused {
        if (r.token() == null) {
            if (requireLogIn && !UNBOUND.contains(r.method())) {
                throw RecordingRefused.said("store.refused.notLoggedIn");
            }
            return null; // the first officials and an import before any head official (head), or a server before log-ins
        }
        // a session ended by a log-out (schema 10) still serves the outbox entries saved under it before, by their keys
        PreparedStatement ps = store.statement("SELECT official FROM station_session WHERE token = ?"
                + " UNION ALL SELECT official FROM ended_session WHERE token = ? AND key = ?");
        ps.setString(1, r.token());
        ps.setString(2, r.token());
        ps.setObject(3, r.key());
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw RecordingRefused.said("store.refused.notLoggedIn");
            }
            return rs.getString(1);
        }
    }

    /**
     * What an unbound connection may still ask once log-ins are required: the set-up of a new server (its first
     * officials, an import, while no chief judge or organiser exists: {@link #head}, as schema 8's {@code
     * podium_may_set_up}), and a station's report of a fact the server did not accept (beside the journal).
     */
    private static final java.util.Set<String> UNBOUND = java.util.Set.of("addOfficial", "importFacts", "reportNotAccepted");

    /**
     * An unbound station's fact: refused with the rules' own reason when they refuse it in the name it gives (a round
     * locked meanwhile), as a station checks them before it sends; tried and rolled back, nothing written, no verdict.
     */
    private java.util.Optional<RecordingRefused> rulesFirst(Request r) throws SQLException {
        JournalStore.Serving serving = store.serving;
        store.serving = null;
        boolean own = !store.batch;
        java.sql.Savepoint within = null;
        if (own) {
            store.beginBatch();
        } else {
            within = store.conn.setSavepoint();
        }
        try {
            call(r.method(), Json.parse(r.args()), null, r.key());
            return java.util.Optional.empty();
        } catch (RecordingRefused e) {
            return java.util.Optional.of(e);
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        } finally {
            if (own) {
                store.rollbackBatch();
            } else {
                store.conn.rollback(within);
            }
            store.serving = serving;
        }
    }

    /** {@code named} unless the connection is bound to an official: then that official, whoever the request names. */
    private static String as(String bound, Json named) {
        return bound != null ? bound : RequestText.string(named);
    }

    /** The store's same method, in the name of the bound official. */
    private Object call(String method, Json a, String bound, UUID key) throws RecordingRefused {
        PostgresContestStore s = store;
        return switch (method) {
            case "record" -> s.recordOnce(key, as(bound, a.get(0)), str(a, 1), RequestText.fact(a.get(2)), str(a, 3));
            case "recordAll" -> s.recordAll(as(bound, a.get(0)), str(a, 1), RequestText.facts(a.get(2)), str(a, 3));
            case "withdraw" -> s.withdrawOnce(key, as(bound, a.get(0)), str(a, 1), RequestText.fact(a.get(2)), str(a, 3));
            case "submitSheet" -> s.submitSheetOnce(key, as(bound, a.get(0)), str(a, 1), str(a, 2), str(a, 3), str(a, 4),
                    str(a, 5), RequestText.integer(a.get(6)));
            case "reopenSheet" -> s.reopenSheetOnce(key, as(bound, a.get(0)), str(a, 1), str(a, 2), str(a, 3), str(a, 4),
                    str(a, 5), RequestText.integer(a.get(6)), str(a, 7));
            case "lockRound" -> s.lockRound(as(bound, a.get(0)), str(a, 1), str(a, 2), str(a, 3), str(a, 4));
            case "unlockRound" -> s.unlockRound(as(bound, a.get(0)), str(a, 1), str(a, 2), str(a, 3), str(a, 4));
            case "publishRound" -> s.publishRound(as(bound, a.get(0)), str(a, 1), str(a, 2), str(a, 3));
            case "acknowledge" -> s.acknowledge(as(bound, a.get(0)), str(a, 1), str(a, 2), str(a, 3), str(a, 4), str(a, 5),
                    str(a, 6), str(a, 7));
            case "importFacts" -> {
                head(bound, "store.request.import");
                yield s.importFacts(RequestText.facts(a.get(0)), str(a, 1));
            }
            case "workNumbers" -> s.workNumbers(str(a, 0), str(a, 1));
            case "reportNotAccepted" -> {
                s.reportNotAccepted(RequestText.notAccepted(a.get(0)));
                yield null;
            }
            case "addOfficial" -> {
                head(bound, "store.request.addOfficial");
                s.addOfficial(str(a, 0), str(a, 1), RequestText.role(a.get(2)), RequestText.pin(a.get(3)));
                yield null;
            }
            // a PIN change is asked with the PIN of whoever asks it (the official themself, or a chief): that PIN, checked
            // by the store with its waits, is the proof, whoever the connection is bound to
            case "changePin" -> s.changePin(str(a, 0), RequestText.pin(a.get(1)), str(a, 2), RequestText.pin(a.get(3)),
                    str(a, 4));
            case "changeOfficial" -> s.changeOfficial(str(a, 0), str(a, 1), RequestText.role(a.get(2)), str(a, 3),
                    RequestText.pin(a.get(4)), str(a, 5));
            default -> throw new IllegalArgumentException(StoreText.get("store.request.unknown", method));
        };
    }

    /**
     * A request only a chief judge or an organiser may make, or anyone while the server has none (its set-up: the
     * first officials, a sample's at the first join, an import), as schema 8's {@code podium_may_set_up}.
     */
    private void head(String bound, String what) throws RecordingRefused {
        if (bound == null && !requireLogIn || store.officials().stream().noneMatch(o -> o.role().head())) {
            return;
        }
        if (bound == null) {
            throw RecordingRefused.said("store.refused.notLoggedIn");
        }
        OfficialAccount who = store.known(bound);
        if (!who.role().head()) {
            throw RecordingRefused.said("store.refused.headRequest", who.id(), Said.of("store.role." + who.role().key()),
                    Said.of(what));
        }
    }

    private static String str(Json a, int i) {
        return RequestText.string(a.get(i));
    }

    /** Within the write's transaction: the request done, with what the write returned. */
    private void answered(UUID key, Object result) throws SQLException {
        if (dieAtNextVerdict) {
            throw new Killed();
        }
        verdict(key, "done", result instanceof Long id ? id : null, answer(result), null);
    }

    /** After the call: done with its answer (a PIN check, a write that appended nothing...), unless done already. */
    private void finish(UUID key, Object result) throws SQLException {
        verdict(key, "done", result instanceof Long id ? id : null, answer(result), null);
    }

    private void refuse(UUID key, String said) throws SQLException {
        verdict(key, "refused", null, null, said);
    }

    private static String answer(Object result) {
        if (result instanceof PinCheck check) {
            return RequestText.pinCheck(check);
        }
        if (result instanceof List<?> || result instanceof Map<?, ?>) {
            return RequestText.value(result);
        }
        return null;
    }

    private void verdict(UUID key, String state, Long rowId, String answer, String said) throws SQLException {
        PreparedStatement ps = store.statement("UPDATE request SET state = ?, row_id = COALESCE(?, row_id),"
                + " answer = COALESCE(?, answer), said = ?, args = CASE WHEN method IN ('addOfficial', 'changePin',"
                + " 'changeOfficial') THEN '[]' ELSE args END WHERE key = ?");
        ps.setString(1, state);
        ps.setObject(2, rowId, java.sql.Types.BIGINT);
        ps.setString(3, answer);
        ps.setString(4, said);
        ps.setObject(5, key);
        ps.executeUpdate();
        // every station LISTENing hears it: the payload is the request's seq, never its key (a judge's fact's UUID)
        PreparedStatement notify = store.statement("SELECT pg_notify('" + VERDICTS + "', seq::text) FROM request WHERE key = ?");
        notify.setObject(1, key);
        notify.execute();
    }

    /** A test's kill of the sequencer between an append and its verdict. */
    static final class Killed extends Error {
        private static final long serialVersionUID = 1L;

        Killed() {
            super("the sequencer was stopped (a test's kill)");
        }
    }

    private void closeStore() {
        PostgresContestStore s = store;
        store = null;
        if (s != null) {
            s.closeQuietly();
        }
    }

    /** Whether the sequencer's thread runs (false after a test's kill). */
    boolean running() {
        return thread.isAlive();
    }

    /** Stops the thread and closes its store. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
