package org.podium.store;

import java.nio.file.Path;
import org.podium.domain.Said;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.podium.domain.Contest;
import org.podium.domain.Fact;

/**
 * The venue server's journal in PostgreSQL (docs/venue-server.md): the same journal, chain, rules, officials, seal and
 * verify as {@link SqliteContestStore} ({@link JournalStore}), row for row and hash for hash. Every write is one
 * transaction that first takes the journal's advisory lock ({@code pg_advisory_xact_lock}): one sequencer, whatever
 * number of connections and processes append, each re-checking the rules on the journal as the lock leaves it. A fact
 * may carry its own UUID ({@link #recordOnce}): sent again, it is not recorded again. Backups are contest.db files
 * ({@code backups/} beside {@code snapshotDb}), which {@code podium restore} and every read-only command take.
 */
public final class PostgresContestStore extends JournalStore {
    /** The advisory lock of the journal's one sequencer ("Podium"); a lock of one database only. */
    static final long SEQUENCER = 0x506f6469756dL;
    /** The schema the server's database is made at (its tables as SQLite's at this schema). */
    static final int FIRST_SCHEMA = 5;
    /** The scripts of the server's schema, by the schema they take the database to; a new one goes with SQLite's. */
    static final Map<Integer, String> SCRIPTS = new LinkedHashMap<>();

    static {
        SCRIPTS.put(5, "V005__schema.sql");
        SCRIPTS.put(6, "V006__fact_key.sql");
        SCRIPTS.put(7, "V007__refused.sql");
        SCRIPTS.put(8, "V008__stations.sql");
        SCRIPTS.put(9, "V009__requests.sql");
        SCRIPTS.put(10, "V010__log_out.sql");
    }

    /** The database of the venue server ({@code podium serve}) that stations join. */
    public static final String VENUE_DATABASE = "podium";
    /**
     * The owner of the venue server's database (its superuser): {@code podium serve}'s own store, migrations, the move of
     * a contest.db and snapshots; its password stays in {@code CONTEST_DIR/server/owner-password}, never printed.
     */
    public static final String VENUE_USER = "postgres";
    /**
     * The login of stations, {@code reconcile} and every {@code --server} command; its password is the venue password.
     * No superuser, owns nothing, and may only read Podium's tables and append (docs/venue-server.md, "Two logins").
     */
    public static final String STATION_USER = "podium_station";
    /** The tables a station reads (every Podium table). */
    private static final List<String> TABLES = List.of("schema_version", "official", "fact", "work_number", "pin_wait",
            "server_contest", "refused", "station_session", "official_account", "ended_session");
    /** The tables (and the view) a station reads: no PIN column, no PIN wait, no session token. */
    private static final List<String> STATION_READS = List.of("schema_version", "fact", "work_number", "server_contest",
            "refused", "official_account");
    /**
     * What a station may do beyond reading: send a write to the server's sequencer and read its verdict (schema 9,
     * {@link Sequencer}: the sequencer appends; a station writes no row of the journal, the work numbers or the refused
     * facts), and call schema 8's functions (log in, the officials it may write). No UPDATE, DELETE or TRUNCATE of the
     * journal, no write to the official table or the PIN waits but through those functions, no DDL, nothing owned.
     */
    private static final List<String> STATION_GRANTS = List.of(
            "GRANT EXECUTE ON FUNCTION podium_send(uuid, text, text), podium_verdict(uuid) TO " + STATION_USER,
            "GRANT EXECUTE ON FUNCTION podium_official(), podium_head(), podium_agrees(TEXT), podium_pin_salt(TEXT),"
                    + " podium_pin_wait_ms(INTEGER), podium_log_in(TEXT, BYTEA), podium_last_row(), podium_keys_held(UUID[]),"
                    + " podium_published_rounds(), podium_may_set_up(), podium_official_pin(TEXT), podium_log_out(UUID[])"
                    + " TO " + STATION_USER,
            // schema 8's podium_write_official: unused since schema 9 (officials' changes are requests), not granted
            "REVOKE ALL ON FUNCTION podium_write_official(TEXT, TEXT, TEXT, BYTEA, BYTEA, INTEGER) FROM " + STATION_USER,
            "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
            "DO $$ BEGIN EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database()); END $$");

