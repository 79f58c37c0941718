package org.podium.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.podium.domain.Contest;
import org.podium.domain.ContestResult;
import org.podium.domain.Fact;

/**
 * What every exporter reads: the contest, the engine's results for it, and the facts those results were computed
 * from (for the per-timekeeper and per-judge columns). Exporters never compute a score; every number they print
 * comes from {@link #result()} or is a recorded fact shown as recorded.
 *
 * @param folder      the contest folder (a contest may override templates in {@code folder/templates/}), or null
 * @param workNumbers blind judging: per {@link #roundKey round}, bib to work number (from the venue database)
 * @param publication which rounds the venue database has published, with their seals (printed on result sheets,
 *                    notices and award lists)
 */
public record ExportInput(Contest contest, ContestResult result, List<Fact> facts, Path folder,
                          Map<String, Map<String, String>> workNumbers, Publication publication) {
    public ExportInput {
        Objects.requireNonNull(contest, "contest");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(publication, "publication");
        facts = List.copyOf(facts);
        workNumbers = Map.copyOf(workNumbers);
    }

    /** Without a venue database's publication (results from score files). */
    public ExportInput(Contest contest, ContestResult result, List<Fact> facts, Path folder,
                       Map<String, Map<String, String>> workNumbers) {
        this(contest, result, facts, folder, workNumbers, Publication.NONE);
    }

    /** The same input with the venue database's publication (what rounds are published, with their seals). */
    public ExportInput withPublication(Publication newPublication) {
        return new ExportInput(contest, result, facts, folder, workNumbers, newPublication);
    }

    /** Without work numbers (no event judges blind, or no venue database to hold them). */
    public ExportInput(Contest contest, ContestResult result, List<Fact> facts, Path folder) {
        this(contest, result, facts, folder, Map.of());
    }

    /** The key of {@link #workNumbers()}: {@code event/round}. */
    public static String roundKey(String event, String round) {
        return event + "/" + round;
    }

    /**
     * The blind-judging work numbers of a round (bib to number), as the venue database drew and keeps them, so paper
     * sheets carry the numbers the judge station shows; empty when none were given.
     */
    public Map<String, String> workNumbers(String event, String round) {
        return workNumbers.getOrDefault(roundKey(event, round), Map.of());
    }
}
