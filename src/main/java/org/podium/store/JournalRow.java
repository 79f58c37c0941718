package org.podium.store;

import org.podium.domain.FactKind;

/**
 * One row of the journal, as stored: a recorded fact or a lock event (docs/store.md).
 *
 * @param recordedAt ISO-8601 instant, as stored (and hashed)
 * @param supersedes the id of the fact this one corrects, or null
 * @param hash       hex SHA-256 of the previous row's hash and this row's {@link #canonical()} text
 */
public record JournalRow(long id, String kind, String event, String round, String bib, String official, String item,
                         Integer attempt, String value, String status, String recordedBy, String station,
                         String recordedAt, String reason, Long supersedes, String hash) {

    /** The fact kind of a fact row, or null for a lock event. */
    public FactKind factKind() {
        return FactKind.fromKey(kind);
    }

    /** The lock action of a lock event, or null for a fact. */
    public LockAction lockAction() {
        return LockAction.fromKey(kind);
    }

    /**
     * The row's content as one unambiguous text: every column but the hash, in table order, each as
     * {@code length:text} (or {@code ~} when null) joined by {@code |}. Any change to any column changes it.
     */
    public String canonical() {
        Object[] fields = {id, kind, event, round, bib, official, item, attempt, value, status, recordedBy, station,
                recordedAt, reason, supersedes};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append('|');
            }
            if (fields[i] == null) {
                sb.append('~');
            } else {
                String s = fields[i].toString();
                sb.append(s.length()).append(':').append(s);
            }
        }
        return sb.toString();
    }

    /** The same row with its hash set. */
    JournalRow withHash(String newHash) {
        return new JournalRow(id, kind, event, round, bib, official, item, attempt, value, status, recordedBy, station,
                recordedAt, reason, supersedes, newHash);
    }
}
