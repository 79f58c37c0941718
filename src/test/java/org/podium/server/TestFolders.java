package org.podium.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of a sample contest folder in a test's folder (no contest.db), and free ports on 127.0.0.1. */
public final class TestFolders {
    private TestFolders() {
    }

    /** contests/monitor-stand copied into {@code tmp/monitor-stand}, without its contest.db. */
    public static Path monitorStand(Path tmp) throws IOException {
        return sample(tmp, "monitor-stand");
    }

    /** The sample contests/{@code slug} copied into {@code tmp/slug}, without its contest.db. */
    public static Path sample(Path tmp, String slug) throws IOException {
        Path to = tmp.resolve(slug);
        Path from = Path.of("contests", slug);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().startsWith("contest.db")) {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    /** A port nobody listens on at 127.0.0.1 now. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }
}
