package org.podium.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.NotAccepted;
import org.podium.domain.Origin;
import org.podium.domain.Role;
import org.podium.domain.Said;
import org.podium.domain.Status;

/**
 * The exact text of a station's request and of the sequencer's verdict (docs/venue-server.md, "One sequencer"): JSON,
 * every value as the store's methods take it (a mark's amount as its decimal text, never a binary double), read back
 * into the same values. A refusal keeps its bundle key and arguments as {@link Said} holds them, so the station says it
 * in its own language.
 */
final class RequestText {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RequestText() {
    }

    /** The arguments of a request, in the method's order. */
    static String args(Object... values) {
        ArrayNode array = NODES.arrayNode();
        for (Object v : values) {
            array.add(node(v));
        }
        return text(array);
    }

    /** One value as the request's arguments hold it (ids, work numbers: a verdict's answer). */
    static String value(Object v) {
        return text(node(v));
    }

    static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a request's JSON: " + e.getOriginalMessage());
        }
    }

    private static JsonNode node(Object v) {
        if (v == null) {
            return NODES.nullNode();
        } else if (v instanceof String s) {
            return NODES.textNode(s);
        } else if (v instanceof char[] pin) {
            return NODES.textNode(new String(pin));
        } else if (v instanceof Integer i) {
            return NODES.numberNode(i);
        } else if (v instanceof Long l) {
            return NODES.numberNode(l);
        } else if (v instanceof Role r) {
            return NODES.textNode(r.key());
        } else if (v instanceof Fact f) {
            return fact(f);
        } else if (v instanceof NotAccepted n) {
            return notAccepted(n);
        } else if (v instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(e -> array.add(node(e)));
            return array;
        } else if (v instanceof Map<?, ?> map) {
            ObjectNode o = NODES.objectNode();
            map.forEach((k, e) -> o.set(String.valueOf(k), node(e)));
            return o;
        } else if (v instanceof Said said) {
            return said(said);
        }
        throw new IllegalArgumentException("no request text for " + v.getClass().getSimpleName());
    }

    private static ObjectNode fact(Fact f) {
        ObjectNode o = NODES.objectNode();
        o.put("kind", f.kind().name());
        o.put("event", f.event());
        o.put("round", f.round());
        o.put("bib", f.bib());
        o.put("official", f.official());
        o.put("item", f.item());
        o.set("attempt", node(f.attempt()));
        o.put("millis", f.millis());
        o.put("amount", f.amount() == null ? null : f.amount().toString());
        o.put("status", f.status() == null ? null : f.status().name());
        o.put("file", f.origin().file());
        o.put("line", f.origin().line());
        return o;
    }

    static Fact fact(JsonNode o) {
        return new Fact(FactKind.valueOf(o.get("kind").asText()), string(o.get("event")), string(o.get("round")),
                string(o.get("bib")), string(o.get("official")), string(o.get("item")), integer(o.get("attempt")),
                o.get("millis").asLong(), o.get("amount").isNull() ? null : new BigDecimal(o.get("amount").asText()),
                o.get("status").isNull() ? null : Status.valueOf(o.get("status").asText()),
                new Origin(o.get("file").asText(), o.get("line").asInt()));
    }

    static List<Fact> facts(JsonNode array) {
        List<Fact> out = new ArrayList<>();
        array.forEach(n -> out.add(fact(n)));
        return out;
    }

    private static ObjectNode notAccepted(NotAccepted n) {
        ObjectNode o = NODES.objectNode();
        o.put("key", n.key().toString());
        o.put("station", n.station());
        o.put("recordedBy", n.recordedBy());
        o.set("fact", fact(n.fact()));
        o.put("action", n.action());
        o.put("reason", n.reason());
        o.put("reasonKey", n.reasonKey());
        o.set("reasonArgs", node(n.reasonArgs()));
        o.put("savedAt", n.savedAt().toString());
        o.put("refusedAt", n.refusedAt().toString());
        return o;
    }

    static NotAccepted notAccepted(JsonNode o) {
        List<String> args = new ArrayList<>();
        o.get("reasonArgs").forEach(a -> args.add(a.asText()));
        return new NotAccepted(UUID.fromString(o.get("key").asText()), string(o.get("station")), string(o.get("recordedBy")),
                fact(o.get("fact")), string(o.get("action")), string(o.get("reason")), string(o.get("reasonKey")), args,
                Instant.parse(o.get("savedAt").asText()), Instant.parse(o.get("refusedAt").asText()));
    }

    static ObjectNode said(Said said) {
        ObjectNode o = NODES.objectNode();
        o.put("key", said.key());
        ArrayNode args = o.putArray("args");
        for (Object a : said.args()) {
            args.add(a instanceof Said part ? said(part) : NODES.textNode(String.valueOf(a)));
        }
        return o;
    }

    static Said said(JsonNode o) {
        List<Object> args = new ArrayList<>();
        o.get("args").forEach(a -> args.add(a.isObject() ? said(a) : a.asText()));
        return new Said(o.get("key").asText(), args);
    }

    static String string(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    static Integer integer(JsonNode n) {
        return n == null || n.isNull() ? null : n.asInt();
    }

    static char[] pin(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText().toCharArray();
    }

    static Role role(JsonNode n) {
        return n == null || n.isNull() ? null : Role.fromKey(n.asText());
    }

    static List<Long> ids(JsonNode array) {
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asLong()));
        return out;
    }

    static Map<String, String> map(JsonNode object) {
        Map<String, String> out = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    static String pinCheck(PinCheck check) {
        ObjectNode o = NODES.objectNode();
        o.put("outcome", check.outcome().name());
        o.put("waitingMillis", check.waiting().toMillis());
        return text(o);
    }

    static PinCheck pinCheck(JsonNode o) {
        return new PinCheck(PinCheck.Outcome.valueOf(o.get("outcome").asText()), Duration.ofMillis(o.get("waitingMillis").asLong()));
    }

    /** A refusal of the rules: its {@link RecordingRefused.Why}, details and what it said. */
    static String refused(RecordingRefused e) {
        ObjectNode o = NODES.objectNode();
        o.put("type", "refused");
        o.put("why", e.why().name());
        o.set("details", node(e.details()));
        o.set("said", said(e.text()));
        return text(o);
    }

    /** Another refusal: {@code type} weakPin (with its problem), illegal or store (with the server's words). */
    static String other(String type, String message, String problem) {
        ObjectNode o = NODES.objectNode();
        o.put("type", type);
        o.put("message", message);
        o.put("problem", problem);
        return text(o);
    }
}
