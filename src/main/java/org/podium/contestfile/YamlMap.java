package org.podium.contestfile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.podium.domain.Options;
import org.podium.domain.RaceTime;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A view of one YAML mapping with its path (e.g. {@code events[0].timing}) and typed getters that read
 * every scalar as the text written in the file and report what is wrong, at the node's line and column,
 * to a shared problem list. Getters return null when the key is absent, has no value, or holds a bad
 * value (a bad value is reported); callers apply defaults.
 */
final class YamlMap {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Where problems go. */
    static final class Sink {
        final String file;
        final List<Problem> problems = new ArrayList<>();
        /** The language of the messages: English for the command line, the screen's own for a setup screen. */
        final FileText words;
        /** Whether the setup screen's stricter checks apply ({@link ContestYaml#parse(String, String, FileText, boolean)}). */
        boolean setup;

        Sink(String file) {
            this(file, FileText.current());
        }

        Sink(String file, FileText words) {
            this.file = file;
            this.words = words;
        }

        /** The message {@code key} of contestfile.yaml.* in the sink's language. */
        String say(String key, Object... args) {
            return words.get("contestfile.yaml." + key, args);
        }

        /** A value from the file, quoted in the sink's language. */
        String q(String value) {
            return words.quote(value);
        }

        void at(Node node, String message) {
            problems.add(new Problem(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1, message));
        }

        int count() {
            return problems.size();
        }
    }

    final Sink sink;
    final String path;
    final MappingNode node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(Sink sink, String path, MappingNode node) {
        this.sink = sink;
        this.path = path;
        this.node = node;
    }

