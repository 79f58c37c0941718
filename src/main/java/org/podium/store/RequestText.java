package org.podium.store;

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
    private RequestText() {
    }

    /** The arguments of a request, in the method's order. */
    static String args(Object... values) {
        List<Object> list = new ArrayList<>();
        for (Object v : values) {
            list.add(node(v));
        }
        return Json.write(list);
    }

    /** One value as the request's arguments hold it (ids, work numbers: a verdict's answer). */
    static String value(Object v) {
        return Json.write(node(v));
    }

    static Json parse(String text) {
        return Json.parse(text);
    }

    /** A value as {@link Json#write} takes it. */
    private static Object node(Object v) {
        if (v == null || v instanceof String || v instanceof Integer || v instanceof Long) {
            return v;
        } else if (v instanceof char[] pin) {
            return new String(pin);
        } else if (v instanceof Role r) {
            return r.key();
        } else if (v instanceof Fact f) {
            return fact(f);
        } else if (v instanceof NotAccepted n) {
            return notAccepted(n);
        } else if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(e -> out.add(node(e)));
            return out;
        } else if (v instanceof Map<?, ?> map) {
            Map<String, Object> o = new LinkedHashMap<>();
            map.forEach((k, e) -> o.put(String.valueOf(k), node(e)));
            return o;
        } else if (v instanceof Said said) {
            return said(said);
        }
        throw new IllegalArgumentException(StoreText.get("store.request.noText", v.getClass().getSimpleName()));
    }

    private static Map<String, Object> fact(Fact f) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("kind", f.kind().name());
        o.put("event", f.event());
        o.put("round", f.round());
        o.put("bib", f.bib());
        o.put("official", f.official());
        o.put("item", f.item());
        o.put("attempt", f.attempt());
        o.put("millis", f.millis());
        o.put("amount", f.amount() == null ? null : f.amount().toString());
        o.put("status", f.status() == null ? null : f.status().name());
        o.put("file", f.origin().file());
        o.put("line", f.origin().line());
        return o;
    }

    static Fact fact(Json o) {
        return new Fact(FactKind.valueOf(o.get("kind").asText()), string(o.get("event")), string(o.get("round")),
                string(o.get("bib")), string(o.get("official")), string(o.get("item")), integer(o.get("attempt")),
                o.get("millis").asLong(), o.get("amount").isNull() ? null : new BigDecimal(o.get("amount").asText()),
                o.get("status").isNull() ? null : Status.valueOf(o.get("status").asText()),
                new Origin(o.get("file").asText(), o.get("line").asInt()));
    }

    static List<Fact> facts(Json array) {
        List<Fact> out = new ArrayList<>();
        array.forEach(n -> out.add(fact(n)));
        return out;
    }

    private static Map<String, Object> notAccepted(NotAccepted n) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("key", n.key().toString());
        o.put("station", n.station());
        o.put("recordedBy", n.recordedBy());
        o.put("fact", fact(n.fact()));
        o.put("action", n.action());
        o.put("reason", n.reason());
        o.put("reasonKey", n.reasonKey());
        o.put("reasonArgs", node(n.reasonArgs()));
        o.put("savedAt", n.savedAt().toString());
        o.put("refusedAt", n.refusedAt().toString());
        return o;
    }

    static NotAccepted notAccepted(Json o) {
        List<String> args = new ArrayList<>();
        o.get("reasonArgs").forEach(a -> args.add(a.asText()));
        return new NotAccepted(UUID.fromString(o.get("key").asText()), string(o.get("station")), string(o.get("recordedBy")),
                fact(o.get("fact")), string(o.get("action")), string(o.get("reason")), string(o.get("reasonKey")), args,
                Instant.parse(o.get("savedAt").asText()), Instant.parse(o.get("refusedAt").asText()));
    }

    static Map<String, Object> said(Said said) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("key", said.key());
        List<Object> args = new ArrayList<>();
        for (Object a : said.args()) {
            args.add(a instanceof Said part ? said(part) : String.valueOf(a));
        }
        o.put("args", args);
        return o;
    }

    static Said said(Json o) {
        List<Object> args = new ArrayList<>();
        o.get("args").forEach(a -> args.add(a.isObject() ? said(a) : a.asText()));
        return new Said(o.get("key").asText(), args);
    }

    static String string(Json n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    static Integer integer(Json n) {
        return n == null || n.isNull() ? null : n.asInt();
    }

    static char[] pin(Json n) {
        return n == null || n.isNull() ? null : n.asText().toCharArray();
    }

    static Role role(Json n) {
        return n == null || n.isNull() ? null : Role.fromKey(n.asText());
    }

    static List<Long> ids(Json array) {
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asLong()));
        return out;
    }

    static Map<String, String> map(Json object) {
        Map<String, String> out = new LinkedHashMap<>();
        object.members().forEach((k, v) -> out.put(k, v.asText()));
        return out;
    }

    static String pinCheck(PinCheck check) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("outcome", check.outcome().name());
        o.put("waitingMillis", check.waiting().toMillis());
        return Json.write(o);
    }

    static PinCheck pinCheck(Json o) {
        return new PinCheck(PinCheck.Outcome.valueOf(o.get("outcome").asText()), Duration.ofMillis(o.get("waitingMillis").asLong()));
    }

    /** A refusal of the rules: its {@link RecordingRefused.Why}, details and what it said. */
    static String refused(RecordingRefused e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "refused");
        o.put("why", e.why().name());
        o.put("details", node(e.details()));
        o.put("said", said(e.text()));
        return Json.write(o);
    }

    /** Another refusal: {@code type} weakPin (with its problem), illegal or store (with the server's words). */
    static String other(String type, String message, String problem) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", type);
        o.put("message", message);
        o.put("problem", problem);
        return Json.write(o);
    }
}
