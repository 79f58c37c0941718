package org.podium.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the FX thread and hands its outcome back on the FX thread (JabRef's TaskExecutor,
 * Cryptomator's Tasks). View models do every database call through this; tests use {@link #sameThread()}.
 */
public interface Background {

    /** Runs {@code work}, then {@code done} with its result or {@code failed} with what it threw. */
    <T> void run(Callable<T> work, Consumer<? super T> done, Consumer<? super Throwable> failed);

    /** Everything on the calling thread, at once: for view model tests without a screen. */
    static Background sameThread() {
        return new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> done, Consumer<? super Throwable> failed) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    failed.accept(e);
                    return;
                }
                done.accept(result);
            }
        };
    }
}
