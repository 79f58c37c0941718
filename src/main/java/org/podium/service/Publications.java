package org.podium.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.podium.exchange.Publication;
import org.podium.store.ContestStore;
import org.podium.store.Seal;

/**
 * What rounds the venue database has published, with the seal of each publish row, as exporters print it
 * ({@link Publication}). Blocking: call it on the executor.
 */
public final class Publications {
    private Publications() {
    }

    /** The rounds published now, each with its publish row's seal. */
    public static Publication of(ContestStore store) {
        Map<String, String> seals = new LinkedHashMap<>();
        for (Map.Entry<String, Seal> e : store.publishSeals().entrySet()) {
            seals.put(e.getKey(), e.getValue().toString());
        }
        return new Publication(true, seals);
    }

    /**
     * The rounds published both before and after the facts were read, with the same seal: a round locked all along, so
     * the facts read are the facts it was published with. A round published or unlocked meanwhile is shown provisional
     * (export again for its seal).
     */
    public static Publication stable(Publication before, Publication after) {
        Map<String, String> seals = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : before.seals().entrySet()) {
            if (Objects.equals(after.seals().get(e.getKey()), e.getValue())) {
                seals.put(e.getKey(), e.getValue());
            }
        }
        return new Publication(before.fromDatabase() || after.fromDatabase(), seals);
    }
}
