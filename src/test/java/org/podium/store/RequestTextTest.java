package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.podium.domain.Fact;
import org.podium.domain.NotAccepted;
import org.podium.domain.Origin;
import org.podium.domain.Said;
import org.podium.domain.Status;

/** A request's text reads back into exactly the values written (RequestText, Json): what the sequencer acts on. */
class RequestTextTest {
    @Test
    void factsNotAcceptedAndRefusalsReadBackExactly() {
        Fact mark = Fact.mark("stand", "final", "101", "J1", "C1", new BigDecimal("38.50"), 2, new Origin("scores.csv", 7));
        Fact status = Fact.status("stand", "final", "102", null, Status.DNF, null, Origin.NONE);
        String reason = "说明 \"quoted\" \\ back\nslash\t\u0001";
        Json args = RequestText.parse(RequestText.args("J1", "judge-1", List.of(mark, status), reason, null, 7));
        assertThat(RequestText.facts(args.get(2))).containsExactly(mark, status);
        assertThat(RequestText.facts(args.get(2)).get(0).amount().toString()).isEqualTo("38.50"); // never a double
        assertThat(RequestText.string(args.get(3))).isEqualTo(reason);
        assertThat(RequestText.string(args.get(4))).isNull();
        assertThat(RequestText.integer(args.get(5))).isEqualTo(7);

        NotAccepted n = new NotAccepted(UUID.randomUUID(), "judge-1", "J1", mark, "record", "locked", "store.refused.locked",
                List.of("stand/final", "12"), Instant.parse("2026-12-07T01:02:03.456Z"), Instant.parse("2026-12-07T01:02:04Z"));
        assertThat(RequestText.notAccepted(RequestText.parse(RequestText.args(n)).get(0))).isEqualTo(n);

        RecordingRefused refused = RecordingRefused.said(RecordingRefused.Why.ROUND_LOCKED, List.of("stand", "final"),
                "store.refused.locked", "stand/final", 12L, Said.of("store.what.fact", "mark", "101"));
        Json said = RequestText.parse(RequestText.refused(refused));
        assertThat(RequestText.said(said.get("said")).in(Locale.ROOT)).isEqualTo(refused.text().in(Locale.ROOT));
        assertThat(RequestText.said(said.get("said")).in(Locale.SIMPLIFIED_CHINESE)).isEqualTo(refused.text().in(Locale.SIMPLIFIED_CHINESE));
        assertThat(said.get("why").asText()).isEqualTo("ROUND_LOCKED");
    }

    @Test
    void aTextThatIsNotJsonAsPodiumWritesItIsRefusedInOneLine() {
        for (String bad : List.of("", "[", "[1,]", "{\"a\" 1}", "[\"open", "nul", "[1] x", "[\"\\u12\"]")) {
            assertThatThrownBy(() -> Json.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not JSON");
        }
        assertThat(Json.parse(" [ {\"a\" : [null, -3, \"x\"]} ] ").get(0).get("a").get(1).asLong()).isEqualTo(-3);
    }
}
