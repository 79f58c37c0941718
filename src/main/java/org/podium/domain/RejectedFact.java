package org.podium.domain;


/** A record the engine cannot place, such as a bib with no entry in its round (section 11). */
public record RejectedFact(Fact fact, String reason) {
    @Override
    public String toString() {
        return fact.origin() + ": " + reason;
    }
}
