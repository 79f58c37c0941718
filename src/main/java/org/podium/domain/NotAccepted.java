package org.podium.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A fact a station saved that the venue server did not accept (the round was locked meanwhile, a sheet submitted...),
 * as the station keeps it in its outbox and reports it to the server for the head table (docs/venue-server.md).
 *
 * @param key        the fact's own UUID
 * @param station    the station that saved it
 * @param recordedBy the official who saved it
 * @param fact       the fact (for a withdrawal its key; for a sheet's submit or reopen a mark naming the sheet)
 * @param action     what the station asked: {@code record}, {@code withdraw}, {@code submit} or {@code reopen}
 * @param reason     the server's reason in English (the command line, and a station without the key)
 * @param reasonKey  the bundle key saying the reason, or null
 * @param reasonArgs the values filled into {@code reasonKey}'s message
 * @param savedAt    when the station saved it
 * @param refusedAt  when the server refused it (the station's clock)
 */
public record NotAccepted(UUID key, String station, String recordedBy, Fact fact, String action, String reason,
                          String reasonKey, List<String> reasonArgs, Instant savedAt, Instant refusedAt) {
    public NotAccepted {
        reasonArgs = List.copyOf(reasonArgs);
    }
}
