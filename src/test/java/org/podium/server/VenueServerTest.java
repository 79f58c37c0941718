package org.podium.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.cli.Podium;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.domain.Role;
import org.podium.store.JournalRow;
import org.podium.store.OpenMode;
import org.podium.store.Seal;
import org.podium.store.SqliteContestStore;
import org.podium.store.StoreException;

/**
 * {@code podium serve} on the real embedded PostgreSQL, listening on 127.0.0.1 only (docs/venue-server.md): a contest.db
 * moved in row for row, durable settings as the running server reports them, the SCRAM password kept across a restart,
 * and the one-line refusals.
 */
class VenueServerTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2020-07-20T01:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private Path contestFolder() throws IOException {
        return TestFolders.monitorStand(tmp);
    }

    private static Contest contest(Path dir) throws Exception {
        return ContestFolder.load(dir).contest();
    }

    private static int freePort() throws IOException {
        return TestFolders.freePort();
    }

    private static Properties login(String password) {
        return login("postgres", password);
    }

    /** The owner's login, its password as podium serve kept it (never printed). */
    static Properties ownerLogin(Path dir) throws IOException {
        return login("postgres", Files.readString(dir.resolve("server/owner-password")).strip());
    }

    static Properties login(String user, String password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        return p;
    }

    private static String show(Connection c, String setting) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aContestDbMovesIntoADurableServerThatKeepsItsDataAndPasswordAcrossARestart() throws Exception {
        Path dir = contestFolder();
        Contest contest = contest(dir);
        Seal seal;
        List<JournalRow> rows;
        try (SqliteContestStore db = new SqliteContestStore(dir.resolve("contest.db"), contest, CLOCK)) {
            db.addOfficial("T1", "Timekeeper One", Role.TIMEKEEPER, "4711".toCharArray());
            db.addOfficial("C", "Chief", Role.CHIEF, "4711".toCharArray());
            db.record("T1", "timing-1", Fact.time("stand", "final", "101", "T1", 68_120, null, Origin.NONE), null);
            db.lockRound("C", "head", "stand", "final", null);
            seal = db.verify().seal();
            rows = db.journal();
        }
        int port = freePort();
        String password;
        try (VenueServer server = VenueServer.start(dir, contest, new VenueServer.Options(port, "127.0.0.1", null), CLOCK)) {
            password = server.password();
            assertThat(password).hasSizeGreaterThanOrEqualTo(8);
            assertThat(server.line(contest)).isEqualTo("serving " + contest.name() + " on 127.0.0.1:" + port
                    + ", venue password " + password);
            // moved: same rows, same hashes; the file renamed and never written again
            assertThat(server.moved()).isEqualTo(seal);
            assertThat(server.store().journal()).isEqualTo(rows);
            assertThat(server.store().verify().ok()).isTrue();
            assertThat(dir.resolve("contest.db")).doesNotExist();
            try (SqliteContestStore before = new SqliteContestStore(dir.resolve(VenueServer.BEFORE_SERVER), contest, CLOCK,
                    OpenMode.READ_ONLY)) {
                assertThat(before.verify().seal()).isEqualTo(seal);
            }
            // durable, as the running server says
            String owner = Files.readString(dir.resolve("server/owner-password")).strip();
            assertThat(owner).hasSizeGreaterThanOrEqualTo(20).isNotEqualTo(password);
            assertThat(server.line(contest)).doesNotContain(owner);
            try (Connection c = DriverManager.getConnection(VenueServer.url(port, "podium"), ownerLogin(dir))) {
                assertThat(show(c, "fsync")).isEqualTo("on");
                assertThat(show(c, "synchronous_commit")).isEqualTo("on");
                assertThat(show(c, "full_page_writes")).isEqualTo("on");
                assertThat(show(c, "password_encryption")).isEqualTo("scram-sha-256");
                assertThat(show(c, "listen_addresses")).isEqualTo("127.0.0.1");
                assertThat(show(c, "data_directory")).isEqualTo(dir.resolve("server/pgdata").toRealPath().toString());
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT rolpassword FROM pg_authid WHERE rolname IN ('postgres', 'podium_station')")) {
                    int both = 0;
                    while (rs.next()) {
                        assertThat(rs.getString(1)).startsWith("SCRAM-SHA-256$");
                        both++;
                    }
                    assertThat(both).isEqualTo(2);
                }
            }
            String hba = Files.readString(dir.resolve("server/pgdata/pg_hba.conf"));
            assertThat(hba).contains("host all all 127.0.0.1/32 scram-sha-256").doesNotContain("trust").doesNotContain("md5");
            assertThat(Files.readString(dir.resolve("server/venue-password")).strip()).isEqualTo(password);
            // no login without the password, nor with a wrong one; the venue password is not the owner's
            assertThatThrownBy(() -> DriverManager.getConnection(VenueServer.url(port, "podium"), login(password)).close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            assertThatThrownBy(() -> DriverManager.getConnection(VenueServer.url(port, "podium"), login("podium_station",
                    "wrong-one")).close()).isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            assertThatThrownBy(() -> DriverManager.getConnection(VenueServer.url(port, "podium"), login("wrong-one")).close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            assertThatThrownBy(() -> DriverManager.getConnection(VenueServer.url(port, "podium"), login(null)).close())
                    .isInstanceOf(SQLException.class);
            // --db-url with a wrong password, or to this server for another contest: one line each
            assertThatThrownBy(() -> VenueServer.start(dir, contest, new VenueServer.Options(0, null,
                    VenueServer.url(port, "podium") + "?user=postgres&password=wrong-one"), CLOCK))
                    .isInstanceOf(StoreException.class).hasMessage("the venue password is wrong for postgres at "
                            + VenueServer.url(port, "podium") + ": nothing was read or written (the password is the one podium"
                            + " serve printed)");
            Contest other = new Contest("另一场比赛", LocalDate.of(2021, 5, 1), contest.venue(), contest.organiser(),
                    contest.decimals(), contest.events(), contest.teams(), contest.roster(), contest.sample());
            assertThatThrownBy(() -> VenueServer.start(tmp, other, new VenueServer.Options(0, null,
                    VenueServer.url(port, "podium") + "?user=postgres&password=" + owner), CLOCK))
                    .isInstanceOf(StoreException.class).hasMessageContaining("holds another contest (" + contest.name());
            // the server's rules are the store's: the round moved in locked stays locked
            assertThatThrownBy(() -> server.store().record("T1", "timing-1", Fact.time("stand", "final", "102", "T1", 70_000,
                    null, Origin.NONE), "late")).hasMessageContaining("is locked");
        }
        assertThat(dir.resolve("server/pgdata/PG_VERSION")).exists(); // kept, not deleted on close
        VenueServer.snapshotEvery = Duration.ofMillis(300);
        try (VenueServer again = VenueServer.start(dir, contest, new VenueServer.Options(port, "127.0.0.1", null), CLOCK)) {
            assertThat(again.password()).isEqualTo(password);
            assertThat(again.moved()).isNull();
            assertThat(again.store().journal()).isEqualTo(rows);
            List<Path> earlier = autoSnapshots(dir); // contest.db's own, at its first fact; the clock stands still after
            int before = earlier.size();
            again.store().unlockRound("C", "head", "stand", "final", "a late time");
            assertThat(again.store().verify().ok()).isTrue();
            // the timer takes one when the journal has grown, and none while it stays as it is
            long until = System.nanoTime() + 30_000_000_000L;
            while (autoSnapshots(dir).size() == before && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            Thread.sleep(1_000);
            assertThat(autoSnapshots(dir)).hasSize(before + 1);
            try (SqliteContestStore snapshot = new SqliteContestStore(autoSnapshots(dir).stream()
                    .filter(p -> !earlier.contains(p)).findFirst().orElseThrow(), contest, CLOCK,
                    OpenMode.READ_ONLY)) {
                assertThat(snapshot.journal()).isEqualTo(again.store().journal());
            }
        } finally {
            VenueServer.snapshotEvery = VenueServer.SNAPSHOT_EVERY;
        }
    }

    private static List<Path> autoSnapshots(Path dir) throws IOException {
        return org.podium.store.Backups.list(dir.resolve("contest.db")).stream()
                .filter(p -> p.getFileName().toString().contains("-auto")).toList();
    }

    @Test
    void serveprintsItsLineAndAPortInUseIsOneLine() throws Exception {
        Path dir = contestFolder();
        int port = freePort();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] code = {-1};
        Thread serve = new Thread(() -> code[0] = Podium.run(new String[] {"serve", dir.toString(), "--listen", "127.0.0.1",
                "--port", Integer.toString(port)}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        serve.start();
        try {
            long until = System.nanoTime() + 120_000_000_000L;
            while (!out.toString(StandardCharsets.UTF_8).contains("serving") && serve.isAlive() && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            String password = Files.readString(dir.resolve("server/venue-password")).strip();
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("serving " + contest(dir).name() + " on 127.0.0.1:"
                    + port + ", venue password " + password + "\n");

            ByteArrayOutputStream second = new ByteArrayOutputStream();
            ByteArrayOutputStream secondErr = new ByteArrayOutputStream();
            int refused = Podium.run(new String[] {"serve", dir.toString(), "--listen", "127.0.0.1", "--port",
                    Integer.toString(port)}, new PrintStream(second, true, StandardCharsets.UTF_8),
                    new PrintStream(secondErr, true, StandardCharsets.UTF_8));
            assertThat(refused).isEqualTo(1);
            assertThat(second.toString(StandardCharsets.UTF_8)).isEmpty();
            assertThat(secondErr.toString(StandardCharsets.UTF_8)).isEqualTo("podium: port " + port + " is in use on 127.0.0.1"
                    + " (another PostgreSQL, or another podium serve): stop it, or give another --port\n");

            // the same folder served twice, on another port: one line, the first server untouched
            ByteArrayOutputStream thirdErr = new ByteArrayOutputStream();
            int twice = Podium.run(new String[] {"serve", dir.toString(), "--listen", "127.0.0.1", "--port",
                    Integer.toString(freePort())}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(thirdErr, true, StandardCharsets.UTF_8));
            assertThat(twice).isEqualTo(1);
            assertThat(thirdErr.toString(StandardCharsets.UTF_8)).isEqualTo("podium: " + dir.resolve("server")
                    + " is already served by another podium serve on this laptop: stop that one first\n");
            try (Connection c = DriverManager.getConnection(VenueServer.url(port, "podium"), login("podium_station", password))) {
                assertThat(show(c, "fsync")).isEqualTo("on");
            }
            assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(Files.readString(dir.resolve("server/owner-password"))
                    .strip());
        } finally {
            serve.interrupt();
            serve.join(60_000);
        }
        assertThat(code[0]).isZero();
        // stopped cleanly: the port is free again
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        }
    }
}
