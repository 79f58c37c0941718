package org.podium.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.podium.domain.Contest;
import org.podium.domain.Role;

/**
 * The two stores the contract tests run against (docs/venue-server.md, "Tests"): a contest.db in the test's folder, and
 * a fresh database of the test PostgreSQL for each test folder (its contest.db snapshots in that folder).
 */
enum Engine {
    SQLITE {
        @Override
        ContestStore open(Path dir, Contest contest, Clock clock) {
            return new SqliteContestStore(dir.resolve("contest.db"), contest, clock);
        }

        @Override
        Connection connect(Path dir) throws SQLException {
            return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("contest.db"));
        }

        @Override
        String where(Path dir) {
            return dir.resolve("contest.db").toString();
        }
    },
    POSTGRES {
        @Override
        ContestStore open(Path dir, Contest contest, Clock clock) {
            return new PostgresContestStore(TestPostgres.url(database(dir)), TestPostgres.login(), contest, clock,
                    dir.resolve("contest.db"));
        }

        @Override
        Connection connect(Path dir) throws SQLException {
            return DriverManager.getConnection(TestPostgres.url(database(dir)), TestPostgres.login());
        }

        @Override
        String where(Path dir) {
            return TestPostgres.url(database(dir));
        }
    };

    /** The database of each test folder: opening the same folder again opens the same database. */
    private static final Map<Path, String> DATABASES = new ConcurrentHashMap<>();

    private static String database(Path dir) {
        return DATABASES.computeIfAbsent(dir.toAbsolutePath(), d -> TestPostgres.newDatabase());
    }

    /** Opens (the first time: creates) the store of a test folder. */
    abstract ContestStore open(Path dir, Contest contest, Clock clock);

    /** A second connection to the same database, for what a test reads or changes behind the store's back. */
    abstract Connection connect(Path dir) throws SQLException;

    /** Where the store says its facts come from (their origin): the file, or the server's database. */
    abstract String where(Path dir);

    ContestStore open(Path dir, Contest contest) {
        return open(dir, contest, StoreFixture.CLOCK);
    }

    /** A new store with officials T1 (timekeeper), J1 and J2 (judges), C (chief), O (organiser), as {@link StoreFixture#store}. */
    ContestStore store(Path dir) {
        ContestStore store = open(dir, StoreFixture.contest());
        store.addOfficial("T1", "Timekeeper One", Role.TIMEKEEPER, StoreFixture.PIN);
        store.addOfficial("J1", "Judge One", Role.JUDGE, StoreFixture.PIN);
        store.addOfficial("J2", "Judge Two", Role.JUDGE, StoreFixture.PIN);
        store.addOfficial("C", "Chief", Role.CHIEF, StoreFixture.PIN);
        store.addOfficial("O", "Organiser", Role.ORGANISER, StoreFixture.PIN);
        return store;
    }

    /** The first column of the first row of a query, or null. */
    String query(Path dir, String sql) throws SQLException {
        try (Connection c = connect(dir); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
