package org.podium.exchange;

import java.nio.file.Path;
import java.util.List;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.ContestResult;
import org.podium.scoring.ScoringEngine;

/** The sample contests of contests/ with their sample scores, scored by the engine, as exporters receive them. */
public final class Samples {
    private Samples() {
    }

    /** contests/SLUG with contests/SLUG/scores/sample.csv. */
    public static ExportInput input(String slug) {
        Path dir = Path.of("contests", slug);
        try {
            ContestFolder.Loaded loaded = ContestFolder.loadWithScores(dir, List.of(dir.resolve("scores/sample.csv")));
            ContestResult result = new ScoringEngine().score(loaded.folder().contest(), loaded.facts());
            if (!result.rejected().isEmpty()) {
                throw new IllegalStateException("the sample " + slug + " has rejected facts: " + result.rejected());
            }
            return new ExportInput(loaded.folder().contest(), result, loaded.facts(), dir);
        } catch (org.podium.contestfile.ContestFileException e) {
            throw new IllegalStateException(e);
        }
    }
}
