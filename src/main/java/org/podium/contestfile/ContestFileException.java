package org.podium.contestfile;

import java.util.List;
import java.util.stream.Collectors;

/** A contest file (or several) cannot be used; carries every problem found, in the order found. */
public class ContestFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    public ContestFileException(List<Problem> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("a ContestFileException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ContestFileException(Problem problem) {
        this(List.of(problem));
    }

    /** Every problem, in the order found. */
    public List<Problem> problems() {
        return problems;
    }

    /** The problems, one per line, each {@code file:line:column: message}. */
    @Override
    public String getMessage() {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
