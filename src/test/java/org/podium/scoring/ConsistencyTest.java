package org.podium.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.domain.ConsistencyReport;
import org.podium.domain.EntryResult;
import org.podium.domain.Fact;
import org.podium.domain.Fraction;
import org.podium.domain.Penalty;
import org.podium.domain.RoundResult;

/** docs/consistency.md: judges' and timekeepers' deviations from their panel, with numbers worked by hand. */
class ConsistencyTest {

    private static ConsistencyReport report(EventBuilder b, String... facts) {
        return Consistency.of(b.score(b.facts(facts)).rounds().get(0), ConsistencyReport.Limits.of(b.event()));
    }

    private static EventBuilder marksOnly(String... bibs) {
        EventBuilder b = new EventBuilder().weights("quality", "1");
        b.timekeepers = List.of();
        for (String bib : bibs) {
            b.entrant(bib);
        }
        return b;
    }

    private static ConsistencyReport.JudgeCriterion judge(ConsistencyReport r, String judge, String criterion) {
        return r.judges().stream().filter(j -> j.judge().equals(judge) && j.criterion().id().equals(criterion))
                .findFirst().orElseThrow();
    }

    private static ConsistencyReport.Timekeeper timekeeper(ConsistencyReport r, String id) {
        return r.timekeepers().stream().filter(t -> t.timekeeper().equals(id)).findFirst().orElseThrow();
    }

    private static Fraction f(long num, long den) {
        return Fraction.of(num, den);
    }

    @Test
    void aHarshJudgeHasANegativeSignedMeanAndTheMarkPastTheLimitIsListed() {
        // C1, max 10: limit 10 % of 10 = 1 point, strictly more is listed.
        // bib 1: 6, 7, 8, mean 7: deviations J1 -1, J2 0, J3 +1 (J3's +1 is not more than 1: not listed).
        // bib 2: 5, 8, 8, mean 7: deviations J1 -2 (listed), J2 +1, J3 +1.
        // J1: signed (-1 - 2) / 2 = -3/2, absolute (1 + 2) / 2 = 3/2. J2: (0 + 1) / 2 = 1/2 both. J3: 1 both.
        ConsistencyReport r = report(marksOnly("1", "2"),
                "1 mark J1 C1 6", "1 mark J2 C1 7", "1 mark J3 C1 8",
                "2 mark J1 C1 5", "2 mark J2 C1 8", "2 mark J3 C1 8");
        assertThat(judge(r, "J1", "C1")).satisfies(j -> {
            assertThat(j.count()).isEqualTo(2);
            assertThat(j.signedMean()).isEqualTo(f(-3, 2));
            assertThat(j.absoluteMean()).isEqualTo(f(3, 2));
            assertThat(j.outliers()).isEqualTo(1);
        });
        assertThat(judge(r, "J2", "C1").signedMean()).isEqualTo(f(1, 2));
        assertThat(judge(r, "J2", "C1").absoluteMean()).isEqualTo(f(1, 2));
        assertThat(judge(r, "J3", "C1").signedMean()).isEqualTo(Fraction.of(1));
        assertThat(judge(r, "J3", "C1").outliers()).isZero();
        assertThat(r.marks()).singleElement().satisfies(m -> {
            assertThat(m.bib()).isEqualTo("2");
            assertThat(m.name()).isEqualTo("N2");
            assertThat(m.judge()).isEqualTo("J1");
            assertThat(m.mark()).isEqualByComparingTo("5");
            assertThat(m.panelMean()).isEqualTo(Fraction.of(7));
            assertThat(m.panelSize()).isEqualTo(3);
            assertThat(m.deviation()).isEqualTo(Fraction.of(-2));
        });
    }

