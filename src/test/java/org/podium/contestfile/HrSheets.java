package org.podium.contestfile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.podium.domain.Contest;
import org.podium.domain.Contestant;
import org.podium.domain.Fact;

/**
 * The monitor-stand drill of issue 14 as HR sends it (src/test/resources/hr/monitor-stand): 42 technicians of 3
 * workshops in 3 heats. The folder holds the contest, the plain roster.csv and theory.csv (the reference), the same
 * people as Excel saves them on a Chinese Windows (roster-hr.csv and theory-hr.csv, GB18030: title rows, Chinese
 * headers, a full-width bib, a bib kept as 1012.0, dates as yyyy/m/d, a blank row, a 合计 row and a 制表 line after
 * the data), and scores.csv; the workbooks are built here with POI from the reference.
 */
public final class HrSheets {
    /** The fixture folder. */
    public static final Path FOLDER = Path.of("src/test/resources/hr/monitor-stand");
    /** The data rows of roster-hr.csv: lines 4 to 17 and 19 to 46 (line 18 is left blank, 47 is 合计, 48 制表). */
    public static final int CSV_END_LINE = 47;

    private HrSheets() {
    }

    /** The reference contest with its roster, read from the plain files. */
    public static Contest reference() {
        try {
            Contest c = ContestYaml.read(FOLDER.resolve("contest.yaml"));
            return c.withRoster(RosterReader.read(FOLDER.resolve("roster.csv"), c));
        } catch (ContestFileException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A contest folder at {@code dir}: contest.yaml and scores.csv, with the roster and theory results in the form asked:
     * {@code plain} (roster.csv, theory.csv), {@code csv} (the GB18030 HR files as roster.csv and theory.csv) or
     * {@code xlsx} (roster.xlsx and theory.xlsx from {@link #rosterWorkbook} and {@link #theoryWorkbook}).
     */
    public static Path folder(Path dir, String form) {
        try {
            Files.createDirectories(dir);
            Files.copy(FOLDER.resolve("contest.yaml"), dir.resolve("contest.yaml"));
            Files.copy(FOLDER.resolve("scores.csv"), dir.resolve("scores.csv"));
            switch (form) {
                case "plain" -> {
                    Files.copy(FOLDER.resolve("roster.csv"), dir.resolve("roster.csv"));
                    Files.copy(FOLDER.resolve("theory.csv"), dir.resolve("theory.csv"));
                }
                case "csv" -> {
                    Files.copy(FOLDER.resolve("roster-hr.csv"), dir.resolve("roster.csv"));
                    Files.copy(FOLDER.resolve("theory-hr.csv"), dir.resolve("theory.csv"));
                }
                case "xlsx" -> {
                    rosterWorkbook(dir.resolve("roster.xlsx"));
                    theoryWorkbook(dir.resolve("theory.xlsx"));
                }
                default -> throw new IllegalArgumentException(form);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first sheet's rows (1-based) holding data in {@link #rosterWorkbook}: 4 to 45; 46 is 合计, 47 制表. */
    public static final int XLSX_FIRST_ROW = 4;
    public static final int XLSX_END_ROW = 46;

    /**
     * The reference roster as an HR workbook: a title merged over the width of the table and a date line (rows 1-2),
     * the header in row 3 with Chinese names (参赛号, " 姓名 " with spaces, 单位, 分组, 出生日期, 项目, 性别, 工号,
     * 岗位, 备注), bibs as numeric cells (1001.0...) but bib 1005 typed full-width (１００５), each workshop's unit in
     * one cell merged over its 14 rows, heats as numbers, birth dates as date cells (yyyy年m月d日), the event by its name
     * (by its id in heat 3), then 合计 | 42人 and a 制表 line.
     */
    public static void rosterWorkbook(Path file) {
        List<Contestant> roster = reference().roster();
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("参赛人员名单");
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("第二张表不读");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy年m月d日"));
            String[] header = {"参赛号", " 姓名 ", "单位", "分组", "出生日期", "项目", "性别", "工号", "岗位", "备注"};
            s.createRow(0).createCell(0).setCellValue("2020年岗位练兵首场拉练赛 参赛人员名单");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, header.length - 1));
            Row dateLine = s.createRow(1);
            dateLine.createCell(0).setCellValue("填报单位：冠捷显示人力资源部");
            dateLine.createCell(7).setCellValue("2020年7月10日");
            Row h = s.createRow(2);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            int rowIndex = 3;
            String unitAbove = null;
            int unitFrom = rowIndex;
            for (Contestant c : roster) {
                Row r = s.createRow(rowIndex);
                if (c.bib().equals("1005")) {
                    r.createCell(0).setCellValue("１００５");
                } else {
                    r.createCell(0).setCellValue(Double.parseDouble(c.bib()));
                }
                r.createCell(1).setCellValue(c.name());
                if (!c.unit().equals(unitAbove)) {
                    if (unitAbove != null) {
                        s.addMergedRegion(new CellRangeAddress(unitFrom, rowIndex - 1, 2, 2));
                    }
                    r.createCell(2).setCellValue(c.unit());
                    unitAbove = c.unit();
                    unitFrom = rowIndex;
                }
                r.createCell(3).setCellValue(Double.parseDouble(c.heat()));
                r.createCell(4).setCellValue(c.birthDate());
                r.getCell(4).setCellStyle(date);
                r.createCell(5).setCellValue(c.heat().equals("3") ? "stand" : "显示器支架组装");
                r.createCell(6).setCellValue(c.columns().get("gender"));
                r.createCell(7).setCellValue(c.columns().get("工号"));
                r.createCell(8).setCellValue(c.columns().get("岗位"));
                rowIndex++;
            }
            s.addMergedRegion(new CellRangeAddress(unitFrom, rowIndex - 1, 2, 2));
            Row total = s.createRow(rowIndex++);
            total.createCell(0).setCellValue("合计");
            total.createCell(1).setCellValue("42人");
            s.createRow(rowIndex).createCell(0).setCellValue("制表：赵敏　审核：钱进");
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The reference theory results as an HR workbook: a title (row 1), the header in row 2 (编号, 姓名, 项目, 理论成绩),
     * bibs and marks as numeric cells (bib 1010's mark typed full-width), the event by its name, then a 合计 row.
     */
    public static void theoryWorkbook(Path file) {
        Contest contest = reference();
        List<Fact> theory;
        try {
            theory = TheoryReader.read(FOLDER.resolve("theory.csv"), contest);
        } catch (ContestFileException e) {
            throw new IllegalStateException(e);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("理论成绩");
            s.createRow(0).createCell(0).setCellValue("理论考试成绩表");
            Row h = s.createRow(1);
            String[] header = {"编号", "姓名", "项目", "理论成绩"};
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            int rowIndex = 2;
            for (Fact t : theory) {
                Row r = s.createRow(rowIndex++);
                r.createCell(0).setCellValue(Double.parseDouble(t.bib()));
                r.createCell(1).setCellValue(contest.entrants("stand").stream().filter(c -> c.bib().equals(t.bib()))
                        .findFirst().orElseThrow().name());
                r.createCell(2).setCellValue("显示器支架组装");
                BigDecimal v = t.amount();
                if (t.bib().equals("1010")) {
                    r.createCell(3).setCellValue(fullWidth(v.toPlainString()));
                } else {
                    r.createCell(3).setCellValue(v.doubleValue());
                }
            }
            s.createRow(rowIndex).createCell(0).setCellValue("合计");
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A workbook whose first sheet holds {@code rows}, the first at row 1: a null row is left out (blank), a cell is a
     * String, a Number (a numeric cell) or null (no cell).
     */
    public static Path workbook(Path file, Object[]... rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet();
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue;
                }
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            wb.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ASCII digits and points in their full-width forms. */
    public static String fullWidth(String ascii) {
        StringBuilder b = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            b.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        }
        return b.toString();
    }
}
