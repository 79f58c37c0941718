package org.podium.exchange.excel;

import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.podium.domain.AttemptResult;
import org.podium.domain.EntryResult;
import org.podium.domain.Event;
import org.podium.domain.RoundResult;
import org.podium.exchange.ExportInput;
import org.podium.exchange.ExportText;
import org.podium.exchange.HowScored;
import org.podium.exchange.Progress;

/**
 * The result sheet of one round of one event, {@code results-EVENT-ROUND.xlsx}: the ranking with every timekeeper's
 * time and every judge's points (sheet 1, signed by the officials), each judge's marks per criterion (sheet 2, when
 * the event has criteria), every attempt (when the event has several), and how the round was scored, in words.
 */
final class ResultWorkbook extends XlsxFile {
    private final RoundResult round;
    private final Event event;

    ResultWorkbook(ExportInput input, RoundResult round, ExportText i18n) {
        super(input, i18n, "results-" + round.event().id() + "-" + round.round().id() + ".xlsx");
        this.round = round;
        this.event = round.event();
    }

    @Override
    boolean millisecondTimes() {
        if (event.timing().resolutionMillis() % 10 != 0) {
            return true;
        }
        for (EntryResult r : round.rows()) {
            for (AttemptResult a : r.attempts()) {
                for (Long t : a.timekeeperTimes().values()) {
                    if (t % 10 != 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Override
    void fill(SXSSFWorkbook wb, Styles styles, Progress progress) {
        RoundColumns columns = new RoundColumns(contest, round, i18n);
        String header = pageHeader(event, round.round());

        List<Column<EntryResult>> cols = columns.results();
        SheetWriter results = sheet(wb, i18n.get("export.sheet.results"), styles, cols.size());
        results.titleBlock(contest.name(), subtitle("export.title.results"), info());
        results.table(cols, round.rows(), progress);
        results.blank();
        results.signatures(signatureLines(new Signers("export.sign.timekeepers", event.timekeepers()),
                new Signers("export.sign.judges", event.judges())));
        publication(results, styles, event, round.round());
        results.finish(i18n, header);

        if (!event.quality().criteria().isEmpty()) {
            List<Column<RoundColumns.MarkLine>> markCols = columns.marks();
            SheetWriter marks = sheet(wb, i18n.get("export.sheet.marks"), styles, markCols.size());
            marks.titleBlock(contest.name(), subtitle("export.title.marks"), info());
            marks.table(markCols, columns.markLines(), progress);
            marks.blank();
            marks.signatures(signatureLines(new Signers("export.sign.judges", event.judges())));
            marks.finish(i18n, header);
        }

        if (event.attempts() > 1) {
            List<Column<RoundColumns.AttemptLine>> attemptCols = columns.attempts();
            SheetWriter attempts = sheet(wb, i18n.get("export.sheet.attempts"), styles, attemptCols.size());
            attempts.titleBlock(contest.name(), subtitle("export.title.attempts"), info());
            attempts.table(attemptCols, columns.attemptLines(), progress);
            attempts.finish(i18n, header);
        }

        rulesSheet(wb, styles, subtitle("export.title.rules"), HowScored.of(contest, round, i18n), header);
    }

    /** A sheet of the rules in words: one wide column of headings and paragraphs. */
    private void rulesSheet(SXSSFWorkbook wb, Styles styles, String subtitle, List<HowScored.Line> lines, String pageHeader) {
        SheetWriter s = sheet(wb, i18n.get("export.sheet.rules"), styles, 1);
        s.fixWidth(0, 110);
        s.titleBlock(contest.name(), subtitle, info());
        for (HowScored.Line line : lines) {
            if (line.heading()) {
                s.blank();
            }
            s.line(line.text(), line.heading() ? styles.heading : styles.paragraph);
        }
        s.finish(i18n, pageHeader);
    }

    private String subtitle(String key) {
        return i18n.get(key, event.name(), roundName(round.round()));
    }
}
