package org.podium.service;

import org.podium.domain.ConsistencyReport;
import org.podium.domain.RoundResult;
import org.podium.scoring.Consistency;

/**
 * The screens' way to the officials' consistency (docs/consistency.md): the screens read results and never call the
 * engine themselves (ArchitectureTest), so they ask here. Pure: it reads the round's result, not the store.
 */
public final class ConsistencyService {
    private ConsistencyService() {
    }

    /** The deviations of the round's officials, with the outliers past {@code limits}. */
    public static ConsistencyReport of(RoundResult round, ConsistencyReport.Limits limits) {
        return Consistency.of(round, limits);
    }
}
