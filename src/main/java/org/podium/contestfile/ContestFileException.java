package org.podium.contestfile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A contest file (or several) cannot be used; carries the problems found, in the order found: the first {@link
 * Limits#LISTED_PROBLEMS}, and how many more there were ({@link #omitted()}).
 */
public class ContestFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;
    private final long omitted;

    /** Every problem given, or the first {@link Limits#LISTED_PROBLEMS} of them and the count of the rest. */
    public ContestFileException(List<Problem> problems) {
        this(problems, 0);
    }

    /**
     * @param omitted problems found beyond {@code problems} and not kept
     */
    public ContestFileException(List<Problem> problems, long omitted) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("a ContestFileException needs at least one problem");
        }
        int kept = Math.min(problems.size(), Limits.LISTED_PROBLEMS);
        this.problems = List.copyOf(problems.subList(0, kept));
        this.omitted = omitted + problems.size() - kept;
    }

    public ContestFileException(Problem problem) {
        this(List.of(problem));
    }

    /** The problems kept, in the order found: at most {@link Limits#LISTED_PROBLEMS}. */
    public List<Problem> problems() {
        return problems;
    }

    /** How many problems were found beyond {@link #problems()}. */
    public long omitted() {
        return omitted;
    }

    /** The problems kept, one per line, each {@code file:line:column: message}; see {@link #omitted()} for the rest. */
    @Override
    public String getMessage() {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
