package org.podium.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How far each official's records lie from their panel's, for one round (docs/consistency.md): what
 * {@code scoring.Consistency} computes and the consistency screen shows. Everything for one round.
 *
 * @param judges       every judge of the event (in its order) times every criterion (in its order)
 * @param marks        the marks further off than the limit, by bib, attempt, criterion and judge
 * @param timekeepers  every timekeeper of the event, in its order
 * @param times        the times further off than the limit, by bib, attempt and timekeeper
 */
public record ConsistencyReport(Event event, Round round, Limits limits, List<JudgeCriterion> judges, List<Mark> marks,
                                List<Timekeeper> timekeepers, List<Time> times) {
    public ConsistencyReport {
        judges = List.copyOf(judges);
        marks = List.copyOf(marks);
        timekeepers = List.copyOf(timekeepers);
        times = List.copyOf(times);
    }

    /**
     * When a single record is listed as far off (strictly more than the limit).
     *
     * @param measurementShare on a measurement criterion, the limit as a share of the criterion's max (0.10 = 10 %)
     * @param judgementLevels  on a judgement criterion, the limit in levels of its scale (1 = one whole level, worth
     *                         max / scale points)
     * @param timeMillis       a timekeeper's time against the official time, in ms
     */
    public record Limits(BigDecimal measurementShare, BigDecimal judgementLevels, long timeMillis) {
        public static final BigDecimal DEFAULT_SHARE = new BigDecimal("0.10");

        public Limits {
            Objects.requireNonNull(measurementShare, "measurementShare");
            Objects.requireNonNull(judgementLevels, "judgementLevels");
            if (measurementShare.signum() < 0 || judgementLevels.signum() < 0 || timeMillis < 0) {
                throw new IllegalArgumentException("limits cannot be negative");
            }
        }

        /** 10 % of the max on measurement criteria, one level on judgement criteria, the event's {@code tolerance_ms}. */
        public static Limits of(Event event) {
            return new Limits(DEFAULT_SHARE, BigDecimal.ONE, event.timing().toleranceMillis());
        }

        /** The limit on a criterion, in its points. */
        public Fraction points(Criterion c) {
            if (c.kind() == Options.CriterionKind.JUDGEMENT) {
                return Fraction.of(judgementLevels.multiply(c.max())).divide(c.scale());
            }
            return Fraction.of(measurementShare.multiply(c.max()));
        }
    }

    /**
     * One judge on one criterion over the round.
     *
     * @param count        marks compared (marks on an entry and criterion that at least one other judge marked too)
     * @param signedMean   mean of (mark − panel mean) in points: below 0 harsh, above 0 lenient; null when count is 0
     * @param absoluteMean mean of |mark − panel mean| in points; null when count is 0
     * @param outliers     how many of the compared marks lie further off than the limit
     */
    public record JudgeCriterion(String judge, Criterion criterion, int count, Fraction signedMean,
                                 Fraction absoluteMean, int outliers) {
    }

    /**
     * One timekeeper over the round.
     *
     * @param count        times compared (entries with an official time and at least one other timekeeper's time)
     * @param signedMean   mean of (time − official time) in ms: above 0 stops late, below 0 early; null when count is 0
     * @param absoluteMean mean of |time − official time| in ms; null when count is 0
     * @param outliers     how many of the compared times lie further off than the limit
     */
    public record Timekeeper(String timekeeper, int count, Fraction signedMean, Fraction absoluteMean, int outliers) {
    }

    /**
     * A mark further off its panel's mean than the limit.
     *
     * @param attempt   the attempt it was given on (1 on an event with one attempt)
     * @param mark      as recorded (a level on a judgement criterion)
     * @param points    what it is worth (the mark itself on a measurement criterion; mark × max / scale)
     * @param panelMean the mean of the panel's points, this judge's included
     * @param panelSize how many judges marked this criterion on this attempt
     * @param deviation points − panel mean
     */
    public record Mark(String bib, String name, int attempt, String judge, Criterion criterion, BigDecimal mark,
                       Fraction points, Fraction panelMean, int panelSize, Fraction deviation) {
    }

    /**
     * A time further off the official time than the limit.
     *
     * @param officialTime the official time before penalty seconds (aggregated and rounded, section 3 steps 2-3)
     * @param deviation    time − officialTime, in ms
     */
    public record Time(String bib, String name, int attempt, String timekeeper, long time, long officialTime,
                       long deviation) {
    }
}
