package org.podium.domain;

/** The weighted components of a total (scoring.md section 8). */
public enum Component {
    TIME("time"), QUALITY("quality"), THEORY("theory");

    private final String key;

    Component(String key) {
        this.key = key;
    }

    /** The key used in contest.yaml. */
    public String key() {
        return key;
    }
}
