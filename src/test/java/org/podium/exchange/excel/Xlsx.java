package org.podium.exchange.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.podium.exchange.ExportFile;
import org.podium.exchange.Progress;

/** Test helper: writes an export file to memory and reads it back with POI's plain (non-streaming) reader. */
final class Xlsx {
    private Xlsx() {
    }

    static XSSFWorkbook write(ExportFile file) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            file.write(out, Progress.NONE);
            return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index of the first row whose first cell holds {@code text}. */
    static int rowStarting(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row starts with " + text + " in sheet " + sheet.getSheetName());
    }

    /** Header text -> column index of the header row {@code row}. */
    static Map<String, Integer> headers(Sheet sheet, int row) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Cell c : sheet.getRow(row)) {
            m.put(c.getStringCellValue(), c.getColumnIndex());
        }
        return m;
    }

    /** Every non-empty text of the sheet, row by row. */
    static List<String> texts(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isEmpty()) {
                    out.add(c.getStringCellValue());
                }
            }
        }
        return out;
    }

    static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(column);
    }

    /** A numeric cell's value as a decimal with {@code places} places (what it shows), or null for an empty cell. */
    static BigDecimal decimal(Cell c, int places) {
        if (c == null || c.getCellType() == CellType.BLANK) {
            return null;
        }
        return BigDecimal.valueOf(c.getNumericCellValue()).setScale(places, java.math.RoundingMode.HALF_UP);
    }

    /** A time cell (a fraction of a day) in whole milliseconds, or null for an empty cell. */
    static Long millis(Cell c) {
        if (c == null || c.getCellType() == CellType.BLANK) {
            return null;
        }
        return Math.round(c.getNumericCellValue() * SheetWriter.MILLIS_PER_DAY);
    }

    static String text(Cell c) {
        return c == null || c.getCellType() == CellType.BLANK ? "" : c.getStringCellValue();
    }
}
