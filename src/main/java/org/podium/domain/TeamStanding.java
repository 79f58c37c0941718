package org.podium.domain;

import java.math.BigDecimal;
import java.util.List;

/** One team's line of section 12: status OK or INCOMPLETE, score null when incomplete. */
public record TeamStanding(String event, Integer rank, String team, Status status, BigDecimal score,
                           List<String> counted) {
    public TeamStanding {
        counted = List.copyOf(counted);
    }
}
