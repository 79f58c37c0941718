package org.podium.service;

import java.util.List;

/**
 * A round is not published while a flag of it is not acknowledged as it stands (scoring.md section 3), nor while the
 * database's audit trail does not verify (contest-files.md, "Trust": publishing is refused until that is resolved).
 */
public final class PublishBlocked extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<RoundFlag> unacknowledged;
    private final String chainProblem;
    private final transient PublishSummary summary;

    public PublishBlocked(String event, String round, List<RoundFlag> unacknowledged) {
        super("round " + event + "/" + round + " is not published: " + unacknowledged.size()
                + " flag(s) not acknowledged as they stand (" + String.join(", ",
                unacknowledged.stream().map(f -> f.kind() + " " + f.bib()).toList()) + ")");
        this.unacknowledged = List.copyOf(unacknowledged);
        this.chainProblem = null;
        this.summary = null;
    }

    /** Refused because what publishing makes public is not what the chief confirmed: {@code now} is what it is. */
    public PublishBlocked(String event, String round, PublishSummary now) {
        super("round " + event + "/" + round + " is not published: what it makes public is not what was confirmed ("
                + now.ranked() + " ranked, unranked " + now.unranked() + ", awards " + now.awards() + ")");
        this.unacknowledged = List.of();
        this.chainProblem = null;
        this.summary = now;
    }

    /** What publishing would make public, when the confirmed summary was not it. */
    public java.util.Optional<PublishSummary> summary() {
        return java.util.Optional.ofNullable(summary);
    }

    /** Refused because the audit trail does not verify: {@code problem} is what {@code verify} says. */
    public PublishBlocked(String event, String round, String problem) {
        super("round " + event + "/" + round + " is not published: the audit trail does not verify (" + problem + ")");
        this.unacknowledged = List.of();
        this.chainProblem = problem;
        this.summary = null;
    }

    /** Why the audit trail does not verify, when that is what blocks publishing. */
    public java.util.Optional<String> chainProblem() {
        return java.util.Optional.ofNullable(chainProblem);
    }

    public List<RoundFlag> unacknowledged() {
        return unacknowledged;
    }
}
