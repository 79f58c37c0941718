package org.podium.domain;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The columns of one roster row by header name ({@link Contestant#columns()}), held compactly (issue 17): the names
 * once per roster, in a {@link Layout} every row shares, and each row only its values, so that 200,000 contestants
 * keep no map of their own. An unmodifiable map like {@link Map#copyOf}'s (null keys and values refused, every change
 * refused), equal to any map with the same entries and with the same hash code; it iterates in the order {@link
 * Map#copyOf} gives the same entries in this JVM, as a contestant's columns always did.
 */
public final class RosterColumns extends AbstractMap<String, String> {
    /**
     * The header names of a roster's rows, shared by every row.
     */
    public static final class Layout {
        private final String[] keys;
        private final int[] source;
        private final Map<String, Integer> index = new HashMap<>();

        /**
         * @param keys   the header names, distinct, in the order a map of them would be built (a reader's insertion order)
         * @param source for each of {@code keys}, the position of its value in the values a row gives {@link #of}
         */
        public Layout(List<String> keys, int[] source) {
            if (keys.size() != source.length) {
                throw new IllegalArgumentException("a source for each key");
            }
            Map<String, Integer> given = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                if (given.put(Objects.requireNonNull(keys.get(i), "key"), i) != null) {
                    throw new IllegalArgumentException("key given twice: " + keys.get(i));
                }
            }
            // Map.copyOf's order of these keys: it depends on the keys and the order they are given, never on the values
            this.keys = Map.copyOf(given).keySet().toArray(new String[0]);
            this.source = new int[this.keys.length];
            for (int i = 0; i < this.keys.length; i++) {
                this.source[i] = source[given.get(this.keys[i])];
                index.put(this.keys[i], i);
            }
        }

        /** A row's columns: each key's value taken from {@code values} at its source position (none may be null). */
        public RosterColumns of(String[] values) {
            String[] own = new String[keys.length];
            for (int i = 0; i < own.length; i++) {
                own[i] = Objects.requireNonNull(values[source[i]], "value");
            }
            return new RosterColumns(this, own);
        }
    }

    private final Layout layout;
    private final String[] values;

    private RosterColumns(Layout layout, String[] values) {
        this.layout = layout;
        this.values = values;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isEmpty() {
        return values.length == 0;
    }

    @Override
    public String get(Object key) {
        Integer i = layout.index.get(Objects.requireNonNull(key));
        return i == null ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return layout.index.containsKey(Objects.requireNonNull(key));
    }

    @Override
    public boolean containsValue(Object value) {
        Objects.requireNonNull(value);
        for (String v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(layout.keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    // every change refused, as Map.copyOf's map refuses it (even one that would change nothing)

    private static UnsupportedOperationException unchangeable() {
        return new UnsupportedOperationException("a roster row's columns cannot be changed");
    }

    @Override
    public String put(String key, String value) {
        throw unchangeable();
    }

    @Override
    public String remove(Object key) {
        throw unchangeable();
    }

    @Override
    public void putAll(Map<? extends String, ? extends String> m) {
        throw unchangeable();
    }

    @Override
    public void clear() {
        throw unchangeable();
    }

    @Override
    public String putIfAbsent(String key, String value) {
        throw unchangeable();
    }

    @Override
    public boolean remove(Object key, Object value) {
        throw unchangeable();
    }

    @Override
    public boolean replace(String key, String oldValue, String newValue) {
        throw unchangeable();
    }

    @Override
    public String replace(String key, String value) {
        throw unchangeable();
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super String, ? extends String> function) {
        throw unchangeable();
    }

    @Override
    public String computeIfAbsent(String key, Function<? super String, ? extends String> f) {
        throw unchangeable();
    }

    @Override
    public String computeIfPresent(String key, BiFunction<? super String, ? super String, ? extends String> f) {
        throw unchangeable();
    }

    @Override
    public String compute(String key, BiFunction<? super String, ? super String, ? extends String> f) {
        throw unchangeable();
    }

    @Override
    public String merge(String key, String value, BiFunction<? super String, ? super String, ? extends String> f) {
        throw unchangeable();
    }
}
