package org.podium.contestfile;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems a reader finds, the first {@link Limits#LISTED_PROBLEMS} kept in order and the rest only counted, so that a
 * file with millions of bad lines (or a header of a million columns) costs no more memory than a hundred.
 */
final class Problems {
    private final List<Problem> kept = new ArrayList<>();
    private long omitted;

    void add(Problem p) {
        if (kept.size() < Limits.LISTED_PROBLEMS) {
            kept.add(p);
        } else {
            omitted++;
        }
    }

    /** Whether the next problem would be kept: when not, a caller may count it ({@link #omit}) without writing it. */
    boolean keepsMore() {
        return kept.size() < Limits.LISTED_PROBLEMS;
    }

    /** Counts a problem that is not kept. */
    void omit() {
        omitted++;
    }

    /** Every problem of {@code e}, its uncounted ones too. */
    void addAll(ContestFileException e) {
        e.problems().forEach(this::add);
        omitted += e.omitted();
    }

    void addAll(Problems other) {
        other.kept.forEach(this::add);
        omitted += other.omitted;
    }

    /** How many were found, kept or not. */
    long size() {
        return kept.size() + omitted;
    }

    boolean isEmpty() {
        return kept.isEmpty() && omitted == 0;
    }

    /** All of them, to throw. */
    ContestFileException exception() {
        return new ContestFileException(kept, omitted);
    }
}
