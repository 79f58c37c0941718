package org.podium.exchange;

/**
 * How a long export reports how far it is, and learns that it should stop. Exporters call {@link #step} as they go
 * and {@link #checkCancelled()} between items; a cancelled export removes what it half-wrote.
 */
public interface Progress {
    /** No reporting, never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void step(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} items are written. */
    void step(long done, long total);

    /** Whether the user asked to stop. */
    boolean cancelled();

    /** Throws {@link ExportCancelled} when the user asked to stop. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new ExportCancelled();
        }
    }
}
