package org.podium.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.podium.domain.ArrayView;
import org.podium.domain.AttemptResult;
import org.podium.domain.Component;
import org.podium.domain.Criterion;
import org.podium.domain.Decimals;
import org.podium.domain.Event;
import org.podium.domain.Flag;
import org.podium.domain.Fraction;
import org.podium.domain.Options;
import org.podium.domain.SmallMap;
import org.podium.domain.Penalty;
import org.podium.domain.Status;

/**
 * Scores one attempt of one entry from its records: official time (section 3), quality (5), penalties
 * (7), status (2), and, once the round's best time is known, time score (4) and total (8).
 */
final class AttemptScorer {
    private AttemptScorer() {
    }

    /** What can be worked out of one attempt without looking at other entries. */
    static final class Draft {
        final int number;
        Map<String, Long> timekeeperTimes = SmallMap.of();
        final List<Long> laps = new ArrayList<>();
        Map<String, Fraction> sheetTotals = SmallMap.of();
        /** judge -> the marks of its sheet, read-only views of the records' arrays (never changed once drafted). */
        Map<String, List<BigDecimal>> marks = SmallMap.of();
        /** code -> the count every official's record adds up to, codes counting 0 left out. */
        Map<String, Integer> penaltyCounts = SmallMap.of();
        Long officialTime;
        BigDecimal qualityScore;
        /** Exact; the row shows it rounded to decimals. */
        BigDecimal penaltyPoints = BigDecimal.ZERO;
        final EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        Status status;
        BigDecimal timeScore;
        BigDecimal total;

        Draft(int number) {
            this.number = number;
        }

        AttemptResult result(int decimals) {
            return new AttemptResult(number, status, timekeeperTimes, laps, sheetTotals, marks, officialTime, timeScore,
                    qualityScore, Decimals.shared(penaltyPoints.setScale(decimals, RoundingMode.HALF_UP)), penaltyCounts, total,
                    List.copyOf(flags));
        }
    }

    static Draft draft(Event event, int decimals, EntryRecords.Attempt rec, int number, boolean hasTheory, Points points) {
        Draft d = new Draft(number);
        timing(event, rec, d);
        quality(event, decimals, rec, d, points);
        penalties(event, decimals, rec, d);
        d.status = status(event, rec, d, hasTheory);
        return d;
    }

    // ---- section 3: official time ----

    private static void timing(Event event, EntryRecords.Attempt rec, Draft d) {
        int laps = event.laps();
        List<String> timekeepers = event.timekeepers();
        long[] totals = new long[timekeepers.size()];
        int count = 0;
        long fastest = Long.MAX_VALUE;
        long slowest = Long.MIN_VALUE;
        SmallMap.Builder<String, Long> times = new SmallMap.Builder<>(timekeepers.size());
        for (int k = 0; k < timekeepers.size(); k++) {
            String tk = timekeepers.get(k);
            Long total = rec.times[k] == EntryRecords.NO_TIME ? null : rec.times[k];
            if (total == null) {
                Map<Integer, Long> splits = rec.laps(tk);
                if (splits != null && hasAllLaps(splits, laps)) {
                    total = splits.get(laps);
                }
            }
            if (total != null) {
                times.put(tk, total);
                totals[count++] = total;
                fastest = Math.min(fastest, total);
                slowest = Math.max(slowest, total);
            }
        }
        d.timekeeperTimes = times.build(rec.layout.timekeeperNames);
        if (count >= 2 && slowest - fastest > event.timing().toleranceMillis()) {
            d.flags.add(Flag.TIME_SPREAD);
        }
        if (count > 0 && count >= event.timing().required()) {
            long time = roundTime(aggregate(event.timing().aggregate(), totals, count), event);
            for (Map.Entry<String, Map<String, Integer>> p : rec.penalties().entrySet()) {
                Penalty penalty = event.penalty(p.getKey());
                if (penalty != null && penalty.secondsMillis() != null) {
                    time += penalty.secondsMillis() * count(p.getValue());
                }
            }
            d.officialTime = time;
        }
        if (laps > 1) {
            for (int lap = 1; lap <= laps; lap++) {
                List<Fraction> splits = new ArrayList<>();
                for (String tk : event.timekeepers()) {
                    Map<Integer, Long> s = rec.laps(tk);
                    if (s != null && s.get(lap) != null) {
                        splits.add(Fraction.of(s.get(lap)));
                    }
                }
                d.laps.add(splits.isEmpty() ? null : roundTime(aggregate(event.timing().aggregate(), splits), event));
            }
        }
    }

