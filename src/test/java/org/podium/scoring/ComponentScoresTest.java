package org.podium.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.scoring.EventBuilder.byBib;
import static org.podium.scoring.EventBuilder.judgement;
import static org.podium.scoring.EventBuilder.measurement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.podium.domain.AttemptResult;
import org.podium.domain.EntryResult;
import org.podium.domain.Flag;
import org.podium.domain.Fraction;
import org.podium.domain.Options;
import org.podium.domain.Penalty;
import org.podium.domain.Status;

/** scoring.md sections 4 to 8: time score, quality, theory, penalties and the total. */
class ComponentScoresTest {

    private static Map<String, EntryResult> run(EventBuilder b, String... facts) {
        return byBib(b.score(b.facts(facts)).rounds().get(0));
    }

    private static EventBuilder timeOnly(String... bibs) {
        EventBuilder b = new EventBuilder().weights("time", "1");
        b.judges = List.of();
        b.criteria = List.of();
        b.timekeepers = List.of("T1");
        for (String bib : bibs) {
            b.entrant(bib);
        }
        return b;
    }

    private static EventBuilder qualityOnly(String... bibs) {
        EventBuilder b = new EventBuilder().weights("quality", "1");
        b.timekeepers = List.of();
        for (String bib : bibs) {
            b.entrant(bib);
        }
        return b;
    }

    // ---- section 4 ----

    @Test
    void ratioToBestDividesTheBestOkTimeByTheEntrysTime() {
        // best 20.00 (bib 1). bib 2: 100 x 20 / 25 = 80.00; bib 3: 100 x 20 / 30 = 66.666... -> 66.67.
        // bib 4 has 15.00 but is DSQ, so it is not the best.
        Map<String, EntryResult> r = run(timeOnly("1", "2", "3", "4"), "1 time T1 - 20", "2 time T1 - 25",
                "3 time T1 - 30", "4 time T1 - 15", "4 status - - DSQ");
        assertThat(r.get("1").timeScore()).isEqualTo(new BigDecimal("100.00"));
        assertThat(r.get("2").timeScore()).isEqualTo(new BigDecimal("80.00"));
        assertThat(r.get("3").timeScore()).isEqualTo(new BigDecimal("66.67"));
        assertThat(r.get("4").timeScore()).isNull();
    }

