package org.podium.ui.start;

import java.nio.file.Path;

/**
 * A contest offered on the start screen.
 *
 * @param name   the contest's name from its contest.yaml, or null when it cannot be read
 * @param sample whether it is one of the samples shipped in {@code contests/} (else a recently opened folder)
 */
public record ContestChoice(Path dir, String name, boolean sample) {
}
