package org.podium.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.scoring.EventBuilder.byBib;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.domain.EntryResult;
import org.podium.domain.Flag;
import org.podium.domain.Options;
import org.podium.domain.Penalty;
import org.podium.domain.Status;

/** scoring.md section 3: official time, its rounding, penalty seconds, the limit and TIME_SPREAD. */
class OfficialTimeTest {

    private static EntryResult only(EventBuilder b, String... facts) {
        b.entrant("1");
        return byBib(b.score(b.facts(facts)).rounds().get(0)).get("1");
    }

    private static EventBuilder timeOnly() {
        EventBuilder b = new EventBuilder().weights("time", "1");
        b.judges = List.of();
        b.criteria = List.of();
        return b;
    }

    @Test
    void medianOfThreeTimekeepersIgnoresTheOutlier() {
        // 23.40, 23.41, 23.45 sorted: the middle one is 23.41.
        EntryResult r = only(timeOnly(), "1 time T1 - 23.41", "1 time T2 - 23.45", "1 time T3 - 23.40");
        assertThat(r.officialTime()).isEqualTo(23410);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwoThenRoundedHalfUp() {
        // (10.00 + 10.05) / 2 = 10.025 s = 10025 ms; to 10 ms: 1002.5 -> half-up 1003 -> 10.030.
        EventBuilder b = timeOnly();
        b.timekeepers = List.of("T1", "T2");
        assertThat(only(b, "1 time T1 - 10.00", "1 time T2 - 10.05").officialTime()).isEqualTo(10030);
    }

    @Test
    void roundingDownAndUpToTheResolution() {
        // Same 10025 ms: down gives 10020, up gives 10030; a resolution of 100 ms rounds 10025 up to 10100.
        EventBuilder down = timeOnly();
        down.timekeepers = List.of("T1", "T2");
        down.timeRounding = Options.TimeRounding.DOWN;
        assertThat(only(down, "1 time T1 - 10.00", "1 time T2 - 10.05").officialTime()).isEqualTo(10020);
        EventBuilder up = timeOnly();
        up.timekeepers = List.of("T1", "T2");
        up.timeRounding = Options.TimeRounding.UP;
        up.resolution = 100;
        assertThat(only(up, "1 time T1 - 10.00", "1 time T2 - 10.05").officialTime()).isEqualTo(10100);
    }

    @Test
    void meanIsExactBeforeItsOneRounding() {
        // (10.00 + 10.00 + 10.01) / 3 = 10003.333... ms -> /10 = 1000.333 -> half-up 1000 -> 10.000; up -> 10.010.
        EventBuilder b = timeOnly();
        b.timeAggregate = Options.TimeAggregate.MEAN;
        assertThat(only(b, "1 time T1 - 10.00", "1 time T2 - 10.00", "1 time T3 - 10.01").officialTime()).isEqualTo(10000);
        EventBuilder up = timeOnly();
        up.timeAggregate = Options.TimeAggregate.MEAN;
        up.timeRounding = Options.TimeRounding.UP;
        assertThat(only(up, "1 time T1 - 10.00", "1 time T2 - 10.00", "1 time T3 - 10.01").officialTime()).isEqualTo(10010);
    }

    @Test
    void trimmedMeanDropsTheFastestAndTheSlowest() {
        // 10.00, 10.50, 11.00, 20.00: drop 10.00 and 20.00; (10.50 + 11.00) / 2 = 10.75.
        EventBuilder b = timeOnly();
        b.timekeepers = List.of("T1", "T2", "T3", "T4");
        b.timeAggregate = Options.TimeAggregate.TRIMMED_MEAN;
        b.tolerance = 100_000;
        assertThat(only(b, "1 time T1 - 10.00", "1 time T2 - 10.50", "1 time T3 - 11.00", "1 time T4 - 20.00")
                .officialTime()).isEqualTo(10750);
    }

    @Test
    void trimmedMeanOfTwoIsTheMean() {
        // 10.00 and 10.03: fewer than 3 values, so the mean 10.015 -> 1001.5 -> half-up 1002 -> 10.020.
        EventBuilder b = timeOnly();
        b.timekeepers = List.of("T1", "T2");
        b.timeAggregate = Options.TimeAggregate.TRIMMED_MEAN;
        assertThat(only(b, "1 time T1 - 10.00", "1 time T2 - 10.03").officialTime()).isEqualTo(10020);
    }

    @Test
    void athleticsTakesTheSlowerMiddleOfAnEvenCount() {
        // Two watches 10.00 and 10.10: the slower, 10.10 (not their mean 10.05).
        EventBuilder b = timeOnly();
        b.timekeepers = List.of("T1", "T2");
        b.timeAggregate = Options.TimeAggregate.ATHLETICS;
        assertThat(only(b, "1 time T1 - 10.00", "1 time T2 - 10.10").officialTime()).isEqualTo(10100);
        // Three watches 10.00, 10.00, 10.20: two that agree win, 10.00.
        EventBuilder three = timeOnly();
        three.timeAggregate = Options.TimeAggregate.ATHLETICS;
        assertThat(only(three, "1 time T1 - 10.20", "1 time T2 - 10.00", "1 time T3 - 10.00").officialTime()).isEqualTo(10000);
    }

    @Test
    void lapsAreCumulativeSplitsAndARecordedTotalWins() {
        // laps 2. T1: splits 11.20, 23.05 -> total 23.05. T2: total 23.10 recorded, laps for display only.
        // T3: only lap 1 -> not complete. Required 3 -> official time cannot be computed -> INCOMPLETE.
        EventBuilder b = timeOnly();
        b.laps = 2;
        String[] facts = {"1 lap T1 1 11.20", "1 lap T1 2 23.05", "1 time T2 - 23.10", "1 lap T2 1 11.00",
                "1 lap T2 2 25.00", "1 lap T3 1 11.30"};
        EntryResult r = only(b, facts);
        assertThat(r.status()).isEqualTo(Status.INCOMPLETE);
        assertThat(r.officialTime()).isNull();
        assertThat(r.attempts().get(0).timekeeperTimes()).containsExactly(
                java.util.Map.entry("T1", 23050L), java.util.Map.entry("T2", 23100L));
        // With timing.required 2: median of 23.05 and 23.10 = 23.075 -> 2307.5 -> half-up 2308 -> 23.080.
        EventBuilder two = timeOnly();
        two.laps = 2;
        two.timingRequired = 2;
        EntryResult r2 = only(two, facts);
        assertThat(r2.status()).isEqualTo(Status.OK);
        assertThat(r2.officialTime()).isEqualTo(23080);
        // Laps lap by lap: lap 1 median(11.20, 11.00, 11.30) = 11.20; lap 2 median(23.05, 25.00) = 24.025 -> 24.03.
        assertThat(r2.attempts().get(0).laps()).containsExactly(11200L, 24030L);
    }

    @Test
    void penaltySecondsAreAddedAfterRounding() {
        // median 23.41 + 2 x 2 s (two officials each record P2 once) = 27.41.
        EventBuilder b = timeOnly();
        b.penalties = List.of(new Penalty("P2", "drop", null, 2000L));
        EntryResult r = only(b, "1 time T1 - 23.41", "1 time T2 - 23.45", "1 time T3 - 23.40",
                "1 penalty T1 P2 -", "1 penalty T2 P2 1");
        assertThat(r.officialTime()).isEqualTo(27410);
    }

    @Test
    void overTheLimitIsDnfUnlessOverLimitIsZero() {
        // limit 0:30. median 30.01 > 30.00 -> DNF, and the time is still shown.
        EventBuilder b = timeOnly();
        b.limit = 30_000L;
        EntryResult r = only(b, "1 time T1 - 30.01", "1 time T2 - 30.01", "1 time T3 - 30.00");
        assertThat(r.status()).isEqualTo(Status.DNF);
        assertThat(r.officialTime()).isEqualTo(30010);
        assertThat(r.rank()).isNull();
        // Exactly the limit is not over it.
        EventBuilder at = timeOnly();
        at.limit = 30_000L;
        assertThat(only(at, "1 time T1 - 30.00", "1 time T2 - 30.00", "1 time T3 - 29.00").status()).isEqualTo(Status.OK);
        // over_limit: zero keeps it OK with a time score of 0.
        EventBuilder zero = timeOnly();
        zero.limit = 30_000L;
        zero.overLimit = Options.OverLimit.ZERO;
        EntryResult z = only(zero, "1 time T1 - 30.01", "1 time T2 - 30.01", "1 time T3 - 30.00");
        assertThat(z.status()).isEqualTo(Status.OK);
        assertThat(z.timeScore()).isEqualByComparingTo("0");
        assertThat(z.total()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void timeSpreadFlagsMoreThanTheTolerance() {
        // 23.91 - 23.40 = 510 ms > 500: flagged; 23.90 - 23.40 = 500: not.
        assertThat(only(timeOnly(), "1 time T1 - 23.40", "1 time T2 - 23.41", "1 time T3 - 23.91").flags())
                .containsExactly(Flag.TIME_SPREAD);
        assertThat(only(timeOnly(), "1 time T1 - 23.40", "1 time T2 - 23.41", "1 time T3 - 23.90").flags()).isEmpty();
    }

    @Test
    void aLaterRecordOfTheSameTimekeeperReplacesTheEarlier() {
        // T1 typed 31.2 and corrected it to 13.2: median(13.2, 13.3, 13.4) = 13.3.
        EntryResult r = only(timeOnly(), "1 time T1 - 31.2", "1 time T2 - 13.3", "1 time T3 - 13.4", "1 time T1 - 13.2");
        assertThat(r.officialTime()).isEqualTo(13300);
        assertThat(r.flags()).isEmpty();
    }

    /** The timekeepers' times aggregated in longs (issue 17) are the exact aggregates of section 3, for every method. */
    @Test
    void timesAggregatedInLongsAreTheExactAggregates() {
        java.util.Random random = new java.util.Random(3);
        for (int k = 0; k < 20_000; k++) {
            int n = 1 + random.nextInt(7);
            long[] ms = new long[n + random.nextInt(3)]; // room after the times, as an attempt's array has
            List<org.podium.domain.Fraction> values = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                ms[i] = k % 2 == 0 ? 60_000 + random.nextInt(40) : random.nextLong() >>> 24;
                values.add(org.podium.domain.Fraction.of(ms[i]));
            }
            java.util.Collections.shuffle(values, random);
            for (Options.TimeAggregate how : Options.TimeAggregate.values()) {
                assertThat(AttemptScorer.aggregate(how, ms.clone(), n)).as(how + " of " + values)
                        .isEqualTo(AttemptScorer.aggregate(how, values));
            }
        }
    }
}