    @Test
    void linearFromStandardToLimit() {
        // standard 20 s, limit 40 s. 25.00: 100 x (40 - 25) / (40 - 20) = 75.00; 33.33: 100 x 6.67 / 20 = 33.35;
        // 19.00 at or under the standard: 100.00; 40.00 at the limit: 0.00.
        EventBuilder b = timeOnly("1", "2", "3", "4");
        b.method = Options.TimeScoreMethod.LINEAR;
        b.standard = 20_000L;
        b.limit = 40_000L;
        Map<String, EntryResult> r = run(b, "1 time T1 - 25", "2 time T1 - 33.33", "3 time T1 - 19", "4 time T1 - 40");
        assertThat(r.get("1").timeScore()).isEqualTo(new BigDecimal("75.00"));
        assertThat(r.get("2").timeScore()).isEqualTo(new BigDecimal("33.35"));
        assertThat(r.get("3").timeScore()).isEqualTo(new BigDecimal("100.00"));
        assertThat(r.get("4").timeScore()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void deductTakesPointsPerSecondOverTheStandardNeverBelowZero() {
        // standard 20 s, 2 points a second. 25.50: 100 - 2 x 5.5 = 89.00; 80.00: 100 - 2 x 60 = -20 -> 0.00.
        EventBuilder b = timeOnly("1", "2", "3");
        b.method = Options.TimeScoreMethod.DEDUCT;
        b.standard = 20_000L;
        b.pointsPerSecond = new BigDecimal("2");
        Map<String, EntryResult> r = run(b, "1 time T1 - 25.50", "2 time T1 - 80", "3 time T1 - 20");
        assertThat(r.get("1").timeScore()).isEqualTo(new BigDecimal("89.00"));
        assertThat(r.get("2").timeScore()).isEqualTo(new BigDecimal("0.00"));
        assertThat(r.get("3").timeScore()).isEqualTo(new BigDecimal("100.00"));
        // 0.3 points a second, 20.01: 100 - 0.3 x 0.01 = 99.997 -> 100.00 (half-up at 2 places).
        EventBuilder c = timeOnly("1");
        c.method = Options.TimeScoreMethod.DEDUCT;
        c.standard = 20_000L;
        c.pointsPerSecond = new BigDecimal("0.3");
        assertThat(run(c, "1 time T1 - 20.01").get("1").timeScore()).isEqualTo(new BigDecimal("100.00"));
    }

    // ---- section 5 ----

    @Test
    void judgementPointsStayExactUntilTheOneRounding() {
        // The spec's example: three judgement marks of 1 (max 10, scale 3) and a measurement mark of 0.5 of 10:
        // Q = 10/3 + 10/3 + 10/3 + 0.5 = 10.5; M = 40; quality = 100 x 10.5 / 40 = 26.25 -> 26.3 with decimals 1.
        EventBuilder b = qualityOnly("1");
        b.judges = List.of("J1");
        b.decimals = 1;
        b.criteria = List.of(judgement("A", "10"), judgement("B", "10"), judgement("C", "10"), measurement("D", "10"));
        Map<String, EntryResult> r = run(b, "1 mark J1 A 1", "1 mark J1 B 1", "1 mark J1 C 1", "1 mark J1 D 0.5");
        assertThat(r.get("1").qualityScore()).isEqualTo(new BigDecimal("26.3"));
        assertThat(r.get("1").total()).isEqualTo(new BigDecimal("26.3"));
    }

    @Test
    void levelTotalAggregatesSheetTotalsAndLevelCriterionAggregatesEachCriterion() {
        // Median of 3 judges, C1 and C2 of max 10 each (M = 20).
        // J1: 9 + 1 = 10; J2: 1 + 9 = 10; J3: 5 + 4 = 9.
        // total: median(10, 10, 9) = 10 -> 100 x 10 / 20 = 50.00.
        // criterion: median(9, 1, 5) = 5 and median(1, 9, 4) = 4 -> 9 -> 45.00.
        String[] facts = {"1 mark J1 C1 9", "1 mark J1 C2 1", "1 mark J2 C1 1", "1 mark J2 C2 9", "1 mark J3 C1 5",
                "1 mark J3 C2 4"};
        EventBuilder total = qualityOnly("1");
        total.qualityAggregate = Options.QualityAggregate.MEDIAN;
        total.criteria = List.of(measurement("C1", "10"), measurement("C2", "10"));
        assertThat(run(total, facts).get("1").qualityScore()).isEqualTo(new BigDecimal("50.00"));
        EventBuilder crit = qualityOnly("1");
        crit.qualityAggregate = Options.QualityAggregate.MEDIAN;
        crit.level = Options.QualityLevel.CRITERION;
        crit.criteria = List.of(measurement("C1", "10"), measurement("C2", "10"));
        assertThat(run(crit, facts).get("1").qualityScore()).isEqualTo(new BigDecimal("45.00"));
    }

    @Test
    void trimmedMeanOfFiveJudgesDropsTheHighestAndLowest() {
        // Sheets 30, 32, 33, 35, 40 of M = 40: drop 30 and 40; (32 + 33 + 35) / 3 = 100/3;
        // quality = 100 x (100/3) / 40 = 83.333... -> 83.33.
        EventBuilder b = qualityOnly("1");
        b.judges = List.of("J1", "J2", "J3", "J4", "J5");
        b.criteria = List.of(measurement("C1", "40"));
        Map<String, EntryResult> r = run(b, "1 mark J1 C1 30", "1 mark J2 C1 32", "1 mark J3 C1 33", "1 mark J4 C1 35",
                "1 mark J5 C1 40");
        assertThat(r.get("1").qualityScore()).isEqualTo(new BigDecimal("83.33"));
        // trim 2 needs 5 values; with 4 complete sheets (J5 missing, required 4) it is the plain mean:
        // (30 + 32 + 33 + 35) / 4 = 32.5 -> 100 x 32.5 / 40 = 81.25.
        EventBuilder t = qualityOnly("1");
        t.judges = List.of("J1", "J2", "J3", "J4", "J5");
        t.criteria = List.of(measurement("C1", "40"));
        t.trim = 2;
        t.qualityRequired = 4;
        assertThat(run(t, "1 mark J1 C1 30", "1 mark J2 C1 32", "1 mark J3 C1 33", "1 mark J4 C1 35").get("1")
                .qualityScore()).isEqualTo(new BigDecimal("81.25"));
    }

    @Test
    void aSheetMissingAMarkDoesNotCount() {
        // Two criteria; J3 marked only C1. Required 3 -> INCOMPLETE; required 2 -> mean of J1, J2 (2 < 3 values):
        // J1 8 + 8 = 16, J2 6 + 6 = 12 -> 14 of 20 -> 70.00.
        String[] facts = {"1 mark J1 C1 8", "1 mark J1 C2 8", "1 mark J2 C1 6", "1 mark J2 C2 6", "1 mark J3 C1 1"};
        EventBuilder b = qualityOnly("1");
        b.criteria = List.of(measurement("C1", "10"), measurement("C2", "10"));
        EntryResult r = run(b, facts).get("1");
        assertThat(r.status()).isEqualTo(Status.INCOMPLETE);
        assertThat(r.qualityScore()).isNull();
        EventBuilder two = qualityOnly("1");
        two.criteria = List.of(measurement("C1", "10"), measurement("C2", "10"));
        two.qualityRequired = 2;
        assertThat(run(two, facts).get("1").qualityScore()).isEqualTo(new BigDecimal("70.00"));
    }

    @Test
    void judgeSpreadOnJudgementMarksAndOnMeasurementWithATolerance() {
        // Judgement, max_spread 1: marks 1, 3, 2 -> 3 - 1 = 2 > 1: flagged. 2, 3, 2 -> 1: not flagged.
        EventBuilder j = qualityOnly("1", "2");
        j.criteria = List.of(judgement("A", "30"));
        Map<String, EntryResult> r = run(j, "1 mark J1 A 1", "1 mark J2 A 3", "1 mark J3 A 2", "2 mark J1 A 2",
                "2 mark J2 A 3", "2 mark J3 A 2");
        assertThat(r.get("1").flags()).containsExactly(Flag.JUDGE_SPREAD);
        assertThat(r.get("2").flags()).isEmpty();
        // Measurement, tolerance 2: 5 and 7.5 -> 2.5 > 2: flagged; without a tolerance: never.
        EventBuilder m = qualityOnly("1");
        m.qualityTolerance = new BigDecimal("2");
        assertThat(run(m, "1 mark J1 C1 5", "1 mark J2 C1 7.5", "1 mark J3 C1 6").get("1").flags())
                .containsExactly(Flag.JUDGE_SPREAD);
        assertThat(run(qualityOnly("1"), "1 mark J1 C1 5", "1 mark J2 C1 10", "1 mark J3 C1 6").get("1").flags()).isEmpty();
    }

    @Test
    void judgementMarkOffTheScaleAndMeasurementOffItsStepAreRefused() {
        assertThat(judgement("A", "30").refuse(new BigDecimal("4"))).contains("whole number from 0 to 3");
        assertThat(judgement("A", "30").refuse(new BigDecimal("1.5"))).contains("whole number from 0 to 3");
        assertThat(judgement("A", "30").refuse(new BigDecimal("3"))).isNull();
        assertThat(measurement("C1", "40").refuse(new BigDecimal("40.5"))).contains("out of range");
        assertThat(measurement("C1", "40").refuse(new BigDecimal("38.3"))).contains("multiple of 0.5");
        assertThat(measurement("C1", "40").refuse(new BigDecimal("38.5"))).isNull();
    }

    // ---- section 6 ----

    @Test
    void theoryIsAShareOfItsMaxAndServesEveryRound() {
        // max 80, raw 61: 100 x 61 / 80 = 76.25. max 60, raw 50: 83.333... -> 83.33.
        EventBuilder b = new EventBuilder().weights("theory", "1");
        b.timekeepers = List.of("T1");
        b.theoryMax = new BigDecimal("80");
        b.entrant("1");
        EntryResult r = run(b, "1 theory - - 61", "1 time T1 - 20").get("1");
        assertThat(r.theoryScore()).isEqualTo(new BigDecimal("76.25"));
        assertThat(r.total()).isEqualTo(new BigDecimal("76.25"));
        EventBuilder c = new EventBuilder().weights("theory", "1");
        c.timekeepers = List.of("T1");
        c.theoryMax = new BigDecimal("60");
        c.entrant("1");
        assertThat(run(c, "1 theory - - 50", "1 time T1 - 20").get("1").theoryScore()).isEqualTo(new BigDecimal("83.33"));
    }

    // ---- section 7 ----

    @Test
    void penaltyCountsReplaceForOneOfficialAndAddAcrossOfficials() {
        // P1 is 5 points. Quality 100 x 8 / 10 = 80.00.
        // bib 1: J1 counts 2, J2 counts 1 -> 3 x 5 = 15 -> total 65.00.
        // bib 2: J1 counts 2 then withdraws (0), J2 counts 1 -> 5 -> total 75.00.
        // bib 3: J1 counts 1 then 3 -> 3 x 5 = 15 -> 65.00.
        EventBuilder b = qualityOnly("1", "2", "3");
        b.judges = List.of("J1", "J2");
        b.penalties = List.of(new Penalty("P1", "safety", new BigDecimal("5"), null));
        Map<String, EntryResult> r = run(b, "1 mark J1 C1 8", "1 mark J2 C1 8", "2 mark J1 C1 8", "2 mark J2 C1 8",
                "3 mark J1 C1 8", "3 mark J2 C1 8",
                "1 penalty J1 P1 2", "1 penalty J2 P1 -",
                "2 penalty J1 P1 2", "2 penalty J2 P1 1", "2 penalty J1 P1 0",
                "3 penalty J1 P1 1", "3 penalty J1 P1 3");
        assertThat(r.get("1").penaltyPoints()).isEqualTo(new BigDecimal("15.00"));
        assertThat(r.get("1").total()).isEqualTo(new BigDecimal("65.00"));
        assertThat(r.get("2").penaltyPoints()).isEqualTo(new BigDecimal("5.00"));
        assertThat(r.get("2").total()).isEqualTo(new BigDecimal("75.00"));
        assertThat(r.get("3").total()).isEqualTo(new BigDecimal("65.00"));
    }

    // ---- section 8 ----

    @Test
    void totalWeighsTheRoundedComponentsThenTakesOffPointsNeverBelowZero() {
        // time 0.4, quality 0.6. bib 1 best 20.00 -> time 100.00; bib 2 30.00 -> 66.666... -> 66.67.
        // Quality: bib 1 sheets 8, 8, 9 (trimmed mean of 3 = median 8) -> 80.00; bib 2: 10, 9, 9 -> 9 -> 90.00.
        // bib 1: 0.4 x 100 + 0.6 x 80 = 40 + 48 = 88.00.
        // bib 2: 0.4 x 66.67 + 0.6 x 90 = 26.668 + 54 = 80.668 -> 80.67 (from the rounded 66.67, not 66.666...).
        // bib 2 with P1 (5 points): 80.668 - 5 = 75.668 -> 75.67. bib 3 with 20 x P1 = 100 points: 0.00, not negative.
        EventBuilder b = new EventBuilder();
        b.timekeepers = List.of("T1");
        b.penalties = List.of(new Penalty("P1", "safety", new BigDecimal("5"), null));
        b.entrant("1").entrant("2").entrant("3");
        Map<String, EntryResult> r = run(b, "1 time T1 - 20", "1 mark J1 C1 8", "1 mark J2 C1 8", "1 mark J3 C1 9",
                "2 time T1 - 30", "2 mark J1 C1 10", "2 mark J2 C1 9", "2 mark J3 C1 9",
                "3 time T1 - 21", "3 mark J1 C1 5", "3 mark J2 C1 5", "3 mark J3 C1 5", "3 penalty J1 P1 20");
        assertThat(r.get("1").total()).isEqualTo(new BigDecimal("88.00"));
        assertThat(r.get("2").timeScore()).isEqualTo(new BigDecimal("66.67"));
        assertThat(r.get("2").total()).isEqualTo(new BigDecimal("80.67"));
        assertThat(r.get("3").total()).isEqualTo(new BigDecimal("0.00"));
        EventBuilder p = new EventBuilder();
        p.timekeepers = List.of("T1");
        p.penalties = List.of(new Penalty("P1", "safety", new BigDecimal("5"), null));
        p.entrant("1").entrant("2");
        Map<String, EntryResult> q = run(p, "1 time T1 - 20", "1 mark J1 C1 8", "1 mark J2 C1 8", "1 mark J3 C1 9",
                "2 time T1 - 30", "2 mark J1 C1 10", "2 mark J2 C1 9", "2 mark J3 C1 9", "2 penalty J1 P1 1");
        assertThat(q.get("2").total()).isEqualTo(new BigDecimal("75.67"));
    }

    @Test
    void anUnusedComponentIsNotShownButTheOfficialTimeIs() {
        // quality only; the timekeeper's time is shown as the official time, with no time score.
        EventBuilder b = qualityOnly("1");
        b.timekeepers = List.of("T1");
        EntryResult r = run(b, "1 time T1 - 20", "1 mark J1 C1 8", "1 mark J2 C1 8", "1 mark J3 C1 8").get("1");
        assertThat(r.officialTime()).isEqualTo(20000);
        assertThat(r.timeScore()).isNull();
        assertThat(r.theoryScore()).isNull();
        assertThat(r.total()).isEqualTo(new BigDecimal("80.00"));
    }

    @Test
    void eachAttemptShowsTheCurrentMarksAndThePenaltyCountsItWasScoredOn() {
        // J1 corrects C1 from 7 to 8 (the later record counts); J3 leaves C2 unmarked, so its sheet is incomplete
        // and has no total but its marks are still shown. P1 counts 2 (J1) + 1 (J2) = 3; P2 is withdrawn (0).
        EventBuilder b = new EventBuilder();
        b.criteria = List.of(measurement("C1", "10"), judgement("C2", "30"));
        b.qualityRequired = 2;
        b.penalties = List.of(new Penalty("P1", "safety", new BigDecimal("1"), null),
                new Penalty("P2", "dropped", null, 2000L));
        b.entrant("1");
        AttemptResult a = run(b, "1 time T1 - 20", "1 time T2 - 20", "1 time T3 - 20",
                "1 mark J1 C1 7", "1 mark J1 C2 2", "1 mark J1 C1 8", "1 mark J2 C1 9", "1 mark J2 C2 3", "1 mark J3 C1 6",
                "1 penalty J1 P1 2", "1 penalty J2 P1 1", "1 penalty J1 P2 1", "1 penalty J1 P2 0").get("1").attempts().get(0);
        assertThat(a.marks().keySet()).containsExactly("J1", "J2", "J3");
        assertThat(a.marks().get("J1")).containsExactly(new BigDecimal("8"), new BigDecimal("2"));
        assertThat(a.marks().get("J3")).containsExactly(new BigDecimal("6"), null);
        assertThat(a.sheetTotals()).containsOnlyKeys("J1", "J2");
        assertThat(a.sheetTotals().get("J1")).isEqualTo(Fraction.of(28));
        assertThat(a.penaltyCounts()).containsExactly(Map.entry("P1", 3));
        assertThat(a.penaltyPoints()).isEqualTo(new BigDecimal("3.00"));
    }
}
