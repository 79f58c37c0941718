package org.podium.exchange.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.podium.domain.Contest;
import org.podium.domain.Event;
import org.podium.domain.Round;
import org.podium.exchange.ExportFile;
import org.podium.exchange.ExportInput;
import org.podium.exchange.ExportText;
import org.podium.exchange.Progress;

/**
 * An .xlsx file of an export: a streaming workbook (POI's SXSSF: rows go to a temporary file as they are written, so
 * a 2,000-entry round takes little memory and time), its styles, and what every sheet of Podium starts and ends with.
 */
abstract class XlsxFile implements ExportFile {
    /** Rows kept in memory per sheet before they are flushed. */
    private static final int WINDOW = 200;

    final ExportInput input;
    final Contest contest;
    final ExportText i18n;
    private final String fileName;
    private final Set<String> sheetNames = new HashSet<>();

    XlsxFile(ExportInput input, ExportText i18n, String fileName) {
        this.input = input;
        this.contest = input.contest();
        this.i18n = i18n;
        this.fileName = fileName;
    }

    @Override
    public final String fileName() {
        return fileName;
    }

    @Override
    public final void write(OutputStream out, Progress progress) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        try {
            sheetNames.clear();
            fill(wb, new Styles(wb, contest.decimals(), millisecondTimes(), i18n.get("export.font")), progress);
            progress.checkCancelled();
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /** Writes every sheet. */
    abstract void fill(SXSSFWorkbook wb, Styles styles, Progress progress);

    /** Whether times need three decimals to show as recorded; by default they show hundredths. */
    boolean millisecondTimes() {
        return false;
    }

    /** A new sheet with a name Excel accepts (31 characters, no []:*?/\), unique in this workbook. */
    SheetWriter sheet(SXSSFWorkbook wb, String name, Styles styles, int columns) {
        String base = WorkbookUtil.createSafeSheetName(name);
        String unique = base;
        for (int n = 2; !sheetNames.add(unique.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            unique = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return new SheetWriter(wb, unique, styles, columns);
    }

    /** The date, venue and organiser line under a sheet's title. */
    String info() {
        return i18n.get("export.header.info", i18n.date(contest.date()), nz(contest.venue()), nz(contest.organiser()));
    }

    String roundName(Round round) {
        return round.nameOr(""); // an event's one unnamed round: the event alone (issue 15 point 7)
    }

    /** The page header of a round's sheets: contest, event, round. */
    String pageHeader(Event event, Round round) {
        return i18n.get("export.pageHeader", contest.name(), event.name(), round == null ? "" : roundName(round));
    }

    /** A group of officials who sign a sheet: the label's key and their ids. */
    record Signers(String labelKey, List<String> ids) {
    }

    /**
     * The signature lines of a sheet: for each group of officials, the label and a blank to sign on beside each id
     * (a group without officials is left out); last the chief judge's, with the date.
     */
    List<String> signatureLines(Signers... groups) {
        List<String> lines = new java.util.ArrayList<>();
        for (Signers g : groups) {
            if (!g.ids().isEmpty()) {
                lines.add(i18n.get(g.labelKey(), String.join(i18n.get("export.sign.gap"), g.ids().stream().map(o -> i18n.get("export.sign.slot", o)).toList())));
            }
        }
        lines.add(i18n.get("export.sign.chief"));
        return lines;
    }

    /**
     * Under the signatures of a round's sheet: the seal of the round's publish row, or that the results are provisional
     * (from the database, round not published); nothing for results from score files alone.
     */
    void publication(SheetWriter sheet, Styles styles, Event event, Round round) {
        i18n.publication(input.publication(), event.id(), round.id()).ifPresent(line -> {
            sheet.blank();
            sheet.line(line, styles.heading);
        });
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
