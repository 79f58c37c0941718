package org.podium.exchange.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.podium.exchange.Progress;

/** A progress that keeps every step (done, total) and asks to cancel once the steps so far meet a condition. */
final class RecordingProgress implements Progress {
    final List<long[]> steps = new ArrayList<>();
    private final Predicate<List<long[]>> cancelWhen;

    RecordingProgress(Predicate<List<long[]>> cancelWhen) {
        this.cancelWhen = cancelWhen;
    }

    static RecordingProgress neverCancelled() {
        return new RecordingProgress(steps -> false);
    }

    @Override
    public void step(long done, long total) {
        steps.add(new long[] {done, total});
    }

    @Override
    public boolean cancelled() {
        return cancelWhen.test(steps);
    }
}
