package org.podium.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.scoring.EventBuilder.byBib;
import static org.podium.scoring.EventBuilder.measurement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.podium.domain.AttemptResult;
import org.podium.domain.EntryResult;
import org.podium.domain.Flag;
import org.podium.domain.Options;
import org.podium.domain.Status;

/** scoring.md section 14: several attempts, the best one counts. Facts are "bib kind official item value attempt". */
class AttemptsTest {

    /** Two attempts; time 0.5 + quality 0.5; one timekeeper T1 and one judge J1 on C1 of max 100. */
    private static EventBuilder twoAttempts(String... bibs) {
        EventBuilder b = new EventBuilder().weights("time", "0.5", "quality", "0.5");
        b.attempts = 2;
        b.timekeepers = List.of("T1");
        b.judges = List.of("J1");
        b.criteria = List.of(measurement("C1", "100"));
        for (String bib : bibs) {
            b.entrant(bib);
        }
        return b;
    }

    private static Map<String, EntryResult> run(EventBuilder b, String... facts) {
        return byBib(b.score(b.facts(facts)).rounds().get(0));
    }

    @Test
    void theBetterAttemptCounts() {
        // bib 1: attempt 1: 20 s (best, 100.00), mark 60 -> 50 + 30 = 80.00; attempt 2: 20 s, mark 90 -> 50 + 45 = 95.00.
        // The row shows attempt 2: total 95.00, quality 90.00, attempt 2.
        EntryResult r = run(twoAttempts("1"), "1 time T1 - 20 1", "1 mark J1 C1 60 1", "1 time T1 - 20 2",
                "1 mark J1 C1 90 2").get("1");
        assertThat(r.countingAttempt()).isEqualTo(2);
        assertThat(r.total()).isEqualTo(new BigDecimal("95.00"));
        assertThat(r.qualityScore()).isEqualTo(new BigDecimal("90.00"));
        assertThat(r.attempts()).extracting(AttemptResult::total)
                .containsExactly(new BigDecimal("80.00"), new BigDecimal("95.00"));
    }

    @Test
    void attemptsTiedOnTotalAreSplitByTheTieBreakKeysThenTheEarlierCounts() {
        // bib 1: attempt 1: 20 s -> 100.00, mark 60 -> 80.00. attempt 2: 25 s -> 100 x 20 / 25 = 80.00, mark 80 -> 80.00.
        // Tied at 80.00. tie_break [quality]: attempt 2 (80) beats attempt 1 (60) -> counts.
        String[] facts = {"1 time T1 - 20 1", "1 mark J1 C1 60 1", "1 time T1 - 25 2", "1 mark J1 C1 80 2"};
        EventBuilder withKey = twoAttempts("1");
        withKey.tieBreak = List.of(Options.TieBreak.QUALITY);
        assertThat(run(withKey, facts).get("1").countingAttempt()).isEqualTo(2);
        // tie_break [time]: attempt 1 (20 s) is faster -> counts.
        EventBuilder byTime = twoAttempts("1");
        byTime.tieBreak = List.of(Options.TieBreak.TIME);
        assertThat(run(byTime, facts).get("1").countingAttempt()).isEqualTo(1);
        // No keys: the earlier attempt counts.
        assertThat(run(twoAttempts("1"), facts).get("1").countingAttempt()).isEqualTo(1);
    }

