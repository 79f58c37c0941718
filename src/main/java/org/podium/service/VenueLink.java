package org.podium.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.podium.domain.Contest;
import org.podium.store.ContestStore;
import org.podium.store.JournalListener;
import org.podium.store.OpenMode;
import org.podium.store.PinCheck;
import org.podium.store.PostgresContestStore;
import org.podium.store.ServerRequests;
import org.podium.store.StoreException;
import org.podium.store.StoreText;

/**
 * The way a station or a command joins the venue server ({@code --server HOST:PORT}, contest-files.md "Several
 * stations"): the server's database as the venue password opens it, with timeouts so that a network gone quiet is a
 * broken connection (made again by the uplink), never a station waiting for ever.
 *
 * @param host     the server laptop's address
 * @param port     its port
 * @param password the venue password {@code podium serve} printed
 * @param official a command's {@code --official}: the chief judge or organiser it logs in as on the server, or null
 * @param pin      that official's PIN, or null
 */
public record VenueLink(String host, int port, String password, String official, char[] pin) {
    /** A station's way to the server: its officials log in at its screens. */
    public VenueLink(String host, int port, String password) {
        this(host, port, password, null, null);
    }

    /** The environment variable a command reads the PIN of {@code --official} from. */
    public static final String PIN_VARIABLE = "PODIUM_PIN";

    /** The same server, a command logging in on it as {@code official} (a chief judge or organiser) with {@code pin}. */
    public VenueLink as(String official, char[] pin) {
        return new VenueLink(host, port, password, official, pin);
    }

    /**
     * A command's log-in on the server (docs/venue-server.md): {@code official}'s PIN checked there, and they must be
     * a chief judge or organiser, else the store is closed and the command told in one line (nothing read or written
     * but the PIN's miss). Without {@code --official}: a reader is refused; a writer goes on unbound (the server then
     * takes only the first officials' set-up and an import before any chief judge or organiser exists).
     */
    private ContestStore loggedIn(ContestStore store, boolean reading) {
        try {
            if (official == null) {
                if (reading) {
                    throw new StoreException(StoreText.get("venueRead.noOfficial", this, PIN_VARIABLE));
                }
                return store;
            }
            PinCheck check = store.checkPin(official, pin == null ? new char[0] : pin.clone());
            if (check.outcome() == PinCheck.Outcome.WAITING) {
                throw new StoreException(StoreText.get("venueRead.pinWait", official, this, check.waitSeconds()));
            }
            java.util.Optional<org.podium.store.OfficialAccount> account = check.ok() ? store.official(official)
                    : java.util.Optional.empty();
            if (account.isEmpty()) {
                throw new StoreException(StoreText.get("venueRead.wrongPin", official, this));
            }
            if (!account.get().role().head()) {
                throw new StoreException(StoreText.get("venueRead.notHead", official, this,
                        StoreText.get("store.role." + account.get().role().key())));
            }
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
    /** The environment variable a command reads the venue password from. */
    public static final String PASSWORD_VARIABLE = "PODIUM_VENUE_PASSWORD";
    /** Seconds a connection waits for a reply before it is taken as broken. */
    static final int SOCKET_TIMEOUT = 10;

    /**
     * Reads {@code HOST:PORT}.
     *
     * @throws IllegalArgumentException in one line from the bundles, saying what would be right
     */
    public static VenueLink of(String hostPort, String password) {
        int colon = hostPort == null ? -1 : hostPort.lastIndexOf(':');
        int port = -1;
        if (colon > 0) {
            try {
                port = Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                port = -1;
            }
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(StoreText.get("venue.link.badServer", String.valueOf(hostPort)));
        }
        return new VenueLink(hostPort.substring(0, colon), port, password);
    }

    /** The server's JDBC URL, with its timeouts. */
    public String url() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + PostgresContestStore.VENUE_DATABASE + "?connectTimeout=5"
                + "&loginTimeout=10&socketTimeout=" + SOCKET_TIMEOUT + "&tcpKeepAlive=true&ApplicationName=podium-station";
    }

    /**
     * A new connection to the server's journal of {@code contest}.
     *
     * @throws StoreException in one line: a wrong venue password, no server answering, another contest's server
     */
    public ContestStore connect(Contest contest, Clock clock) {
        return loggedIn(connectTimed(contest, clock).store(), false);
    }

    /**
     * The server's journal of {@code contest} to read only (a command's {@code --server}): PostgreSQL refuses every
     * write of the session, and nothing is made, migrated or told to the stations.
     *
     * @throws StoreException in one line: a wrong venue password, no server answering, another contest's server
     */
    public ContestStore read(Contest contest, Clock clock) {
        return loggedIn(new PostgresContestStore(url(), login(), contest, clock, null, OpenMode.READ_ONLY), true);
    }

    /** How far a station's clock may be off the server's before its rows are dated by the server's clock. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(1);

    /**
     * A connection and how far this laptop's clock is off the server's (positive: the server is ahead). A clock off by
     * more than {@link #CLOCK_TOLERANCE} (a laptop an hour off) records all the same, its rows dated by the server's
     * clock: the journal's order is the server's in any case.
     */
    public record Joined(ContestStore store, Duration clockOff) {
    }

    /** The uplink's way to the server: a new connection after every break, the clock's offset kept from the last. */
    StationUplink.Server server(Contest contest, Clock clock) {
        return new StationUplink.Server() {
            private volatile Duration off = Duration.ZERO;

            @Override
            public ContestStore connect() {
                Joined joined = connectTimed(contest, clock);
                off = joined.clockOff();
                return joined.store();
            }

            @Override
            public Duration clockOff() {
                return off;
            }

            @Override
            public String where() {
                return VenueLink.this.toString();
            }
        };
    }

    Joined connectTimed(Contest contest, Clock clock) {
        PostgresContestStore store = new PostgresContestStore(url(), login(), contest, clock, (Path) null);
        Duration off;
        try {
            off = Duration.between(clock.instant(), store.serverNow());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        if (off.abs().compareTo(CLOCK_TOLERANCE) <= 0) {
            return new Joined(ServerRequests.over(store), off);
        }
        store.close();
        return new Joined(ServerRequests.over(new PostgresContestStore(url(), login(), contest, Clock.offset(clock, off),
                (Path) null)), off);
    }

    /**
     * Listens for the server's appends: {@code changed} runs at each, after every reconnection and every {@code safety}
     * (on the listener's thread: hand the reading to the screen's executor).
     */
    public AutoCloseable listen(Duration safety, Runnable changed) {
        return new JournalListener(url(), login(), safety, changed);
    }

    private Properties login() {
        Properties login = new Properties();
        login.setProperty("user", PostgresContestStore.STATION_USER);
        login.setProperty("password", password == null ? "" : password);
        return login;
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
