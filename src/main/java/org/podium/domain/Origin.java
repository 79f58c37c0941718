package org.podium.domain;

/** Where a fact or a setting came from, for messages: a file and a 1-based line (0 when unknown). */
public record Origin(String file, int line) {
    public static final Origin NONE = new Origin("", 0);

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
