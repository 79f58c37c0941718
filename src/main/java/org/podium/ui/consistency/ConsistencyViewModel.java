package org.podium.ui.consistency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.domain.ConsistencyReport;
import org.podium.domain.Criterion;
import org.podium.domain.Fraction;
import org.podium.domain.NumberText;
import org.podium.domain.Options;
import org.podium.domain.RaceTime;
import org.podium.domain.RoundResult;
import org.podium.service.ConsistencyService;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;

/**
 * The consistency screen (docs/consistency.md): given a round's result ({@link #show}), each judge's mean deviation
 * from the panel per criterion, each timekeeper's from the official time, and the single marks and times further off
 * than three limits the chief can change. The numbers come from {@link ConsistencyService}, computed through the
 * {@link Background}; this class only turns them into rows to show (points with 2 places, deviations of time in whole
 * ms, HALF_UP from the exact values).
 *
 * <p>The limits start at {@link ConsistencyReport.Limits#of} for the event shown and are kept while results of the same
 * event and round come in again, so a live refresh does not undo the chief's choice.
 */
public final class ConsistencyViewModel {
    /** Points are shown with this many places. */
    static final int PLACES = 2;

    private final I18n i18n;
    private final Background background;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final StringProperty measurementPercent = new SimpleStringProperty(this, "measurementPercent", "");
    private final StringProperty judgementLevels = new SimpleStringProperty(this, "judgementLevels", "");
    private final StringProperty timeLimit = new SimpleStringProperty(this, "timeLimit", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper attempts = new ReadOnlyBooleanWrapper(this, "attempts", false);
    private final ReadOnlyObjectWrapper<ConsistencyReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ObservableList<Criterion> criteria = FXCollections.observableArrayList();
    // Read-only views made once and held here: a view made on each call would be collected, and the listeners on it
    // with it (charts that never filled).
    private final ObservableList<Criterion> criteriaView = FXCollections.unmodifiableObservableList(criteria);
    private final ObservableList<JudgeRow> judges = FXCollections.observableArrayList();
    private final ObservableList<JudgeRow> judgesView = FXCollections.unmodifiableObservableList(judges);
    private final ObservableList<TimekeeperRow> timekeepers = FXCollections.observableArrayList();
    private final ObservableList<TimekeeperRow> timekeepersView = FXCollections.unmodifiableObservableList(timekeepers);
    private final ObservableList<MarkRow> marks = FXCollections.observableArrayList();
    private final ObservableList<MarkRow> marksView = FXCollections.unmodifiableObservableList(marks);
    private final ObservableList<TimeRow> times = FXCollections.observableArrayList();
    private final ObservableList<TimeRow> timesView = FXCollections.unmodifiableObservableList(times);
    private RoundResult round;
    private ConsistencyReport.Limits limits;
    private int generation;

    public ConsistencyViewModel(I18n i18n, Background background) {
        this.i18n = i18n;
        this.background = background;
    }

    /**
     * Shows a round (call on the FX thread, whenever its results change). The report is computed through the
     * background; a later call wins over an earlier one still being computed.
     */
    public void show(RoundResult result) {
        Objects.requireNonNull(result, "result");
        boolean same = round != null && round.event().id().equals(result.event().id())
                && round.round().id().equals(result.round().id());
        round = result;
        title.set(i18n.get("consistency.title", result.round().title(result.event().name())));
        if (!same || limits == null) {
            setLimits(ConsistencyReport.Limits.of(result.event()));
        }
        compute();
    }

    /** Shows nothing (no round chosen). */
    public void clear() {
        generation++;
        round = null;
        limits = null;
        title.set("");
        error.set("");
        report.set(null);
        criteria.clear();
        judges.clear();
        timekeepers.clear();
        marks.clear();
        times.clear();
    }

    /**
     * Reads the three limit fields and computes again; a field that is not a number (or is negative) is refused with a
     * message and nothing changes. Full-width digits and a decimal comma are accepted.
     */
    public void applyLimits() {
        BigDecimal percent = number(measurementPercent.get());
        BigDecimal levels = number(judgementLevels.get());
        BigDecimal seconds = number(timeLimit.get());
        if (percent == null || levels == null || seconds == null) {
            error.set(i18n.get("consistency.error.limit"));
            return;
        }
        error.set("");
        ConsistencyReport.Limits wanted = new ConsistencyReport.Limits(percent.movePointLeft(2), levels,
                seconds.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact());
        if (!wanted.equals(limits)) {
            limits = wanted;
            compute();
        }
    }

    /** The limits in effect (a refused edit leaves them as they were); null before the first round. */
    public ConsistencyReport.Limits limits() {
        return limits;
    }

    private static BigDecimal number(String text) {
        try {
            BigDecimal n = new BigDecimal(NumberText.normalise(text == null ? "" : text.trim()));
            return n.signum() < 0 || n.compareTo(BigDecimal.valueOf(1_000_000)) > 0 ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void setLimits(ConsistencyReport.Limits l) {
        limits = l;
        error.set("");
        measurementPercent.set(l.measurementShare().movePointRight(2).stripTrailingZeros().toPlainString());
        judgementLevels.set(l.judgementLevels().stripTrailingZeros().toPlainString());
        timeLimit.set(BigDecimal.valueOf(l.timeMillis()).movePointLeft(3).stripTrailingZeros().toPlainString());
    }

    private void compute() {
        if (round == null) {
            return;
        }
        int ticket = ++generation;
        RoundResult r = round;
        ConsistencyReport.Limits l = limits;
        background.run(() -> ConsistencyService.of(r, l), done -> {
            if (ticket == generation) {
                fill(done);
            }
        }, failed -> {
            if (ticket == generation) {
                error.set(i18n.get("consistency.error.compute", String.valueOf(failed.getMessage())));
            }
        });
    }

    private void fill(ConsistencyReport r) {
        attempts.set(r.event().attempts() > 1);
        criteria.setAll(r.event().quality().criteria());
        List<JudgeRow> judgeRows = new ArrayList<>();
        for (String judge : r.event().judges()) {
            List<Deviation> cells = new ArrayList<>();
            for (ConsistencyReport.JudgeCriterion j : r.judges()) {
                if (j.judge().equals(judge)) {
                    cells.add(new Deviation(j.count(), points(j.signedMean()), points(j.absoluteMean()), j.outliers()));
                }
            }
            judgeRows.add(new JudgeRow(judge, cells));
        }
        judges.setAll(judgeRows);
        List<TimekeeperRow> tkRows = new ArrayList<>();
        for (ConsistencyReport.Timekeeper t : r.timekeepers()) {
            tkRows.add(new TimekeeperRow(t.timekeeper(), new Deviation(t.count(), millis(t.signedMean()),
                    millis(t.absoluteMean()), t.outliers())));
        }
        timekeepers.setAll(tkRows);
        List<MarkRow> markRows = new ArrayList<>();
        for (ConsistencyReport.Mark m : r.marks()) {
            Criterion c = m.criterion();
            String mark = c.kind() == Options.CriterionKind.JUDGEMENT
                    ? i18n.get("consistency.mark.level", m.mark().stripTrailingZeros().toPlainString(), text(points(m.points())))
                    : m.mark().stripTrailingZeros().toPlainString();
            markRows.add(new MarkRow(m.bib(), m.name(), m.attempt(), m.judge(), label(c), mark,
                    text(points(m.panelMean())), m.panelSize(), points(m.deviation())));
        }
        marks.setAll(markRows);
        List<TimeRow> timeRows = new ArrayList<>();
        for (ConsistencyReport.Time t : r.times()) {
            timeRows.add(new TimeRow(t.bib(), t.name(), t.attempt(), t.timekeeper(),
                    RaceTime.ofMillis(t.time()).format(r.event().timing().resolutionMillis()), RaceTime.ofMillis(t.officialTime()).format(r.event().timing().resolutionMillis()), t.deviation()));
        }
        times.setAll(timeRows);
        report.set(r);
    }

    private static BigDecimal points(Fraction f) {
        return f == null ? null : f.round(PLACES, RoundingMode.HALF_UP);
    }

    private static BigDecimal millis(Fraction f) {
        return f == null ? null : f.round(0, RoundingMode.HALF_UP);
    }

    private static String text(BigDecimal n) {
        return n.toPlainString();
    }

    /** A deviation as shown: with its sign (+0.50, -1.25, 0.00), or — when there is none. */
    public static String signed(BigDecimal n) {
        if (n == null) {
            return "—";
        }
        return n.signum() > 0 ? "+" + n.toPlainString() : n.toPlainString();
    }

    /** A value as shown, or — when there is none. */
    public static String plain(BigDecimal n) {
        return n == null ? "—" : n.toPlainString();
    }

    /** How a criterion is named on the screen: its id and name ("C1 螺丝紧固力矩"). */
    public static String label(Criterion c) {
        return c.name() == null || c.name().isEmpty() || c.name().equals(c.id()) ? c.id() : c.id() + " " + c.name();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The limit on measurement criteria, in % of the criterion's max (text as typed). */
    public StringProperty measurementPercentProperty() {
        return measurementPercent;
    }

    /** The limit on judgement criteria, in levels. */
    public StringProperty judgementLevelsProperty() {
        return judgementLevels;
    }

    /** The limit on times, in seconds. */
    public StringProperty timeLimitProperty() {
        return timeLimit;
    }

    /** A refused limit, or a report that could not be computed; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether the event has several attempts (then the lists show each record's attempt). */
    public ReadOnlyBooleanProperty attemptsProperty() {
        return attempts.getReadOnlyProperty();
    }

    /** The report shown, or null before the first one. */
    public ReadOnlyObjectProperty<ConsistencyReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The event's criteria, in its order: the columns of {@link JudgeRow#criteria()}. */
    public ObservableList<Criterion> criteria() {
        return criteriaView;
    }

    /** Every judge of the event, in its order. */
    public ObservableList<JudgeRow> judges() {
        return judgesView;
    }

    /** Every timekeeper of the event, in its order. */
    public ObservableList<TimekeeperRow> timekeepers() {
        return timekeepersView;
    }

    /** The marks further off than the limit. */
    public ObservableList<MarkRow> marks() {
        return marksView;
    }

    /** The times further off than the limit. */
    public ObservableList<TimeRow> times() {
        return timesView;
    }

    /**
     * Mean deviations as shown, rounded; {@code signed} and {@code absolute} are null when nothing was compared.
     * Points with 2 places for a judge, whole ms for a timekeeper.
     */
    public record Deviation(int count, BigDecimal signed, BigDecimal absolute, int outliers) {
    }

    /** A judge's deviations, one per criterion in {@link #criteria()}'s order. */
    public record JudgeRow(String judge, List<Deviation> criteria) {
        public JudgeRow {
            criteria = List.copyOf(criteria);
        }
    }

    /** A timekeeper's deviations, in ms. */
    public record TimekeeperRow(String timekeeper, Deviation deviation) {
    }

    /**
     * A mark further off than the limit.
     *
     * @param mark      as recorded; on a judgement criterion the level with its points ("1 (10.00)")
     * @param panelMean in points, 2 places
     * @param deviation in points, 2 places
     */
    public record MarkRow(String bib, String name, int attempt, String judge, String criterion, String mark,
                          String panelMean, int panelSize, BigDecimal deviation) {
    }

    /**
     * A time further off than the limit.
     *
     * @param time         as the timekeeper recorded it (m:ss.xx)
     * @param officialTime before penalty seconds
     * @param deviation    in ms
     */
    public record TimeRow(String bib, String name, int attempt, String timekeeper, String time, String officialTime,
                          long deviation) {
    }
}
