package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.domain.Role;
import org.podium.domain.Said;
import org.podium.server.TestFolders;

/**
 * The venue server's one sequencer (docs/venue-server.md, "One sequencer"): a program holding the venue password,
 * talking raw SQL as {@code podium_station} bound as judge J1, cannot write the journal itself, and every request it
 * sends is checked by the server with Podium's own rules in J1's name; refused requests leave the journal and its seal
 * as they were; a request is appended once however often it is sent, and after the sequencer died between its append
 * and its verdict.
 */
class SequencerTest {
    private static final Clock CLOCK = Clock.systemUTC();
    @TempDir
    Path tmp;
    private String database;
    private Contest contest;
    private PostgresContestStore owner;
    private Sequencer sequencer;

    @BeforeEach
    void serve() throws Exception {
        contest = ContestFolder.load(TestFolders.monitorStand(tmp)).contest();
        database = TestPostgres.newDatabase();
        owner = new PostgresContestStore(TestPostgres.url(database), TestPostgres.login(), contest, CLOCK, null);
        for (String id : List.of("J1", "J2")) {
            owner.addOfficial(id, id, Role.JUDGE, "4711".toCharArray());
        }
        owner.addOfficial("C", "Chief", Role.CHIEF, "471147".toCharArray());
        owner.record("J1", "judge-1", mark("101", "J1", "C1", "30"), null);
        session("token-of-J1", "J1");
        session("token-of-C", "C");
        sequencer = TestSequencer.start(database, contest, true);
    }

    @AfterEach
    void stop() {
        sequencer.close();
        owner.close();
    }

    private static Fact mark(String bib, String judge, String criterion, String value) {
        return Fact.mark("stand", "final", bib, judge, criterion, new BigDecimal(value), null, Origin.NONE);
    }

