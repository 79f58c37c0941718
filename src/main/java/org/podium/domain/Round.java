package org.podium.domain;

/** A stage of an event. {@code advance} is null when the round sends all its entries on. */
public record Round(String id, String name, Advance advance, boolean awards) {
    /** Whether the round has a name of its own to show (an event's one default round has none). */
    public boolean named() {
        return name != null && !name.isBlank();
    }

    /** Its name, or {@code none} for a round without a name of its own (a sheet's "round: —"). */
    public String nameOr(String none) {
        return named() ? name : none;
    }

    /** "event · round" as titles read, or only the event's name when the round has no name of its own. */
    public String title(String eventName) {
        return named() ? eventName + " · " + name : eventName;
    }
}
