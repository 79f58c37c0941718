package org.podium.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The little JSON a station's request and the sequencer's verdict are written in ({@link RequestText}): null, text,
 * whole numbers, arrays and objects (the store depends on nothing but the domain and JDBC). A value read is a tree of
 * {@code Json}; a value written is built of null, String, Long or Integer, List and Map.
 */
final class Json {
    private static final Json NULL = new Json(null);
    private final Object value;

    private Json(Object value) {
        this.value = value;
    }

    // --- reading

    /** The value of a JSON text. */
    static Json parse(String text) {
        Reader r = new Reader(text);
        Json v = r.value();
        r.space();
        if (r.at < text.length()) {
            throw r.bad();
        }
        return v;
    }

    /** Element {@code i} of an array (a missing one: null). */
    Json get(int i) {
        return value instanceof List<?> list && i >= 0 && i < list.size() ? (Json) list.get(i) : null;
    }

    /** Member {@code name} of an object (a missing one: null). */
    Json get(String name) {
        return value instanceof Map<?, ?> map ? (Json) map.get(name) : null;
    }

    boolean isNull() {
        return value == null;
    }

    boolean isObject() {
        return value instanceof Map<?, ?>;
    }

    /** The text of a string or number. */
    String asText() {
        if (value instanceof String || value instanceof Long) {
            return value.toString();
        }
        throw new IllegalArgumentException(StoreText.get("store.request.notJson", String.valueOf(value)));
    }

    long asLong() {
        if (value instanceof Long l) {
            return l;
        }
        throw new IllegalArgumentException(StoreText.get("store.request.notJson", String.valueOf(value)));
    }

    int asInt() {
        return Math.toIntExact(asLong());
    }

    /** The elements of an array. */
    @SuppressWarnings("unchecked")
    List<Json> elements() {
        if (value instanceof List<?> list) {
            return (List<Json>) list;
        }
        throw new IllegalArgumentException(StoreText.get("store.request.notJson", String.valueOf(value)));
    }

    int size() {
        return elements().size();
    }

    void forEach(Consumer<Json> each) {
        elements().forEach(each);
    }

    /** The members of an object, in their order. */
    @SuppressWarnings("unchecked")
    Map<String, Json> members() {
        if (value instanceof Map<?, ?> map) {
            return Collections.unmodifiableMap((Map<String, Json>) map);
        }
        throw new IllegalArgumentException(StoreText.get("store.request.notJson", String.valueOf(value)));
    }

    private static final class Reader {
        private final String s;
        private int at;

        Reader(String s) {
            this.s = s;
        }

        IllegalArgumentException bad() {
            return new IllegalArgumentException(StoreText.get("store.request.notJson", at + 1));
        }

        void space() {
            while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
                at++;
            }
        }

        boolean take(char c) {
            space();
            if (at < s.length() && s.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        void expect(char c) {
            if (!take(c)) {
                throw bad();
            }
        }

        Json value() {
            space();
            if (at >= s.length()) {
                throw bad();
            }
            char c = s.charAt(at);
            if (c == '"') {
                return new Json(string());
            } else if (c == '[') {
                at++;
                List<Json> list = new ArrayList<>();
                if (!take(']')) {
                    do {
                        list.add(value());
                    } while (take(','));
                    expect(']');
                }
                return new Json(list);
            } else if (c == '{') {
                at++;
                Map<String, Json> map = new LinkedHashMap<>();
                if (!take('}')) {
                    do {
                        space();
                        if (at >= s.length() || s.charAt(at) != '"') {
                            throw bad();
                        }
                        String name = string();
                        expect(':');
                        map.put(name, value());
                    } while (take(','));
                    expect('}');
                }
                return new Json(map);
            } else if (s.startsWith("null", at)) {
                at += 4;
                return NULL;
            } else if (c == '-' || Character.isDigit(c)) {
                int from = at++;
                while (at < s.length() && Character.isDigit(s.charAt(at))) {
                    at++;
                }
                try {
                    return new Json(Long.parseLong(s.substring(from, at)));
                } catch (NumberFormatException e) {
                    throw bad();
                }
            }
            throw bad();
        }

        String string() {
            StringBuilder b = new StringBuilder();
            at++; // the opening quote
            while (at < s.length()) {
                char c = s.charAt(at++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                if (at >= s.length()) {
                    break;
                }
                char e = s.charAt(at++);
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        if (at + 4 > s.length()) {
                            throw bad();
                        }
                        try {
                            b.append((char) Integer.parseInt(s.substring(at, at + 4), 16));
                        } catch (NumberFormatException x) {
                            throw bad();
                        }
                        at += 4;
                    }
                    default -> throw bad();
                }
            }
            throw bad();
        }
    }

    // --- writing

    /** The JSON text of null, a String, a Long or Integer, a List or a Map of these. */
    static String write(Object v) {
        StringBuilder b = new StringBuilder();
        write(b, v);
        return b.toString();
    }

    private static void write(StringBuilder b, Object v) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String s) {
            quote(b, s);
        } else if (v instanceof Long || v instanceof Integer) {
            b.append(v);
        } else if (v instanceof List<?> list) {
            b.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                write(b, list.get(i));
            }
            b.append(']');
        } else if (v instanceof Map<?, ?> map) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                quote(b, String.valueOf(e.getKey()));
                b.append(':');
                write(b, e.getValue());
            }
            b.append('}');
        } else {
            throw new IllegalArgumentException(StoreText.get("store.request.noText", v.getClass().getSimpleName()));
        }
    }

    private static void quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
