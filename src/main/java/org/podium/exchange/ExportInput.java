package org.podium.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.scoring.ContestResult;

/**
 * What every exporter reads: the contest, the engine's results for it, and the facts those results were computed
 * from (for the per-timekeeper and per-judge columns). Exporters never compute a score; every number they print
 * comes from {@link #result()} or is a recorded fact shown as recorded.
 *
 * @param folder the contest folder (a contest may override templates in {@code folder/templates/}), or null
 */
public record ExportInput(Contest contest, ContestResult result, List<Fact> facts, Path folder) {
    public ExportInput {
        Objects.requireNonNull(contest, "contest");
        Objects.requireNonNull(result, "result");
        facts = List.copyOf(facts);
    }
}
