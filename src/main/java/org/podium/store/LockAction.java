package org.podium.store;

/** The lock events of the journal (docs/store.md): each is a row of the fact table, in the audit chain. */
public enum LockAction {
    /** A judge submits their sheet for one entry (and attempt): later marks on it need a reason. */
    SUBMIT("submit"),
    /** The chief locks a round: nothing more is recorded on it until it is unlocked. */
    LOCK("lock"),
    /** The chief unlocks a round, with a reason; later facts on it need a reason too. */
    UNLOCK("unlock"),
    /** The chief publishes a locked round. */
    PUBLISH("publish"),
    /**
     * A submitted sheet is opened again, with a reason (by its judge or the chief): marks on it need no reason until
     * it is submitted again. A sheet is submitted while the latest SUBMIT or REOPEN of it is a SUBMIT.
     */
    REOPEN("reopen");

    private final String key;

    LockAction(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static LockAction fromKey(String key) {
        for (LockAction a : values()) {
            if (a.key.equals(key)) {
                return a;
            }
        }
        return null;
    }
}
