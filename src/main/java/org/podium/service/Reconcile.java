package org.podium.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.podium.store.ContestStore;
import org.podium.store.Outbox;

/**
 * Two independent records of each fact (contest-files.md, {@code podium reconcile}): every fact a station's outbox
 * holds, but those the server did not accept, must be in the server's journal, found by its own UUID.
 */
public final class Reconcile {
    private static final int CHUNK = 1000;

    private Reconcile() {
    }

    /** The facts of {@code outbox} that the journal of {@code server} lacks (NOT ACCEPTED ones aside), in the outbox's order. */
    public static List<Outbox.Entry> missing(ContestStore server, Outbox outbox) {
        List<Outbox.Entry> expected = outbox.all().stream().filter(e -> e.state() != Outbox.State.NOT_ACCEPTED).toList();
        List<Outbox.Entry> missing = new ArrayList<>();
        for (int from = 0; from < expected.size(); from += CHUNK) {
            List<Outbox.Entry> chunk = expected.subList(from, Math.min(expected.size(), from + CHUNK));
            Set<UUID> held = server.keysHeld(chunk.stream().map(Outbox.Entry::key).toList());
            for (Outbox.Entry e : chunk) {
                if (!held.contains(e.key())) {
                    missing.add(e);
                }
            }
        }
        return missing;
    }
}
