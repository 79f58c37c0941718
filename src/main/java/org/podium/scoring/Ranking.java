package org.podium.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.podium.domain.Options.TieBreak;

/**
 * Orders candidates by total, highest first, and splits ties with {@code ranking.tie_break} as scoring.md
 * section 9 says: each key once, in order, on the groups still tied; a key breaks a group's tie only
 * when every member has a value for it. Used for entries and for an entry's own attempts (section 14).
 */
final class Ranking {
    private Ranking() {
    }

    /** The values a tie-break key reads: null where the row shows none. */
    interface Values {
        BigDecimal total();

        BigDecimal quality();

        Long officialTime();

        BigDecimal theory();

        BigDecimal timeScore();
    }

    /**
     * Groups of equal standing, best first. Within a group the input order is kept, so callers sort
     * the input by their own final key (bib, attempt number) first.
     */
    static <T> List<List<T>> tiedGroups(List<T> candidates, Function<T, Values> values, List<TieBreak> keys) {
        List<T> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparing((T c) -> values.apply(c).total()).reversed());
        return tiedGroupsSorted(sorted, values, keys);
    }

    /** {@link #tiedGroups} of candidates already in order of total, highest first (ties in the caller's order). */
    static <T> List<List<T>> tiedGroupsSorted(List<T> sorted, Function<T, Values> values, List<TieBreak> keys) {
        List<List<T>> groups = split(sorted, c -> values.apply(c).total());
        for (TieBreak key : keys) {
            List<List<T>> next = new ArrayList<>();
            for (List<T> group : groups) {
                if (group.size() < 2 || !allHave(group, values, key)) {
                    next.add(group);
                    continue;
                }
                List<T> g = new ArrayList<>(group);
                Comparator<T> byKey = Comparator.comparing(c -> value(values.apply(c), key));
                g.sort(key == TieBreak.TIME ? byKey : byKey.reversed());
                next.addAll(split(g, c -> value(values.apply(c), key)));
            }
            groups = next;
        }
        return groups;
    }

    private static <T> boolean allHave(List<T> group, Function<T, Values> values, TieBreak key) {
        for (T c : group) {
            if (value(values.apply(c), key) == null) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparable value(Values v, TieBreak key) {
        return switch (key) {
            case QUALITY -> v.quality();
            case TIME -> v.officialTime();
            case THEORY -> v.theory();
            case TIME_SCORE -> v.timeScore();
        };
    }

    /** Splits a sorted list into runs of equal value (compareTo, so 90.0 equals 90.00). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> List<List<T>> split(List<T> sorted, Function<T, Comparable> value) {
        List<List<T>> groups = new ArrayList<>();
        List<T> current = new ArrayList<>();
        Comparable last = null;
        for (T c : sorted) {
            Comparable v = value.apply(c);
            if (!current.isEmpty() && v.compareTo(last) != 0) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(c);
            last = v;
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }
}