    private final Path snapshotDb;
    /**
     * Opened as {@link #STATION_USER} on a server of schema 8: it reads no PIN column, logs in on the server
     * ({@code podium_log_in}) and sees the journal through the server's row policy (docs/venue-server.md).
     */
    private boolean station;
    /** The token of the last right PIN at this station ({@code station_session}), binding this connection; or null. */
    private String token;

    /**
     * Connects to a PostgreSQL database to record, making Podium's tables in an empty one; refuses one written by a
     * newer Podium, or holding another contest ({@code server_contest}: contest.yaml's name and date).
     *
     * @param url        a {@code jdbc:postgresql:} URL
     * @param login      the driver's properties: user, password
     * @param snapshotDb where contest.db snapshots go ({@code backups/} beside it), or null for none
     */
    public PostgresContestStore(String url, Properties login, Contest contest, Clock clock, Path snapshotDb) {
        this(url, login, contest, clock, snapshotDb, OpenMode.READ_WRITE);
    }

    /**
     * As {@link #PostgresContestStore(String, Properties, Contest, Clock, Path)}; {@link OpenMode#READ_ONLY} (a command's
     * {@code --server}): every transaction of the session is read only (PostgreSQL refuses any write), nothing is made
     * or migrated, and a database that holds no contest yet is refused as another contest's is.
     */
    public PostgresContestStore(String url, Properties login, Contest contest, Clock clock, Path snapshotDb, OpenMode mode) {
        super(withoutParameters(url), contest, clock, mode);
        this.snapshotDb = snapshotDb;
        try {
            conn = DriverManager.getConnection(url, login);
            if (mode == OpenMode.READ_ONLY) {
                try (Statement st = conn.createStatement()) {
                    st.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
                }
            }
        } catch (SQLException e) {
            if ("28P01".equals(e.getSQLState())) {
                throw StoreException.bundled(null, e, "store.server.wrongPassword", where, user(url, login));
            }
            if (e.getSQLState() != null && e.getSQLState().startsWith("08")) { // connection refused, no route, timed out
                throw StoreException.bundled(null, e, "store.server.noServer", where);
            }
            throw StoreException.bundled(null, e, "store.server.unreachable", where, e.getMessage());
        }
        try {
            if (mode == OpenMode.READ_ONLY) {
                readable();
            } else {
                migrate();
            }
            holdsThisContest();
            station = stationLogin();
            lastBackup = snapshotDb == null ? null : Backups.newest(snapshotDb).orElse(null);
        } catch (SQLException | RuntimeException e) {
            closeQuietly();
            throw e instanceof StoreException s ? s
                    : StoreException.bundled(null, e, "store.cannotOpen", where, e.getMessage());
        }
    }

