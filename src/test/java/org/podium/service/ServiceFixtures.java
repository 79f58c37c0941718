package org.podium.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.podium.domain.Role;
import org.podium.store.ContestStore;

/** What the service tests set up alike: a sample's folder to open, officials to log in as. */
final class ServiceFixtures {
    private ServiceFixtures() {
    }

    /** A copy of the monitor-stand sample's contest.yaml and roster in {@code dir/monitor-stand} (no database, no scores). */
    static Path monitorStand(Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("monitor-stand"));
        for (String f : List.of("contest.yaml", "roster.csv")) {
            Files.copy(Path.of("contests", "monitor-stand", f), folder.resolve(f));
        }
        return folder;
    }

    /** Adds each id as an official of {@code role}, named by its id, with the samples' PIN 0000. */
    static void officials(ContestStore store, Role role, String... ids) {
        for (String id : ids) {
            store.addOfficial(id, id, role, "0000".toCharArray());
        }
    }
}
