package org.podium.scoring;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for the property tests: numbers in a range with the range's edges drawn often (one draw in
 * ten is min, max, 0, 1 or -1 when in range), as property-test tools do, so that a bound is never left untried.
 * Every generator shrinks towards its smallest values.
 */
final class Generators {
    private Generators() {
    }

    static Gen<Long> longsFrom(long min, long max) {
        Long[] edges = LongStream.of(min, max, 0, 1, -1).filter(v -> v >= min && v <= max).distinct().boxed()
                .toArray(Long[]::new);
        return longs().between(min, max).mix(arbitrary().pick(edges), 10);
    }

    static Gen<Integer> intsFrom(int min, int max) {
        Integer[] edges = IntStream.of(min, max, 0, 1, -1).filter(v -> v >= min && v <= max).distinct().boxed()
                .toArray(Integer[]::new);
        return integers().between(min, max).mix(arbitrary().pick(edges), 10);
    }

    /** Any long: the seed of a random contest. */
    static Gen<Long> seeds() {
        return longsFrom(Long.MIN_VALUE, Long.MAX_VALUE);
    }
}
