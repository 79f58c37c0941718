package org.podium.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.podium.domain.Fraction;

/** The exact aggregates of scoring.md sections 3 and 5: median, mean, trimmed mean, athletics. */
public final class Aggregation {
    private Aggregation() {
    }

    public static Fraction mean(List<Fraction> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values to aggregate");
        }
        Fraction sum = Fraction.ZERO;
        for (Fraction v : values) {
            sum = sum.add(v);
        }
        return sum.divide(values.size());
    }

    /** The middle value; with an even count the mean of the two middle values. */
    public static Fraction median(List<Fraction> values) {
        List<Fraction> s = sorted(values);
        int n = s.size();
        if (n % 2 == 1) {
            return s.get(n / 2);
        }
        return s.get(n / 2 - 1).add(s.get(n / 2)).divide(2);
    }

    /** Drops the {@code trim} lowest and highest values, then the mean; with fewer than 2 x trim + 1 values, the plain mean. */
    public static Fraction trimmedMean(List<Fraction> values, int trim) {
        List<Fraction> s = sorted(values);
        if (s.size() < 2 * trim + 1) {
            return mean(s);
        }
        return mean(s.subList(trim, s.size() - trim));
    }

    /** Manual timing in athletics: odd count, the middle value; even count, the slower of the two middle values. */
    public static Fraction athletics(List<Fraction> values) {
        List<Fraction> s = sorted(values);
        // Sorted fastest first: index n/2 is the middle of an odd count and the slower middle of an even one.
        return s.get(s.size() / 2);
    }

    private static List<Fraction> sorted(List<Fraction> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values to aggregate");
        }
        List<Fraction> s = new ArrayList<>(values);
        Collections.sort(s);
        return s;
    }
}
