package org.podium.exchange.excel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.podium.domain.AttemptResult;
import org.podium.domain.Component;
import org.podium.domain.Contest;
import org.podium.domain.Criterion;
import org.podium.domain.EntryResult;
import org.podium.domain.Event;
import org.podium.domain.Fraction;
import org.podium.domain.Penalty;
import org.podium.domain.RoundResult;
import org.podium.exchange.ExportText;

/**
 * The columns of a round's sheets, chosen from the event's settings: a timekeeper column per timekeeper, a judge
 * column per judge, a column per used component (scoring.md section 8: an unused component is not shown), awards on
 * the award round, advancement on a round with a next one. Every cell is a value of the engine's result records.
 */
final class RoundColumns {
    /** One judge's sheet of one attempt of an entry: a line of the marks sheet. */
    record MarkLine(EntryResult entry, AttemptResult attempt, String judge) {
    }

    /** One attempt of an entry: a line of the attempts sheet (events with several attempts). */
    record AttemptLine(EntryResult entry, AttemptResult attempt) {
    }

    /** Places a judge's exact sheet points are kept to in a cell; the cell shows the contest's decimals. */
    private static final int SHEET_POINT_PLACES = 6;

    private final Contest contest;
    private final RoundResult round;
    private final Event event;
    private final ExportText i18n;

    RoundColumns(Contest contest, RoundResult round, ExportText i18n) {
        this.contest = contest;
        this.round = round;
        this.event = round.event();
        this.i18n = i18n;
    }

    /**
     * The attempt whose records an entry's row shows: its only attempt, or the counting one of a ranked entry of an
     * event with several attempts; null for an unranked entry of such an event (its attempts sheet lines show them).
     */
    static AttemptResult shown(EntryResult r) {
        if (r.attempts().size() == 1) {
            return r.attempts().get(0);
        }
        return r.countingAttempt() == null ? null : r.attempts().get(r.countingAttempt() - 1);
    }

    /** The result sheet: one row per entry, in the ranking's order. */
    List<Column<EntryResult>> results() {
        List<Column<EntryResult>> cols = new ArrayList<>(identity(e -> e));
        cols.add(Column.text(i18n.get("export.col.unit"), r -> r.contestant().unit()));
        if (showTeams()) {
            cols.add(Column.text(i18n.get("export.col.team"), r -> r.contestant().team()));
        }
        if (event.attempts() > 1) {
            cols.add(Column.integer(i18n.get("export.col.countingAttempt"), EntryResult::countingAttempt));
        }
        cols.addAll(timing(RoundColumns::shown));
        if (!event.timekeepers().isEmpty()) {
            cols.add(Column.time(i18n.get("export.col.officialTime"), EntryResult::officialTime));
        }
        if (event.uses(Component.TIME)) {
            cols.add(Column.score(i18n.get("export.col.timeScore"), EntryResult::timeScore));
        }
        cols.addAll(judging(RoundColumns::shown));
        if (event.uses(Component.QUALITY)) {
            cols.add(Column.score(i18n.get("export.col.quality"), EntryResult::qualityScore));
        }
        if (event.uses(Component.THEORY)) {
            cols.add(Column.score(i18n.get("export.col.theory"), EntryResult::theoryScore));
        }
        cols.addAll(penalties(RoundColumns::shown, EntryResult::penaltyPoints));
        cols.add(Column.score(i18n.get("export.col.total"), EntryResult::total));
        if (round.awardRound() && !event.awards().tiers().isEmpty()) {
            cols.add(Column.code(i18n.get("export.col.award"), EntryResult::award));
        }
        if (round.awardRound() && !event.awards().titles().isEmpty()) {
            cols.add(Column.text(i18n.get("export.col.titles"), r -> i18n.join(r.titles())));
        }
        cols.add(Column.code(i18n.get("export.col.status"), r -> i18n.status(r.status())));
        cols.add(Column.text(i18n.get("export.col.flags"), r -> i18n.flags(r.flags())));
        if (!isLastRound()) {
            cols.add(Column.code(i18n.get("export.col.advances"), r -> r.advances() ? i18n.get("export.advances") : null));
        }
        return cols;
    }

    /** The marks sheet: each judge's marks per criterion, as recorded, and the sheet's points. */
    List<Column<MarkLine>> marks() {
        List<Column<MarkLine>> cols = new ArrayList<>(identity(MarkLine::entry));
        if (event.attempts() > 1) {
            cols.add(Column.integer(i18n.get("export.col.attempt"), m -> m.attempt().number()));
        }
        cols.add(Column.code(i18n.get("export.col.judge"), MarkLine::judge));
        List<Criterion> criteria = event.quality().criteria();
        for (int i = 0; i < criteria.size(); i++) {
            int at = i;
            Criterion c = criteria.get(i);
            String name = c.name() == null || c.name().isBlank() ? c.id() : c.id() + " " + c.name();
            cols.add(Column.mark(name, m -> m.attempt().marks().get(m.judge()).get(at)));
        }
        cols.add(Column.score(i18n.get("export.col.sheetPoints"), m -> points(m.attempt().sheetTotals().get(m.judge()))));
        return cols;
    }

    /** Every line of the marks sheet: entries in ranking order, their attempts, the judges in the event's order. */
    List<MarkLine> markLines() {
        List<MarkLine> lines = new ArrayList<>();
        for (EntryResult r : round.rows()) {
            for (AttemptResult a : r.attempts()) {
                for (String judge : event.judges()) {
                    if (a.marks().containsKey(judge)) {
                        lines.add(new MarkLine(r, a, judge));
                    }
                }
            }
        }
        return lines;
    }

