package org.podium.domain;

/**
 * Two halves of one piece of work at the same time (issue 17: a round of 200,000 entries drafted and finished, a ranking
 * of 200,000 rows written): the first on the calling thread, the second on a thread of its own.
 */
public final class TwoThreads {
    private TwoThreads() {
    }

    /**
     * Runs {@code first} here and {@code second} on a thread named {@code name} at the same time, and returns when both
     * are done; what either throws is thrown here (never printed by the thread: no stack trace reaches a user).
     */
    public static void run(String name, Runnable first, Runnable second) {
        Throwable[] failed = new Throwable[1];
        Thread other = new Thread(() -> {
            try {
                second.run();
            } catch (RuntimeException | Error e) {
                failed[0] = e;
            }
        }, name);
        other.start();
        try {
            first.run();
        } finally {
            try {
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while " + name + " ran", e);
            }
        }
        if (failed[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failed[0] instanceof Error e) {
            throw e;
        }
    }
}
