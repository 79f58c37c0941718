package org.podium.store;

/**
 * The result of recomputing the journal's hash chain.
 *
 * @param rows          how many rows were checked
 * @param firstAltered  the id of the first row that does not match, or null when all match
 * @param problem       what is wrong with that row, or null
 */
public record Verification(int rows, Long firstAltered, String problem) {
    public boolean ok() {
        return firstAltered == null;
    }
}