    @Test
    void meansAreExactFractionsRoundedOnlyForDisplay() {
        // bib 1: 7, 7, 8 -> mean 22/3; J1 deviates 7 - 22/3 = -1/3; bib 2: 7, 8, 8 -> mean 23/3, J1 -2/3.
        // J1 signed mean (-1/3 - 2/3) / 2 = -1/2 exactly; J3: (2/3 + 1/3) / 2 = 1/2; J2: (-1/3 + 1/3) / 2 = 0.
        ConsistencyReport r = report(marksOnly("1", "2"),
                "1 mark J1 C1 7", "1 mark J2 C1 7", "1 mark J3 C1 8",
                "2 mark J1 C1 7", "2 mark J2 C1 8", "2 mark J3 C1 8");
        assertThat(judge(r, "J1", "C1").signedMean()).isEqualTo(f(-1, 2));
        assertThat(judge(r, "J2", "C1").signedMean()).isEqualTo(Fraction.ZERO);
        // |-1/3| and |1/3|: J2's absolute mean is 1/3, 0.33 when shown with two places.
        assertThat(judge(r, "J2", "C1").absoluteMean()).isEqualTo(f(1, 3));
        assertThat(judge(r, "J2", "C1").absoluteMean().round(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("0.33");
        assertThat(r.marks()).isEmpty();
    }

    @Test
    void judgementMarksDeviateInPointsAndTheirLimitIsOneLevel() {
        // C2 judgement, max 30, scale 3: a level is worth 10 points. Marks 1, 3, 3 = 10, 30, 30 points, mean 70/3.
        // J1: 10 - 70/3 = -40/3 (-13.33, past the 10-point limit); J2, J3: 30 - 70/3 = +20/3 (6.67, within it).
        EventBuilder b = marksOnly("1");
        b.criteria = List.of(EventBuilder.judgement("C2", "30"));
        ConsistencyReport r = report(b, "1 mark J1 C2 1", "1 mark J2 C2 3", "1 mark J3 C2 3");
        assertThat(judge(r, "J1", "C2").signedMean()).isEqualTo(f(-40, 3));
        assertThat(judge(r, "J2", "C2").signedMean()).isEqualTo(f(20, 3));
        assertThat(r.marks()).singleElement().satisfies(m -> {
            assertThat(m.judge()).isEqualTo("J1");
            assertThat(m.mark()).isEqualByComparingTo("1");
            assertThat(m.points()).isEqualTo(Fraction.of(10));
            assertThat(m.panelMean()).isEqualTo(f(70, 3));
            assertThat(m.deviation()).isEqualTo(f(-40, 3));
        });
        // Marks 1, 2, 3: deviations -1, 0, +1 level = exactly the limit, so nothing is listed.
        ConsistencyReport spread = report(b, "1 mark J1 C2 1", "1 mark J2 C2 2", "1 mark J3 C2 3");
        assertThat(spread.marks()).isEmpty();
        assertThat(judge(spread, "J1", "C2").signedMean()).isEqualTo(Fraction.of(-10));
    }

    @Test
    void limitsCanBeChangedPerKind() {
        // The same 1, 3, 3 with a limit of 1.5 levels (15 points): 13.33 is within it. With a 5 % share on C1
        // (max 10: 0.5 points), C1 marks 6, 7 (mean 6.5, deviations -0.5 and +0.5) stay within; 6, 8 do not.
        EventBuilder b = marksOnly("1", "2");
        b.criteria = List.of(EventBuilder.measurement("C1", "10"), EventBuilder.judgement("C2", "30"));
        b.judges = List.of("J1", "J2", "J3");
        List<Fact> facts = b.facts("1 mark J1 C2 1", "1 mark J2 C2 3", "1 mark J3 C2 3",
                "1 mark J1 C1 6", "1 mark J2 C1 7", "2 mark J1 C1 6", "2 mark J2 C1 8");
        RoundResult round = b.score(facts).rounds().get(0);
        ConsistencyReport r = Consistency.of(round, new ConsistencyReport.Limits(new BigDecimal("0.05"), new BigDecimal("1.5"), 500));
        assertThat(r.marks()).extracting(ConsistencyReport.Mark::bib, ConsistencyReport.Mark::judge)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2", "J1"), org.assertj.core.groups.Tuple.tuple("2", "J2"));
        assertThat(r.limits().points(b.criteria.get(1))).isEqualTo(Fraction.of(15));
        assertThat(ConsistencyReport.Limits.of(b.event()).points(b.criteria.get(0))).isEqualTo(Fraction.of(1));
    }

    @Test
    void aPanelOfOneIsNotComparedAndAMissingMarkShrinksThePanel() {
        // bib 1: only J1 marked C1: no panel to differ from, nothing counted.
        // bib 2: J1 4, J2 6, J3 none: panel of two, mean 5, deviations -1 and +1.
        // J3 marked nothing: listed with count 0 and no means.
        ConsistencyReport r = report(marksOnly("1", "2"), "1 mark J1 C1 4", "2 mark J1 C1 4", "2 mark J2 C1 6");
        assertThat(judge(r, "J1", "C1").count()).isEqualTo(1);
        assertThat(judge(r, "J1", "C1").signedMean()).isEqualTo(Fraction.of(-1));
        assertThat(judge(r, "J2", "C1").signedMean()).isEqualTo(Fraction.of(1));
        assertThat(judge(r, "J3", "C1")).satisfies(j -> {
            assertThat(j.count()).isZero();
            assertThat(j.signedMean()).isNull();
            assertThat(j.absoluteMean()).isNull();
        });
        assertThat(r.judges()).extracting(ConsistencyReport.JudgeCriterion::judge).containsExactly("J1", "J2", "J3");
    }

    @Test
    void aSheetLeftPartialStillCountsTheMarksItHas() {
        // Two criteria; J3 marked only C1 on bib 1. C1: 4, 5, 6 (mean 5): J3 +1 counted. C2: 2, 4 (mean 3): J3 absent.
        EventBuilder b = marksOnly("1");
        b.criteria = List.of(EventBuilder.measurement("C1", "10"), EventBuilder.measurement("C2", "10"));
        ConsistencyReport r = report(b, "1 mark J1 C1 4", "1 mark J2 C1 5", "1 mark J3 C1 6",
                "1 mark J1 C2 2", "1 mark J2 C2 4");
        assertThat(judge(r, "J3", "C1").signedMean()).isEqualTo(Fraction.of(1));
        assertThat(judge(r, "J3", "C2").count()).isZero();
        assertThat(judge(r, "J1", "C2").signedMean()).isEqualTo(Fraction.of(-1));
        assertThat(r.judges()).extracting(j -> j.judge() + j.criterion().id())
                .containsExactly("J1C1", "J1C2", "J2C1", "J2C2", "J3C1", "J3C2");
    }

    @Test
    void aLaterMarkReplacesTheEarlierOneAsInScoring() {
        // J1 first gives 2, then corrects to 6: the panel is 6, 6, 6 and nobody deviates.
        ConsistencyReport r = report(marksOnly("1"),
                "1 mark J1 C1 2", "1 mark J2 C1 6", "1 mark J3 C1 6", "1 mark J1 C1 6");
        assertThat(judge(r, "J1", "C1").signedMean()).isEqualTo(Fraction.ZERO);
        assertThat(r.marks()).isEmpty();
    }

    @Test
    void everyAttemptIsItsOwnPanel() {
        // Two attempts. Attempt 1: J1 6, J2 8 (mean 7): -1, +1. Attempt 2: J1 9, J2 9: 0, 0.
        // J1: count 2, signed (-1 + 0) / 2 = -1/2, absolute 1/2. An attempt is a performance of its own: every attempt
        // counts, not only the counting one.
        EventBuilder b = marksOnly("1");
        b.attempts = 2;
        b.judges = List.of("J1", "J2");
        ConsistencyReport r = report(b, "1 mark J1 C1 6 1", "1 mark J2 C1 8 1", "1 mark J1 C1 9 2", "1 mark J2 C1 9 2");
        assertThat(judge(r, "J1", "C1").count()).isEqualTo(2);
        assertThat(judge(r, "J1", "C1").signedMean()).isEqualTo(f(-1, 2));
        assertThat(judge(r, "J1", "C1").absoluteMean()).isEqualTo(f(1, 2));
        // -1 is not more than the 1-point limit; with marks 5 and 8 on attempt 1 it is -1.5 and listed with its attempt.
        ConsistencyReport wide = report(b, "1 mark J1 C1 5 1", "1 mark J2 C1 8 1", "1 mark J1 C1 9 2", "1 mark J2 C1 9 2");
        assertThat(wide.marks()).extracting(ConsistencyReport.Mark::attempt, ConsistencyReport.Mark::judge)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "J1"), org.assertj.core.groups.Tuple.tuple(1, "J2"));
    }

