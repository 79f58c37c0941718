package org.podium.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.podium.domain.EntryResult;
import org.podium.domain.RoundResult;
import org.podium.domain.Status;

/**
 * What publishing a round makes public (issue 15): how many entries are ranked, how many are unranked by status, how
 * many of each award and who holds each title. The head table shows it and asks once more; {@link Recording#publish}
 * publishes only the summary the chief confirmed, as it stands.
 *
 * @param ranked   ranked entries
 * @param unranked unranked entries by status, in the order unranked entries are listed; statuses with none left out
 * @param awards   award name to how many entries hold it, in ranking order of first holder
 * @param titles   one line per title held: title, bib and name
 */
public record PublishSummary(int ranked, Map<Status, Integer> unranked, Map<String, Integer> awards, List<Title> titles) {
    public PublishSummary {
        Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        byStatus.putAll(unranked);
        unranked = java.util.Collections.unmodifiableMap(byStatus);
        awards = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(awards));
        titles = List.copyOf(titles);
    }

    /** A title and who holds it. */
    public record Title(String title, String bib, String name) {
    }

    /** The summary of a round's result as it stands. */
    public static PublishSummary of(RoundResult round) {
        int ranked = 0;
        Map<Status, Integer> unranked = new EnumMap<>(Status.class);
        Map<String, Integer> awards = new LinkedHashMap<>();
        List<Title> titles = new ArrayList<>();
        for (EntryResult r : round.rows()) {
            if (r.ranked()) {
                ranked++;
            } else {
                unranked.merge(r.status(), 1, Integer::sum);
            }
            if (r.award() != null && !r.award().isEmpty()) {
                awards.merge(r.award(), 1, Integer::sum);
            }
            for (String t : r.titles()) {
                titles.add(new Title(t, r.bib(), r.contestant().name()));
            }
        }
        return new PublishSummary(ranked, unranked, awards, titles);
    }
}
