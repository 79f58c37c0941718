package org.podium.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL for the whole test JVM (the embedded binaries; no service, no Docker), started on first use,
 * listening on 127.0.0.1 only, with the starter's test settings (nothing here must survive the run). Each test takes
 * a fresh database of its own ({@link #newDatabase()}), so tests never see each other's rows.
 */
public final class TestPostgres {
    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestPostgres() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1")
                        .setServerConfig("unix_socket_directories", "").start();
                // the stations' login of podium serve (VenueServer): its rights come with each database's tables
                try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.getPort() + "/postgres",
                        login()); Statement st = c.createStatement()) {
                    st.execute("CREATE ROLE " + PostgresContestStore.STATION_USER + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE"
                            + " NOINHERIT NOBYPASSRLS NOREPLICATION");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL did not start", e);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot make the stations' login: " + e.getMessage(), e);
            }
        }
        return server;
    }

    /** The JDBC URL of a database of the test server, on 127.0.0.1. */
    public static String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + server().getPort() + "/" + database;
    }

    /** The port of the test server, on 127.0.0.1 (a proxy in front of it connects there). */
    public static int port() {
        return server().getPort();
    }

    /** The stations' login ({@code podium_station}; the test server trusts 127.0.0.1: no password). */
    public static Properties stationLogin() {
        Properties p = new Properties();
        p.setProperty("user", PostgresContestStore.STATION_USER);
        return p;
    }

    /** The login of the test server (its superuser; the test server trusts 127.0.0.1). */
    public static Properties login() {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        return p;
    }

    /**
     * The venue server's database ({@code podium}, as a station joining with {@code --server} names it) made again
     * empty; returns the port of the test server, where a station joins it.
     */
    public static int venueDatabase() {
        try (Connection c = DriverManager.getConnection(url("postgres"), login()); Statement st = c.createStatement()) {
            st.executeUpdate("DROP DATABASE IF EXISTS " + PostgresContestStore.VENUE_DATABASE + " WITH (FORCE)");
            st.executeUpdate("CREATE DATABASE " + PostgresContestStore.VENUE_DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make the venue database: " + e.getMessage(), e);
        }
        return server().getPort();
    }

    /** A new, empty database; returns its name. */
    public static String newDatabase() {
        String name = "podium_test_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"), login()); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make database " + name + ": " + e.getMessage(), e);
        }
        return name;
    }

    /**
     * Whom {@code token} binds a new connection of {@code url} as {@code login} to ({@code podium_official()}, schema 8):
     * an official's id, or null for nobody (a forged token, or one whose session a log-out ended).
     */
    public static String officialOf(String url, Properties login, String token) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, login);
             java.sql.PreparedStatement bind = c.prepareStatement("SELECT set_config('podium.token', ?, false)");
             Statement st = c.createStatement()) {
            bind.setString(1, token);
            bind.executeQuery().close();
            try (java.sql.ResultSet rs = st.executeQuery("SELECT podium_official()")) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