    @Test
    void marksOnEntriesOfEveryStatusAreCompared() {
        // A DSQ entry was still marked by the panel: its marks say as much about the judges as any other's.
        ConsistencyReport r = report(marksOnly("1"),
                "1 mark J1 C1 4", "1 mark J2 C1 5", "1 mark J3 C1 6", "1 status - - DSQ");
        assertThat(judge(r, "J1", "C1").count()).isEqualTo(1);
    }

    // ---- timekeepers ----

    private static EventBuilder timesOnly(String... bibs) {
        EventBuilder b = new EventBuilder().weights("time", "1");
        b.judges = List.of();
        b.criteria = List.of();
        for (String bib : bibs) {
            b.entrant(bib);
        }
        return b;
    }

    @Test
    void aTimekeeperWhoStopsLateHasAPositiveMeanAndTheTimePastTheToleranceIsListed() {
        // Median of three, tolerance 500 ms. bib 1: 60.00, 60.20, 60.50 -> official 60.20: T1 -200, T2 0, T3 +300.
        // bib 2: 70.00, 70.10, 71.00 -> official 70.10: T1 -100, T2 0, T3 +900 (past 500: listed).
        // T1: signed (-200 - 100) / 2 = -150, absolute 150. T3: (300 + 900) / 2 = 600 both.
        ConsistencyReport r = report(timesOnly("1", "2"),
                "1 time T1 - 60.00", "1 time T2 - 60.20", "1 time T3 - 60.50",
                "2 time T1 - 70.00", "2 time T2 - 70.10", "2 time T3 - 71.00");
        assertThat(timekeeper(r, "T1").signedMean()).isEqualTo(Fraction.of(-150));
        assertThat(timekeeper(r, "T1").absoluteMean()).isEqualTo(Fraction.of(150));
        assertThat(timekeeper(r, "T2").signedMean()).isEqualTo(Fraction.ZERO);
        assertThat(timekeeper(r, "T3")).satisfies(t -> {
            assertThat(t.count()).isEqualTo(2);
            assertThat(t.signedMean()).isEqualTo(Fraction.of(600));
            assertThat(t.absoluteMean()).isEqualTo(Fraction.of(600));
            assertThat(t.outliers()).isEqualTo(1);
        });
        assertThat(r.times()).singleElement().satisfies(t -> {
            assertThat(t.bib()).isEqualTo("2");
            assertThat(t.timekeeper()).isEqualTo("T3");
            assertThat(t.time()).isEqualTo(71_000);
            assertThat(t.officialTime()).isEqualTo(70_100);
            assertThat(t.deviation()).isEqualTo(900);
        });
    }

