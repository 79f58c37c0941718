package org.podium.service;

import java.util.List;

/**
 * A setup step refused (a new contest, an import, an official): nothing was changed. The message says why in English;
 * {@link #key()} and {@link #args()} say it from the bundle, in a screen's own language.
 */
public final class SetupRefused extends Exception {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient List<Object> args;

    SetupRefused(String key, String english, Object... args) {
        super(english);
        this.key = key;
        this.args = List.of(args);
    }

    /** The bundle key of the reason. */
    public String key() {
        return key;
    }

    /** The values of the bundle's message. */
    public List<Object> args() {
        return args;
    }
}