    private static boolean hasAllLaps(Map<Integer, Long> splits, int laps) {
        for (int lap = 1; lap <= laps; lap++) {
            if (!splits.containsKey(lap)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #aggregate(Options.TimeAggregate, List)} of the first {@code n} whole times of {@code ms} (sorted here),
     * worked out in longs: the same exact value, without a Fraction per time (issue 17).
     */
    static Fraction aggregate(Options.TimeAggregate how, long[] ms, int n) {
        java.util.Arrays.sort(ms, 0, n);
        return switch (how) {
            case MEDIAN -> n % 2 == 1 ? Fraction.of(ms[n / 2]) : Fraction.of(ms[n / 2 - 1] + ms[n / 2], 2);
            case MEAN -> Fraction.of(sum(ms, 0, n), n);
            case TRIMMED_MEAN -> n < 3 ? Fraction.of(sum(ms, 0, n), n) : Fraction.of(sum(ms, 1, n - 1), n - 2);
            case ATHLETICS -> Fraction.of(ms[n / 2]);
        };
    }

    private static long sum(long[] ms, int from, int to) {
        long s = 0;
        for (int i = from; i < to; i++) {
            s = Math.addExact(s, ms[i]);
        }
        return s;
    }

    static Fraction aggregate(Options.TimeAggregate how, List<Fraction> values) {
        return switch (how) {
            case MEDIAN -> Aggregation.median(values);
            case MEAN -> Aggregation.mean(values);
            case TRIMMED_MEAN -> Aggregation.trimmedMean(values, 1);
            case ATHLETICS -> Aggregation.athletics(values);
        };
    }

    /** Rounds an exact time in ms to the timing resolution by the event's rounding (section 3 step 3). */
    static long roundTime(Fraction ms, Event event) {
        int res = event.timing().resolutionMillis();
        RoundingMode mode = switch (event.timing().rounding()) {
            case HALF_UP -> RoundingMode.HALF_UP;
            case UP -> RoundingMode.CEILING;
            case DOWN -> RoundingMode.FLOOR;
        };
        return ms.divide(res).round(0, mode).longValueExact() * res;
    }

    private static int count(Map<String, Integer> byOfficial) {
        int n = 0;
        for (int c : byOfficial.values()) {
            n += c;
        }
        return n;
    }

    // ---- section 5: quality ----

    private static void quality(Event event, int decimals, EntryRecords.Attempt rec, Draft d, Points points) {
        List<Criterion> criteria = event.quality().criteria();
        if (criteria.isEmpty()) {
            return;
        }
        int n = criteria.size();
        List<BigDecimal[]> complete = new ArrayList<>();
        List<String> judges = event.judges();
        SmallMap.Builder<String, List<BigDecimal>> marks = new SmallMap.Builder<>(judges.size());
        SmallMap.Builder<String, Fraction> sheetTotals = new SmallMap.Builder<>(judges.size());
        for (int j = 0; j < judges.size(); j++) {
            String judge = judges.get(j);
            BigDecimal[] sheet = rec.marks[j];
            if (sheet != null) {
                marks.put(judge, ArrayView.of(sheet));
            }
            if (sheet != null && complete(sheet)) {
                complete.add(sheet);
                Fraction total = Fraction.ZERO;
                for (int i = 0; i < n; i++) {
                    total = total.add(points.of(i, criteria.get(i), sheet[i]));
                }
                sheetTotals.put(judge, total);
            }
        }
        d.marks = marks.build(rec.layout.judgeNames);
        d.sheetTotals = sheetTotals.build(rec.layout.judgeNames);
        for (int i = 0; i < n && complete.size() >= 2; i++) {
            Criterion c = criteria.get(i);
            BigDecimal lo = null;
            BigDecimal hi = null;
            for (BigDecimal[] sheet : complete) {
                BigDecimal m = sheet[i];
                lo = lo == null || m.compareTo(lo) < 0 ? m : lo;
                hi = hi == null || m.compareTo(hi) > 0 ? m : hi;
            }
            BigDecimal spread = hi.subtract(lo);
            if (c.kind() == Options.CriterionKind.JUDGEMENT) {
                if (spread.compareTo(BigDecimal.valueOf(c.maxSpread())) > 0) {
                    d.flags.add(Flag.JUDGE_SPREAD);
                }
            } else if (event.quality().tolerance() != null && spread.compareTo(event.quality().tolerance()) > 0) {
                d.flags.add(Flag.JUDGE_SPREAD);
            }
        }
        if (!event.uses(Component.QUALITY) || complete.isEmpty() || complete.size() < event.quality().required()) {
            return;
        }
        Fraction q;
        if (event.quality().level() == Options.QualityLevel.TOTAL) {
            q = aggregate(event.quality(), new ArrayList<>(d.sheetTotals.values()));
        } else {
            q = Fraction.ZERO;
            for (int i = 0; i < n; i++) {
                List<Fraction> pts = new ArrayList<>(complete.size());
                for (BigDecimal[] sheet : complete) {
                    pts.add(points.of(i, criteria.get(i), sheet[i]));
                }
                q = q.add(aggregate(event.quality(), pts));
            }
        }
        d.qualityScore = q.multiply(100).divide(points.maxPoints(event)).round(decimals, RoundingMode.HALF_UP);
    }

    /** A sheet holds one mark for every criterion. */
    private static boolean complete(BigDecimal[] sheet) {
        for (BigDecimal m : sheet) {
            if (m == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * What one drafting thread works out once for a round's event and then reuses: a mark's points, remembered per
     * criterion and mark (a round has few distinct marks and many sheets; the fact table gives every sheet's small marks
     * as shared objects, so they are found by identity first, any other mark by value), the quality maximum and the
     * {@link EntryRecords.Layout}. One event, one thread.
     */
    static final class Points {
        private static final int SAME_OBJECTS = 4096;
        private final List<java.util.IdentityHashMap<BigDecimal, Fraction>> same = new ArrayList<>();
        private final List<Map<BigDecimal, Fraction>> known = new ArrayList<>();
        private EntryRecords.Layout layout;

        private Fraction maxPoints;

        /** The event's quality maximum (the sum of its criteria's), worked out once. */
        Fraction maxPoints(Event event) {
            if (maxPoints == null) {
                maxPoints = Fraction.of(event.quality().maxPoints());
            }
            return maxPoints;
        }

        /** The event's layout for this thread's entries (one event's round at a time). */
        EntryRecords.Layout layout(Event event) {
            if (layout == null) {
                layout = new EntryRecords.Layout(event);
            }
            return layout;
        }

        /** The points of {@code mark} on {@code c}, the criterion at {@code index} in the event's list. */
        Fraction of(int index, Criterion c, BigDecimal mark) {
            while (known.size() <= index) {
                known.add(new java.util.HashMap<>());
                same.add(new java.util.IdentityHashMap<>());
            }
            java.util.IdentityHashMap<BigDecimal, Fraction> byObject = same.get(index);
            Fraction p = byObject.get(mark);
            if (p != null) {
                return p;
            }
            Map<BigDecimal, Fraction> byMark = known.get(index);
            p = byMark.get(mark);
            if (p == null) {
                p = points(c, mark);
                byMark.put(mark, p);
            }
            if (byObject.size() < SAME_OBJECTS) { // marks made one per sheet (large ones) are not kept by object
                byObject.put(mark, p);
            }
            return p;
        }
    }

    /** A mark's points: a judgement mark is worth mark x max / scale (exact). */
    static Fraction points(Criterion c, BigDecimal mark) {
        if (c.kind() == Options.CriterionKind.JUDGEMENT) {
            return Fraction.of(mark.multiply(c.max())).divide(c.scale());
        }
        return Fraction.of(mark);
    }

    private static Fraction aggregate(org.podium.domain.QualityRules rules, List<Fraction> values) {
        return switch (rules.aggregate()) {
            case MEAN -> Aggregation.mean(values);
            case MEDIAN -> Aggregation.median(values);
            case TRIMMED_MEAN -> Aggregation.trimmedMean(values, rules.trim());
        };
    }

    // ---- section 7: point penalties ----

    private static void penalties(Event event, int decimals, EntryRecords.Attempt rec, Draft d) {
        BigDecimal points = BigDecimal.ZERO;
        for (Map.Entry<String, Map<String, Integer>> p : rec.penalties().entrySet()) {
            Penalty penalty = event.penalty(p.getKey());
            if (penalty != null && penalty.points() != null) {
                points = points.add(penalty.points().multiply(BigDecimal.valueOf(count(p.getValue()))));
            }
        }
        d.penaltyPoints = points;
        if (!rec.penalties().isEmpty()) {
            SmallMap.Builder<String, Integer> counts = new SmallMap.Builder<>(event.penalties().size());
            for (Penalty penalty : event.penalties()) {
                Map<String, Integer> byOfficial = rec.penalties().get(penalty.code());
                int n = byOfficial == null ? 0 : count(byOfficial);
                if (n != 0) {
                    counts.put(penalty.code(), n);
                }
            }
            d.penaltyCounts = counts.build(new Object[0]);
        }
    }

    // ---- section 2: status of an attempt ----

    private static Status status(Event event, EntryRecords.Attempt rec, Draft d, boolean hasTheory) {
        if (rec.recordedStatus != null) {
            return rec.recordedStatus;
        }
        if (!rec.hasRecord) {
            return Status.DNS;
        }
        Long limit = event.timing().limitMillis();
        if (d.officialTime != null && limit != null && d.officialTime > limit
                && event.timing().overLimit() == Options.OverLimit.DNF) {
            return Status.DNF;
        }
        if (event.uses(Component.TIME) && d.officialTime == null
                || event.uses(Component.QUALITY) && d.qualityScore == null
                || event.uses(Component.THEORY) && !hasTheory) {
            return Status.INCOMPLETE;
        }
        return Status.OK;
    }

    // ---- sections 4 and 8: time score and total, once the round's best time is known ----

    /** An event's weights, looked up once for a round (null where the event does not use the component). */
    record Weights(BigDecimal time, BigDecimal quality, BigDecimal theory) {
        static Weights of(Event event) {
            return new Weights(event.weights().get(Component.TIME), event.weights().get(Component.QUALITY),
                    event.weights().get(Component.THEORY));
        }
    }

    static void finish(Event event, Weights w, int decimals, Draft d, Long best, BigDecimal theoryScore) {
        BigDecimal total = BigDecimal.ZERO;
        if (w.time() != null) {
            d.timeScore = timeScore(event, decimals, d.officialTime, best);
            total = total.add(w.time().multiply(d.timeScore));
        }
        if (w.quality() != null) {
            total = total.add(w.quality().multiply(d.qualityScore));
        }
        if (w.theory() != null) {
            total = total.add(w.theory().multiply(theoryScore));
        }
        total = total.subtract(d.penaltyPoints).setScale(decimals, RoundingMode.HALF_UP);
        d.total = total.signum() < 0 ? BigDecimal.ZERO.setScale(decimals) : Decimals.shared(total);
    }

    /** Section 4, rounded. {@code t} is the official time of an OK attempt. */
    static BigDecimal timeScore(Event event, int decimals, long t, Long best) {
        Long limit = event.timing().limitMillis();
        if (limit != null && t > limit && event.timing().overLimit() == Options.OverLimit.ZERO) {
            return BigDecimal.ZERO.setScale(decimals);
        }
        Long standard = event.timeScore().standardMillis();
        Fraction score = switch (event.timeScore().method()) {
            case RATIO_TO_BEST -> Fraction.of(100 * best).divide(t);
            case LINEAR -> {
                if (t <= standard) {
                    yield Fraction.of(100);
                } else if (t >= limit) {
                    yield Fraction.ZERO;
                }
                yield Fraction.of(100 * (limit - t)).divide(limit - standard);
            }
            case DEDUCT -> {
                if (t <= standard) {
                    yield Fraction.of(100);
                }
                Fraction s = Fraction.of(100).subtract(
                        Fraction.of(event.timeScore().pointsPerSecond()).multiply(t - standard).divide(1000));
                yield s.signum() < 0 ? Fraction.ZERO : s;
            }
        };
        return score.round(decimals, RoundingMode.HALF_UP);
    }

    static BigDecimal theoryScore(Event event, int decimals, BigDecimal raw) {
        return Fraction.of(raw).multiply(100).divide(Fraction.of(event.theoryMax())).round(decimals, RoundingMode.HALF_UP);
    }

}
