package org.podium.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.podium.domain.AttemptResult;
import org.podium.domain.Bibs;
import org.podium.domain.ConsistencyReport;
import org.podium.domain.ConsistencyReport.JudgeCriterion;
import org.podium.domain.ConsistencyReport.Limits;
import org.podium.domain.ConsistencyReport.Mark;
import org.podium.domain.ConsistencyReport.Time;
import org.podium.domain.ConsistencyReport.Timekeeper;
import org.podium.domain.Criterion;
import org.podium.domain.EntryResult;
import org.podium.domain.Event;
import org.podium.domain.Fraction;
import org.podium.domain.Penalty;
import org.podium.domain.RoundResult;

/**
 * How far each official's records lie from their panel's, for one round (docs/consistency.md): per judge and
 * criterion the signed and absolute mean deviation of their marks from the panel mean (the figure-skating union's
 * "deviation points"), per timekeeper the same for their times against the official time, and the single marks and
 * times that lie further off than a limit. A chief reads it to find a judge who is systematically harsh or lenient,
 * or a timekeeper who is always late on the button.
 *
 * <p>It reads the engine's result, not the facts again: each attempt already holds every judge's current marks
 * (the latest record of each, {@link AttemptResult#marks()}) and every timekeeper's complete total
 * ({@link AttemptResult#timekeeperTimes()}), exactly as they were scored. Pure and exact: deviations and means are
 * {@link Fraction}s, rounded only for display; times are whole milliseconds.
 */
public final class Consistency {
    private Consistency() {
    }

    /** The deviations of the round's officials, with the outliers past {@code limits}. */
    public static ConsistencyReport of(RoundResult round, Limits limits) {
        Event event = round.event();
        List<EntryResult> rows = new ArrayList<>(round.rows());
        rows.sort(Comparator.comparing(EntryResult::bib, Bibs.ORDER));
        List<Criterion> criteria = event.quality().criteria();
        Map<String, Sum[]> judgeSums = new LinkedHashMap<>();
        for (String judge : event.judges()) {
            Sum[] sums = new Sum[criteria.size()];
            for (int i = 0; i < sums.length; i++) {
                sums[i] = new Sum();
            }
            judgeSums.put(judge, sums);
        }
        Map<String, TimeSum> timeSums = new LinkedHashMap<>();
        for (String tk : event.timekeepers()) {
            timeSums.put(tk, new TimeSum());
        }
        Fraction[] markLimits = new Fraction[criteria.size()];
        for (int i = 0; i < criteria.size(); i++) {
            markLimits[i] = limits.points(criteria.get(i));
        }
        List<Mark> marks = new ArrayList<>();
        List<Time> times = new ArrayList<>();
        for (EntryResult row : rows) {
            for (AttemptResult attempt : row.attempts()) {
                marks(row, attempt, criteria, markLimits, judgeSums, marks);
                times(event, row, attempt, limits.timeMillis(), timeSums, times);
            }
        }
        List<JudgeCriterion> judges = new ArrayList<>();
        for (Map.Entry<String, Sum[]> e : judgeSums.entrySet()) {
            for (int i = 0; i < criteria.size(); i++) {
                Sum s = e.getValue()[i];
                judges.add(new JudgeCriterion(e.getKey(), criteria.get(i), s.count, s.mean(s.signed), s.mean(s.absolute),
                        s.outliers));
            }
        }
        List<Timekeeper> timekeepers = new ArrayList<>();
        for (Map.Entry<String, TimeSum> e : timeSums.entrySet()) {
            TimeSum s = e.getValue();
            timekeepers.add(new Timekeeper(e.getKey(), s.count, s.count == 0 ? null : Fraction.of(s.signed, s.count),
                    s.count == 0 ? null : Fraction.of(s.absolute, s.count), s.outliers));
        }
        return new ConsistencyReport(event, round.round(), limits, judges, marks, timekeepers, times);
    }

    /** Each criterion's panel on one attempt: the judges who marked it; a panel of one is not compared. */
    private static void marks(EntryResult row, AttemptResult attempt, List<Criterion> criteria, Fraction[] markLimits,
                              Map<String, Sum[]> sums, List<Mark> outliers) {
        Map<String, List<BigDecimal>> sheets = attempt.marks();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            Map<String, BigDecimal> panel = new LinkedHashMap<>();
            Fraction total = Fraction.ZERO;
            for (Map.Entry<String, List<BigDecimal>> sheet : sheets.entrySet()) {
                BigDecimal mark = sheet.getValue().get(i);
                if (mark != null && sums.containsKey(sheet.getKey())) {
                    panel.put(sheet.getKey(), mark);
                    total = total.add(AttemptScorer.points(c, mark));
                }
            }
            if (panel.size() < 2) {
                continue;
            }
            Fraction mean = total.divide(panel.size());
            for (Map.Entry<String, BigDecimal> m : panel.entrySet()) {
                Fraction points = AttemptScorer.points(c, m.getValue());
                Fraction deviation = points.subtract(mean);
                boolean far = abs(deviation).compareTo(markLimits[i]) > 0;
                sums.get(m.getKey())[i].add(deviation, far);
                if (far) {
                    outliers.add(new Mark(row.bib(), row.contestant().name(), attempt.number(), m.getKey(), c,
                            m.getValue(), points, mean, panel.size(), deviation));
                }
            }
        }
    }

    /** Each timekeeper's total against the official time less penalty seconds, where there is one and a second time. */
    private static void times(Event event, EntryResult row, AttemptResult attempt, long limit,
                              Map<String, TimeSum> sums, List<Time> outliers) {
        if (attempt.officialTime() == null || attempt.timekeeperTimes().size() < 2) {
            return;
        }
        long official = attempt.officialTime() - penaltyMillis(event, attempt);
        for (Map.Entry<String, Long> t : attempt.timekeeperTimes().entrySet()) {
            TimeSum s = sums.get(t.getKey());
            if (s == null) {
                continue;
            }
            long deviation = t.getValue() - official;
            boolean far = Math.abs(deviation) > limit;
            s.add(deviation, far);
            if (far) {
                outliers.add(new Time(row.bib(), row.contestant().name(), attempt.number(), t.getKey(), t.getValue(),
                        official, deviation));
            }
        }
    }

    /** The seconds the engine added to the official time for time penalties (section 3 step 4). */
    private static long penaltyMillis(Event event, AttemptResult attempt) {
        long millis = 0;
        for (Map.Entry<String, Integer> p : attempt.penaltyCounts().entrySet()) {
            Penalty penalty = event.penalty(p.getKey());
            if (penalty != null && penalty.secondsMillis() != null) {
                millis += penalty.secondsMillis() * p.getValue();
            }
        }
        return millis;
    }

    private static Fraction abs(Fraction f) {
        return f.signum() < 0 ? f.negate() : f;
    }

    /** Running sums of one judge's deviations on one criterion. */
    private static final class Sum {
        int count;
        int outliers;
        Fraction signed = Fraction.ZERO;
        Fraction absolute = Fraction.ZERO;

        void add(Fraction deviation, boolean far) {
            count++;
            outliers += far ? 1 : 0;
            signed = signed.add(deviation);
            absolute = absolute.add(abs(deviation));
        }

        Fraction mean(Fraction sum) {
            return count == 0 ? null : sum.divide(count);
        }
    }

    /** Running sums of one timekeeper's deviations, in ms. */
    private static final class TimeSum {
        int count;
        int outliers;
        long signed;
        long absolute;

        void add(long deviation, boolean far) {
            count++;
            outliers += far ? 1 : 0;
            signed += deviation;
            absolute += Math.abs(deviation);
        }
    }
}
