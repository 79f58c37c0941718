package org.podium.exchange;

import java.util.Map;
import java.util.Optional;

/**
 * Which rounds are published, each with the seal of its publish row ({@code N:HEX}, docs/store.md), as the venue
 * database says: what a result sheet, results notice or award list prints, so that anyone holding the paper can check
 * it against the database ({@code podium verify --seal N:HEX}). Read from the database by the caller; exporters only
 * print it.
 *
 * @param fromDatabase whether the results come from a venue database (results from score files alone are never
 *                     published, and their sheets say nothing about it)
 * @param seals        per {@link ExportInput#roundKey round} published now, its seal as text
 */
public record Publication(boolean fromDatabase, Map<String, String> seals) {
    /** Results from score files only: no database, so no round is published and nothing is printed about it. */
    public static final Publication NONE = new Publication(false, Map.of());

    public Publication {
        seals = Map.copyOf(seals);
    }

    /** The seal of a round's publish row, when the round is published now. */
    public Optional<String> seal(String event, String round) {
        return Optional.ofNullable(seals.get(ExportInput.roundKey(event, round)));
    }

    /** Whether a round's results are provisional: from the database, and not published now. */
    public boolean provisional(String event, String round) {
        return fromDatabase && !seals.containsKey(ExportInput.roundKey(event, round));
    }
}