    /**
     * The mapping at {@code node}, checked: no key twice and no key outside {@code allowed}. Null (with a
     * problem) when the node is not a mapping.
     */
    static YamlMap of(Sink sink, Node node, String path, List<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            sink.at(node, sink.say("notMapping", path.isEmpty() ? sink.say("theFile") : path, describe(sink, node)));
            return null;
        }
        YamlMap m = new YamlMap(sink, path, mapping);
        String under = path.isEmpty() ? sink.say("topLevel") : sink.say("under", path);
        for (NodeTuple t : mapping.getValue()) {
            Node k = t.getKeyNode();
            if (!(k instanceof ScalarNode ks)) {
                sink.at(k, sink.say("plainKey", under, describe(sink, k), String.join(", ", allowed)));
                continue;
            }
            String key = ks.getValue();
            NodeTuple first = m.entries.get(key);
            if (first != null) {
                sink.at(k, sink.say("duplicateKey", sink.q(key), under, ContestYaml.firstAt(sink, first.getKeyNode(), k)));
                continue;
            }
            if (!allowed.contains(key)) {
                sink.at(k, sink.say("unknownKey", sink.q(key), under, sink.words.hint(key, allowed, "allowed")));
                continue;
            }
            m.entries.put(key, t);
        }
        return m;
    }

    static String describe(Sink sink, Node node) {
        if (node instanceof MappingNode) {
            return sink.say("node.mapping");
        }
        if (node instanceof SequenceNode) {
            return sink.say("node.list");
        }
        if (node instanceof ScalarNode s) {
            return sink.q(s.getValue());
        }
        return sink.say("node.other");
    }

    /** True for a value left empty, {@code ~} or {@code null} (written plain). */
    static boolean isNull(Node n) {
        if (n instanceof ScalarNode s && s.isPlain()) {
            String v = s.getValue();
            return v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL");
        }
        return false;
    }

    String at(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return node(key) != null;
    }

    /** The value node of {@code key}, or null when absent or empty. */
    Node node(String key) {
        NodeTuple t = entries.get(key);
        if (t == null || isNull(t.getValueNode())) {
            return null;
        }
        return t.getValueNode();
    }

    /** The key node of {@code key} (for problems about the key as a whole), or the mapping when absent. */
    Node keyNode(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? node : t.getKeyNode();
    }

    void missing(String key, String example) {
        sink.at(node, sink.say("missing", path.isEmpty() ? sink.say("theFile") : path, sink.q(key))
                + (example == null ? "" : " (" + example + ")"));
    }

    ScalarNode scalar(String key, String expected) {
        Node n = node(key);
        if (n == null) {
            return null;
        }
        if (!(n instanceof ScalarNode s)) {
            sink.at(n, sink.say("expectedFound", at(key), sink.say("expect." + expected), describe(sink, n)));
            return null;
        }
        return s;
    }

    String text(String key) {
        ScalarNode s = scalar(key, "text");
        return s == null ? null : s.getValue().strip();
    }

    String requiredText(String key, String example) {
        if (node(key) == null) {
            missing(key, example);
            return null;
        }
        String t = text(key);
        if (t != null && t.isEmpty()) {
            sink.at(node(key), sink.say("empty", at(key)) + (example == null ? "" : " (" + example + ")"));
            return null;
        }
        return t;
    }

    /** A whole number of at least {@code min} (and at most {@code max} when not null). */
    Integer whole(String key, int min, Integer max) {
        ScalarNode s = scalar(key, "whole");
        if (s == null) {
            return null;
        }
        Integer v = Words.whole(s.getValue());
        if (v == null) {
            sink.at(s, sink.say("whole", at(key), sink.q(s.getValue())));
            return null;
        }
        if (v < min || max != null && v > max) {
            sink.at(s, max == null ? sink.say("atLeast", at(key), min, v) : sink.say("fromTo", at(key), min, max, v));
            return null;
        }
        return v;
    }

    static String range(int min, Integer max) {
        if (max != null) {
            return "must be from " + min + " to " + max;
        }
        return "must be " + min + " or more";
    }

    BigDecimal decimal(String key) {
        ScalarNode s = scalar(key, "number");
        if (s == null) {
            return null;
        }
        BigDecimal v = Words.decimal(s.getValue());
        if (v == null) {
            sink.at(s, sink.say("number", at(key), sink.q(s.getValue())));
        }
        return v;
    }

    /** A number above 0. */
    BigDecimal positive(String key) {
        BigDecimal v = decimal(key);
        if (v != null && v.signum() <= 0) {
            sink.at(node(key), sink.say("positive", at(key), v.toPlainString()));
            return null;
        }
        return v;
    }

    /** A number of 0 or more. */
    BigDecimal nonNegative(String key) {
        BigDecimal v = decimal(key);
        if (v != null && v.signum() < 0) {
            sink.at(node(key), sink.say("nonNegative", at(key), v.toPlainString()));
            return null;
        }
        return v;
    }

    Boolean bool(String key) {
        ScalarNode s = scalar(key, "boolean");
        if (s == null) {
            return null;
        }
        String v = s.getValue().strip();
        if (v.equals("true")) {
            return true;
        }
        if (v.equals("false")) {
            return false;
        }
        sink.at(s, sink.say("expectedFound", at(key), sink.say("expect.boolean"), sink.q(s.getValue())));
        return null;
    }

    <E extends Enum<E> & Options.Keyed> E choice(String key, Class<E> type) {
        ScalarNode s = scalar(key, "word");
        return s == null ? null : choice(sink, s, at(key), type);
    }

    /** The value of {@code type} spelled by scalar {@code s}, or null (reported) when none is. */
    static <E extends Enum<E> & Options.Keyed> E choice(Sink sink, ScalarNode s, String where, Class<E> type) {
        String v = s.getValue().strip();
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            if (e.key().equals(v)) {
                return e;
            }
            allowed.add(e.key());
        }
        sink.at(s, sink.say("unknownValue", where, sink.q(v)) + sink.words.hint(v, allowed, "allowed"));
        return null;
    }

    /** A time in milliseconds, as RaceTime reads it; above 0. */
    Long time(String key) {
        ScalarNode s = scalar(key, "time");
        if (s == null) {
            return null;
        }
        try {
            long ms = RaceTime.parse(s.getValue()).millis();
            if (ms <= 0) {
                sink.at(s, sink.say("timeAbove0", at(key), sink.q(s.getValue())));
                return null;
            }
            return ms;
        } catch (IllegalArgumentException e) {
            sink.at(s, at(key) + ": " + e.getMessage());
            return null;
        }
    }

    LocalDate date(String key) {
        ScalarNode s = scalar(key, "date");
        if (s == null) {
            return null;
        }
        String v = s.getValue().strip();
        if (DATE.matcher(v).matches()) {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                // falls through to the message below
            }
        }
        sink.at(s, sink.say("date", at(key), sink.q(v)));
        return null;
    }

    /** The list under {@code key}, or null when absent or not a list (reported). */
    SequenceNode list(String key, String example) {
        Node n = node(key);
        if (n == null) {
            return null;
        }
        if (!(n instanceof SequenceNode s)) {
            sink.at(n, sink.say("expectedFound", at(key), example == null ? sink.say("expect.list")
                    : sink.say("expect.listLike", example), describe(sink, n)));
            return null;
        }
        return s;
    }

    /** The mapping under {@code key} checked against {@code allowed}, or null when absent or not a mapping. */
    YamlMap map(String key, List<String> allowed) {
        Node n = node(key);
        if (n == null) {
            return null;
        }
        return of(sink, n, at(key), allowed);
    }
}
