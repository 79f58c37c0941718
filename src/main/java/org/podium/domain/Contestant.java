package org.podium.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One roster row: a contestant entered in one event.
 *
 * @param columns every column of the roster row by header name (gender, employee number...), for title conditions;
 *                unmodifiable ({@link RosterColumns} as a roster reader makes them, kept as they are, else a copy)
 * @param birthDate from the roster column birth_date, or null
 */
public record Contestant(String bib, String name, String unit, String team, String event, String heat,
                         LocalDate birthDate, Map<String, String> columns) {
    public Contestant {
        Objects.requireNonNull(bib, "bib");
        Objects.requireNonNull(event, "event");
        name = name == null ? "" : name;
        unit = unit == null ? "" : unit;
        team = team == null ? "" : team;
        heat = heat == null ? "" : heat;
        columns = columns == null ? Map.of() : columns instanceof RosterColumns ? columns : Map.copyOf(columns);
    }
}
