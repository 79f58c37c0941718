package org.podium.scoring;

import java.math.BigDecimal;
import java.util.List;
import org.podium.domain.Status;

/** One team's line of section 12: status OK or INCOMPLETE, score null when incomplete. */
public record TeamStanding(String event, Integer rank, String team, Status status, BigDecimal score,
                           List<String> counted) {
    public TeamStanding {
        counted = List.copyOf(counted);
    }
}
