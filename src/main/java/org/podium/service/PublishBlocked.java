package org.podium.service;

import java.util.List;

/** A round is not published while a flag of it is not acknowledged as it stands (scoring.md section 3). */
public final class PublishBlocked extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<RoundFlag> unacknowledged;

    public PublishBlocked(String event, String round, List<RoundFlag> unacknowledged) {
        super("round " + event + "/" + round + " is not published: " + unacknowledged.size()
                + " flag(s) not acknowledged as they stand (" + String.join(", ",
                unacknowledged.stream().map(f -> f.kind() + " " + f.bib()).toList()) + ")");
        this.unacknowledged = List.copyOf(unacknowledged);
    }

    public List<RoundFlag> unacknowledged() {
        return unacknowledged;
    }
}
