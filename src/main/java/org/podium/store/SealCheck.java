package org.podium.store;

import java.util.List;
import java.util.Objects;

/**
 * A seal held against the journal (docs/store.md, "The seal"): whether the sealed row is still there with the hash
 * the seal names, and, for the seal of a publish row (the one printed on a result sheet), whether that round was
 * unlocked after it, so that the paper no longer shows the published result.
 *
 * @param seal        the seal checked
 * @param outcome     what was found
 * @param unlock      for {@link Outcome#SUPERSEDED}: the first unlock of the sealed round after the seal, else null
 * @param republished for {@link Outcome#SUPERSEDED}: the seal of the round's publish row now, when it is published
 *                    again; else null
 */
public record SealCheck(Seal seal, Outcome outcome, JournalRow unlock, Seal republished) {
    /** What holding a seal against the journal found. */
    public enum Outcome {
        /** row N is there and its hash begins with the seal's digits (and, for a publish row, the round stands) */
        HOLDS,
        /** row N is gone or its hash differs: the journal up to row N was rewritten */
        REWRITTEN,
        /** row N holds, but it publishes a round that was unlocked after it: the paper is not the published result */
        SUPERSEDED
    }

    public SealCheck {
        Objects.requireNonNull(seal, "seal");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** Checks {@code seal} against the journal's rows, in id order. */
    public static SealCheck of(List<JournalRow> rows, Seal seal) {
        int at = find(rows, seal.row());
        if (at < 0 || !seal.matches(rows.get(at))) {
            return new SealCheck(seal, Outcome.REWRITTEN, null, null);
        }
        JournalRow sealed = rows.get(at);
        if (sealed.lockAction() != LockAction.PUBLISH) {
            return new SealCheck(seal, Outcome.HOLDS, null, null);
        }
        JournalRow unlock = null;
        JournalRow lastAction = null;
        for (int i = at + 1; i < rows.size(); i++) {
            JournalRow r = rows.get(i);
            LockAction a = r.lockAction();
            if (r.bib() == null && (a == LockAction.LOCK || a == LockAction.UNLOCK || a == LockAction.PUBLISH)
                    && Objects.equals(sealed.event(), r.event()) && Objects.equals(sealed.round(), r.round())) {
                if (a == LockAction.UNLOCK && unlock == null) {
                    unlock = r;
                }
                lastAction = r;
            }
        }
        if (unlock == null) {
            return new SealCheck(seal, Outcome.HOLDS, null, null);
        }
        Seal now = lastAction.lockAction() == LockAction.PUBLISH ? Seal.of(lastAction) : null;
        return new SealCheck(seal, Outcome.SUPERSEDED, unlock, now);
    }

    public boolean holds() {
        return outcome == Outcome.HOLDS;
    }

    /** The index of the row with id {@code id} (rows are in id order), or -1. */
    static int find(List<JournalRow> rows, long id) {
        int low = 0;
        int high = rows.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long at = rows.get(mid).id();
            if (at < id) {
                low = mid + 1;
            } else if (at > id) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
