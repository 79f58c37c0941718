package org.podium.contestfile;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems a reader finds, the first few kept in order ({@link Limits#LISTED_PROBLEMS} for the command line,
 * {@link Limits#PREVIEW_PROBLEMS} for a preview screen) and the rest only counted, so that a file with millions of bad
 * lines (or a header of a million columns) costs no more memory than the problems kept.
 */
final class Problems {
    private final int cap;
    private final List<Problem> kept = new ArrayList<>();
    private long omitted;

    /** Keeps the first {@link Limits#LISTED_PROBLEMS}, as the command line lists them. */
    Problems() {
        this(Limits.LISTED_PROBLEMS);
    }

    /** Keeps the first {@code cap}. */
    Problems(int cap) {
        this.cap = cap;
    }

    void add(Problem p) {
        if (kept.size() < cap) {
            kept.add(p);
        } else {
            omitted++;
        }
    }

    /** Whether the next problem would be kept: when not, a caller may count it ({@link #omit}) without writing it. */
    boolean keepsMore() {
        return kept.size() < cap;
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

    /** Problems kept elsewhere ({@code omitted} of them only counted there). */
    void addAll(List<Problem> problems, long omitted) {
        problems.forEach(this::add);
        this.omitted += omitted;
    }

    /** How many were found, kept or not. */
    long size() {
        return kept.size() + omitted;
    }

    boolean isEmpty() {
        return kept.isEmpty() && omitted == 0;
    }

    /** The problems kept, in the order found. */
    List<Problem> kept() {
        return List.copyOf(kept);
    }

    /** How many were found beyond {@link #kept()}. */
    long omitted() {
        return omitted;
    }

    /** All of them, to throw. */
    ContestFileException exception() {
        return new ContestFileException(kept, omitted);
    }
}
