package org.podium.domain;

/** The kinds of line in a scores CSV (contest-files.md). */
public enum FactKind {
    TIME("time"), LAP("lap"), MARK("mark"), PENALTY("penalty"), STATUS("status"), THEORY("theory");

    private final String key;

    FactKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static FactKind fromKey(String key) {
        for (FactKind k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        return null;
    }
}