    /** A log-in's session, as the owner makes it (schema 8's table). */
    private void session(String token, String official) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestPostgres.url(database), TestPostgres.login());
             PreparedStatement ps = c.prepareStatement("INSERT INTO station_session (token, official, made_at) VALUES (?, ?, ?)")) {
            ps.setString(1, token);
            ps.setString(2, official);
            ps.setString(3, CLOCK.instant().toString());
            ps.executeUpdate();
        }
    }

    /** A raw connection as the venue password opens it, bound to {@code token} (none: null). */
    private Connection station(String token) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", PostgresContestStore.STATION_USER);
        Connection c = DriverManager.getConnection(TestPostgres.url(database), login);
        if (token != null) {
            try (PreparedStatement ps = c.prepareStatement("SELECT set_config('podium.token', ?, false)")) {
                ps.setString(1, token);
                ps.execute();
            }
        }
        return c;
    }

    private record Verdict(String state, Long rowId, String answer, Json said) {
    }

    /** Sends a request as a program of its own would, and waits for its verdict. */
    private static Verdict send(Connection c, UUID key, String method, String args) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT podium_send(?, ?, ?)")) {
            ps.setObject(1, key);
            ps.setString(2, method);
            ps.setString(3, args);
            ps.execute();
        }
        return verdict(c, key, 20_000);
    }

    private static Verdict verdict(Connection c, UUID key, long waitMillis) throws Exception {
        long end = System.currentTimeMillis() + waitMillis;
        while (true) {
            try (PreparedStatement ps = c.prepareStatement("SELECT state, row_id, answer, said FROM podium_verdict(?)")) {
                ps.setObject(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long row = rs.getLong(2);
                    Long rowId = rs.wasNull() ? null : row;
                    Verdict v = new Verdict(rs.getString(1), rowId, rs.getString(3),
                            rs.getString(4) == null ? null : RequestText.parse(rs.getString(4)));
                    if (!"waiting".equals(v.state()) || System.currentTimeMillis() > end) {
                        return v;
                    }
                }
            }
            Thread.sleep(20);
        }
    }

    /** Column 1 of the first row of {@code sql} on {@code c}. */
    private static String one(Connection c, String sql) throws SQLException {
        try (java.sql.Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aLogOutEndsTheSessionTheTokenBindsNobodyAndServesOnlyTheEntriesSavedBeforeItOnce() throws Exception {
        UUID savedBefore = UUID.randomUUID(); // an outbox entry saved under the token before the log-out, not sent yet
        try (Connection c = station("token-of-J1")) {
            assertThat(one(c, "SELECT podium_official()")).isEqualTo("J1");
            assertThat(one(c, "SELECT count(*) FROM fact WHERE kind = 'mark' AND official = 'J1'")).isEqualTo("1");
            try (PreparedStatement ps = c.prepareStatement("SELECT podium_log_out(?)")) {
                ps.setArray(1, c.createArrayOf("uuid", new Object[] {savedBefore}));
                ps.execute();
            }
            // the connection itself is unbound
            assertThat(one(c, "SELECT current_setting('podium.token', true)")).isEmpty();
            assertThat(one(c, "SELECT podium_official()")).isNull();
        }
        long before = owner.journal().size();
        try (Connection c = station("token-of-J1")) { // the token again, on a new connection: it binds nobody
            assertThat(one(c, "SELECT podium_official()")).isNull();
            assertThat(one(c, "SELECT podium_head()")).isEqualTo("f");
            assertThat(one(c, "SELECT count(*) FROM fact WHERE kind = 'mark' AND official = 'J1'")).isEqualTo("0");
            // a request with it, of a key not saved before the log-out: refused, nothing written
            Verdict later = send(c, UUID.randomUUID(), "record", RequestText.args("J1", "judge-1", mark("102", "J1", "C1", "31"), null));
            assertThat(later.state()).isEqualTo("refused");
            assertThat(later.said().get("said").get("key").asText()).isEqualTo("store.refused.notLoggedIn");
            assertThat(owner.journal()).hasSize((int) before);
            // the entry saved before it: recorded in J1's name, once however often it is sent
            Verdict saved = send(c, savedBefore, "record", RequestText.args("J1", "judge-1", mark("103", "J1", "C1", "32"), null));
            assertThat(saved.state()).isEqualTo("done");
            assertThat(send(c, savedBefore, "record", RequestText.args("J1", "judge-1", mark("103", "J1", "C1", "32"), null))
                    .rowId()).isEqualTo(saved.rowId());
            JournalRow row = owner.journal().get(owner.journal().size() - 1);
            assertThat(row.id()).isEqualTo(saved.rowId());
            assertThat(row.recordedBy()).isEqualTo("J1");
            assertThat(owner.journal()).hasSize((int) before + 1);
        }
        // another official's session is untouched
        try (Connection c = station("token-of-C")) {
            assertThat(one(c, "SELECT podium_official()")).isEqualTo("C");
        }
        assertThat(owner.verify().ok()).isTrue();
    }

    @Test
    void aStationBoundAsJ1WritesNothingItselfAndEveryRequestIsCheckedInJ1sName() throws Exception {
        List<JournalRow> before = owner.journal();
        Seal seal = owner.verify().seal();
        try (Connection c = station("token-of-J1")) {
            // the journal, the officials, the work numbers, the refused facts and the requests: no row written directly
            for (String sql : List.of(
                    "INSERT INTO fact (id, kind, event, round, bib, official, item, value, recorded_by, station, recorded_at, hash)"
                            + " VALUES (99, 'mark', 'stand', 'final', '102', 'J1', 'C1', '40', 'J1', 'x', 'now', 'forged')",
                    "INSERT INTO official (id, name, role, pin_hash, pin_salt, pin_iterations) VALUES ('X', 'X', 'chief', '', '', 1)",
                    "UPDATE official SET role = 'chief' WHERE id = 'J1'",
                    "INSERT INTO work_number (event, round, bib, number) VALUES ('stand', 'final', '101', '555')",
                    "INSERT INTO refused (fact_key) VALUES ('x')",
                    "SELECT * FROM request",
                    "INSERT INTO request (key, method, args, made_at) VALUES (gen_random_uuid(), 'record', '[]', 'now')",
                    "UPDATE request SET state = 'done'",
                    "SELECT * FROM station_session")) {
                assertThat(StationPolicyTest.refusal(c, sql)).as(sql).isEqualTo("42501");
            }

            // a mark naming J2 as its judge: refused by the rules (a judge records only their own marks)
            Verdict j2s = send(c, UUID.randomUUID(), "record", RequestText.args("J2", "judge-1", mark("102", "J2", "C1", "39"), null));
            assertThat(j2s.state()).isEqualTo("refused");
            assertThat(j2s.said().get("said").get("key").asText()).isEqualTo("store.refused.mayNot");
            assertThat(j2s.said().get("said").get("args").get(0).asText()).isEqualTo("J1");
            // a chief's lock asked by J1, in the chief's name: refused in J1's, with the rule's reason
            Verdict lock = send(c, UUID.randomUUID(), "lockRound", RequestText.args("C", "judge-1", "stand", "final", null));
            assertThat(lock.state()).isEqualTo("refused");
            Said said = RequestText.said(lock.said().get("said"));
            assertThat(said.key()).isEqualTo("store.refused.mayNot");
            assertThat(said.args().get(0)).isEqualTo("J1");
            assertThat(said.in(java.util.Locale.ROOT)).contains("chief");
            // a request the server does not know, or whose arguments are not what Podium sends: refused, and the next served
            assertThat(send(c, UUID.randomUUID(), "dropJournal", "[]").said().get("type").asText()).isEqualTo("illegal");
            assertThat(send(c, UUID.randomUUID(), "record", "[]").said().get("type").asText()).isEqualTo("illegal");
            assertThat(send(c, UUID.randomUUID(), "lockRound", "not json").said().get("type").asText()).isEqualTo("illegal");
            assertThat(send(c, UUID.randomUUID(), "record", "[{\"kind\": 7}]").said().get("type").asText()).isEqualTo("illegal");
        }
        // no token, and a token the server never made: not logged in
        for (String token : java.util.Arrays.asList(null, "forged-token")) {
            try (Connection c = station(token)) {
                Verdict v = send(c, UUID.randomUUID(), "record", RequestText.args("J1", "judge-1", mark("103", "J1", "C1", "20"), null));
                assertThat(v.state()).as(String.valueOf(token)).isEqualTo("refused");
                assertThat(v.said().get("said").get("key").asText()).isEqualTo("store.refused.notLoggedIn");
            }
        }
        assertThat(owner.journal()).isEqualTo(before);
        assertThat(owner.verify().ok()).isTrue();
        assertThat(owner.verify().seal()).isEqualTo(seal);

        // a mark of J1's own, sent naming J2 as the one who records it: recorded as J1's (the token's official)
        try (Connection c = station("token-of-J1")) {
            Verdict v = send(c, UUID.randomUUID(), "record", RequestText.args("J2", "judge-1", mark("102", "J1", "C1", "35"), null));
            assertThat(v.state()).isEqualTo("done");
            JournalRow row = owner.journal().get(owner.journal().size() - 1);
            assertThat(row.id()).isEqualTo(v.rowId());
            assertThat(row.recordedBy()).isEqualTo("J1");
        }
        assertThat(owner.verify().ok()).isTrue();
    }

    @Test
    void requestsServedTogetherKeepEachOnesVerdictARefusedOneUndoneAlone() throws Exception {
        Seal before = owner.verify().seal();
        List<UUID> keys = new java.util.ArrayList<>();
        try (Connection c = station("token-of-J1"); PreparedStatement ps = c.prepareStatement("SELECT podium_send(?, ?, ?)")) {
            for (int i = 0; i < 30; i++) { // sent at once: the sequencer takes them in batches, each in a savepoint
                UUID key = UUID.randomUUID();
                keys.add(key);
                ps.setObject(1, key);
                ps.setString(2, "record");
                ps.setString(3, RequestText.args("J1", "judge-1", mark("10" + (1 + i % 4), i % 3 == 1 ? "J2" : "J1",
                        "C" + (1 + i % 2), String.valueOf(i)), null));
                ps.execute();
            }
            List<Long> ids = new java.util.ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                Verdict v = verdict(c, keys.get(i), 20_000);
                assertThat(v.state()).as("request " + i).isEqualTo(i % 3 == 1 ? "refused" : "done");
                if (v.rowId() != null) {
                    ids.add(v.rowId());
                }
            }
            assertThat(ids).hasSize(20).isSorted().doesNotHaveDuplicates();
            assertThat(ids.get(ids.size() - 1) - ids.get(0)).isEqualTo(19); // in the order sent, no gap
        }
        assertThat(owner.verify().ok()).isTrue();
        assertThat(owner.journal()).filteredOn(r -> "mark".equals(r.kind()) && "J2".equals(r.official())).isEmpty();
        assertThat(owner.checkSeal(before).outcome()).isEqualTo(SealCheck.Outcome.HOLDS);
    }

    @Test
    void aMarkOnALockedRoundIsRefusedAndAfterItsUnlockOnlyWithAReason() throws Exception {
        owner.lockRound("C", "head", "stand", "final", null);
        Seal seal = owner.verify().seal();
        try (Connection c = station("token-of-J1")) {
            Verdict locked = send(c, UUID.randomUUID(), "record", RequestText.args("J1", "judge-1", mark("101", "J1", "C1", "31"), null));
            assertThat(locked.state()).isEqualTo("refused");
            assertThat(locked.said().get("why").asText()).isEqualTo("ROUND_LOCKED");
            assertThat(owner.verify().seal()).isEqualTo(seal);
            owner.unlockRound("C", "head", "stand", "final", "a correction of 101");
            seal = owner.verify().seal();
            Verdict noReason = send(c, UUID.randomUUID(), "record", RequestText.args("J1", "judge-1", mark("101", "J1", "C1", "31"), null));
            assertThat(noReason.state()).isEqualTo("refused");
            assertThat(noReason.said().get("why").asText()).isEqualTo("REASON_NEEDED");
            assertThat(owner.verify().seal()).isEqualTo(seal);
            Verdict reason = send(c, UUID.randomUUID(), "record", RequestText.args("J1", "judge-1", mark("101", "J1", "C1", "31"),
                    "misread the torque"));
            assertThat(reason.state()).isEqualTo("done");
        }
        assertThat(owner.verify().ok()).isTrue();
    }

    @Test
    void aRequestSentTwiceOrAfterTheSequencerDiedBetweenAppendAndVerdictMakesOneRow() throws Exception {
        try (Connection c = station("token-of-J1")) {
            UUID key = UUID.randomUUID();
            String args = RequestText.args("J1", "judge-1", mark("104", "J1", "C1", "25"), null);
            Verdict first = send(c, key, "record", args);
            Verdict again = send(c, key, "record", args);
            assertThat(again).isEqualTo(first);
            assertThat(owner.journal()).filteredOn(r -> "104".equals(r.bib())).hasSize(1);

            // the sequencer dies after appending, before its verdict: the append goes with it; after a restart, one row
            sequencer.dieAtNextVerdict = true;
            UUID died = UUID.randomUUID();
            long rows = owner.lastRowId();
            try (PreparedStatement ps = c.prepareStatement("SELECT podium_send(?, ?, ?)")) {
                ps.setObject(1, died);
                ps.setString(2, "record");
                ps.setString(3, RequestText.args("J1", "judge-1", mark("105", "J1", "C1", "26"), null));
                ps.execute();
            }
            long end = System.currentTimeMillis() + 20_000;
            while (sequencer.running() && System.currentTimeMillis() < end) {
                Thread.sleep(20);
            }
            assertThat(sequencer.running()).isFalse();
            assertThat(verdict(c, died, 0).state()).isEqualTo("waiting");
            assertThat(owner.lastRowId()).isEqualTo(rows);
            sequencer = TestSequencer.start(database, contest, true); // served at its start: left waiting by the crash
            Verdict served = verdict(c, died, 20_000);
            assertThat(served.state()).isEqualTo("done");
            assertThat(owner.journal()).filteredOn(r -> "105".equals(r.bib())).hasSize(1)
                    .extracting(JournalRow::id).containsExactly(served.rowId());

            // a key that already made a row (appended by an older server, or restored from its snapshot): that row
            UUID kept = UUID.randomUUID();
            long id = owner.recordOnce(kept, "J1", "judge-1", mark("106", "J1", "C1", "27"), null);
            Verdict answered = send(c, kept, "record", RequestText.args("J1", "judge-1", mark("106", "J1", "C1", "27"), null));
            assertThat(answered.state()).isEqualTo("done");
            assertThat(answered.rowId()).isEqualTo(id);
            assertThat(owner.journal()).filteredOn(r -> "106".equals(r.bib())).hasSize(1);
        }
        assertThat(owner.verify().ok()).isTrue();
    }

    @Test
    void theStationsStoreGetsTheRulesRefusalAsOnOneLaptopAndAResendAfterNoVerdictIsNeverDoubled() throws Exception {
        Properties login = new Properties();
        login.setProperty("user", PostgresContestStore.STATION_USER);
        PostgresContestStore connection = new PostgresContestStore(TestPostgres.url(database), login, contest, CLOCK, null);
        try (ContestStore station = ServerRequests.over(connection)) {
            try (Statement st = connection.conn.createStatement()) {
                st.execute("SELECT set_config('podium.token', 'token-of-J1', false)");
            }
            assertThatThrownBy(() -> station.lockRound("J1", "judge-1", "stand", "final", null))
                    .isInstanceOfSatisfying(RecordingRefused.class, e -> {
                        assertThat(e.text().key()).isEqualTo("store.refused.mayNot");
                        assertThat(e.getMessage()).contains("J1");
                    });
            long id = station.record("J1", "judge-1", mark("107", "J1", "C1", "28"), null);
            assertThat(owner.journal().get(owner.journal().size() - 1).id()).isEqualTo(id);
            assertThat(station.workNumbers("stand", "final")).isEqualTo(owner.workNumbers("stand", "final"));

            // no sequencer: no verdict within the wait, a broken link's StoreException; sent again later, one row
            sequencer.close();
            UUID key = UUID.randomUUID();
            Fact fact = mark("108", "J1", "C1", "29");
            assertThatThrownBy(() -> station.recordOnce(key, "J1", "judge-1", fact, null)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("no verdict");
            sequencer = TestSequencer.start(database, contest, true);
            long sent = station.recordOnce(key, "J1", "judge-1", fact, null);
            assertThat(station.recordOnce(key, "J1", "judge-1", fact, null)).isEqualTo(sent);
            assertThat(owner.journal()).filteredOn(r -> "108".equals(r.bib())).hasSize(1);
        }
        assertThat(owner.verify().ok()).isTrue();
    }
}
