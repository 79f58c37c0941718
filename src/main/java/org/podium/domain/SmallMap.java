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
     * {@link #copyOf(Map)}, sharing {@code keys} when the map's keys are exactly those, in that order (an attempt's
     * times keyed by every timekeeper of the event: one array of keys for all of them). {@code keys} is never changed.
     */
    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> copyOf(Map<K, V> map, Object[] keys) {
        if (map instanceof SmallMap || map.size() != keys.length || keys.length == 0) {
            return copyOf(map);
        }
        Object[] v = new Object[keys.length];
        int i = 0;
        for (Map.Entry<K, V> e : map.entrySet()) {
            if (!java.util.Objects.equals(e.getKey(), keys[i])) {
                return copyOf(map);
            }
            v[i++] = e.getValue();
        }
        return new SmallMap<>(keys, v);
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
