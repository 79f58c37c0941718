package org.podium.service;

import java.util.Objects;
import org.podium.domain.Role;

/**
 * What a login at a station came to ({@link Logins}): logged in, or refused and why. A screen says each in its own
 * words; it never sees the store's accounts nor PIN checks.
 */
public sealed interface LoginAnswer {

    /** An official as a login answers them (the PIN hash never leaves the store). */
    record Official(String id, String name, Role role) {
        public Official {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
        }
    }

    /** The {@code official} works at the {@code station} chosen (chiefs and organisers at every station). */
    record LoggedIn(Official official, Role station) implements LoginAnswer {
        public LoggedIn {
            Objects.requireNonNull(official, "official");
            Objects.requireNonNull(station, "station");
        }
    }

    /**
     * A wrong PIN, or an id with no official (the two are not told apart: a login never reveals which ids exist).
     *
     * @param waitSeconds the wait this miss began, in whole seconds (zero before the fifth miss in a row)
     */
    record WrongPin(long waitSeconds) implements LoginAnswer {
    }

    /** Not checked: the id waits {@code seconds} more after too many wrong PINs in a row. */
    record Waiting(String id, long seconds) implements LoginAnswer {
    }

    /** The PIN was right but the official's {@code role} does not work at the {@code station} chosen. */
    record WrongStation(String id, Role role, Role station) implements LoginAnswer {
    }

    /**
     * The official's table row disagrees with the journal (changed outside Podium): nobody logs in as them until it is
     * resolved ({@code detail} says what disagrees, in English; {@code podium verify} lists it).
     */
    record Disagrees(String id, String detail) implements LoginAnswer {
    }
}
