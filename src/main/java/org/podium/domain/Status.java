package org.podium.domain;

/** The one status of an entry (scoring.md section 2), in the order unranked entries are listed. */
public enum Status {
    OK, INCOMPLETE, DNF, DSQ, DNS;

    /** Statuses an official may record (the others are derived). */
    public boolean recordable() {
        return this == DNF || this == DSQ || this == DNS;
    }
}
