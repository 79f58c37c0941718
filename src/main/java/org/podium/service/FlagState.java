package org.podium.service;

/**
 * A flag of a round with the chief's latest acknowledgement of that flag of that entry, or null.
 *
 * <p>An acknowledgement is for the flag as it stood: a later fact that leaves the flag on the same evidence (a
 * penalty, a mark on another criterion's sheet that is not complete yet) keeps it acknowledged; a fact that raises it
 * again on other evidence (a corrected time that is still too far apart, a third judge's marks) needs a new one.
 */
public record FlagState(RoundFlag flag, Acknowledgement latest) {

    /** Acknowledged as it stands now. */
    public boolean acknowledged() {
        return latest != null && latest.asItStood().equals(flag.asItStands());
    }

    /** Acknowledged once, but the flag has been raised again on other evidence since. */
    public boolean changedSince() {
        return latest != null && !acknowledged();
    }
}
