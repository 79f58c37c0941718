package org.podium.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.scoring.EventBuilder.byBib;
import static org.podium.scoring.EventBuilder.measurement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.podium.domain.EntryResult;
import org.podium.domain.Options;
import org.podium.domain.Penalty;
import org.podium.domain.RoundResult;
import org.podium.domain.Status;

/** scoring.md sections 2 and 9: status precedence, ranking, tie-breaks, shared ranks, unranked order. */
class StatusAndRankingTest {

    /** Quality only, one judge J1 and one criterion of max 100: an entry's total is its mark. */
    static EventBuilder marksAreTotals(String... bibs) {
        EventBuilder b = new EventBuilder().weights("quality", "1");
        b.timekeepers = List.of("T1");
        b.judges = List.of("J1");
        b.criteria = List.of(measurement("C1", "100"));
        for (String bib : bibs) {
            b.entrant(bib);
        }
        return b;
    }

    static List<String> order(RoundResult round) {
        List<String> out = new ArrayList<>();
        for (EntryResult r : round.rows()) {
            out.add(r.bib() + ":" + (r.rank() == null ? r.status() : r.rank()));
        }
        return out;
    }

    @Test
    void statusPrecedence() {
        EventBuilder b = new EventBuilder().weights("time", "0.5", "quality", "0.3", "theory", "0.2");
        b.timekeepers = List.of("T1");
        b.judges = List.of("J1");
        b.limit = 30_000L;
        b.penalties = List.of(new Penalty("P1", "p", new java.math.BigDecimal("1"), null));
        for (String bib : List.of("1", "2", "3", "4", "5", "6", "7", "8")) {
            b.entrant(bib);
        }
        Map<String, EntryResult> r = byBib(b.score(b.facts(
                // 1: DSQ then DNF recorded by someone else: the later, DNF, stands.
                "1 status C - DSQ", "1 status - - DNF", "1 time T1 - 20",
                // 2: no record at all: DNS. Theory alone is not a round record.
                "2 theory - - 90",
                // 3: only a penalty withdrawn with 0: a record, so not DNS but INCOMPLETE.
                "3 penalty J1 P1 0",
                // 4: over the limit and missing its sheet: DNF comes before INCOMPLETE.
                "4 time T1 - 31", "4 theory - - 50",
                // 5: everything but theory: INCOMPLETE.
                "5 time T1 - 20", "5 mark J1 C1 5",
                // 6: complete: OK.
                "6 time T1 - 20", "6 mark J1 C1 5", "6 theory - - 80",
                // 7: recorded DNS although it has times: DNS.
                "7 time T1 - 20", "7 status - - DNS",
                // 8: DSQ.
                "8 status - - DSQ")).rounds().get(0));
        assertThat(r.get("1").status()).isEqualTo(Status.DNF);
        assertThat(r.get("2").status()).isEqualTo(Status.DNS);
        assertThat(r.get("2").theoryScore()).isEqualByComparingTo("90");
        assertThat(r.get("3").status()).isEqualTo(Status.INCOMPLETE);
        assertThat(r.get("4").status()).isEqualTo(Status.DNF);
        assertThat(r.get("5").status()).isEqualTo(Status.INCOMPLETE);
        assertThat(r.get("6").status()).isEqualTo(Status.OK);
        assertThat(r.get("7").status()).isEqualTo(Status.DNS);
        assertThat(r.get("8").status()).isEqualTo(Status.DSQ);
    }

    @Test
    void unrankedFollowInStatusOrderEachByBib() {
        // Ranked first; then INCOMPLETE (3, 10), DNF (4), DSQ (8), DNS (2, 9), each group by bib.
        EventBuilder b = marksAreTotals("10", "9", "8", "6", "4", "3", "2");
        RoundResult round = b.score(b.facts("6 mark J1 C1 50", "4 status - - DNF", "3 time T1 - 20", "10 time T1 - 20",
                "8 status - - DSQ", "9 status - - DNS")).rounds().get(0);
        assertThat(order(round)).containsExactly("6:1", "3:INCOMPLETE", "10:INCOMPLETE", "4:DNF", "8:DSQ", "2:DNS", "9:DNS");
        EntryResult dns = round.rows().get(5);
        assertThat(dns.total()).isNull();
        assertThat(dns.rank()).isNull();
    }

