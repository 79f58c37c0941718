package org.podium.exchange.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one workbook, made once (a workbook holds at most 64,000 styles, so never one per cell).
 * Table cells have thin borders for printing; numbers carry their format, so a cell holds the value itself.
 */
final class Styles {
    /** Times are Excel durations: a fraction of a day, shown as minutes, seconds and hundredths. */
    static final String TIME_FORMAT = "[m]:ss.00";
    /** Times kept to the millisecond (a resolution below 10 ms). */
    static final String TIME_FORMAT_MS = "[m]:ss.000";

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle info;
    final CellStyle header;
    final CellStyle text;
    final CellStyle code;
    final CellStyle integer;
    final CellStyle score;
    final CellStyle time;
    final CellStyle mark;
    final CellStyle heading;
    final CellStyle paragraph;
    final CellStyle signature;
    /** Places a score shows. */
    final int decimals;

    /**
     * @param decimals    places of every score (contest.yaml {@code decimals}): format {@code 0.00} for 2
     * @param millisecond whether times need three decimals
     * @param fontName    the font every cell uses
     */
    Styles(Workbook wb, int decimals, boolean millisecond, String fontName) {
        this.decimals = decimals;
        Font plain = font(wb, fontName, 10, false);
        Font bold = font(wb, fontName, 10, true);
        title = plain(wb, font(wb, fontName, 16, true), HorizontalAlignment.CENTER);
        subtitle = plain(wb, font(wb, fontName, 13, true), HorizontalAlignment.CENTER);
        info = plain(wb, plain, HorizontalAlignment.CENTER);
        heading = plain(wb, font(wb, fontName, 11, true), HorizontalAlignment.LEFT);
        paragraph = plain(wb, plain, HorizontalAlignment.LEFT);
        paragraph.setWrapText(true);
        paragraph.setVerticalAlignment(VerticalAlignment.TOP);
        signature = plain(wb, font(wb, fontName, 11, false), HorizontalAlignment.LEFT);
        signature.setVerticalAlignment(VerticalAlignment.BOTTOM);

        header = boxed(wb, bold, HorizontalAlignment.CENTER, null);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = boxed(wb, plain, HorizontalAlignment.LEFT, null);
        code = boxed(wb, plain, HorizontalAlignment.CENTER, null);
        integer = boxed(wb, plain, HorizontalAlignment.CENTER, "0");
        score = boxed(wb, plain, HorizontalAlignment.RIGHT, decimals == 0 ? "0" : "0." + "0".repeat(decimals));
        time = boxed(wb, plain, HorizontalAlignment.RIGHT, millisecond ? TIME_FORMAT_MS : TIME_FORMAT);
        mark = boxed(wb, plain, HorizontalAlignment.RIGHT, "General");
    }

    private static Font font(Workbook wb, String name, int points, boolean bold) {
        Font f = wb.createFont();
        f.setFontName(name);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        return f;
    }

    private static CellStyle plain(Workbook wb, Font font, HorizontalAlignment align) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    private static CellStyle boxed(Workbook wb, Font font, HorizontalAlignment align, String format) {
        CellStyle s = plain(wb, font, align);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        if (format != null) {
            s.setDataFormat(wb.createDataFormat().getFormat(format));
        }
        return s;
    }

    /** The style of a table cell of this kind. */
    CellStyle of(Column.Kind kind) {
        return switch (kind) {
            case TEXT -> text;
            case CODE -> code;
            case INTEGER -> integer;
            case SCORE -> score;
            case TIME -> time;
            case MARK -> mark;
        };
    }
}
