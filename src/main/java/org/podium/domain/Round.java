package org.podium.domain;

/** A stage of an event. {@code advance} is null when the round sends all its entries on. */
public record Round(String id, String name, Advance advance, boolean awards) {
}
