package org.podium.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Work on an executor (never the FX thread), outcome back through {@link Platform#runLater}. */
public final class FxBackground implements Background {
    private final ExecutorService executor;

    public FxBackground(ExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> done, Consumer<? super Throwable> failed) {
        executor.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                Platform.runLater(() -> failed.accept(e));
                return;
            }
            Platform.runLater(() -> done.accept(result));
        });
    }
}