    @Test
    void penaltySecondsAreNotTimekeepingError() {
        // bib 1: 60.00, 60.10, 60.20 -> 60.10, plus 2 x P2 (5 s each) = 70.10 official. The deviations are from 60.10:
        // -100, 0, +100, never -10,100.
        EventBuilder b = timesOnly("1");
        b.penalties = new ArrayList<>(List.of(new Penalty("P2", "drop", null, 5_000L)));
        EntryResult row = b.score(b.facts("1 time T1 - 60.00", "1 time T2 - 60.10", "1 time T3 - 60.20",
                "1 penalty J1 P2 2")).rounds().get(0).rows().get(0);
        assertThat(row.officialTime()).isEqualTo(70_100);
        ConsistencyReport r = report(b, "1 time T1 - 60.00", "1 time T2 - 60.10", "1 time T3 - 60.20", "1 penalty J1 P2 2");
        assertThat(timekeeper(r, "T1").signedMean()).isEqualTo(Fraction.of(-100));
        assertThat(timekeeper(r, "T3").signedMean()).isEqualTo(Fraction.of(100));
        assertThat(r.times()).isEmpty();
    }

    @Test
    void deviationsAreFromTheRoundedOfficialTime() {
        // Two timekeepers, median of an even count: (60.01 + 60.02) / 2 = 60.015, half-up to 10 ms = 60.02.
        // T1 -10, T2 0: the official time is what was published, so the deviations are from it.
        EventBuilder b = timesOnly("1");
        b.timekeepers = List.of("T1", "T2");
        ConsistencyReport r = report(b, "1 time T1 - 60.01", "1 time T2 - 60.02");
        assertThat(timekeeper(r, "T1").signedMean()).isEqualTo(Fraction.of(-10));
        assertThat(timekeeper(r, "T2").signedMean()).isEqualTo(Fraction.ZERO);
    }

