package org.podium.cli;

import java.util.ArrayList;
import java.util.List;
import org.podium.contestfile.ContestFileException;
import org.podium.contestfile.Problem;

/**
 * Input that is wrong: each line names the file (and line) and what would be right, and how many more problems were
 * found than are listed (a contest file counts problems beyond the first hundred without keeping them). Exit code 1.
 */
final class InputError extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> lines;
    private final long omitted;

    InputError(List<String> lines) {
        this(lines, 0);
    }

    InputError(String line) {
        this(List.of(line));
    }

    /** The problems of a contest file, one line each. */
    InputError(ContestFileException e) {
        this(lines(e), e.omitted());
    }

    /** Lines, and how many more problems were found than they list. */
    InputError(List<String> lines, long omitted) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
        this.omitted = omitted;
    }

    private static List<String> lines(ContestFileException e) {
        List<String> out = new ArrayList<>();
        for (Problem p : e.problems()) {
            out.addAll(List.of(p.toString().split("\n")));
        }
        return out;
    }

    List<String> lines() {
        return lines;
    }

    /** Problems found beyond {@link #lines()}. */
    long omitted() {
        return omitted;
    }
}
