package org.podium.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.podium.domain.Fact;
import org.podium.domain.NotAccepted;
import org.podium.domain.Role;
import org.podium.domain.Said;

/**
 * The store a station opens on the venue server (docs/venue-server.md, "One sequencer"): it reads the server's
 * journal as its own connection lets it, and sends each write as a request ({@code podium_send}) that the server's
 * {@link Sequencer} checks with Podium's rules and appends, then waits for the verdict ({@code LISTEN podium_verdict},
 * asking {@code podium_verdict} again at each notification and every second). A refusal comes back as the same
 * exception the store throws on one laptop ({@link RecordingRefused} with the same {@link Said}, {@link WeakPin}, an
 * {@link IllegalArgumentException}); no verdict within {@link #VERDICT_WAIT_SECONDS} is a {@link StoreException} as a
 * broken link is: sent again with the same key, the request is the same one, never a second row.
 */
public final class ServerRequests implements ContestStore {
    /** How long a station waits for the sequencer's verdict: the station's socket timeout. */
    static final int VERDICT_WAIT_SECONDS = 10;

    private final PostgresContestStore server;
    private boolean listening;

    private ServerRequests(PostgresContestStore server) {
        this.server = server;
    }

    /** The station's store over {@code server}, a connection of the station's login; closing it closes that. */
    public static ContestStore over(PostgresContestStore server) {
        return new ServerRequests(server);
    }

    private record Verdict(String state, Long rowId, String answer, String said) {
    }

    /** Sends a request and waits for its verdict; a refusal thrown as its own exception. */
    private Verdict send(UUID key, String method, String args) throws RecordingRefused {
        Verdict v = exchange(key, method, args);
        if ("done".equals(v.state())) {
            return v;
        }
        Json said = RequestText.parse(v.said());
        String message = RequestText.string(said.get("message"));
        switch (said.get("type").asText()) {
            case "refused" -> {
                List<String> details = new java.util.ArrayList<>();
                said.get("details").forEach(d -> details.add(d.asText()));
                Said text = RequestText.said(said.get("said"));
                throw RecordingRefused.said(RecordingRefused.Why.valueOf(said.get("why").asText()), details, text.key(),
                        text.args().toArray());
            }
            case "weakPin" -> throw new WeakPin(PinProblem.valueOf(said.get("problem").asText()));
            case "illegal" -> throw new IllegalArgumentException(message);
            default -> throw new StoreException(message);
        }
    }