    @Test
    void ratioToBestTakesTheBestTimeFromOkAttemptsOfOkEntriesEvenANonCountingOne() {
        // bib 1: attempt 1 20 s, mark 0 -> 0.5 x 100 + 0 = 50.00; attempt 2 25 s, mark 100 -> 0.5 x 80 + 50 = 90.00.
        //   best = 20 s from attempt 1, which does not count: attempt 2's time score is 80.00.
        // bib 2: attempt 1 40 s -> 100 x 20 / 40 = 50.00, mark 100 -> 75.00; attempt 2 has no record (DNS); entry OK.
        // bib 3: attempt 1 10 s (fastest of all) but attempt 2 has a time and no sheet -> INCOMPLETE attempt -> the
        //   entry is INCOMPLETE, so 10 s is not the best.
        Map<String, EntryResult> r = run(twoAttempts("1", "2", "3"),
                "1 time T1 - 20 1", "1 mark J1 C1 0 1", "1 time T1 - 25 2", "1 mark J1 C1 100 2",
                "2 time T1 - 40 1", "2 mark J1 C1 100 1",
                "3 time T1 - 10 1", "3 mark J1 C1 100 1", "3 time T1 - 30 2");
        assertThat(r.get("1").countingAttempt()).isEqualTo(2);
        assertThat(r.get("1").timeScore()).isEqualTo(new BigDecimal("80.00"));
        assertThat(r.get("1").total()).isEqualTo(new BigDecimal("90.00"));
        assertThat(r.get("2").status()).isEqualTo(Status.OK);
        assertThat(r.get("2").attempts().get(1).status()).isEqualTo(Status.DNS);
        assertThat(r.get("2").total()).isEqualTo(new BigDecimal("75.00"));
        assertThat(r.get("3").status()).isEqualTo(Status.INCOMPLETE);
        assertThat(r.get("3").attempts()).extracting(AttemptResult::status).containsExactly(Status.OK, Status.INCOMPLETE);
    }

    @Test
    void wholeEntryAndPerAttemptStatuses() {
        Map<String, EntryResult> r = run(twoAttempts("1", "2", "3", "4", "5"),
                // 1: attempt 1 DNF recorded, attempt 2 complete: OK on attempt 2.
                "1 time T1 - 20 1", "1 status - - DNF 1", "1 time T1 - 22 2", "1 mark J1 C1 50 2",
                // 2: both complete but the whole entry is DSQ (no attempt on the status line).
                "2 time T1 - 20 1", "2 mark J1 C1 50 1", "2 time T1 - 20 2", "2 mark J1 C1 50 2", "2 status - - DSQ",
                // 3: attempt 1 DSQ, attempt 2 DNF: the first of DNF, DSQ, DNS that it has: DNF.
                "3 status - - DSQ 1", "3 status - - DNF 2",
                // 4: attempt 1 DSQ, attempt 2 no record (DNS): DSQ.
                // 5 has nothing at all: DNS.
                "4 status - - DSQ 1");
        assertThat(r.get("1").status()).isEqualTo(Status.OK);
        assertThat(r.get("1").countingAttempt()).isEqualTo(2);
        assertThat(r.get("1").attempts().get(0).status()).isEqualTo(Status.DNF);
        assertThat(r.get("2").status()).isEqualTo(Status.DSQ);
        assertThat(r.get("3").status()).isEqualTo(Status.DNF);
        assertThat(r.get("4").status()).isEqualTo(Status.DSQ);
        assertThat(r.get("5").status()).isEqualTo(Status.DNS);
    }

    @Test
    void flagsComeFromEveryAttemptAndAnUnrankedEntryShowsOnlyTheoryAndFlags() {
        // bib 1: attempt 1 has T1 20.00 and T2 21.00 (spread 1000 > 500: TIME_SPREAD); attempt 2 counts.
        EventBuilder b = twoAttempts("1", "2");
        b.timekeepers = List.of("T1", "T2");
        b.weights("time", "0.3", "quality", "0.4", "theory", "0.3");
        Map<String, EntryResult> r = run(b, "1 theory - - 80",
                "1 time T1 - 20 1", "1 time T2 - 21 1", "1 mark J1 C1 10 1",
                "1 time T1 - 20 2", "1 time T2 - 20 2", "1 mark J1 C1 90 2",
                "2 theory - - 70", "2 time T1 - 20 1", "2 time T2 - 22 1", "2 mark J1 C1 90 1", "2 status - - DSQ");
        assertThat(r.get("1").countingAttempt()).isEqualTo(2);
        assertThat(r.get("1").flags()).containsExactly(Flag.TIME_SPREAD);
        EntryResult dsq = r.get("2");
        assertThat(dsq.flags()).containsExactly(Flag.TIME_SPREAD);
        assertThat(dsq.theoryScore()).isEqualTo(new BigDecimal("70.00"));
        assertThat(dsq.officialTime()).isNull();
        assertThat(dsq.qualityScore()).isNull();
        assertThat(dsq.penaltyPoints()).isNull();
        assertThat(dsq.total()).isNull();
        assertThat(dsq.countingAttempt()).isNull();
    }
}
