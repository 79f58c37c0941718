package org.podium.cli;

import java.util.List;

/** Input that is wrong: each line names the file (and line) and what would be right. Exit code 1. */
final class InputError extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> lines;

    InputError(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    InputError(String line) {
        this(List.of(line));
    }

    List<String> lines() {
        return lines;
    }
}
