package org.podium.domain;


/**
 * A record the engine cannot place, such as a bib with no entry in its round (section 11); {@code why} is said from
 * the bundles ({@code scoring.rejected.*}), {@link #reason()} in this run's language.
 */
public record RejectedFact(Fact fact, Said why) {
    /** Why, in this run's language (the command line's {@code --lang}, else the system's). */
    public String reason() {
        return why.here();
    }

    @Override
    public String toString() {
        return fact.origin() + ": " + reason();
    }
}
