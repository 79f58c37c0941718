package org.podium.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.podium.domain.Contest;
import org.podium.store.PostgresContestStore;
import org.podium.store.Seal;
import org.podium.store.Sequencer;
import org.podium.store.StoreException;
import org.podium.store.StoreText;
import org.postgresql.PGConnection;

/**
 * The venue server of contest-files.md ("Several stations: the venue server"), docs/venue-server.md: PostgreSQL from the
 * embedded binaries with durable settings (every test default of the starter overridden: fsync, synchronous_commit and
 * full_page_writes on, a SCRAM password, connections from this laptop's subnets only, data kept in
 * {@code CONTEST_DIR/server/}), or the organiser's own PostgreSQL ({@code --db-url}); an existing contest.db moved into
 * it row for row and renamed {@code contest-before-server.db}; a contest.db snapshot every 10 minutes while facts arrive.
 */
public final class VenueServer implements AutoCloseable {
    /** PostgreSQL's own port. */
    public static final int DEFAULT_PORT = 5432;
    /** The folder of the server in the contest folder. */
    public static final String FOLDER = "server";
    /** The contest.db once moved into the server: kept, never written again. */
    public static final String BEFORE_SERVER = "contest-before-server.db";
    /** The database of the contest on the server. */
    static final String DATABASE = PostgresContestStore.VENUE_DATABASE;
    static final String USER = PostgresContestStore.VENUE_USER;
    static final String STATION = PostgresContestStore.STATION_USER;
    /**
     * The sequencer refuses a request from a connection bound to no official (a station binds its connections at its
     * log-in on the server, the uplink each fact's to its official), but the server's set-up (first officials, an
     * import while no chief judge or organiser exists) and a NOT ACCEPTED report (store.Sequencer).
     */
    static final boolean REQUIRE_LOG_IN = true;
    static final String PASSWORD_FILE = "venue-password";
    /** The owner's (superuser's) password: never printed, never on a station. */
    static final String OWNER_FILE = "owner-password";
    /** How often a snapshot is written while facts arrive. */
    static final Duration SNAPSHOT_EVERY = Duration.ofMinutes(10);
    /** The period of the snapshot timer: {@link #SNAPSHOT_EVERY}, shorter in a test. */
    static volatile Duration snapshotEvery = SNAPSHOT_EVERY;
    /** The settings the starter's test defaults are replaced with (each checked after the start with SHOW). */
    static final Map<String, String> DURABLE = new LinkedHashMap<>();

    static {
        DURABLE.put("fsync", "on");
        DURABLE.put("synchronous_commit", "on");
        DURABLE.put("full_page_writes", "on");
        DURABLE.put("password_encryption", "scram-sha-256");
    }

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY346789";

    /**
     * How to serve.
     *
     * @param port   the port (embedded server)
     * @param listen the only address to listen on (e.g. 127.0.0.1 for a trial on one machine), or null for every
     *               interface of this laptop
     * @param dbUrl  the organiser's PostgreSQL ({@code jdbc:postgresql://HOST:PORT/DB?user=U&password=P}), or null for the
     *               embedded one
     */
    public record Options(int port, String listen, String dbUrl) {
    }

    private final EmbeddedPostgres postgres;
    private final PostgresContestStore store;
    private final String host;
    private final int port;
    private final String password;
    private final Seal moved;
    private final ScheduledExecutorService snapshots;

    /** The one sequencer that appends every station's write (store.Sequencer, docs/venue-server.md "One sequencer"). */
    private final Sequencer sequencer;

