package org.podium.service;

import java.util.HashMap;
import java.util.Map;
import org.podium.domain.Contest;
import org.podium.domain.Event;
import org.podium.domain.Round;
import org.podium.exchange.ExportInput;
import org.podium.store.ContestStore;

/** The work numbers of every round judged blind, as exporters take them ({@link ExportInput#workNumbers()}). */
public final class WorkNumberKeys {
    private WorkNumberKeys() {
    }

    /**
     * Per {@link ExportInput#roundKey round} of each event judged blind: bib to work number, as the venue database keeps
     * them (drawn there the first time any station or export asks), so paper sheets carry the numbers the judge
     * station shows. Empty when no event judges blind.
     */
    public static Map<String, Map<String, String>> of(Contest contest, ContestStore store) {
        Map<String, Map<String, String>> numbers = new HashMap<>();
        for (Event e : contest.events()) {
            if (e.blindJudging()) {
                for (Round r : e.rounds()) {
                    numbers.put(ExportInput.roundKey(e.id(), r.id()), store.workNumbers(e.id(), r.id()));
                }
            }
        }
        return numbers;
    }
}
