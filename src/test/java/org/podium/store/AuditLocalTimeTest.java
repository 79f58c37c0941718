package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15 point 6: the audit trail at the head table reads the venue's local time with its offset, not UTC. */
class AuditLocalTimeTest {
    private static JournalRow time(long id, String at) {
        return new JournalRow(id, "time", "stand", "final", "101", "T1", null, null, "99170", null, "T1", "timekeeper",
                at, null, null, "h");
    }

    @Test
    void aRowsTimeIsShownInTheVenuesZoneWithItsOffset() {
        List<JournalRow> rows = List.of(time(1, "2020-07-20T01:31:05.250Z"));
        assertThat(Audit.lines(rows, ZoneId.of("Asia/Shanghai"))).singleElement().asString()
                .startsWith("#1 2020-07-20 09:31:05 +08:00 T1 @timekeeper time stand/final 101 T1");
        assertThat(Audit.lines(rows, ZoneId.of("Europe/Berlin"))).singleElement().asString()
                .startsWith("#1 2020-07-20 03:31:05 +02:00 T1 ");
        assertThat(Audit.lines(rows)).singleElement().asString().startsWith("#1 2020-07-20T01:31:05.250Z T1 ");
    }
}
