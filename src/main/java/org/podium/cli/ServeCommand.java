package org.podium.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.podium.contestfile.ContestFolder;
import org.podium.server.VenueServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code podium serve CONTEST_DIR [--port N] [--listen ADDRESS] [--db-url URL]} (contest-files.md, "Several stations: the
 * venue server"; docs/venue-server.md): starts the venue server, prints one line and runs until stopped (Ctrl+C or
 * SIGTERM shut the database down cleanly).
 */
@Command(name = "serve", description = "Run the venue server for several stations: the venue's PostgreSQL (data in"
        + " CONTEST_DIR/server/) or --db-url; an existing contest.db moves into it. Runs until Ctrl+C.")
final class ServeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CONTEST_DIR", description = "the contest folder")
    Path dir;

    @Option(names = "--port", paramLabel = "N", description = "the port (default ${DEFAULT-VALUE})")
    int port = VenueServer.DEFAULT_PORT;

    @Option(names = "--listen", paramLabel = "ADDRESS", description = "listen only on this address (127.0.0.1: a trial on"
            + " one machine); default every interface of this laptop, stations of its subnets only")
    String listen;

    @Option(names = "--db-url", paramLabel = "URL", description = "use the organiser's PostgreSQL:"
            + " jdbc:postgresql://HOST:PORT/DB?user=U&password=P")
    String dbUrl;

    private final Output out;
    private final Clock clock;

    ServeCommand(Output out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    @Override
    public Integer call() throws InputError {
        ContestFolder folder = ContestInputs.load(dir);
        System.setProperty("org.slf4j.simpleLogger.log.io.zonky", "warn"); // the starter's progress: not for the venue
        VenueServer server = VenueServer.start(dir, folder.contest(), new VenueServer.Options(port, listen, dbUrl), clock);
        Thread stop = new Thread(server::close, "podium-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        out.print(server.line(folder.contest()) + "\n");
        try {
            new CountDownLatch(1).await(); // until Ctrl+C or SIGTERM (the hook), or an interrupt (tests)
        } catch (InterruptedException e) {
            Runtime.getRuntime().removeShutdownHook(stop);
            server.close();
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
