package org.podium.exchange.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.podium.domain.AwardQuota;
import org.podium.domain.AwardRules;
import org.podium.domain.EntryResult;
import org.podium.domain.Event;
import org.podium.domain.RoundResult;
import org.podium.domain.Tier;
import org.podium.domain.Title;
import org.podium.exchange.ExportInput;
import org.podium.exchange.ExportText;
import org.podium.exchange.Progress;

/**
 * The award list, {@code awards.xlsx}: a sheet per event, from its award round (scoring.md section 10): each prize
 * tier in the contest's order with its winners in ranking order, then each title with its holders, then the quota
 * the tiers were given by. A tier or title that went to nobody says so.
 */
final class AwardListWorkbook extends XlsxFile {
    static final String FILE = "awards.xlsx";

    /** A line of the list: a tier's or title's name and one winner, or null for "nobody". */
    record Winner(String prize, EntryResult entry) {
    }

    AwardListWorkbook(ExportInput input, ExportText i18n) {
        super(input, i18n, FILE);
    }

    @Override
    void fill(SXSSFWorkbook wb, Styles styles, Progress progress) {
        for (Event event : contest.events()) {
            progress.checkCancelled();
            RoundResult round = input.result().round(event.id(), event.awardRound().id());
            if (round != null) {
                eventSheet(wb, styles, event, round, progress);
            }
        }
    }

    private void eventSheet(SXSSFWorkbook wb, Styles styles, Event event, RoundResult round, Progress progress) {
        List<Column<Winner>> cols = columns();
        SheetWriter s = sheet(wb, event.name(), styles, cols.size());
        s.titleBlock(contest.name(), i18n.get("export.title.awards", event.name(), roundName(round.round())), info());
        AwardRules rules = event.awards();
        if (rules.tiers().isEmpty() && rules.titles().isEmpty()) {
            s.line(i18n.get("export.rules.awards.none"), styles.paragraph);
        }
        if (!rules.tiers().isEmpty()) {
            List<Winner> tiers = new ArrayList<>();
            for (Tier t : rules.tiers()) {
                addWinners(tiers, t.name(), round, r -> t.name().equals(r.award()));
            }
            s.table(cols, tiers, progress);
            AwardQuota q = round.quota();
            List<String> counts = new ArrayList<>();
            for (int i = 0; i < rules.tiers().size(); i++) {
                counts.add(i18n.get("export.rules.awards.count", rules.tiers().get(i).name(), q.counts().get(i)));
            }
            s.line(i18n.get("export.awards.quota", q.ranked(), i18n.join(counts)), styles.paragraph);
        }
        if (!rules.titles().isEmpty()) {
            s.blank();
            s.line(i18n.get("export.awards.titles"), styles.heading);
            List<Winner> titles = new ArrayList<>();
            for (Title t : rules.titles()) {
                addWinners(titles, t.name(), round, r -> r.titles().contains(t.name()));
            }
            List<Column<Winner>> titleCols = new ArrayList<>(cols);
            titleCols.set(0, Column.code(i18n.get("export.col.title"), Winner::prize));
            s.table(titleCols, titles, progress);
        }
        s.blank();
        s.signatures(signatureLines());
        publication(s, styles, event, round.round());
        s.finish(i18n, pageHeader(event, round.round()));
    }

    /** The entries of the round that {@code won}, in ranking order, or one "nobody" line. */
    private static void addWinners(List<Winner> out, String prize, RoundResult round,
                                   java.util.function.Predicate<EntryResult> won) {
        int before = out.size();
        for (EntryResult r : round.rows()) {
            if (won.test(r)) {
                out.add(new Winner(prize, r));
            }
        }
        if (out.size() == before) {
            out.add(new Winner(prize, null));
        }
    }

    private List<Column<Winner>> columns() {
        List<Column<Winner>> cols = new ArrayList<>();
        cols.add(Column.code(i18n.get("export.col.award"), Winner::prize));
        cols.add(Column.integer(i18n.get("export.col.rank"), ofWinner(EntryResult::rank)));
        cols.add(Column.code(i18n.get("export.col.bib"), ofWinner(EntryResult::bib)));
        cols.add(Column.text(i18n.get("export.col.name"),
                w -> w.entry() == null ? i18n.get("export.nobody") : w.entry().contestant().name()));
        cols.add(Column.text(i18n.get("export.col.unit"), ofWinner(e -> e.contestant().unit())));
        if (contest.teams() != null) {
            cols.add(Column.text(i18n.get("export.col.team"), ofWinner(e -> e.contestant().team())));
        }
        cols.add(Column.score(i18n.get("export.col.total"), ofWinner(EntryResult::total)));
        return cols;
    }

    /** A winner's value, or an empty cell on a "nobody" line. */
    private static <T> Function<Winner, T> ofWinner(Function<EntryResult, T> value) {
        return w -> w.entry() == null ? null : value.apply(w.entry());
    }
}
