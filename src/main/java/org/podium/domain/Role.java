package org.podium.domain;

import java.util.Locale;

/** What an official does on the day, which decides what they may record and which station they may open (docs/store.md). */
public enum Role {
    TIMEKEEPER, JUDGE, CHIEF, ORGANISER;

    /** The word kept in the database and shown in messages. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromKey(String key) {
        for (Role r : values()) {
            if (r.key().equals(key)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + key + "': expected timekeeper, judge, chief or organiser");
    }

    /** Chiefs and organisers may record every kind of fact for every event. */
    public boolean head() {
        return this == CHIEF || this == ORGANISER;
    }
}
