package org.podium.store;

import org.podium.domain.Role;
import org.podium.domain.RoundStage;
import org.podium.domain.Said;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.podium.domain.Contest;
import org.podium.domain.Contestant;
import org.podium.domain.Event;
import org.podium.domain.Fact;
import org.podium.domain.FactTable;
import org.podium.domain.FactKind;

/**
 * What every store of the journal shares, whatever the SQL engine underneath (docs/store.md, docs/venue-server.md): the
 * recording rules, the hash chain, officials as journal rows, the seal, {@code verify} and the work numbers, on one JDBC
 * connection used by one thread at a time. A subclass opens the connection and says how a write transaction begins
 * (SQLite's {@code BEGIN IMMEDIATE}, PostgreSQL's advisory lock), what guards the journal and how a backup is taken.
 * The SQL here is what SQLite and PostgreSQL both read alike.
 */
abstract class JournalStore implements ContestStore {
    /** The journal kind of a withdrawal: {@code value} holds the withdrawn fact's kind, {@code supersedes} its id. */
    static final String WITHDRAW = "withdraw";
    static final String COLUMNS = JournalAppender.COLUMNS;

    /** Where the database is, as messages name it: the file, or the server's address (never a password). */
    final String where;
    final Clock clock;
    final OpenMode mode;
    /** A second folder every backup is copied into (backup_dir), or null. */
    Path mirror;
    final Contest contest;
    final RecordingPolicy policy;
    private final Pins pins = new Pins(new SecureRandom());
    /** Draws the work numbers of blind judging. */
    private final SecureRandom random = new SecureRandom();
    /** The connection, set once by the subclass's constructor. */
    Connection conn;
    /** Prepared once, by their SQL: every write runs the same few statements. */
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    JournalStore(String where, Contest contest, Clock clock, OpenMode mode) {
        this.where = where;
        this.clock = clock;
        this.contest = contest;
        this.mode = mode;
        this.policy = new RecordingPolicy(contest);
    }

    /** Begins a write transaction that no other writer of the journal runs beside (it waits for theirs). */
    abstract void begin() throws SQLException;

    abstract void commit() throws SQLException;

    /** Rolls the write transaction back; may fail when the engine has already rolled it back. */
    abstract void rollback() throws SQLException;

    /** What is wrong with the guards that keep the journal append-only, one line each; empty when they are as made. */
    abstract List<String> guardProblems() throws SQLException;

    /** Whether the official table is a cache of the journal's official rows (schema 5 on). */
    abstract boolean officialsInJournal() throws SQLException;

    /** The column that orders the official table as its officials were added. */
    abstract String officialOrder();

    /** How a fact's own UUID is bound to a statement: its text (SQLite's TEXT column); the server binds a uuid. */
    Object keyParameter(UUID key) {
        return key.toString();
    }

    /** The query of the row of a fact's own UUID ({@code ?}): its id. */
    String keyLookup() {
        return "SELECT id FROM fact WHERE fact_key = ?";
    }

    /** The query of the journal's last row: its id and hash (none when the journal is empty). */
    String lastRowQuery() {
        return JournalAppender.LAST_ROW;
    }

    /** A refusal of the database itself (the venue server's row policy) as the official is told it, or null. */
    RecordingRefused refusedByDatabase(SQLException e) {
        return null;
    }

    /** Called after the connection is closed (a lock file released). */
    void closed() {
    }

    @Override
    public synchronized void addOfficial(String id, String name, Role role, char[] pin) {
        OfficialAccount account = new OfficialAccount(id, name, role);
        if (IMPORT.equals(account.id()) || SETUP.equals(account.id())) {
            throw new IllegalArgumentException(StoreText.get("store.officials.reserved", account.id(), IMPORT, SETUP));
        }
        PinRules.require(pin, role, contest.sample());
        OfficialEntry entry = withNewPin(new OfficialEntry(id, name, role, new byte[0], new byte[0], 0), pin);
        writeOfficial(appender -> {
            if (officialExists(id)) {
                throw new IllegalArgumentException(StoreText.get("store.officials.exists", id));
            }
            // the journal's row first: on the venue server a station may record it only while officials may be set up
            appender.appendOfficial(OfficialEntry.Change.ADD, entry, SETUP, SETUP, null);
            insertOfficialTable(entry);
        });
    }

    /** Whether the journal or the official table holds {@code id}. */
    boolean officialExists(String id) throws SQLException {
        return latestOfficialRow(id) != null || officialTableRow(id) != null;
    }

    /** The official table's row of a new official (the journal row is written beside it). */
    void insertOfficialTable(OfficialEntry entry) throws SQLException {
        PreparedStatement ps = statement("INSERT INTO official (id, name, role, pin_hash, pin_salt, pin_iterations)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
        ps.setString(1, entry.id());
        setOfficialColumns(ps, 2, entry);
        ps.executeUpdate();
    }

    @Override
    public synchronized List<OfficialAccount> officials() {
        List<OfficialAccount> out = new ArrayList<>();
        try {
            List<JournalRow> rows = new ArrayList<>();
            PreparedStatement ps = statement("SELECT " + COLUMNS + " FROM fact WHERE kind = '" + OfficialEntry.KIND + "' ORDER BY id");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            Map<String, OfficialEntry> table = new HashMap<>();
            for (OfficialEntry t : officialTable()) {
                table.put(t.id(), t);
            }
            for (Officials.Latest latest : Officials.latest(rows).values()) {
                String id = latest.entry().id();
                Officials.agreed(id, table.remove(id), latest, where).ifPresent(e -> out.add(e.account()));
            }
            for (OfficialEntry stray : table.values()) {
                Officials.agreed(stray.id(), stray, null, where);
            }
        } catch (SQLException e) {
            throw failure(Said.of("store.doing.readOfficials"), e);
        } catch (IllegalArgumentException e) {
            throw new StoreException(where + ": " + e.getMessage());
        }
        return out;
    }

    @Override
    public synchronized Optional<OfficialAccount> official(String id) {
        return entry(id).map(OfficialEntry::account);
    }

    /** The official of {@code id} as the journal holds them, once the official table agrees (docs/store.md). */
    Optional<OfficialEntry> entry(String id) {
        try {
            return Officials.agreed(id, officialTableRow(id), latestOfficialRow(id), where);
        } catch (SQLException e) {
            throw failure(Said.of("store.doing.readOfficial", id), e);
        } catch (IllegalArgumentException e) {
            throw new StoreException(where + ": " + e.getMessage());
        }
    }

    /** The latest official row of {@code id} (indexed: fact_entry with event, round and bib null), or null. */
    private Officials.Latest latestOfficialRow(String id) throws SQLException {
        PreparedStatement ps = statement("SELECT " + COLUMNS + " FROM fact WHERE event IS NULL AND round IS NULL AND bib IS NULL"
                + " AND kind = '" + OfficialEntry.KIND + "' AND official = ? ORDER BY id DESC LIMIT 1");
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Officials.of(row(rs)) : null;
        }
    }

