package org.podium.domain;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A read-only list over an array the caller never changes again, in one small object (issue 17: a judge's marks of
 * an attempt, five sheets an entry over 200,000 entries; {@code Collections.unmodifiableList(Arrays.asList(a))} takes
 * two objects for the same). Equal to any list with the same elements, as every list is.
 */
public final class ArrayView<T> extends AbstractList<T> implements RandomAccess {
    private final T[] items;

    private ArrayView(T[] items) {
        this.items = items;
    }

    /** A view of {@code items}, which must not be changed afterwards. */
    public static <T> ArrayView<T> of(T[] items) {
        return new ArrayView<>(items);
    }

    @Override
    public T get(int index) {
        return items[index];
    }

    @Override
    public int size() {
        return items.length;
    }
}