    private VenueServer(EmbeddedPostgres postgres, PostgresContestStore store, String host, int port, String password,
                        Seal moved, Supplier<PostgresContestStore> owner) {
        this.sequencer = Sequencer.start(owner, REQUIRE_LOG_IN);
        this.postgres = postgres;
        this.store = store;
        this.host = host;
        this.port = port;
        this.password = password;
        this.moved = moved;
        this.snapshots = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "podium-snapshots");
            t.setDaemon(true);
            return t;
        });
        long[] snapshotAt = {store.lastRowId()};
        long every = snapshotEvery.toMillis();
        snapshots.scheduleAtFixedRate(() -> {
            long last = store.lastRowId();
            if (last != snapshotAt[0]) {
                try {
                    store.backup("auto");
                    snapshotAt[0] = last;
                } catch (StoreException e) {
                    // reported by backupProblem(); the next round tries again
                }
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts serving the contest of {@code contestDir}.
     *
     * @throws StoreException in one line from the bundles: the port in use, a wrong password, another contest's
     *                        server, a PostgreSQL that is not durable, a server that did not start
     */
    public static VenueServer start(Path contestDir, Contest contest, Options options, Clock clock) {
        Path contestDb = contestDir.resolve("contest.db");
        if (options.dbUrl() != null) {
            PostgresContestStore store = new PostgresContestStore(options.dbUrl(), new Properties(), contest, clock, contestDb);
            try {
                Seal moved = moveIn(store, contestDir);
                return new VenueServer(null, store, hostOf(options.dbUrl()), -1, null, moved,
                        () -> new PostgresContestStore(options.dbUrl(), new Properties(), contest, clock, contestDb));
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        }
        String listen = options.listen();
        requireFreePort(options.port(), listen);
        Path serverDir = contestDir.resolve(FOLDER);
        Path passwordFile = serverDir.resolve(PASSWORD_FILE);
        Path ownerFile = serverDir.resolve(OWNER_FILE);
        EmbeddedPostgres postgres = null;
        PostgresContestStore store = null;
        try {
            Files.createDirectories(serverDir);
            String kept = read(passwordFile);
            String owner = read(ownerFile);
            // the first start, a server made before the two logins (the owner's password was the venue password), or a
            // set-up interrupted: set up from this laptop only, then SCRAM only
            boolean setUp = owner.isEmpty();
            String password = kept.isEmpty() ? newPassword(12) : kept;
            if (setUp) {
                owner = newPassword(24);
            }
            List<String> subnets = subnets(listen);
            postgres = embedded(serverDir, options.port(), listen, setUp ? null : owner, setUp, subnets);
            if (setUp) {
                setPasswords(postgres.getPort(), owner, password, serverDir, subnets, kept.isEmpty());
            }
            Properties login = login(USER, owner);
            requireDurable(url(postgres.getPort(), "postgres"), login);
            createDatabase(url(postgres.getPort(), "postgres"), login);
            requireStationLogin(url(postgres.getPort(), DATABASE), password, passwordFile);
            store = new PostgresContestStore(url(postgres.getPort(), DATABASE), login, contest, clock, contestDb);
            Seal moved = moveIn(store, contestDir);
            String url = url(postgres.getPort(), DATABASE);
            return new VenueServer(postgres, store, host(listen), postgres.getPort(), password, moved,
                    () -> new PostgresContestStore(url, login, contest, clock, contestDb));
        } catch (IOException | SQLException | RuntimeException e) {
            if (store != null) {
                store.close();
            }
            stopQuietly(postgres, e);
            throw e instanceof StoreException s ? s : StoreException.bundledLine("server.failed", serverDir,
                    String.valueOf(e.getMessage()), serverDir.resolve("postgres.log"));
        }
    }

    /** The journal of the server. */
    public PostgresContestStore store() {
        return store;
    }

    /** The address stations use. */
    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The venue password (null for {@code --db-url}: the organiser's own login). */
    public String password() {
        return password;
    }

    /** The seal of the contest.db moved into the server at this start, or null when none was moved. */
    public Seal moved() {
        return moved;
    }

    /** The line {@code podium serve} prints: {@code serving CONTEST_NAME on HOST:PORT, venue password PPPPPPPP}. */
    public String line(Contest contest) {
        return password == null ? StoreText.get("server.servingUrl", contest.name(), host)
                : StoreText.get("server.serving", contest.name(), host + ":" + port, password);
    }

    /** Shuts the database down cleanly (its data stays in CONTEST_DIR/server/). */
    @Override
    public void close() {
        snapshots.shutdownNow();
        sequencer.close();
        try {
            store.close();
        } finally {
            if (postgres != null) {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    // --- the embedded PostgreSQL

    private static EmbeddedPostgres embedded(Path serverDir, int port, String listen, String password, boolean first,
                                             List<String> subnets) throws IOException {
        Path log = serverDir.resolve("postgres.log");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPgBinaryResolver(PostgresBinaries.THIS_SYSTEM) // on Windows with the Visual C++ runtime beside it
                .setDataDirectory(serverDir.resolve("pgdata"))
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", listenAddresses(listen))
                .setServerConfig("unix_socket_directories", "")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setDataDirectoryCustomizer(dir -> writeHba(dir.toPath(), first ? bootstrapHba() : hba(subnets)));
        DURABLE.forEach(builder::setServerConfig);
        if (password != null) {
            builder.setConnectConfig("password", password);
        }
        try {
            return builder.start();
        } catch (IOException | RuntimeException e) {
            String why = String.valueOf(e.getMessage());
            if (why.contains("could not lock") || why.contains("epg-lock") || lockHeld(e)) {
                throw StoreException.bundledLine("server.inUse", serverDir);
            }
            String said = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            if (said.contains("cannot be run as root")) {
                throw StoreException.bundledLine("server.root", serverDir);
            }
            if (password != null && said.contains("password authentication failed")) {
                throw StoreException.bundledLine("server.ownerPasswordFile", serverDir.resolve(OWNER_FILE));
            }
            if (PostgresBinaries.THIS_SYSTEM.runtimeMissing()) {
                throw StoreException.bundledLine("server.vcRuntime", serverDir);
            }
            throw StoreException.bundledLine("server.failed", serverDir, why, log);
        }
    }

    /** The data folder's lock is held: by another process ("could not lock"), or within this JVM (an overlapping lock). */
    private static boolean lockHeld(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.channels.OverlappingFileLockException) {
                return true;
            }
        }
        return false;
    }

    /** At the first start only, until the password is set: the starter's own login, from this laptop, to no database but postgres. */
    private static String bootstrapHba() {
        return "# Podium, first start: until the venue password is set, only this laptop's starter logs in\n"
                + "host postgres " + USER + " 127.0.0.1/32 trust\n";
    }

    /** SCRAM from this laptop and from its subnets; nothing else (no trust, no md5, no other network). */
    static String hba(List<String> subnets) {
        StringBuilder sb = new StringBuilder("# Podium venue server (docs/venue-server.md): written at every start\n");
        sb.append("host all all 127.0.0.1/32 scram-sha-256\n");
        for (String subnet : subnets) {
            sb.append("host all all ").append(subnet).append(" scram-sha-256\n");
        }
        return sb.toString();
    }

    private static void writeHba(Path dataDir, String text) {
        try {
            Files.writeString(dataDir.resolve("pg_hba.conf"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The set-up (the first start, or the first start of a server made before the two logins): the owner's password and
     * the station login's (the venue password) set as SCRAM verifiers (computed here, never sent as text), the role
     * {@code podium_station} made without any power of its own, both passwords kept (the owner's file last: it says
     * the set-up is done), then SCRAM only.
     */
    private static void setPasswords(int port, String owner, String password, Path serverDir, List<String> subnets,
                                     boolean newVenuePassword) throws SQLException, IOException {
        Properties trust = new Properties();
        trust.setProperty("user", USER);
        try (Connection c = DriverManager.getConnection(url(port, "postgres"), trust); Statement st = c.createStatement()) {
            st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + STATION + "') THEN CREATE ROLE "
                    + STATION + "; END IF; END $$");
            st.execute("ALTER ROLE " + STATION + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOBYPASSRLS NOREPLICATION");
            PGConnection pg = c.unwrap(PGConnection.class);
            pg.alterUserPassword(STATION, password.toCharArray(), "scram-sha-256");
            pg.alterUserPassword(USER, owner.toCharArray(), "scram-sha-256");
            if (newVenuePassword) {
                keep(serverDir.resolve(PASSWORD_FILE), password);
            }
            keep(serverDir.resolve(OWNER_FILE), owner);
            writeHba(serverDir.resolve("pgdata"), hba(subnets));
            st.execute("SELECT pg_reload_conf()");
        }
    }

    /** A password written to its file (owner-only where the file system allows) under a temporary name, then renamed. */
    private static void keep(Path file, String password) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.writeString(part, password + "\n", StandardCharsets.UTF_8);
        ownerOnly(part);
        move(part, file);
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
    }

    /** The venue password opens the station login (a venue-password file changed by hand is said, nothing served). */
    private static void requireStationLogin(String url, String password, Path passwordFile) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, login(STATION, password))) {
            c.isValid(5);
        } catch (SQLException e) {
            if ("28P01".equals(e.getSQLState())) {
                throw StoreException.bundledLine("server.passwordFile", passwordFile);
            }
            throw e;
        }
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Windows: the file lies in the organiser's own contest folder
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Each durable setting as the running server says it is (SHOW): a server that would lose a saved fact is refused. */
    private static void requireDurable(String url, Properties login) throws SQLException {
        try (Connection c = connect(url, login); Statement st = c.createStatement()) {
            for (Map.Entry<String, String> setting : DURABLE.entrySet()) {
                try (ResultSet rs = st.executeQuery("SHOW " + setting.getKey())) {
                    rs.next();
                    if (!setting.getValue().equals(rs.getString(1))) {
                        throw StoreException.bundledLine("server.notDurable", setting.getKey(), rs.getString(1), setting.getValue());
                    }
                }
            }
        }
    }

    private static void createDatabase(String url, Properties login) throws SQLException {
        try (Connection c = connect(url, login); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            st.executeUpdate("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
        }
    }

    private static Connection connect(String url, Properties login) throws SQLException {
        try {
            return DriverManager.getConnection(url, login);
        } catch (SQLException e) {
            if ("28P01".equals(e.getSQLState())) {
                throw StoreException.bundledLine("store.server.wrongPassword", url, USER);
            }
            throw e;
        }
    }

    static String url(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static Properties login(String user, String password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        return p;
    }

    static String newPassword(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    // --- the network

    private static void requireFreePort(int port, String listen) {
        for (String address : listen == null ? List.of("0.0.0.0", "127.0.0.1") : List.of(listen, "127.0.0.1")) {
            try (ServerSocket socket = new ServerSocket()) {
                // as PostgreSQL binds: on Linux and macOS past connections closing (TIME_WAIT) do not count, a listener
                // does; on Windows SO_REUSEADDR would take a port in use, so there the plain bind is the test
                socket.setReuseAddress(!System.getProperty("os.name", "").startsWith("Windows"));
                socket.bind(new InetSocketAddress(InetAddress.getByName(address), port));
            } catch (IOException e) {
                throw StoreException.bundledLine("server.portInUse", Integer.toString(port), address);
            }
        }
    }

    /** The addresses PostgreSQL listens on: loopback always (the starter checks the start there), and the one given or all. */
    private static String listenAddresses(String listen) {
        if (listen == null) {
            return "*";
        }
        Set<String> all = new LinkedHashSet<>(List.of("127.0.0.1", listen));
        return String.join(",", all);
    }

    /** The IPv4 subnets of this laptop's interfaces that are up (or only the one of {@code listen}), as CIDR. */
    static List<String> subnets(String listen) {
        List<String> out = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InterfaceAddress a : nic.getInterfaceAddresses()) {
                    if (a.getAddress() instanceof Inet4Address v4 && (listen == null || listen.equals(v4.getHostAddress()))) {
                        out.add(network(v4.getAddress(), a.getNetworkPrefixLength()));
                    }
                }
            }
        } catch (SocketException e) {
            // no interface can be listed: loopback only
        }
        return out.stream().distinct().toList();
    }

    private static String network(byte[] address, int prefix) {
        int ip = ((address[0] & 0xff) << 24) | ((address[1] & 0xff) << 16) | ((address[2] & 0xff) << 8) | (address[3] & 0xff);
        int mask = prefix == 0 ? 0 : -1 << (32 - prefix);
        int net = ip & mask;
        return ((net >>> 24) & 0xff) + "." + ((net >>> 16) & 0xff) + "." + ((net >>> 8) & 0xff) + "." + (net & 0xff) + "/" + prefix;
    }

    /** The address stations should use: the one listened on, else this laptop's first private IPv4 address. */
    private static String host(String listen) {
        if (listen != null && !listen.equals("*") && !listen.equals("0.0.0.0")) {
            return listen;
        }
        String other = null;
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp() && !nic.isLoopback()) {
                    for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                        if (a instanceof Inet4Address && a.isSiteLocalAddress()) {
                            return a.getHostAddress(); // a router's network: 192.168.x.x, 10.x.x.x, 172.16-31.x.x
                        }
                        if (a instanceof Inet4Address && other == null) {
                            other = a.getHostAddress();
                        }
                    }
                }
            }
        } catch (SocketException e) {
            // loopback only
        }
        return other == null ? "127.0.0.1" : other;
    }

    private static String hostOf(String dbUrl) {
        String rest = dbUrl.replaceFirst("^jdbc:postgresql://", "");
        int q = rest.indexOf('?');
        return q < 0 ? rest : rest.substring(0, q);
    }

    // --- contest.db into the server

    /**
     * Moves an existing contest.db into the server (same rows, same hashes) and renames it contest-before-server.db. A
     * contest.db whose journal the server already holds (a move interrupted before the rename) is only renamed; one
     * the server does not hold, beside a server that holds another journal, is refused.
     */
    private static Seal moveIn(PostgresContestStore store, Path contestDir) {
        Path contestDb = contestDir.resolve("contest.db");
        if (!Files.exists(contestDb)) {
            return null;
        }
        Seal seal;
        if (store.lastRowId() == 0 && store.officials().isEmpty()) {
            seal = store.takeOver(contestDb);
        } else {
            seal = store.sameJournalAs(contestDb);
        }
        try {
            Path before = contestDir.resolve(BEFORE_SERVER);
            for (int n = 2; Files.exists(before); n++) {
                before = contestDir.resolve("contest-before-server-" + n + ".db");
            }
            move(contestDb, before);
            for (String suffix : List.of("-wal", "-shm")) { // moved with it: the -wal may hold its last rows
                Path log = contestDir.resolve("contest.db" + suffix);
                if (Files.exists(log)) {
                    move(log, before.resolveSibling(before.getFileName() + suffix));
                }
            }
        } catch (IOException e) {
            throw StoreException.bundledLine("server.renameFailed", contestDb, String.valueOf(e.getMessage()));
        }
        return seal;
    }

    private static void stopQuietly(EmbeddedPostgres postgres, Exception failed) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException | RuntimeException e) {
                failed.addSuppressed(e);
            }
        }
    }
}