    private OfficialEntry officialTableRow(String id) throws SQLException {
        PreparedStatement ps = statement("SELECT id, name, role, pin_hash, pin_salt, pin_iterations FROM official WHERE id = ?");
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? officialOf(rs) : null;
        }
    }

    List<OfficialEntry> officialTable() throws SQLException {
        List<OfficialEntry> out = new ArrayList<>();
        try (ResultSet rs = statement("SELECT id, name, role, pin_hash, pin_salt, pin_iterations FROM official ORDER BY " + officialOrder())
                .executeQuery()) {
            while (rs.next()) {
                out.add(officialOf(rs));
            }
        }
        return out;
    }

    private static OfficialEntry officialOf(ResultSet rs) throws SQLException {
        return new OfficialEntry(rs.getString(1), rs.getString(2), Role.fromKey(rs.getString(3)), rs.getBytes(4),
                rs.getBytes(5), rs.getInt(6));
    }

    /** name, role, pin_hash, pin_salt, pin_iterations from parameter {@code from} on. */
    private static void setOfficialColumns(PreparedStatement ps, int from, OfficialEntry e) throws SQLException {
        ps.setString(from, e.name());
        ps.setString(from + 1, e.role().key());
        ps.setBytes(from + 2, e.pinHash());
        ps.setBytes(from + 3, e.pinSalt());
        ps.setInt(from + 4, e.pinIterations());
    }

    private OfficialEntry withNewPin(OfficialEntry e, char[] pin) {
        byte[] salt = pins.newSalt();
        return e.withPin(Pins.hash(pin, salt, Pins.ITERATIONS), salt, Pins.ITERATIONS);
    }

    /** A change to an official in one transaction: the official table's row and the journal row together. */
    private void writeOfficial(OfficialWork work) {
        try {
            write(appender -> {
                work.run(appender);
                return null;
            });
        } catch (RecordingRefused refused) { // the venue server refused a station's change: one line
            throw new IllegalArgumentException(refused.getMessage(), refused);
        }
    }

    @FunctionalInterface
    private interface OfficialWork {
        void run(JournalAppender appender) throws SQLException;
    }

    @Override
    public synchronized PinCheck checkPin(String id, char[] pin) {
        try {
            PinWait wait = pinWait(id);
            Instant now = clock.instant();
            if (wait != null && !wait.remaining(now).isZero()) {
                return new PinCheck(PinCheck.Outcome.WAITING, wait.remaining(now));
            }
            Optional<OfficialEntry> official = entry(id);
            boolean right = official.isPresent() ? official.get().pinMatches(pin) : Pins.matchesNothing(pin);
            PreparedStatement ps;
            if (right) {
                ps = statement("DELETE FROM pin_wait WHERE official = ?");
                ps.setString(1, id);
                ps.executeUpdate();
                return PinCheck.RIGHT;
            }
            ps = statement("INSERT INTO pin_wait (official, misses, last_miss) VALUES (?, 1, ?)"
                    + " ON CONFLICT (official) DO UPDATE SET misses = pin_wait.misses + 1, last_miss = excluded.last_miss");
            ps.setString(1, id);
            ps.setString(2, now.toString());
            ps.executeUpdate();
            return new PinCheck(PinCheck.Outcome.WRONG, PinWait.after(pinWait(id).misses()));
        } catch (SQLException e) {
            throw failure(Said.of("store.doing.checkPin", id), e);
        }
    }

    private PinWait pinWait(String id) throws SQLException {
        PreparedStatement ps = statement("SELECT misses, last_miss FROM pin_wait WHERE official = ?");
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new PinWait(rs.getInt(1), Instant.parse(rs.getString(2))) : null;
        }
    }

    @Override
    public synchronized PinCheck changePin(String id, char[] newPin, String by, char[] byPin, String station) {
        requireStation(station);
        OfficialEntry target = entry(id).orElseThrow(() -> new IllegalArgumentException(StoreText.get("store.officials.none", id)));
        if (!id.equals(by) && entry(by).map(e -> e.role() != Role.CHIEF).orElse(false)) {
            throw new IllegalArgumentException(StoreText.get("store.officials.pinBy", by, id));
        }
        PinRules.require(newPin, target.role(), contest.sample());
        PinCheck check = checkPin(by, byPin);
        if (!check.ok()) {
            return check;
        }
        OfficialEntry changed = withNewPin(target, newPin);
        writeOfficial(appender -> {
            updateOfficialTable(changed);
            appender.appendOfficial(OfficialEntry.Change.PIN, changed, by, station, null);
            clearPinWait(id);
        });
        return check;
    }

    @Override
    public synchronized PinCheck changeOfficial(String id, String name, Role role, String chief, char[] chiefPin,
                                                String station) {
        requireStation(station);
        OfficialEntry target = entry(id).orElseThrow(() -> new IllegalArgumentException(StoreText.get("store.officials.none", id)));
        if (entry(chief).map(e -> e.role() != Role.CHIEF).orElse(false)) {
            throw new IllegalArgumentException(StoreText.get("store.officials.changeBy", chief, id));
        }
        OfficialEntry renamed = name == null || name.isBlank() ? target : target.withName(name.strip());
        OfficialEntry changed = role == null ? renamed : renamed.withRole(role);
        if (changed.role().head() && !target.role().head() && !contest.sample()) {
            // a chief's or organiser's PIN needs 6 digits: the official sets a new one first (podium officials --pin)
            throw new IllegalArgumentException(StoreText.get("store.officials.headPin", id, StoreText.get("store.role." + changed.role().key()),
                    StoreText.get("store.role." + target.role().key()), StoreText.get("cli.pin.weak." + PinProblem.TOO_SHORT_FOR_HEAD.name())));
        }
        PinCheck check = checkPin(chief, chiefPin);
        if (!check.ok()) {
            return check;
        }
        writeOfficial(appender -> {
            updateOfficialTable(changed);
            if (!renamed.name().equals(target.name())) {
                appender.appendOfficial(OfficialEntry.Change.NAME, renamed, chief, station, null);
            }
            if (changed.role() != target.role()) {
                appender.appendOfficial(OfficialEntry.Change.ROLE, changed, chief, station, null);
            }
        });
        return check;
    }

    /** A new PIN: the id's PIN waits start again. */
    void clearPinWait(String id) throws SQLException {
        PreparedStatement ps = statement("DELETE FROM pin_wait WHERE official = ?");
        ps.setString(1, id);
        ps.executeUpdate();
    }

    void updateOfficialTable(OfficialEntry e) throws SQLException {
        PreparedStatement ps = statement("UPDATE official SET name = ?, role = ?, pin_hash = ?, pin_salt = ?, pin_iterations = ?"
                + " WHERE id = ?");
        setOfficialColumns(ps, 1, e);
        ps.setString(6, e.id());
        ps.executeUpdate();
    }

    @Override
    public synchronized long record(String officialId, String station, Fact fact, String reason) throws RecordingRefused {
        return record(null, officialId, station, fact, reason);
    }

    /**
     * Records a fact; with a {@code key} (the server's journal: the fact's own UUID), a fact whose key is in the journal
     * already is not recorded again and its row's id is returned: a resend doubles nothing.
     */
    long record(UUID key, String officialId, String station, Fact fact, String reason) throws RecordingRefused {
        requireStation(station);
        long id = write(appender -> {
            if (key != null) {
                PreparedStatement ps = statement(keyLookup());
                ps.setObject(1, keyParameter(key));
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return rs.getLong(1);
                    }
                }
            }
            OfficialAccount who = known(officialId);
            policy.check(fact);
            policy.allow(who, fact);
            policy.checkNames(fact);
            appender.keyNext(key);
            return appendFact(appender, fact, who.id(), station, reason);
        });
        periodicBackup();
        return id;
    }

    /** Everything a store holds, as it lies: what moves a contest.db into the server, and the server into a snapshot. */
    record Contents(List<JournalRow> journal, List<OfficialEntry> officials, List<List<String>> workNumbers,
                    List<List<String>> pinWaits, Map<Long, UUID> keys, List<List<String>> refused) {
    }

    /** Reads everything at once: within a write transaction, so that no row is appended meanwhile. */
    synchronized Contents contents() {
        try {
            if (mode == OpenMode.READ_ONLY) {
                return readContents();
            }
            return write(appender -> readContents());
        } catch (SQLException e) {
            throw failure(Said.of("store.doing.readDatabase"), e);
        } catch (RecordingRefused impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private Contents readContents() throws SQLException {
        return new Contents(journal(), officialTable(), strings("SELECT event, round, bib, number FROM work_number"
                + " ORDER BY event, round, bib", 4), strings("SELECT official, misses, last_miss FROM pin_wait ORDER BY official", 3),
                factKeys(), refusedRows());
    }

    /** The facts' own UUIDs (rows sent by a station to the server), by row id. */
    private Map<Long, UUID> factKeys() throws SQLException {
        Map<Long, UUID> keys = new java.util.HashMap<>();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, fact_key FROM fact WHERE fact_key IS NOT NULL")) {
            while (rs.next()) {
                keys.put(rs.getLong(1), UUID.fromString(String.valueOf(rs.getObject(2))));
            }
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("no such column: fact_key")) {
                return Map.of(); // a contest.db before schema 6, read as it lies: no fact has a key
            }
            throw e;
        }
        return keys;
    }

    private List<List<String>> strings(String sql, int columns) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                out.add(row);
            }
        }
        return out;
    }

    /**
     * Writes another store's contents into this one, which must be empty (no journal row, no official), in one
     * transaction: every row with its id and hash as it was, so the chain and the seal are the same.
     */
    synchronized void load(Contents contents) {
        try {
            write(appender -> {
                if (!journal().isEmpty() || !officialTable().isEmpty()) {
                    throw new StoreException(StoreText.get("store.load.notEmpty", where));
                }
                for (OfficialEntry e : contents.officials()) {
                    PreparedStatement ps = statement("INSERT INTO official (id, name, role, pin_hash, pin_salt, pin_iterations)"
                            + " VALUES (?, ?, ?, ?, ?, ?)");
                    ps.setString(1, e.id());
                    setOfficialColumns(ps, 2, e);
                    ps.executeUpdate();
                }
                for (JournalRow row : contents.journal()) {
                    appender.keyNext(contents.keys().get(row.id()));
                    appender.insert(row);
                }
                for (List<String> w : contents.workNumbers()) {
                    PreparedStatement ps = statement("INSERT INTO work_number (event, round, bib, number) VALUES (?, ?, ?, ?)");
                    for (int i = 0; i < 4; i++) {
                        ps.setString(i + 1, w.get(i));
                    }
                    ps.executeUpdate();
                }
                for (List<String> r : contents.refused()) {
                    insertRefused(r);
                }
                for (List<String> p : contents.pinWaits()) {
                    PreparedStatement ps = statement("INSERT INTO pin_wait (official, misses, last_miss) VALUES (?, ?, ?)");
                    ps.setString(1, p.get(0));
                    ps.setInt(2, Integer.parseInt(p.get(1)));
                    ps.setString(3, p.get(2));
                    ps.executeUpdate();
                }
                return null;
            });
        } catch (RecordingRefused impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public synchronized List<Long> recordAll(String officialId, String station, List<Fact> facts, String reason)
            throws RecordingRefused {
        requireStation(station);
        List<Long> ids = write(appender -> {
            OfficialAccount who = known(officialId);
            List<Long> written = new ArrayList<>(facts.size());
            for (Fact fact : facts) {
                policy.check(fact);
                policy.allow(who, fact);
                policy.checkNames(fact);
                written.add(appendFact(appender, fact, who.id(), station, reason));
            }
            return written;
        });
        periodicBackup();
        return ids;
    }

    /** While facts arrive, a backup at most this often (issue: "at most every 10 minutes while facts arrive"). */
    public static final Duration BACKUP_EVERY = Duration.ofMinutes(10);

    /** When the last backup was written by this store, or null before the first. */
    Instant lastBackup;
    String backupProblem;

    /** After a committed write: a snapshot when none was taken for {@link #BACKUP_EVERY}. Never throws. */
    void periodicBackup() {
        if (batch) { // a snapshot only of what is committed: after the batch
            backupOwed = true;
            return;
        }
        Instant now = clock.instant();
        if (lastBackup != null && Duration.between(lastBackup, now).compareTo(BACKUP_EVERY) < 0) {
            return;
        }
        backupAfter("auto");
    }

    /**
     * A backup after a committed row (a lock, a publish, facts). Never throws: the row is committed and only the copy
     * failed; the store says so ({@link #backupProblem()}) and the next write tries again (a failed backup leaves no
     * file and does not count, so the 10 minutes are not reset).
     */
    private void backupAfter(String label) {
        try {
            backup(label);
        } catch (StoreException e) {
            backupProblem = e.getMessage();
        }
    }

    @Override
    public synchronized Optional<String> backupProblem() {
        return Optional.ofNullable(backupProblem);
    }

    @Override
    public synchronized long withdraw(String officialId, String station, Fact key, String reason) throws RecordingRefused {
        return withdraw(null, officialId, station, key, reason);
    }

    @Override
    public synchronized long withdrawOnce(UUID once, String officialId, String station, Fact key, String reason)
            throws RecordingRefused {
        return withdraw(once, officialId, station, key, reason);
    }

    /** The id of the row already keyed {@code once} (sent again after a lost reply), or null; none without a key. */
    private Long alreadyKept(UUID once) throws SQLException {
        if (once == null) {
            return null;
        }
        PreparedStatement ps = statement(keyLookup());
        ps.setObject(1, keyParameter(once));
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private long withdraw(UUID once, String officialId, String station, Fact key, String reason) throws RecordingRefused {
        requireStation(station);
        return write(appender -> {
            Long kept = alreadyKept(once);
            if (kept != null) {
                return kept;
            }
            OfficialAccount who = known(officialId);
            policy.check(key);
            policy.allow(who, key);
            Said what = Said.of("store.what.withdraw", RecordingPolicy.kind(key), RecordingPolicy.entry(key));
            refuseWhileLocked(key.event(), key.round(), what);
            String why = blank(reason) ? null : reason.strip();
            if (why == null && roundState(key.event(), key.round()).everLocked()) {
                throw RecordingRefused.said(RecordingRefused.Why.REASON_NEEDED, List.of(key.event(), key.round()),
                        "store.refused.withdrawReason", who.id(), what);
            }
            Long current = latestOfKey(key);
            if (current == null || withdrawn(current)) {
                throw RecordingRefused.said(RecordingRefused.Why.NOTHING_TO_WITHDRAW,
                        List.of(key.event(), key.round(), key.bib()), "store.refused.nothingToWithdraw", who.id(), what);
            }
            if (key.kind() == FactKind.STATUS && !who.role().head()) {
                String status = statusOf(current);
                if (!"DNS".equals(status) && !"DNF".equals(status)) {
                    throw RecordingRefused.said("store.refused.chiefsStatus", who.id(), what, status);
                }
            }
            appender.keyNext(once);
            return appender.append(WITHDRAW, key.event(), key.round(), key.bib(), key.official(), key.item(),
                    key.attempt(), key.kind().key(), null, who.id(), station, why, current);
        });
    }

    private String statusOf(long factId) throws SQLException {
        PreparedStatement ps = statement("SELECT status FROM fact WHERE id = ?");
        ps.setLong(1, factId);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private boolean withdrawn(long factId) throws SQLException {
        PreparedStatement ps = statement("SELECT 1 FROM fact WHERE supersedes = ? AND kind = '" + WITHDRAW + "' LIMIT 1");
        ps.setLong(1, factId);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    @Override
    public synchronized List<Long> importFacts(List<Fact> facts, String reason) throws RecordingRefused {
        List<Long> written = write(appender -> {
            for (Fact f : facts) {
                try {
                    policy.checkRead(f);
                } catch (RecordingRefused e) {
                    throw importRefused(f, e);
                }
            }
            ImportPlan plan = ImportPlan.of(facts, currentFacts());
            if (plan.correction() != null && blank(reason)) {
                Fact f = plan.correction();
                throw RecordingRefused.said("store.import.correction", f.origin().line() > 0 ? f.origin() : where,
                        Said.of("store.what.fact", RecordingPolicy.kind(f), RecordingPolicy.entry(f)), FactText.value(plan.corrected()),
                        FactText.value(f), Integer.toString(plan.corrected().origin().line()));
            }
            List<Long> ids = new ArrayList<>(plan.record().size());
            for (Fact f : plan.record()) {
                try {
                    ids.add(appendFact(appender, f, IMPORT, IMPORT, reason));
                } catch (RecordingRefused e) {
                    throw importRefused(f, e);
                }
            }
            return ids;
        });
        if (!written.isEmpty()) {
            periodicBackup();
        }
        return written;
    }

    private static RecordingRefused importRefused(Fact f, RecordingRefused e) {
        return e.saying(f.origin().line() > 0 ? Said.of("store.import.refusedAt", f.origin(), e.text())
                : Said.of("store.import.refused", e.text()));
    }

    @Override
    public synchronized long submitSheet(String officialId, String station, String event, String round, String bib, String judge,
                                         Integer attempt) throws RecordingRefused {
        return sheetAction(null, officialId, station, event, round, bib, judge, attempt, LockAction.SUBMIT, null);
    }

    @Override
    public synchronized long submitSheetOnce(UUID once, String officialId, String station, String event, String round,
                                             String bib, String judge, Integer attempt) throws RecordingRefused {
        return sheetAction(once, officialId, station, event, round, bib, judge, attempt, LockAction.SUBMIT, null);
    }

    @Override
    public synchronized long reopenSheetOnce(UUID once, String officialId, String station, String event, String round,
                                             String bib, String judge, Integer attempt, String reason) throws RecordingRefused {
        return sheetAction(once, officialId, station, event, round, bib, judge, attempt, LockAction.REOPEN, reason);
    }

    @Override
    public synchronized long reopenSheet(String officialId, String station, String event, String round, String bib, String judge,
                                         Integer attempt, String reason) throws RecordingRefused {
        return sheetAction(null, officialId, station, event, round, bib, judge, attempt, LockAction.REOPEN, reason);
    }

    /** Submits or reopens a judge's sheet: a sheet is submitted while its latest SUBMIT or REOPEN is a SUBMIT. */
    private long sheetAction(UUID once, String officialId, String station, String event, String round, String bib, String judge,
                             Integer attempt, LockAction action, String reason) throws RecordingRefused {
        requireStation(station);
        return write(appender -> {
            Long kept = alreadyKept(once);
            if (kept != null) {
                return kept;
            }
            OfficialAccount who = known(officialId);
            policy.round(policy.event(event), round);
            policy.allowLock(who, action, event, bib, judge);
            refuseWhileLocked(event, round, Said.of("store.what.sheetAction", RecordingPolicy.action(action), judge, bib));
            Said sheet = attempt == null ? Said.of("store.sheet", judge, event + "/" + round, bib)
                    : Said.of("store.sheet.attempt", judge, event + "/" + round, bib, attempt);
            boolean submitted = submitted(event, round, bib, judge, attempt == null ? 1 : attempt);
            if (action == LockAction.SUBMIT && submitted) {
                throw RecordingRefused.said(RecordingRefused.Why.SHEET_SUBMITTED, List.of(event, round, bib, judge),
                        "store.refused.alreadySubmitted", sheet);
            }
            if (action == LockAction.REOPEN && !submitted) {
                throw RecordingRefused.said("store.refused.notSubmitted", sheet);
            }
            if (action == LockAction.REOPEN && blank(reason)) {
                throw RecordingRefused.said("store.refused.reopenReason", who.id(), sheet);
            }
            appender.keyNext(once);
            return appender.append(action.key(), event, round, bib, judge, null, attempt, null, null,
                    who.id(), station, blank(reason) ? null : reason.strip(), null);
        });
    }

    @Override
    public synchronized Map<String, String> workNumbers(String event, String round) {
        Event e = contest.event(event);
        if (e == null || e.round(round) == null) {
            throw new IllegalArgumentException("no round " + event + "/" + round + " in contest.yaml");
        }
        List<String> bibs = contest.entrants(event).stream().map(Contestant::bib).toList();
        if (mode == OpenMode.READ_ONLY) {
            return drawnWorkNumbers(event, round, bibs);
        }
        try {
            return write(appender -> {
                Map<String, String> known = new HashMap<>();
                PreparedStatement read = statement("SELECT bib, number FROM work_number WHERE event = ? AND round = ?");
                read.setString(1, event);
                read.setString(2, round);
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        known.put(rs.getString(1), rs.getString(2));
                    }
                }
                Set<String> taken = new HashSet<>(known.values());
                Set<String> everyBib = new HashSet<>(known.keySet());
                everyBib.addAll(bibs);
                // Numbers of 3 or more digits, so many that at most a tenth of them are in use: a guess is rarely right.
                int low = 100;
                while (9L * low < 10L * everyBib.size()) {
                    low *= 10;
                }
                Map<String, String> numbers = new LinkedHashMap<>();
                for (String bib : bibs) {
                    String number = known.get(bib);
                    if (number == null) {
                        do { // never a number that is also a bib of the round: a judge must not read one as the other
                            number = Integer.toString(low + random.nextInt(9 * low));
                        } while (everyBib.contains(number) || !taken.add(number));
                        PreparedStatement insert = statement("INSERT INTO work_number (event, round, bib, number) VALUES (?, ?, ?, ?)");
                        insert.setString(1, event);
                        insert.setString(2, round);
                        insert.setString(3, bib);
                        insert.setString(4, number);
                        insert.executeUpdate();
                    }
                    numbers.put(bib, number);
                }
                return numbers;
            });
        } catch (RecordingRefused impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A read-only store draws no number: the numbers as drawn, when every entrant has one. */
    private Map<String, String> drawnWorkNumbers(String event, String round, List<String> bibs) {
        Map<String, String> known = new HashMap<>();
        try (PreparedStatement read = conn.prepareStatement("SELECT bib, number FROM work_number WHERE event = ? AND round = ?")) {
            read.setString(1, event);
            read.setString(2, round);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    known.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            if (StoreFault.of(e).isPresent()) {
                throw failure(Said.of("store.doing.readWorkNumbers"), e);
            }
            // a database older than work numbers (schema 3) has drawn none
        }
        Map<String, String> numbers = new LinkedHashMap<>();
        for (String bib : bibs) {
            String number = known.get(bib);
            if (number == null) {
                throw StoreException.bundled(StoreFault.READ_ONLY, null, "store.workNumbers.notDrawn", where, event + "/" + round);
            }
            numbers.put(bib, number);
        }
        return numbers;
    }

    @Override
    public synchronized long lockRound(String officialId, String station, String event, String round, String reason)
            throws RecordingRefused {
        long id = roundAction(officialId, station, event, round, LockAction.LOCK, reason);
        backupAfter("lock-" + event + "-" + round);
        return id;
    }

    @Override
    public synchronized long unlockRound(String officialId, String station, String event, String round, String reason)
            throws RecordingRefused {
        return roundAction(officialId, station, event, round, LockAction.UNLOCK, reason);
    }

    @Override
    public synchronized long publishRound(String officialId, String station, String event, String round) throws RecordingRefused {
        long id = roundAction(officialId, station, event, round, LockAction.PUBLISH, null);
        backupAfter("publish-" + event + "-" + round);
        return id;
    }

    private long roundAction(String officialId, String station, String event, String round, LockAction action, String reason)
            throws RecordingRefused {
        requireStation(station);
        return write(appender -> {
            OfficialAccount who = known(officialId);
            policy.round(policy.event(event), round);
            policy.allowLock(who, action, event, null, null);
            RoundStage state = roundState(event, round);
            Object[] what = {who.id(), RecordingPolicy.action(action), event + "/" + round};
            switch (action) {
                case LOCK -> {
                    if (state.locked()) {
                        throw RecordingRefused.said("store.refused.round", what[0], what[1], what[2],
                                Said.of("store.why.alreadyLocked", state.lastLockId()));
                    }
                }
                case UNLOCK -> {
                    if (!state.locked()) {
                        throw RecordingRefused.said("store.refused.round", what[0], what[1], what[2], Said.of("store.why.notLocked"));
                    }
                    if (blank(reason)) {
                        throw RecordingRefused.said("store.refused.round", what[0], what[1], what[2],
                                Said.of("store.why.unlockReason"));
                    }
                }
                case PUBLISH -> {
                    if (!state.locked()) {
                        throw RecordingRefused.said("store.refused.round", what[0], what[1], what[2],
                                Said.of("store.why.lockFirst"));
                    }
                    if (state.published()) {
                        throw RecordingRefused.said("store.refused.round", what[0], what[1], what[2],
                                Said.of("store.why.alreadyPublished"));
                    }
                }
                default -> throw new IllegalArgumentException(action.key());
            }
            return appender.append(action.key(), event, round, null, null, null, null, null, null, who.id(), station,
                    blank(reason) ? null : reason.strip(), null);
        });
    }

    /** Appends a fact after the lock rules; finds the fact it supersedes. */
    long appendFact(JournalAppender appender, Fact fact, String by, String station, String reason)
            throws SQLException, RecordingRefused {
        String why = blank(reason) ? null : reason.strip();
        if (fact.kind() != FactKind.THEORY) {
            refuseWhileLocked(fact.event(), fact.round(), Said.of("store.what.fact", RecordingPolicy.kind(fact), RecordingPolicy.entry(fact)));
            RoundStage state = roundState(fact.event(), fact.round());
            boolean sheet = fact.kind() == FactKind.MARK
                    && submitted(fact.event(), fact.round(), fact.bib(), fact.official(), fact.attemptOrFirst());
            if (why == null && (state.everLocked() || sheet)) {
                throw RecordingRefused.said(RecordingRefused.Why.REASON_NEEDED, List.of(fact.event(), fact.round()),
                        "store.refused.changeReason", by, Said.of("store.what.fact", RecordingPolicy.kind(fact), RecordingPolicy.entry(fact)),
                        sheet ? Said.of("store.why.sheetSubmitted") : Said.of("store.why.wasLocked", state.lastLockId()));
            }
        }
        Long supersedes = latestOfKey(fact);
        if (supersedes != null && withdrawn(supersedes)) {
            supersedes = null; // the key had no current fact: this one corrects nothing
        }
        return appender.append(fact.kind().key(), fact.event(), fact.round(), fact.bib(), fact.official(), fact.item(),
                fact.attempt(), FactText.value(fact), fact.kind() == FactKind.STATUS ? fact.status().name() : null, by, station,
                why, supersedes);
    }

    private void refuseWhileLocked(String event, String round, Said what) throws SQLException, RecordingRefused {
        RoundStage state = roundState(event, round);
        if (state.locked()) {
            throw RecordingRefused.said(RecordingRefused.Why.ROUND_LOCKED, List.of(event, round), "store.refused.locked",
                    event + "/" + round, state.lastLockId(), what);
        }
    }

    /** The lock stage of a round from its lock events ({@link RoundStage#after}, the one place it is worked out). */
    private RoundStage roundState(String event, String round) throws SQLException {
        PreparedStatement ps = statement("SELECT id, kind FROM fact WHERE event = ? AND round = ? AND bib IS NULL"
                + " AND kind IN ('lock', 'unlock', 'publish') ORDER BY id");
        ps.setString(1, event);
        ps.setString(2, round);
        RoundStage stage = RoundStage.OPEN;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                stage = stage.after(rs.getString(2), rs.getLong(1));
            }
        }
        return stage;
    }

    /** Whether a judge's sheet is submitted now: its latest SUBMIT or REOPEN is a SUBMIT. */
    private boolean submitted(String event, String round, String bib, String judge, int attempt) throws SQLException {
        PreparedStatement ps = statement("SELECT kind FROM fact WHERE event = ? AND round = ? AND bib = ?"
                + " AND kind IN ('submit', 'reopen') AND official IS NOT DISTINCT FROM ? AND COALESCE(attempt, 1) = ? ORDER BY id DESC LIMIT 1");
        {
            ps.setString(1, event);
            ps.setString(2, round);
            ps.setString(3, bib);
            ps.setString(4, judge);
            ps.setInt(5, attempt);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && LockAction.SUBMIT.key().equals(rs.getString(1));
            }
        }
    }

    /** The latest fact of the same key (a status names its attempt as given; others count none as 1). */
    private Long latestOfKey(Fact fact) throws SQLException {
        boolean status = fact.kind() == FactKind.STATUS;
        PreparedStatement ps = statement("SELECT id FROM fact WHERE event = ? AND round IS NOT DISTINCT FROM ? AND bib = ?"
                + " AND kind = ? AND official IS NOT DISTINCT FROM ? AND item IS NOT DISTINCT FROM ? AND "
                + (status ? "attempt IS NOT DISTINCT FROM ?" : "COALESCE(attempt, 1) = ?")
                + " ORDER BY id DESC LIMIT 1");
        {
            ps.setString(1, fact.event());
            ps.setString(2, fact.round());
            ps.setString(3, fact.bib());
            ps.setString(4, fact.kind().key());
            ps.setString(5, fact.official());
            ps.setString(6, fact.item());
            Integer attempt = status ? fact.attempt() : Integer.valueOf(fact.attemptOrFirst());
            setInteger(ps, 7, attempt);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    @Override
    public synchronized long acknowledge(String officialId, String station, String event, String round, String bib, String flag,
                                         String asItStands, String note) throws RecordingRefused {
        requireStation(station);
        return write(appender -> {
            OfficialAccount who = known(officialId);
            policy.round(policy.event(event), round);
            Object[] what = {who.id(), flag, event + "/" + round, bib};
            if (who.role() != Role.CHIEF) {
                throw RecordingRefused.said("store.refused.ack", what[0], what[1], what[2], what[3],
                        Said.of("store.why.chiefAcks", who.id(), Said.of("store.role." + who.role().key())));
            }
            if (contest.entrants(event).stream().noneMatch(c -> c.bib().equals(bib))) {
                throw RecordingRefused.said("store.refused.ack", what[0], what[1], what[2], what[3],
                        Said.of("store.refused.notEntered", bib, event));
            }
            if (blank(flag) || !flag.matches("[A-Z_]+")) {
                throw RecordingRefused.said("store.refused.ack", what[0], what[1], what[2], what[3],
                        Said.of("store.why.flagCapitals"));
            }
            if (blank(asItStands)) {
                throw RecordingRefused.said("store.refused.ack", what[0], what[1], what[2], what[3],
                        Said.of("store.why.noEvidence"));
            }
            if (blank(note)) {
                throw RecordingRefused.said(RecordingRefused.Why.NOTE_NEEDED, List.of(event, round, bib, flag),
                        "store.refused.ack", what[0], what[1], what[2], what[3], Said.of("store.why.ackNote"));
            }
            return appender.append(ACK, event, round, bib, null, flag, null, asItStands, null, who.id(), station,
                    note.strip(), null);
        });
    }

    /** The columns of the {@code refused} table (schema 7), every one text. */
    static final String REFUSED_COLUMNS = "fact_key, station, recorded_by, action, kind, event, round, bib, official, item,"
            + " attempt, millis, amount, status, reason, reason_key, reason_args, saved_at, refused_at";
    private static final String ARGS_SEPARATOR = "\u001f";

    @Override
    public synchronized void reportNotAccepted(org.podium.domain.NotAccepted r) {
        Fact f = r.fact();
        List<String> row = java.util.Arrays.asList(r.key().toString(), r.station(), r.recordedBy(), r.action(), f.kind().name(),
                f.event(), f.round(), f.bib(), f.official(), f.item(), f.attempt() == null ? null : f.attempt().toString(),
                Long.toString(f.millis()), f.amount() == null ? null : f.amount().toPlainString(),
                f.status() == null ? null : f.status().name(), r.reason(), r.reasonKey(),
                String.join(ARGS_SEPARATOR, r.reasonArgs()), r.savedAt().toString(), r.refusedAt().toString());
        try {
            write(appender -> {
                insertRefused(row);
                return null;
            });
        } catch (RecordingRefused impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private void insertRefused(List<String> row) throws SQLException {
        PreparedStatement ps = statement("INSERT INTO refused (" + REFUSED_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (fact_key) DO NOTHING");
        for (int i = 0; i < row.size(); i++) {
            ps.setString(i + 1, row.get(i));
        }
        ps.executeUpdate();
    }

    @Override
    public synchronized List<org.podium.domain.NotAccepted> notAccepted() {
        List<org.podium.domain.NotAccepted> out = new ArrayList<>();
        try {
            for (List<String> r : refusedRows()) {
                String args = r.get(16);
                Fact fact = new Fact(FactKind.valueOf(r.get(4)), r.get(5), r.get(6), r.get(7), r.get(8), r.get(9),
                        r.get(10) == null ? null : Integer.valueOf(r.get(10)), Long.parseLong(r.get(11)),
                        r.get(12) == null ? null : new java.math.BigDecimal(r.get(12)),
                        r.get(13) == null ? null : org.podium.domain.Status.valueOf(r.get(13)), null);
                out.add(new org.podium.domain.NotAccepted(UUID.fromString(r.get(0)), r.get(1), r.get(2), fact, r.get(3),
                        r.get(14), r.get(15), args == null || args.isEmpty() ? List.of() : List.of(args.split(ARGS_SEPARATOR, -1)),
                        Instant.parse(r.get(17)), Instant.parse(r.get(18))));
            }
        } catch (SQLException e) {
            throw failure(Said.of("store.doing.readNotAccepted"), e);
        }
        return out;
    }

    /** The {@code refused} table's rows, the latest first; none in a contest.db before schema 7. */
    private List<List<String>> refusedRows() throws SQLException {
        try {
            return strings("SELECT " + REFUSED_COLUMNS + " FROM refused ORDER BY refused_at DESC, fact_key", 19);
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("no such table: refused")) {
                return List.of(); // a contest.db before schema 7, read as it lies
            }
            throw e;
        }
    }

    @Override
    public synchronized long lastRowId() {
        try (ResultSet rs = statement(lastRowQuery()).executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw failure(Said.of("store.doing.readJournal"), e);
        }
    }

    @Override
    public synchronized List<JournalRow> journal() {
        return rows("");
    }

    /** The journal's rows {@code where} (a clause with {@code ?} for each of the parameters, or ""), in id order. */
    private List<JournalRow> rows(String where, Object... parameters) {
        List<JournalRow> rows = new ArrayList<>();
        eachRow(rows::add, where, parameters);
        return rows;
    }

    /**
     * Hands the journal's rows {@code where} to {@code sink} one at a time, in id order, as the database streams them
     * (issue 17: millions of rows are never held as a list); the sink keeps what it needs of each.
     */
    private void eachRow(java.util.function.Consumer<JournalRow> sink, String where, Object... parameters) {
        try {
            PreparedStatement ps = statement("SELECT " + COLUMNS + " FROM fact" + where + " ORDER BY id");
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            streamed(ps, () -> {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(row(rs));
                    }
                }
            });
        } catch (SQLException e) {
            throw failure(Said.of("store.doing.readJournal"), e);
        }
    }

    /** A read that may throw what JDBC throws. */
    @FunctionalInterface
    interface Read {
        void run() throws SQLException;
    }

    /**
     * Runs a query's read so that its rows come from the database as they are read rather than all at once (SQLite's
     * do already; a store whose driver holds a whole result in memory says otherwise).
     */
    void streamed(PreparedStatement query, Read read) throws SQLException {
        read.run();
    }

    /** The row of {@code id}, or null. */
    private JournalRow rowOf(long id) {
        List<JournalRow> one = rows(" WHERE id = ?", id);
        return one.isEmpty() ? null : one.get(0);
    }

    /** Read from the rounds' lock events only (not the whole journal): every export asks for it. */
    @Override
    public synchronized Map<String, Seal> publishSeals() {
        return Seal.ofPublishedRounds(rows(" WHERE bib IS NULL AND kind IN ('lock', 'unlock', 'publish')"));
    }

    @Override
    public synchronized List<Fact> currentFacts() {
        FactTable table = new FactTable();
        CurrentFacts current = new CurrentFacts(table, policy, where);
        eachRow(current::accept, "");
        current.finish(this::rowOf);
        return table.freeze();
    }

    /**
     * One pass over the journal as it streams (issue 17): each row hashed into the running chain, each fact row's fact
     * into {@code into}'s columns, the official rows kept for the check of the official table; then the guards.
     */
    @Override
    public synchronized Verification currentFactsInto(FactTable into) {
        CurrentFacts current = new CurrentFacts(into, policy, where);
        Verification v = verified(current::accept);
        current.finish(this::rowOf);
        return v;
    }

    /** The round's lock events and the rows naming the official: the official in the WHERE, nothing else read. */
    @Override
    public synchronized List<JournalRow> journalOf(String official, String event, String round) {
        return rows(" WHERE event = ? AND round = ? AND (official = ? OR (bib IS NULL AND kind IN ('lock', 'unlock',"
                + " 'publish')))", event, round, official);
    }

    @Override
    public synchronized List<Fact> currentFactsOf(String official, String event, String round) {
        return CurrentFacts.of(journalOf(official, event, round), policy, where);
    }

    @Override
    public synchronized List<Fact> currentFactsOfRound(String event, String round) {
        return CurrentFacts.of(rows(" WHERE event = ? AND round = ?", event, round), policy, where);
    }

    @Override
    public synchronized List<JournalRow> journalAfter(long id) {
        return rows(" WHERE id > ?", Math.max(0, id));
    }

    @Override
    public Fact factOf(JournalRow row) {
        return row.factKind() == null ? null : CurrentFacts.checked(row, policy, where);
    }

    @Override
    public synchronized Verification verify() {
        return verified(row -> { });
    }

    /**
     * The chain checked as the journal streams past (only the running hash kept), every row also handed to {@code also};
     * then the guards and the official table held against the journal's official rows.
     */
    private Verification verified(java.util.function.Consumer<JournalRow> also) {
        Chain.Check chain = new Chain.Check();
        List<JournalRow> officialRows = new ArrayList<>();
        eachRow(row -> {
            chain.accept(row);
            if (OfficialEntry.KIND.equals(row.kind())) {
                officialRows.add(row);
            }
            also.accept(row);
        }, "");
        List<String> more = new ArrayList<>();
        try {
            more.addAll(guardProblems());
            if (officialsInJournal()) {
                more.addAll(officialProblems(officialRows));
            }
        } catch (SQLException e) {
            throw failure(Said.of("store.doing.verify"), e);
        }
        return chain.result().with(more);
    }

    /**
     * Only the sealed row and, when it publishes a round, that round's later lock events are read (not the whole
     * journal): what {@link SealCheck} looks at.
     */
    @Override
    public synchronized SealCheck checkSeal(Seal seal) {
        JournalRow sealed = rowOf(seal.row());
        if (sealed == null || sealed.lockAction() != LockAction.PUBLISH) {
            return SealCheck.of(sealed == null ? List.of() : List.of(sealed), seal);
        }
        if (sealed.event() == null || sealed.round() == null) {
            return SealCheck.of(journal(), seal); // a publish row naming no round (changed outside Podium)
        }
        List<JournalRow> rows = new ArrayList<>();
        rows.add(sealed);
        rows.addAll(rows(" WHERE id > ? AND bib IS NULL AND kind IN ('lock', 'unlock', 'publish') AND event = ?"
                + " AND round = ?", seal.row(), sealed.event(), sealed.round()));
        return SealCheck.of(rows, seal);
    }

    /** The official table held against the journal's official rows: one line per official that disagrees. */
    private List<String> officialProblems(List<JournalRow> rows) throws SQLException {
        try {
            return Officials.compare(Officials.latest(rows), officialTable());
        } catch (IllegalArgumentException e) {
            return List.of(e.getMessage());
        }
    }

    /** Writes the backup; a subclass sets {@link #lastBackup} and {@link #backupProblem} as it goes. */
    @Override
    public abstract Path backup(String label);

    @Override
    public synchronized void alsoBackUpTo(Path folder) {
        mirror = folder;
    }

    @Override
    public synchronized void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw failure(Said.of("store.doing.close"), e);
        } finally {
            closed();
        }
    }

    void closeStatements() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // prepared again on next use; nothing is lost
            }
        }
        statements.clear();
    }

    PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = conn.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    /** A write: the work runs in one write transaction ({@link #begin}), committed before this returns, or rolled back. */
    <T> T write(Work<T> work) throws RecordingRefused {
        if (mode == OpenMode.READ_ONLY) {
            throw StoreException.bundled(StoreFault.READ_ONLY, null, StoreFault.READ_ONLY.key(), where, "opened read-only");
        }
        try {
            java.sql.Savepoint within = null;
            if (batch) { // the sequencer's batch: one transaction, each write in a savepoint of its own
                within = conn.setSavepoint();
            } else {
                begin();
            }
            try {
                JournalAppender appender = new JournalAppender(this::statement, clock, this::keyParameter, lastRowQuery());
                Serving request = serving;
                serving = null; // one write per request: a later write of the same call is not the request's
                if (request != null) {
                    appender.keyNext(request.key()); // the request's first row carries its key (Sequencer)
                }
                T result = work.run(appender);
                if (request != null) {
                    request.answered().written(result);
                }
                if (within != null) {
                    conn.releaseSavepoint(within);
                } else {
                    commit();
                }
                return result;
            } catch (Throwable t) {
                if (within != null) {
                    conn.rollback(within); // this write undone, the batch's others kept
                } else {
                    rollbackAfter(t);
                }
                throw t;
            }
        } catch (SQLException e) {
            RecordingRefused refused = refusedByDatabase(e);
            if (refused != null) {
                throw refused;
            }
            throw failure(Said.of("store.doing.write"), e);
        }
    }

    /**
     * Rolls back after a failed write. On a full disk or an I/O error SQLite has rolled the transaction back itself,
     * and ROLLBACK then fails ("no transaction is active"): that must not hide what went wrong.
     */
    private void rollbackAfter(Throwable failed) {
        try {
            rollback();
        } catch (SQLException alreadyRolledBack) {
            failed.addSuppressed(alreadyRolledBack);
        }
    }

    /**
     * Whether the sequencer's batch is open ({@link #beginBatch}): every write runs in a savepoint of one transaction
     * (one commit, one flush for many stations' facts), and a periodic backup waits for its commit.
     */
    boolean batch;
    private boolean backupOwed;

    /** Opens one write transaction for several writes (the sequencer's batch), under the journal's lock. */
    void beginBatch() throws SQLException {
        begin();
        batch = true;
    }

    /** Commits the batch; then the periodic backup a write of it was owed. */
    void commitBatch() throws SQLException {
        batch = false;
        commit();
        if (backupOwed) {
            backupOwed = false;
            periodicBackup();
        }
    }

    /** Rolls the batch back (nothing of it written), or at least leaves batch mode. */
    void rollbackBatch() {
        batch = false;
        backupOwed = false;
        try {
            rollback();
        } catch (SQLException ignored) {
            // the connection is broken: nothing of the batch was committed
        }
    }

    /**
     * The station request the sequencer is serving ({@link Sequencer}), or null: the next write's first row carries its
     * key, and its verdict is written by {@code answered} in the same transaction as the rows it appends.
     */
    Serving serving;

    record Serving(UUID key, Answered answered) {
    }

    /** Writes a request's verdict within the write's transaction, from what the write's work returned. */
    @FunctionalInterface
    interface Answered {
        void written(Object result) throws SQLException;
    }

    @FunctionalInterface
    interface Work<T> {
        T run(JournalAppender appender) throws SQLException, RecordingRefused;
    }

    static JournalRow row(ResultSet rs) throws SQLException {
        long supersedes = rs.getLong(15);
        Long sup = rs.wasNull() ? null : supersedes;
        int attempt = rs.getInt(8);
        Integer att = rs.wasNull() ? null : attempt;
        return new JournalRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), att, rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getString(14), sup, rs.getString(16));
    }

    OfficialAccount known(String officialId) throws RecordingRefused {
        return official(officialId).orElseThrow(() -> RecordingRefused.said("store.refused.noOfficial", officialId));
    }

    static void requireStation(String station) {
        if (blank(station)) {
            throw new IllegalArgumentException("every recording names its station");
        }
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        JournalAppender.setInteger(ps, index, value);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A full disk, an I/O error, a read-only or damaged file in one bundled line; anything else as the engine says it. */
    StoreException failure(Said what, SQLException e) {
        return StoreException.fault(where, e).orElseGet(() -> StoreException.bundled(null, e, "store.cannot", what, where,
                e.getMessage()));
    }

    void closeQuietly() {
        try {
            if (conn != null) {
                conn.close();
            }
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        } finally {
            closed();
        }
    }
}
