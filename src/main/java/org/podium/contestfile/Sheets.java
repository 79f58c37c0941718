package org.podium.contestfile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * The roster's table: a CSV text file, or the first sheet of an .xlsx workbook, as records with their 1-based line (the
 * spreadsheet row number), so that every message counts lines the same way. Each within {@link Limits}: the file's
 * size before it is read, and for a workbook every part once inflated, so that a "zip bomb" (a small file that
 * unpacks to gigabytes) is refused rather than filling the memory.
 */
final class Sheets {
    static {
        // POI's own guards, for every workbook Podium reads: a part may not inflate beyond the limit, nor more than
        // 100 times (POI's default ratio guard, kept).
        ZipSecureFile.setMaxEntrySize(Limits.XLSX_PART_BYTES);
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    private Sheets() {
    }

    /** The records of a .csv (any other name) or .xlsx file. */
    static List<Csv.Record> read(Path file, String expected) throws ContestFileException {
        if (file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return xlsx(file, expected);
        }
        String text = TextFiles.read(file, expected, Limits.ROSTER_CSV_BYTES, "a roster");
        return Csv.parse(text, file.toString());
    }

    /**
     * The first sheet's rows as text: numbers that are whole as integers ({@code 101}, not {@code 101.0}),
     * dates as yyyy-MM-dd, formulas by their cached value. Rows whose every cell is blank are skipped.
     */
    static List<Csv.Record> xlsx(Path file, String expected) throws ContestFileException {
        String name = file.toString();
        byte[] bytes = TextFiles.readBytes(file, Limits.ROSTER_XLSX_BYTES, "a roster workbook");
        if (bytes.length == 0) {
            throw new ContestFileException(Problem.of(name, "is empty: expected a workbook whose first sheet holds " + expected));
        }
        List<Csv.Record> out = new ArrayList<>();
        Problems problems = new Problems();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (wb.getNumberOfSheets() == 0) {
                throw new ContestFileException(Problem.of(name, "has no sheet: expected a first sheet holding " + expected));
            }
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                int line = row.getRowNum() + 1;
                List<String> fields = new ArrayList<>();
                boolean any = false;
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    String v = cell == null ? "" : text(cell, cell.getCellType(), name, line, problems);
                    any |= !v.isBlank();
                    fields.add(v);
                }
                if (any) {
                    out.add(new Csv.Record(line, fields));
                }
            }
        } catch (EncryptedDocumentException e) {
            throw new ContestFileException(Problem.of(name, "is protected by a password: save it without one"));
        } catch (IOException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw new ContestFileException(Problem.of(name, "unpacks to more than a roster can hold (a part of it would be"
                        + " over " + Limits.megabytes(Limits.XLSX_PART_BYTES) + ", or it is compressed more than 100 times):"
                        + " nothing of it was read; save the roster again from Excel, or as CSV (roster.csv)"));
            }
            throw new ContestFileException(Problem.of(name, "is not an Excel workbook that can be read: save it again from"
                    + " Excel as .xlsx, or save the sheet as CSV (roster.csv)"));
        }
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        return out;
    }

    /** Whether POI refused the workbook for inflating too much (its zip-bomb guards). */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("max entry size") || m.contains("MaxEntrySize"))) {
                return true;
            }
        }
        return false;
    }

    private static String text(Cell cell, CellType type, String file, int line, Problems problems) {
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    return cell.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                double d = cell.getNumericCellValue();
                if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                    return Long.toString((long) d);
                }
                return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case FORMULA:
                return text(cell, cell.getCachedFormulaResultType(), file, line, problems);
            case ERROR:
                String code;
                try {
                    code = FormulaError.forInt(cell.getErrorCellValue()).getString();
                } catch (IllegalArgumentException e) {
                    code = "an error";
                }
                problems.add(Problem.at(file, line, "cell " + new CellReference(cell).formatAsString(false) + " holds the Excel error "
                        + code + ": correct the formula or type the value"));
                return "";
            default:
                return "";
        }
    }
}