    /** Whether this login reads the journal as a station does (no PIN column; schema 8's functions and row policy). */
    private boolean stationLogin() throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT to_regclass('station_session') IS NOT NULL"
                + " AND NOT has_column_privilege('official', 'pin_hash', 'SELECT')")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** The user logging in: in the driver's properties, or in the URL ({@code ?user=U}). */
    private static String user(String url, Properties login) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[?&]user=([^&]*)").matcher(url);
        return login.getProperty("user", m.find() ? m.group(1) : "?");
    }

    private static String withoutParameters(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    /** Makes Podium's tables in an empty database (in one transaction, under the sequencer's lock). */
    private void migrate() throws SQLException {
        begin();
        try (Statement st = conn.createStatement()) {
            boolean made;
            try (ResultSet rs = st.executeQuery("SELECT to_regclass('schema_version') IS NOT NULL")) {
                rs.next();
                made = rs.getBoolean(1);
            }
            if (!made) { // a station (podium_station) may make no table: it finds them made by podium serve
                st.executeUpdate("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
            }
            int current;
            try (ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
                rs.next();
                current = rs.getInt(1);
            }
            if (current > Migrations.latest()) {
                throw StoreException.bundled(null, null, "store.newerPodium", where, current, Migrations.latest());
            }
            for (Map.Entry<Integer, String> script : SCRIPTS.entrySet()) {
                if (script.getKey() > current) {
                    st.execute(script(script.getValue()));
                    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
                        ps.setInt(1, script.getKey());
                        ps.setString(2, clock.instant().toString());
                        ps.executeUpdate();
                    }
                }
            }
            grantStations(st);
            commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(e);
            throw e;
        }
    }

    /**
     * Opened by the tables' owner on a server that has the station login (podium serve's own store): the station's
     * rights set again, exactly (every start; a server made before the two logins gets them at its next start).
     */
    private void grantStations(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + STATION_USER + "'),"
                + " pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = 'fact'::regclass), 'MEMBER')")) {
            rs.next();
            if (!rs.getBoolean(1) || !rs.getBoolean(2)) {
                return;
            }
        }
        String tables = String.join(", ", TABLES);
        st.execute("REVOKE ALL ON " + tables + " FROM " + STATION_USER);
        st.execute("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM " + STATION_USER);
        st.execute("GRANT SELECT ON " + String.join(", ", STATION_READS) + " TO " + STATION_USER);
        for (String grant : STATION_GRANTS) {
            st.execute(grant);
        }
    }

    /** A database to read only: Podium's tables, at a schema this Podium knows (read as it is, never migrated). */
    private void readable() throws SQLException {
        int current;
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM"
                + " schema_version")) {
            rs.next();
            current = rs.getInt(1);
        } catch (SQLException e) {
            if (!"42P01".equals(e.getSQLState())) { // undefined_table: no Podium tables
                throw e;
            }
            current = 0;
        }
        if (current == 0) {
            throw StoreException.bundled(null, null, "venueRead.noContest", where);
        }
        if (current > Migrations.latest()) {
            throw StoreException.bundled(null, null, "store.newerPodium", where, current, Migrations.latest());
        }
    }

    /** The contest of the database, set when it is made: another contest's server is refused. */
    private void holdsThisContest() throws SQLException {
        boolean writing = mode != OpenMode.READ_ONLY; // a reader takes no lock and tells no one
        if (writing) {
            begin();
        }
        try {
            String name = null;
            String date = null;
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT name, date FROM server_contest")) {
                if (rs.next()) {
                    name = rs.getString(1);
                    date = rs.getString(2);
                }
            }
            String ourDate = String.valueOf(contest.date());
            if (name == null && mode == OpenMode.READ_ONLY) {
                throw StoreException.bundled(null, null, "venueRead.noContest", where);
            }
            if (name == null) {
                try (PreparedStatement ps = conn.prepareStatement("INSERT INTO server_contest (name, date) VALUES (?, ?)")) {
                    ps.setString(1, contest.name());
                    ps.setString(2, ourDate);
                    ps.executeUpdate();
                }
            } else if (!name.equals(contest.name()) || !date.equals(ourDate)) {
                throw StoreException.bundled(null, null, "store.server.otherContest", where, name, date, contest.name(), ourDate);
            }
            if (writing) {
                commit();
            }
        } catch (SQLException | RuntimeException e) {
            if (writing) {
                rollbackQuietly(e);
            }
            throw e;
        }
    }

    private void rollbackQuietly(Throwable failed) {
        try {
            rollback();
        } catch (SQLException again) {
            failed.addSuppressed(again);
        }
    }

    private static String script(String name) {
        return Migrations.resource("/org/podium/db/postgresql/" + name);
    }

    /**
     * Records a fact sent by a station with its own UUID: the first time as {@link #record} does (the same rules,
     * checked again here), every later time nothing, answering the id of the row the first one made. A fact the rules
     * refuse is refused each time it is sent.
     */
    @Override
    public synchronized long recordOnce(UUID key, String officialId, String station, Fact fact, String reason)
            throws RecordingRefused {
        return record(key, officialId, station, fact, reason);
    }

    /** The server's own clock now ({@code clock_timestamp()}): a station's clock is held against it. */
    public synchronized java.time.Instant serverNow() {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT clock_timestamp()")) {
            rs.next();
            return rs.getTimestamp(1).toInstant();
        } catch (SQLException e) {
            throw failure(Said.of("store.doing.readClock"), e);
        }
    }

    @Override
    public synchronized java.util.Set<UUID> keysHeld(java.util.Collection<UUID> keys) {
        java.util.Set<UUID> held = new java.util.HashSet<>();
        try (PreparedStatement ps = conn.prepareStatement(station ? "SELECT fact_key FROM podium_keys_held(?)"
                : "SELECT fact_key FROM fact WHERE fact_key = ANY (?)")) {
            ps.setArray(1, conn.createArrayOf("uuid", keys.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    held.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw failure(Said.of("store.doing.readFactKeys"), e);
        }
        return held;
    }

    /**
     * PostgreSQL's driver reads a whole result into memory unless the query runs in a transaction with a fetch size:
     * then it reads {@value #FETCH} rows at a time (a journal of millions of rows is never held whole).
     */
    @Override
    void streamed(PreparedStatement query, Read read) throws SQLException {
        query.setFetchSize(FETCH);
        if (!conn.getAutoCommit()) {
            read.run(); // within a write's transaction already
            return;
        }
        conn.setAutoCommit(false);
        try {
            read.run();
            conn.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                conn.rollback();
            } catch (SQLException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            throw e;
        } finally {
            conn.setAutoCommit(true);
        }
    }

    /** The rows a streamed read fetches at a time. */
    private static final int FETCH = 4096;

    @Override
    void begin() throws SQLException {
        conn.setAutoCommit(false);
        try (Statement st = conn.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(" + SEQUENCER + ")");
        }
    }

    /** The channel on which every committed write is told ({@code NOTIFY}), with the journal's last row id as payload. */
    public static final String CHANNEL = "podium_journal";

    @Override
    void commit() throws SQLException {
        try (Statement st = conn.createStatement()) { // delivered at the commit, to every LISTENing station
            st.execute(station ? "SELECT pg_notify('" + CHANNEL + "', COALESCE((SELECT id FROM podium_last_row()), 0)::text)"
                    : "SELECT pg_notify('" + CHANNEL + "', COALESCE(MAX(id), 0)::text) FROM fact");
        }
        conn.commit();
        conn.setAutoCommit(true);
    }

    @Override
    void rollback() throws SQLException {
        try {
            conn.rollback();
        } finally {
            conn.setAutoCommit(true);
        }
    }

    @Override
    Object keyParameter(UUID key) {
        return key;
    }

    @Override
    String keyLookup() {
        return station ? "SELECT id FROM podium_keys_held(ARRAY[?]::uuid[])" : super.keyLookup();
    }

    @Override
    String lastRowQuery() {
        return station ? "SELECT id, hash FROM podium_last_row()" : super.lastRowQuery();
    }

    /** The row policy refused a station's write (42501): not logged in as the official it names, or not allowed. */
    @Override
    RecordingRefused refusedByDatabase(SQLException e) {
        return station && "42501".equals(e.getSQLState()) ? RecordingRefused.said("store.refused.server", where) : null;
    }

    // ---- a station (podium_station, schema 8): the officials as the server shows them, the log-in on the server ----

    /** The PIN columns a station is never sent: an official built from the names and roles only. */
    private static final byte[] NO_PIN = new byte[0];

    @Override
    public synchronized PinCheck checkPin(String id, char[] pin) {
        if (!station) {
            return super.checkPin(id, pin);
        }
        try {
            LogIn answer;
            if (mode == OpenMode.READ_ONLY) { // a command's reader: the log-in is the one write its session makes
                try (Statement st = conn.createStatement()) {
                    st.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE");
                    try {
                        answer = logIn(conn, id, pin);
                    } finally {
                        st.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
                    }
                }
            } else {
                answer = logIn(conn, id, pin);
            }
            if (answer.disagrees()) { // the table and the journal disagree on the official: said as on one laptop
                entry(id);
                throw StoreException.disagreeing(id, StoreText.get("store.officials.disagreeing", where, id, id));
            }
            if (answer.check().ok()) {
                token = answer.token();
            }
            return answer.check();
        } catch (SQLException e) {
            throw failure(Said.of("store.doing.checkPin", id), e);
        }
    }

    /** What {@code podium_log_in} answered: the check, the new token (right PIN), and whether the official disagrees. */
    record LogIn(PinCheck check, String token, boolean disagrees) {
    }

    /**
     * Logs in on the venue server as a station does (schema 8): the official's salt and iterations asked, the PIN hashed
     * here, compared there with the PIN waits ({@code podium_log_in}); a right PIN binds {@code conn} to the official.
     */
    static LogIn logIn(java.sql.Connection conn, String id, char[] pin) throws SQLException {
        byte[] salt;
        int iterations;
        try (PreparedStatement ps = conn.prepareStatement("SELECT salt, iterations FROM podium_pin_salt(?)")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                salt = rs.getBytes(1);
                iterations = rs.getInt(2);
            }
        }
        byte[] hash = Pins.hash(pin, salt, iterations);
        try (PreparedStatement ps = conn.prepareStatement("SELECT outcome, wait_ms, token FROM podium_log_in(?, ?)")) {
            ps.setString(1, id);
            ps.setBytes(2, hash);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                java.time.Duration wait = java.time.Duration.ofMillis(rs.getLong(2));
                return switch (rs.getString(1)) {
                    case "RIGHT" -> new LogIn(PinCheck.RIGHT, rs.getString(3), false);
                    case "WAITING" -> new LogIn(new PinCheck(PinCheck.Outcome.WAITING, wait), null, false);
                    case "WRONG" -> new LogIn(new PinCheck(PinCheck.Outcome.WRONG, wait), null, false);
                    default -> new LogIn(new PinCheck(PinCheck.Outcome.WRONG, java.time.Duration.ZERO), null, true);
                };
            }
        } finally {
            java.util.Arrays.fill(hash, (byte) 0);
        }
    }

    @Override
    public synchronized String sessionToken() {
        return token;
    }

    @Override
    public synchronized void bind(String newToken) {
        if (!station || java.util.Objects.equals(newToken, token)) {
            return;
        }
        try (PreparedStatement ps = conn.prepareStatement("SELECT set_config('podium.token', ?, false)")) {
            ps.setString(1, newToken == null ? "" : newToken); // none: bound to nobody
            ps.executeQuery().close();
            token = newToken;
        } catch (SQLException e) {
            throw failure(Said.of("store.doing.bind"), e);
        }
    }

    /**
     * A station: ends the session of this connection's token on the server ({@code podium_log_out}, schema 10) and
     * unbinds it; the outbox entries saved under it that still wait ({@code waiting}) may still be sent with it.
     */
    @Override
    public synchronized void logOut(java.util.Collection<java.util.UUID> waiting) {
        if (!station || token == null) {
            return;
        }
        try (PreparedStatement ps = conn.prepareStatement("SELECT podium_log_out(?)")) {
            ps.setArray(1, conn.createArrayOf("uuid", waiting.toArray()));
            ps.executeQuery().close();
        } catch (SQLException e) {
            throw failure(Said.of("store.doing.logOut"), e);
        } finally {
            token = null; // a reconnection binds nobody, even when the server could not be told
        }
    }

    /** A change of an official's name or role at a station: the chief's PIN first, so the station acts as the chief. */
    @Override
    public synchronized PinCheck changeOfficial(String id, String name, org.podium.domain.Role role, String chief,
                                                char[] chiefPin, String station) {
        if (this.station) {
            PinCheck check = checkPin(chief, chiefPin);
            if (!check.ok()) {
                return check;
            }
        }
        return super.changeOfficial(id, name, role, chief, chiefPin, station);
    }

    private static final String ACCOUNT = "SELECT id, name, role, journal_row, journal_name, journal_role, pin_agrees,"
            + " journal_readable FROM official_account";

    /** At a station: the name and role only (every recording asks it), no PIN column asked for. */
    @Override
    public synchronized Optional<OfficialAccount> official(String id) {
        if (!station) {
            return super.official(id);
        }
        try {
            return account(id).map(OfficialEntry::account);
        } catch (SQLException e) {
            throw failure(Said.of("store.doing.readOfficial", id), e);
        }
    }

    /** The official of {@code id} as {@code official_account} shows them, once the table agrees with the journal. */
    private Optional<OfficialEntry> account(String id) throws SQLException {
        PreparedStatement ps = statement(ACCOUNT + " WHERE id = ?");
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? agreedAccount(rs) : Optional.empty();
        }
    }

    @Override
    Optional<OfficialEntry> entry(String id) {
        if (!station) {
            return super.entry(id);
        }
        try {
            Optional<OfficialEntry> agreed = account(id);
            if (agreed.isEmpty()) {
                return agreed;
            }
            PreparedStatement ps = statement("SELECT pin_hash, pin_salt, pin_iterations FROM podium_official_pin(?)"); // a head official only
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(agreed.get().withPin(rs.getBytes(1), rs.getBytes(2), rs.getInt(3))) : agreed;
            }
        } catch (SQLException e) {
            throw failure(Said.of("store.doing.readOfficial", id), e);
        }
    }

    @Override
    public synchronized List<OfficialAccount> officials() {
        if (!station) {
            return super.officials();
        }
        List<OfficialAccount> out = new ArrayList<>();
        try (ResultSet rs = statement(ACCOUNT + " ORDER BY first_row NULLS LAST, added").executeQuery()) {
            while (rs.next()) {
                agreedAccount(rs).ifPresent(e -> out.add(e.account()));
            }
        } catch (SQLException e) {
            throw failure(Said.of("store.doing.readOfficials"), e);
        }
        return out;
    }

    /**
     * The official of a row of {@code official_account}, once the table and the journal agree (the same words as on one
     * laptop: {@link Officials#agreed}); the PIN compared on the server, never sent.
     */
    private Optional<OfficialEntry> agreedAccount(ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        String name = rs.getString(2);
        long row = rs.getLong(4);
        boolean inJournal = !rs.wasNull();
        if (inJournal && !rs.getBoolean(8)) {
            throw new StoreException(where + ": " + StoreText.get("store.officials.badRow", Long.toString(row),
                    OfficialEntry.KIND + " " + id));
        }
        try {
            OfficialEntry table = name == null ? null : new OfficialEntry(id, name, org.podium.domain.Role.fromKey(rs.getString(3)),
                    rs.getBoolean(7) ? NO_PIN : new byte[] {1}, NO_PIN, 0);
            Officials.Latest journal = inJournal ? new Officials.Latest(row, new OfficialEntry(id, rs.getString(5),
                    org.podium.domain.Role.fromKey(rs.getString(6)), NO_PIN, NO_PIN, 0)) : null;
            return Officials.agreed(id, table, journal, where);
        } catch (IllegalArgumentException e) {
            throw new StoreException(where + ": " + e.getMessage());
        }
    }

    @Override
    List<OfficialEntry> officialTable() throws SQLException {
        if (!station) {
            return super.officialTable();
        }
        List<OfficialEntry> out = new ArrayList<>(); // a head official's: every PIN column; anyone else's: none
        try (ResultSet rs = statement("SELECT a.id, a.name, a.role, p.pin_hash, p.pin_salt, p.pin_iterations FROM official_account a"
                + " CROSS JOIN LATERAL podium_official_pin(a.id) p WHERE a.name IS NOT NULL ORDER BY a.added").executeQuery()) {
            while (rs.next()) {
                out.add(new OfficialEntry(rs.getString(1), rs.getString(2), org.podium.domain.Role.fromKey(rs.getString(3)),
                        rs.getBytes(4), rs.getBytes(5), rs.getInt(6)));
            }
        }
        return out;
    }

    @Override
    boolean officialExists(String id) throws SQLException {
        if (!station) {
            return super.officialExists(id);
        }
        PreparedStatement ps = statement("SELECT 1 FROM official_account WHERE id = ?");
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    @Override
    boolean officialsInJournal() {
        return true;
    }

    @Override
    String officialOrder() {
        return "added";
    }

    /** The guards of the server's journal and their trigger types (pg_trigger.tgtype: row 1, before 2, delete 8, update 16, truncate 32). */
    private static final Map<String, Integer> GUARDS = Map.of("fact_no_update", 1 | 2 | 16, "fact_no_delete", 1 | 2 | 8,
            "fact_no_truncate", 2 | 32);
    private static final String GUARD_FUNCTION = "fact_append_only";

    /**
     * The three guards as V005 makes them (enabled, before update, delete and truncate, calling {@code fact_append_only}
     * as written), and no other trigger on any table of the schema.
     */
    @Override
    List<String> guardProblems() throws SQLException {
        List<String> problems = new ArrayList<>();
        Map<String, String> found = new LinkedHashMap<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT t.tgname, c.relname, t.tgtype,"
                + " t.tgenabled, p.proname, p.prosrc FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_proc p ON p.oid = t.tgfoid"
                + " WHERE NOT t.tgisinternal AND n.nspname = current_schema() ORDER BY t.tgname")) {
            while (rs.next()) {
                String name = rs.getString(1);
                Integer type = GUARDS.get(name);
                if (type == null || !"fact".equals(rs.getString(2))) {
                    problems.add("trigger " + name + " on table " + rs.getString(2) + " was not made by Podium: it could change"
                            + " or drop rows as they are written");
                } else if (rs.getInt(3) != type || !"O".equals(rs.getString(4)) || !GUARD_FUNCTION.equals(rs.getString(5))
                        || !normal(rs.getString(6)).equals(normal(guardBody()))) {
                    problems.add("the guard " + name + " is not the one Podium made (disabled, or changed)");
                }
                found.put(name, name);
            }
        }
        for (String guard : GUARDS.keySet()) {
            if (!found.containsKey(guard)) {
                problems.add("the guard " + guard + " is missing: the journal could be " + (guard.endsWith("update") ? "changed"
                        : "cut") + " without a trace of SQL (a trigger was dropped outside Podium)");
            }
        }
        problems.sort(null);
        return problems;
    }

    /** The body of {@code fact_append_only} as V005 writes it. */
    private static String guardBody() {
        String sql = script(SCRIPTS.get(FIRST_SCHEMA));
        int start = sql.indexOf("AS $$") + "AS $$".length();
        return sql.substring(start, sql.indexOf("$$", start));
    }

    private static String normal(String sql) {
        return sql == null ? "" : sql.strip().replaceAll("\\s+", " ");
    }

    /** A contest.db of the journal as it is now, in {@code backups/} beside {@code snapshotDb}. */
    @Override
    public synchronized Path backup(String label) {
        if (snapshotDb == null) {
            throw StoreException.bundled(null, null, "store.server.noSnapshots", where);
        }
        Contents now = contents();
        Backups.Written written = Backups.snapshot(target -> {
            try (SqliteContestStore copy = SqliteContestStore.snapshotCopy(target, contest, clock)) {
                copy.load(now);
            }
        }, snapshotDb, clock, label, mirror);
        lastBackup = clock.instant();
        backupProblem = written.mirrorProblem();
        return written.file();
    }

    /**
     * Moves a contest.db into this server's empty database: every row with its id and hash, the officials, the work
     * numbers; then both journals' seals must be equal, else nothing is kept.
     *
     * @return the seal both have, or null for an empty journal
     */
    public synchronized Seal takeOver(Path contestDb) {
        Contents contents;
        Verification before;
        try (SqliteContestStore source = new SqliteContestStore(contestDb, contest, clock, OpenMode.READ_ONLY)) {
            before = source.verify();
            if (!before.ok()) {
                throw StoreException.bundled(null, null, "store.server.sourceBroken", contestDb, String.join("; ", before.problems()));
            }
            contents = source.contents();
        }
        load(contents);
        return movedAlike(before, contestDb);
    }

    /**
     * The seal of the journal, when it is the one of {@code contestDb} (a move interrupted before the file was
     * renamed); else a one-line refusal: two journals of one contest, neither changed.
     */
    public synchronized Seal sameJournalAs(Path contestDb) {
        Verification before;
        try (SqliteContestStore source = new SqliteContestStore(contestDb, contest, clock, OpenMode.READ_ONLY)) {
            before = source.verify();
        }
        Verification here = verify();
        if (!java.util.Objects.equals(here.seal(), before.seal()) || here.rows() != before.rows()) {
            throw StoreException.bundled(null, null, "store.server.twoJournals", where, here.rows(), contestDb, before.rows());
        }
        return here.seal();
    }

    private Seal movedAlike(Verification before, Path contestDb) {
        Verification after = verify();
        if (!after.ok() || !java.util.Objects.equals(after.seal(), before.seal())) {
            throw StoreException.bundled(null, null, "store.server.movedUnlike", where, contestDb, after.problems());
        }
        return after.seal();
    }
}
