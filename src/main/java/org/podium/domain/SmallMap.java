package org.podium.domain;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A read-only map of a few entries kept in two arrays, in the order given (issue 17: an attempt's timekeepers' times,
 * judges' sheets and penalty counts, 200,000 entries' worth; a LinkedHashMap takes four times the memory). Equal to any
 * map with the same entries, and printed as one.
 */
public final class SmallMap<K, V> extends AbstractMap<K, V> {
    private static final SmallMap<?, ?> EMPTY = new SmallMap<>(new Object[0], new Object[0]);
    private final Object[] keys;
    private final Object[] values;

    private SmallMap(Object[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** The empty map. */
    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> of() {
        return (Map<K, V>) EMPTY;
    }

    /** The entries of {@code map} in its order (null keys and values kept as they are). */
    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> copyOf(Map<K, V> map) {
        if (map instanceof SmallMap) {
            return map;
        }
        if (map.isEmpty()) {
            return (Map<K, V>) EMPTY;
        }
        Object[] k = new Object[map.size()];
        Object[] v = new Object[map.size()];
        int i = 0;
        for (Map.Entry<K, V> e : map.entrySet()) {
            k[i] = e.getKey();
            v[i] = e.getValue();
            i++;
        }
        return new SmallMap<>(k, v);
    }

    /**
     * Entries gathered in order and made a SmallMap once, without a map in between (issue 17: four maps an attempt,
     * 200,000 entries). A key put again keeps its place and takes the new value, as in a LinkedHashMap.
     */
    public static final class Builder<K, V> {
        private Object[] keys;
        private Object[] values;
        private int size;

        public Builder(int expected) {
            keys = new Object[Math.max(expected, 1)];
            values = new Object[keys.length];
        }

        public void put(K key, V value) {
            for (int i = 0; i < size; i++) {
                if (java.util.Objects.equals(keys[i], key)) {
                    values[i] = value;
                    return;
                }
            }
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, size * 2);
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size++] = value;
        }

        public int size() {
            return size;
        }

        /** The map, sharing {@code sharedKeys} when its keys are exactly those in that order (never changed). */
        @SuppressWarnings("unchecked")
        public Map<K, V> build(Object[] sharedKeys) {
            if (size == 0) {
                return (Map<K, V>) EMPTY;
            }
            Object[] k = keys;
            if (sharedKeys.length == size) {
                k = sharedKeys;
                for (int i = 0; i < size && k == sharedKeys; i++) {
                    if (!java.util.Objects.equals(keys[i], sharedKeys[i])) {
                        k = keys;
                    }
                }
            }
            return new SmallMap<>(k == sharedKeys ? sharedKeys : java.util.Arrays.copyOf(keys, size),
                    values.length == size ? values : java.util.Arrays.copyOf(values, size));
        }
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (java.util.Objects.equals(keys[i], key)) {
                return (V) values[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        for (Object k : keys) {
            if (java.util.Objects.equals(k, key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < keys.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Map.Entry<K, V> next() {
                        if (i >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<K, V> e = new AbstractMap.SimpleImmutableEntry<>((K) keys[i], (V) values[i]);
                        i++;
                        return e;
                    }
                };
            }
        };
    }
}