    @Test
    void aLoneTimeOrAnEntryWithoutOfficialTimeIsNotCompared() {
        // required 1: bib 1 timed by T1 alone has an official time (its own) but nothing to differ from.
        // bib 2 (required 3 in the second event) has two of three times: no official time, nothing compared.
        EventBuilder one = timesOnly("1");
        one.timingRequired = 1;
        ConsistencyReport r = report(one, "1 time T1 - 60.00");
        assertThat(timekeeper(r, "T1").count()).isZero();
        assertThat(timekeeper(r, "T1").signedMean()).isNull();
        ConsistencyReport short2 = report(timesOnly("2"), "2 time T1 - 60.00", "2 time T2 - 61.00");
        assertThat(short2.timekeepers()).allSatisfy(t -> assertThat(t.count()).isZero());
        assertThat(short2.timekeepers()).extracting(ConsistencyReport.Timekeeper::timekeeper).containsExactly("T1", "T2", "T3");
    }

    @Test
    void meanTimeDeviationsAreExact() {
        // bib 1: 10.00, 10.01, 10.03 -> 10.01: T3 +20. bib 2: 20.00, 20.02, 20.03 -> 20.02: T3 +10.
        // bib 3: 30.00, 30.01, 30.01 -> 30.01: T3 0. T3 signed (20 + 10 + 0) / 3 = 10; T1 (-10 - 20 - 10) / 3 = -40/3.
        ConsistencyReport r = report(timesOnly("1", "2", "3"),
                "1 time T1 - 10.00", "1 time T2 - 10.01", "1 time T3 - 10.03",
                "2 time T1 - 20.00", "2 time T2 - 20.02", "2 time T3 - 20.03",
                "3 time T1 - 30.00", "3 time T2 - 30.01", "3 time T3 - 30.01");
        assertThat(timekeeper(r, "T3").signedMean()).isEqualTo(Fraction.of(10));
        assertThat(timekeeper(r, "T1").signedMean()).isEqualTo(f(-40, 3));
        assertThat(timekeeper(r, "T1").absoluteMean()).isEqualTo(f(40, 3));
    }

    @Test
    void lapsOnlyTimekeepersAreComparedOnTheirLastSplit() {
        // Two laps; T3 recorded splits only (30.00, 61.00): its total is 61.00. Times 60.00, 60.50, 61.00 -> 60.50.
        EventBuilder b = timesOnly("1");
        b.laps = 2;
        ConsistencyReport r = report(b, "1 time T1 - 60.00", "1 time T2 - 60.50", "1 lap T3 1 30.00", "1 lap T3 2 61.00");
        assertThat(timekeeper(r, "T3").signedMean()).isEqualTo(Fraction.of(500));
        assertThat(r.times()).isEmpty();
    }
}
