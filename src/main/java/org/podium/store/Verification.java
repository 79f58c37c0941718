package org.podium.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of {@code verify}: the journal's hash chain recomputed, the guards that keep it append-only looked for,
 * and the official table held against the journal's official rows (docs/store.md).
 *
 * @param rows          how many rows were checked
 * @param firstAltered  the id of the first row whose hash does not match, or null
 * @param problems      what is wrong, one line each (the chain's first, then guards, then officials); empty when ok
 * @param seal          the seal of the last row ({@code N:HEX}), or null for an empty journal
 */
public record Verification(int rows, Long firstAltered, List<String> problems, Seal seal) {
    public Verification {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** The first problem, or null when there is none. */
    public String problem() {
        return problems.isEmpty() ? null : problems.get(0);
    }

    /** This result with more problems (found by checks beyond the chain). */
    public Verification with(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(problems);
        all.addAll(more);
        return new Verification(rows, firstAltered, all, seal);
    }
}
