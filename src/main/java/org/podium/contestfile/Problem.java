package org.podium.contestfile;

import java.util.Objects;

/**
 * One thing wrong with a contest file, with its place: {@code file:line:column: message}.
 *
 * @param file    the path as the caller gave it (e.g. {@code contests/x/contest.yaml})
 * @param line    1-based line, 0 when unknown
 * @param column  1-based column, 0 when unknown
 * @param message what is wrong and what would be right
 */
public record Problem(String file, int line, int column, String message) {
    /** The longest message kept: values in it are cut to 80 characters where it is built; this bounds any other. */
    static final int MAX_MESSAGE = 1000;

    public Problem {
        file = file == null ? "" : file;
        Objects.requireNonNull(message, "message");
        if (message.length() > MAX_MESSAGE) {
            int end = Character.isHighSurrogate(message.charAt(MAX_MESSAGE - 2)) ? MAX_MESSAGE - 2 : MAX_MESSAGE - 1;
            message = message.substring(0, end) + "…";
        }
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown");
        }
    }

    /** A problem of a whole file (no line). */
    public static Problem of(String file, String message) {
        return new Problem(file, 0, 0, message);
    }

    /** A problem on a line, column unknown. */
    public static Problem at(String file, int line, String message) {
        return new Problem(file, line, 0, message);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        return b.append(": ").append(message).toString();
    }
}
