package org.podium.exchange.excel;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.podium.exchange.ExportText;
import org.podium.exchange.Progress;

/**
 * Writes one printable sheet top to bottom (rows are streamed, so each row is written once, in order): a title
 * block, tables, lines of text, signature lines; then {@link #finish} sets column widths and the page: A4
 * landscape, one page wide, the first table's header row repeated on every page, page numbers in the footer.
 */
final class SheetWriter {
    /** Milliseconds per day: an Excel time is a fraction of a day. */
    static final double MILLIS_PER_DAY = 86_400_000.0;
    private static final int MAX_WIDTH = 40;
    private static final int HEADER_WRAP = 8;
    private static final float LINE_POINTS = 14f;
    private static final int CANCEL_CHECK_ROWS = 256;

    private final SXSSFSheet sheet;
    private final Styles styles;
    private final int columns;
    /** Display width of each column in character cells (a Chinese character counts two). */
    private final int[] widths;
    private final boolean[] fixed;
    private int next;
    private int headerRow = -1;

    /** A sheet of {@code columns} columns; titles and lines of text span them all. */
    SheetWriter(SXSSFWorkbook wb, String name, Styles styles, int columns) {
        this.sheet = wb.createSheet(name);
        this.styles = styles;
        this.columns = Math.max(1, columns);
        this.widths = new int[this.columns];
        this.fixed = new boolean[this.columns];
    }

    /** The row index the next write goes to. */
    int nextRow() {
        return next;
    }

    /** Sets a column's width in character cells; tables then leave it as it is. */
    void fixWidth(int column, int chars) {
        widths[column] = chars;
        fixed[column] = true;
    }

    /** The contest's name, what this sheet is, and a line of date, venue and organiser, centred across the page. */
    void titleBlock(String title, String subtitle, String info) {
        line(title, styles.title, 24f);
        line(subtitle, styles.subtitle, 20f);
        line(info, styles.info, 16f);
    }

    /** A line of text spanning every column; wrapped lines get the height their length needs. */
    void line(String text, CellStyle style) {
        int lines = style.getWrapText() ? Math.max(1, (int) Math.ceil(printedWidth(text) / Math.max(1, totalWidth()))) : 1;
        line(text, style, lines * LINE_POINTS + 4f);
    }

    private void line(String text, CellStyle style, float height) {
        Row row = sheet.createRow(next);
        row.setHeightInPoints(height);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (columns > 1) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(next, next, 0, columns - 1));
        }
        next++;
    }

    void blank() {
        next++;
    }

    /** Lines for signatures (already with their blanks), each tall enough to sign on. */
    void signatures(List<String> lines) {
        for (String s : lines) {
            line(s, styles.signature, 30f);
        }
    }

    /**
     * A header row and one row per item. The first table's header is the sheet's print title. Checks for a cancel
     * every few hundred rows.
     */
    <R> void table(List<Column<R>> cols, List<R> rows, Progress progress) {
        if (headerRow < 0) {
            headerRow = next;
        }
        Row header = sheet.createRow(next++);
        int headerLines = 1;
        for (int c = 0; c < cols.size(); c++) {
            String h = cols.get(c).header();
            Cell cell = header.createCell(c);
            cell.setCellValue(h);
            cell.setCellStyle(styles.header);
            if (!fixed[c]) {
                widths[c] = Math.max(widths[c], Math.min(displayWidth(h), HEADER_WRAP));
            }
        }
        int written = 0;
        for (R item : rows) {
            if (++written % CANCEL_CHECK_ROWS == 0) {
                progress.checkCancelled();
            }
            Row row = sheet.createRow(next++);
            for (int c = 0; c < cols.size(); c++) {
                Column<R> col = cols.get(c);
                Cell cell = row.createCell(c);
                cell.setCellStyle(styles.of(col.kind()));
                Object v = col.value().apply(item);
                if (v != null) {
                    int w = put(cell, col.kind(), v, styles.decimals);
                    if (!fixed[c]) {
                        widths[c] = Math.min(MAX_WIDTH, Math.max(widths[c], w));
                    }
                }
            }
        }
        for (int c = 0; c < cols.size(); c++) {
            headerLines = Math.max(headerLines, ceilDiv(displayWidth(cols.get(c).header()), Math.max(1, widths[c])));
        }
        header.setHeightInPoints(headerLines * LINE_POINTS + 6f);
    }

    /** Puts a value in a cell; returns the width it shows in (a score with {@code decimals} places). */
    private static int put(Cell cell, Column.Kind kind, Object v, int decimals) {
        switch (kind) {
            case TEXT, CODE -> {
                String s = (String) v;
                cell.setCellValue(s);
                return displayWidth(s) + 1;
            }
            case INTEGER -> {
                cell.setCellValue(((Integer) v).doubleValue());
                return 4;
            }
            case TIME -> {
                cell.setCellValue(((Long) v) / MILLIS_PER_DAY);
                return 7;
            }
            case SCORE -> {
                BigDecimal d = (BigDecimal) v;
                cell.setCellValue(d.doubleValue());
                return Math.max(4, d.precision() - d.scale() + 1 + decimals);
            }
            case MARK -> {
                BigDecimal d = (BigDecimal) v;
                cell.setCellValue(d.doubleValue());
                return Math.max(4, d.toPlainString().length());
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
    }

    /**
     * Column widths, and the page: A4 landscape, one page wide and as many pages tall as needed, centred, the first
     * table's header repeated on every page, {@code pageHeader} at the top left and page numbers in the footer.
     */
    void finish(ExportText i18n, String pageHeader) {
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, Math.min(255, Math.max(widths[c], 3) + 1) * 256);
        }
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.7);
        sheet.setMargin(PageMargin.BOTTOM, 0.7);
        sheet.setMargin(PageMargin.HEADER, 0.3);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
        sheet.getHeader().setLeft(escape(pageHeader));
        sheet.getFooter().setCenter(i18n.get("export.footer.page"));
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
            sheet.createFreezePane(0, headerRow + 1);
        }
    }

    private int totalWidth() {
        int w = 0;
        for (int c : widths) {
            w += Math.max(c, 3) + 1;
        }
        return w;
    }

    /** '&' starts a code in a page header or footer; a literal one is written twice. */
    private static String escape(String text) {
        return text.replace("&", "&&");
    }

    /**
     * Character cells a text takes: East Asian wide characters (Chinese, full-width forms) count two, and so do the
     * signs a Chinese font draws wide (×, dashes, quotes, arrows).
     */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += cp == 0xD7 || cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2010 && cp <= 0x2E7F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                    || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                    || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    /**
     * The width a text takes in the 10-point font of the cells, in Excel's column units (the width of a digit of
     * the 11-point default font): a wide character about 2, any other about 0.75. For the height of wrapped lines.
     */
    static double printedWidth(String s) {
        int wide = displayWidth(s) - s.codePointCount(0, s.length());
        int narrow = s.codePointCount(0, s.length()) - wide;
        return wide * 2.0 + narrow * 0.75;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
