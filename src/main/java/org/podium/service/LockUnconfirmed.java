package org.podium.service;

import java.util.List;

/**
 * A lock refused because the round lacks something the chief has not confirmed as it stands (issue 15): the heats
 * named, with what each still lacks. Nothing is recorded; confirming this list locks.
 */
public final class LockUnconfirmed extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<HeatCompleteness> missing;

    public LockUnconfirmed(String event, String round, List<HeatCompleteness> missing) {
        super("round " + event + "/" + round + " is not locked: " + describe(missing)
                + "; confirm this list to lock as it stands");
        this.missing = List.copyOf(missing);
    }

    public List<HeatCompleteness> missing() {
        return missing;
    }

    private static String describe(List<HeatCompleteness> missing) {
        StringBuilder sb = new StringBuilder();
        for (HeatCompleteness h : missing) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append("heat ").append(h.heat().isEmpty() ? "-" : h.heat()).append(": ")
                    .append(h.noRecord().size()).append(" without a record, ")
                    .append(h.unsubmitted().size()).append(" sheet(s) not submitted, ")
                    .append(h.shortTimed().size()).append(" short of timekeepers");
        }
        return sb.toString();
    }
}
