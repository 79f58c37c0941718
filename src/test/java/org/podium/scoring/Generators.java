package org.podium.scoring;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.stream.LongStream;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for the property tests. A wide range of longs has its edges drawn often (one draw in ten is
 * min, max, 0, 1 or -1 when in range), as property-test tools do, so that a bound is never left untried. QuickTheories
 * shrinks a failing example before reporting it.
 */
final class Generators {
    private Generators() {
    }

    static Gen<Long> longsFrom(long min, long max) {
        Long[] edges = LongStream.of(min, max, 0, 1, -1).filter(v -> v >= min && v <= max).distinct().boxed()
                .toArray(Long[]::new);
        return longs().between(min, max).mix(arbitrary().pick(edges), 10);
    }

    /**
     * Whole numbers from min to max, each as likely (the small ranges of the tests are drawn through within their
     * tries), shrinking towards min.
     */
    static Gen<Integer> intsFrom(int min, int max) {
        return integers().between(min, max);
    }

    /** Any long: the seed of a random contest (its edges mean nothing there). */
    static Gen<Long> seeds() {
        return longs().all();
    }
}