    @Test
    void tieBreakByTimeThenSharedRanksSkip() {
        // Totals: 1 -> 90; 2, 3, 4 -> 85; 5 -> 80. tie_break [time]: 3 (20 s) before 2 and 4 (21 s each),
        // which stay tied and share rank 3; 5 is then 5th (1, 2, 3, 3, 5).
        EventBuilder b = marksAreTotals("1", "2", "3", "4", "5");
        b.tieBreak = List.of(Options.TieBreak.TIME);
        RoundResult round = b.score(b.facts("1 mark J1 C1 90", "1 time T1 - 20", "2 mark J1 C1 85", "2 time T1 - 21",
                "3 mark J1 C1 85", "3 time T1 - 20", "4 mark J1 C1 85", "4 time T1 - 21", "5 mark J1 C1 80",
                "5 time T1 - 19")).rounds().get(0);
        assertThat(order(round)).containsExactly("1:1", "3:2", "2:3", "4:3", "5:5");
    }

    @Test
    void aKeyIsSkippedForAGroupWhenOneMemberHasNoValue() {
        // As above plus bib 6 at 85 with no time: the time key cannot be used on {2, 3, 4, 6}, which share rank 2.
        EventBuilder b = marksAreTotals("1", "2", "3", "4", "5", "6");
        b.tieBreak = List.of(Options.TieBreak.TIME);
        RoundResult round = b.score(b.facts("1 mark J1 C1 90", "1 time T1 - 20", "2 mark J1 C1 85", "2 time T1 - 21",
                "3 mark J1 C1 85", "3 time T1 - 20", "4 mark J1 C1 85", "4 time T1 - 21", "5 mark J1 C1 80",
                "6 mark J1 C1 85")).rounds().get(0);
        assertThat(order(round)).containsExactly("1:1", "2:2", "3:2", "4:2", "6:2", "5:6");
    }

    @Test
    void keysAreTriedInOrderOnTheGroupsStillTied() {
        // time 0.5 + quality 0.5, tie_break [quality, time]. One timekeeper, best 20 s.
        // 1: 20 s -> 100, mark 60 -> 0.5 x 100 + 0.5 x 60 = 80.00.
        // 2: 25 s -> 80,  mark 80 -> 40 + 40 = 80.00.
        // 3: 25 s -> 80,  mark 80 -> 80.00.   4: 24 s -> 83.33, mark 76.5 -> 41.665 + 38.25 = 79.915 -> 79.92.
        // Tied at 80: quality 80 (2, 3) before 60 (1); 2 and 3 then by time: equal (25 s), so they share rank 1.
        EventBuilder b = marksAreTotals("1", "2", "3", "4");
        b.weights("time", "0.5", "quality", "0.5");
        b.tieBreak = List.of(Options.TieBreak.QUALITY, Options.TieBreak.TIME);
        RoundResult round = b.score(b.facts("1 time T1 - 20", "1 mark J1 C1 60", "2 time T1 - 25", "2 mark J1 C1 80",
                "3 time T1 - 25", "3 mark J1 C1 80", "4 time T1 - 24", "4 mark J1 C1 76.5")).rounds().get(0);
        assertThat(order(round)).containsExactly("2:1", "3:1", "1:3", "4:4");
        assertThat(byBib(round).get("4").total()).isEqualByComparingTo("79.92");
    }

    @Test
    void sharedRanksListWholeNumberBibsNumericallyFirst() {
        EventBuilder b = marksAreTotals("B7", "10", "9", "10A");
        RoundResult round = b.score(b.facts("B7 mark J1 C1 50", "10 mark J1 C1 50", "9 mark J1 C1 50",
                "10A mark J1 C1 50")).rounds().get(0);
        assertThat(order(round)).containsExactly("9:1", "10:1", "10A:1", "B7:1");
    }
}