    /** The attempts sheet of an event with several attempts: every attempt scored on its own (section 14). */
    List<Column<AttemptLine>> attempts() {
        List<Column<AttemptLine>> cols = new ArrayList<>(identity(AttemptLine::entry));
        cols.add(Column.integer(i18n.get("export.col.attempt"), a -> a.attempt().number()));
        cols.addAll(timing(AttemptLine::attempt));
        if (!event.timekeepers().isEmpty()) {
            cols.add(Column.time(i18n.get("export.col.officialTime"), a -> a.attempt().officialTime()));
        }
        if (event.uses(Component.TIME)) {
            cols.add(Column.score(i18n.get("export.col.timeScore"), a -> a.attempt().timeScore()));
        }
        cols.addAll(judging(AttemptLine::attempt));
        if (event.uses(Component.QUALITY)) {
            cols.add(Column.score(i18n.get("export.col.quality"), a -> a.attempt().qualityScore()));
        }
        cols.addAll(penalties(AttemptLine::attempt, a -> a.attempt().penaltyPoints()));
        cols.add(Column.score(i18n.get("export.col.total"), a -> a.attempt().total()));
        cols.add(Column.code(i18n.get("export.col.status"), a -> i18n.status(a.attempt().status())));
        cols.add(Column.text(i18n.get("export.col.flags"), a -> i18n.flags(a.attempt().flags())));
        cols.add(Column.code(i18n.get("export.col.counts"), a -> a.attempt().number() == nz(a.entry().countingAttempt())
                ? i18n.get("export.counts") : null));
        return cols;
    }

    List<AttemptLine> attemptLines() {
        List<AttemptLine> lines = new ArrayList<>();
        for (EntryResult r : round.rows()) {
            for (AttemptResult a : r.attempts()) {
                lines.add(new AttemptLine(r, a));
            }
        }
        return lines;
    }

    private static int nz(Integer i) {
        return i == null ? 0 : i;
    }

    private <R> List<Column<R>> identity(Function<R, EntryResult> entry) {
        return List.of(
                Column.integer(i18n.get("export.col.rank"), r -> entry.apply(r).rank()),
                Column.code(i18n.get("export.col.bib"), r -> entry.apply(r).bib()),
                Column.text(i18n.get("export.col.name"), r -> entry.apply(r).contestant().name()));
    }

    /** A column per timekeeper (that timekeeper's complete total), then the laps aggregated lap by lap. */
    private <R> List<Column<R>> timing(Function<R, AttemptResult> attempt) {
        List<Column<R>> cols = new ArrayList<>();
        for (String tk : event.timekeepers()) {
            cols.add(Column.time(i18n.get("export.col.timekeeper", tk), r -> {
                AttemptResult a = attempt.apply(r);
                return a == null ? null : a.timekeeperTimes().get(tk);
            }));
        }
        if (event.laps() > 1) {
            for (int lap = 1; lap <= event.laps(); lap++) {
                int at = lap - 1;
                cols.add(Column.time(i18n.get("export.col.lap", lap), r -> {
                    AttemptResult a = attempt.apply(r);
                    return a == null || a.laps().size() <= at ? null : a.laps().get(at);
                }));
            }
        }
        return cols;
    }

    /** A column per judge: the points of that judge's complete sheet. */
    private <R> List<Column<R>> judging(Function<R, AttemptResult> attempt) {
        List<Column<R>> cols = new ArrayList<>();
        if (event.quality().criteria().isEmpty()) {
            return cols;
        }
        for (String judge : event.judges()) {
            cols.add(Column.score(i18n.get("export.col.judge.total", judge), r -> {
                AttemptResult a = attempt.apply(r);
                return a == null ? null : points(a.sheetTotals().get(judge));
            }));
        }
        return cols;
    }

    /** Penalty points (when a penalty takes points) and the counts per code (when the event has penalties). */
    private <R> List<Column<R>> penalties(Function<R, AttemptResult> attempt, Function<R, BigDecimal> points) {
        List<Column<R>> cols = new ArrayList<>();
        if (event.penalties().isEmpty()) {
            return cols;
        }
        if (event.penalties().stream().anyMatch(p -> p.points() != null)) {
            cols.add(Column.score(i18n.get("export.col.penaltyPoints"), points));
        }
        cols.add(Column.code(i18n.get("export.col.penalties"), r -> {
            AttemptResult a = attempt.apply(r);
            return a == null ? null : counts(a.penaltyCounts());
        }));
        return cols;
    }

    private String counts(Map<String, Integer> byCode) {
        List<String> items = new ArrayList<>();
        for (Penalty p : event.penalties()) {
            Integer n = byCode.get(p.code());
            if (n != null) {
                items.add(i18n.get("export.penalty.count", p.code(), n));
            }
        }
        return i18n.join(items);
    }

    /** A judge's exact sheet points for a cell (to {@value #SHEET_POINT_PLACES} places; shown with decimals). */
    private static BigDecimal points(Fraction f) {
        return f == null ? null : f.round(SHEET_POINT_PLACES, RoundingMode.HALF_UP);
    }

    private boolean showTeams() {
        if (contest.teams() != null) {
            return true;
        }
        for (EntryResult r : round.rows()) {
            if (!r.contestant().team().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    boolean isLastRound() {
        List<org.podium.domain.Round> rounds = event.rounds();
        return rounds.indexOf(round.round()) == rounds.size() - 1;
    }
}