    /** A request whose refusal is not a {@link RecordingRefused} on one laptop: said as an IllegalArgumentException. */
    private Verdict sendUnchecked(UUID key, String method, String args) {
        try {
            return send(key, method, args);
        } catch (RecordingRefused e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private Verdict exchange(UUID key, String method, String args) {
        synchronized (server) {
            try {
                org.postgresql.PGConnection pg = server.conn.unwrap(org.postgresql.PGConnection.class);
                listen();
                pg.getNotifications(); // what earlier verdicts told: not about this one
                PreparedStatement ps = server.statement("SELECT podium_send(?, ?, ?)");
                ps.setObject(1, key);
                ps.setString(2, method);
                ps.setString(3, args);
                ps.execute();
                long end = System.nanoTime() + VERDICT_WAIT_SECONDS * 1_000_000_000L;
                while (true) {
                    Verdict v = verdict(key);
                    if (v != null && !"waiting".equals(v.state())) {
                        return v;
                    }
                    long left = (end - System.nanoTime()) / 1_000_000;
                    if (left <= 0) {
                        throw server.failure(Said.of("store.doing.write"), new SQLException(
                                StoreText.get("store.request.noVerdict", VERDICT_WAIT_SECONDS), "08006"));
                    }
                    pg.getNotifications((int) Math.min(left, 500)); // within any socket timeout a station sets
                }
            } catch (SQLException e) {
                throw server.failure(Said.of("store.doing.write"), e);
            }
        }
    }

    /**
     * The requests of a run of recorded or withdrawn facts, sent one after another with no wait between them (each
     * kept once by its key), so the sequencer serves them in one or two batches instead of one round trip each.
     */
    @Override
    public void sendAhead(List<Outbox.Entry> entries, java.util.function.Function<UUID, String> tokens) {
        synchronized (server) {
            try {
                listen();
                for (Outbox.Entry e : entries) {
                    String method = switch (e.action()) {
                        case RECORD -> "record";
                        case WITHDRAW -> "withdraw";
                        default -> throw new IllegalArgumentException(e.action().key());
                    };
                    server.bind(tokens.apply(e.key()));
                    PreparedStatement ps = server.statement("SELECT podium_send(?, ?, ?)");
                    ps.setObject(1, e.key());
                    ps.setString(2, method);
                    ps.setString(3, RequestText.args(e.officialId(), e.station(), e.fact(), e.reason()));
                    ps.execute();
                }
            } catch (SQLException e) {
                throw server.failure(Said.of("store.doing.write"), e);
            }
        }
    }

    /** Once per connection: the verdicts told to it, and its requests not flushed on their own. */
    private void listen() throws SQLException {
        if (!listening) {
            try (Statement st = server.conn.createStatement()) {
                st.execute("LISTEN " + Sequencer.VERDICTS);
                // a request need not be on disk before its verdict: one lost in a crash has none, and is sent
                // again (the outbox; a screen's write says it failed); the sequencer's commit flushes it anyway
                st.execute("SET synchronous_commit TO off");
            }
            listening = true;
        }
    }

    private Verdict verdict(UUID key) throws SQLException {
        PreparedStatement ps = server.statement("SELECT state, row_id, answer, said FROM podium_verdict(?)");
        ps.setObject(1, key);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            long row = rs.getLong(2);
            Long rowId = rs.wasNull() ? null : row;
            return new Verdict(rs.getString(1), rowId, rs.getString(3), rs.getString(4));
        }
    }

    private long id(UUID key, String method, String args) throws RecordingRefused {
        return send(key, method, args).rowId();
    }

    private List<Long> ids(String method, String args) throws RecordingRefused {
        Verdict v = send(UUID.randomUUID(), method, args);
        return v.answer() == null ? List.of() : RequestText.ids(RequestText.parse(v.answer()));
    }

    private PinCheck pinCheck(String method, String args) {
        Verdict v = sendUnchecked(UUID.randomUUID(), method, args);
        return v.answer() == null ? PinCheck.RIGHT : RequestText.pinCheck(RequestText.parse(v.answer()));
    }

    // --- the writes: requests to the server's sequencer

    @Override
    public void addOfficial(String id, String name, Role role, char[] pin) {
        PinRules.require(pin, role, server.contest.sample()); // said here at once; checked again by the server
        sendUnchecked(UUID.randomUUID(), "addOfficial", RequestText.args(id, name, role, pin));
    }

    @Override
    public PinCheck changePin(String id, char[] newPin, String by, char[] byPin, String station) {
        return pinCheck("changePin", RequestText.args(id, newPin, by, byPin, station));
    }

    @Override
    public PinCheck changeOfficial(String id, String name, Role role, String chief, char[] chiefPin, String station) {
        return pinCheck("changeOfficial", RequestText.args(id, name, role, chief, chiefPin, station));
    }

    @Override
    public long record(String officialId, String station, Fact fact, String reason) throws RecordingRefused {
        return recordOnce(UUID.randomUUID(), officialId, station, fact, reason);
    }

    @Override
    public long recordOnce(UUID key, String officialId, String station, Fact fact, String reason) throws RecordingRefused {
        return id(key, "record", RequestText.args(officialId, station, fact, reason));
    }

    @Override
    public List<Long> recordAll(String officialId, String station, List<Fact> facts, String reason) throws RecordingRefused {
        return ids("recordAll", RequestText.args(officialId, station, facts, reason));
    }

    @Override
    public long withdraw(String officialId, String station, Fact key, String reason) throws RecordingRefused {
        return withdrawOnce(UUID.randomUUID(), officialId, station, key, reason);
    }

    @Override
    public long withdrawOnce(UUID once, String officialId, String station, Fact key, String reason) throws RecordingRefused {
        return id(once, "withdraw", RequestText.args(officialId, station, key, reason));
    }

    @Override
    public List<Long> importFacts(List<Fact> facts, String reason) throws RecordingRefused {
        return ids("importFacts", RequestText.args(facts, reason));
    }

    @Override
    public long submitSheet(String officialId, String station, String event, String round, String bib, String judge,
                            Integer attempt) throws RecordingRefused {
        return submitSheetOnce(UUID.randomUUID(), officialId, station, event, round, bib, judge, attempt);
    }

    @Override
    public long submitSheetOnce(UUID once, String officialId, String station, String event, String round, String bib,
                                String judge, Integer attempt) throws RecordingRefused {
        return id(once, "submitSheet", RequestText.args(officialId, station, event, round, bib, judge, attempt));
    }

    @Override
    public long reopenSheet(String officialId, String station, String event, String round, String bib, String judge,
                            Integer attempt, String reason) throws RecordingRefused {
        return reopenSheetOnce(UUID.randomUUID(), officialId, station, event, round, bib, judge, attempt, reason);
    }

    @Override
    public long reopenSheetOnce(UUID once, String officialId, String station, String event, String round, String bib,
                                String judge, Integer attempt, String reason) throws RecordingRefused {
        return id(once, "reopenSheet", RequestText.args(officialId, station, event, round, bib, judge, attempt, reason));
    }

    @Override
    public Map<String, String> workNumbers(String event, String round) {
        Verdict v = sendUnchecked(UUID.randomUUID(), "workNumbers", RequestText.args(event, round));
        return RequestText.map(RequestText.parse(v.answer()));
    }

    @Override
    public long lockRound(String officialId, String station, String event, String round, String reason) throws RecordingRefused {
        return id(UUID.randomUUID(), "lockRound", RequestText.args(officialId, station, event, round, reason));
    }

    @Override
    public long unlockRound(String officialId, String station, String event, String round, String reason)
            throws RecordingRefused {
        return id(UUID.randomUUID(), "unlockRound", RequestText.args(officialId, station, event, round, reason));
    }

    @Override
    public long publishRound(String officialId, String station, String event, String round) throws RecordingRefused {
        return id(UUID.randomUUID(), "publishRound", RequestText.args(officialId, station, event, round));
    }

    @Override
    public long acknowledge(String officialId, String station, String event, String round, String bib, String flag,
                            String asItStands, String note) throws RecordingRefused {
        return id(UUID.randomUUID(), "acknowledge", RequestText.args(officialId, station, event, round, bib, flag, asItStands,
                note));
    }

    /** Kept once however often it is reported: its request's key is made from the refused fact's own. */
    @Override
    public void reportNotAccepted(NotAccepted refused) {
        UUID key = UUID.nameUUIDFromBytes(("notAccepted:" + refused.key()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sendUnchecked(key, "reportNotAccepted", RequestText.args(refused));
    }

    // --- the reads: the station's own connection

    @Override
    public List<OfficialAccount> officials() {
        return server.officials();
    }

    @Override
    public Optional<OfficialAccount> official(String id) {
        return server.official(id);
    }

    /** The log-in on the server (schema 8): its token binds this connection, and so every request sent on it. */
    @Override
    public PinCheck checkPin(String id, char[] pin) {
        return server.checkPin(id, pin);
    }

    @Override
    public String sessionToken() {
        return server.sessionToken();
    }

    /** Binds this connection to {@code token}'s official: the sequencer serves each request sent on it in their name. */
    @Override
    public void bind(String token) {
        server.bind(token);
    }

    @Override
    public void logOut(java.util.Collection<java.util.UUID> waiting) {
        server.logOut(waiting);
    }

    @Override
    public List<NotAccepted> notAccepted() {
        return server.notAccepted();
    }

    @Override
    public List<JournalRow> journalAfter(long id) {
        return server.journalAfter(id);
    }

    @Override
    public Fact factOf(JournalRow row) {
        return server.factOf(row);
    }

    @Override
    public Set<UUID> keysHeld(Collection<UUID> keys) {
        return server.keysHeld(keys);
    }

    @Override
    public long lastRowId() {
        return server.lastRowId();
    }

    @Override
    public List<JournalRow> journal() {
        return server.journal();
    }

    @Override
    public List<Fact> currentFacts() {
        return server.currentFacts();
    }

    @Override
    public List<JournalRow> journalOf(String official, String event, String round) {
        return server.journalOf(official, event, round);
    }

    @Override
    public List<Fact> currentFactsOf(String official, String event, String round) {
        return server.currentFactsOf(official, event, round);
    }

    @Override
    public List<Fact> currentFactsOfRound(String event, String round) {
        return server.currentFactsOfRound(event, round);
    }

    @Override
    public Verification verify() {
        return server.verify();
    }

    @Override
    public SealCheck checkSeal(Seal seal) {
        return server.checkSeal(seal);
    }

    @Override
    public Map<String, Seal> publishSeals() {
        return server.publishSeals();
    }

    @Override
    public Path backup(String label) {
        return server.backup(label);
    }

    @Override
    public Optional<String> backupProblem() {
        return server.backupProblem();
    }

    @Override
    public void alsoBackUpTo(Path folder) {
        server.alsoBackUpTo(folder);
    }

    @Override
    public void close() {
        server.close();
    }
}
