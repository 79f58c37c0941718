package org.podium.contestfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which cell styles are dates, read without POI's StylesTable: as POI judges them. */
class SheetsStylesTest {
    @TempDir
    Path dir;

    private static SheetsStyles read(String xml) throws Exception {
        return SheetsStyles.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void customAndBuiltInDateFormatsOfTheCellStylesOnly() throws Exception {
        SheetsStyles styles = read("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<numFmts count=\"99999999\"><numFmt numFmtId=\"164\" formatCode=\"yyyy年m月d日\"/>"
                + "<numFmt numFmtId=\"165\" formatCode=\"0.000\"/></numFmts>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
                + "<cellXfs count=\"5\"><xf numFmtId=\"0\" xfId=\"0\"><alignment horizontal=\"center\"/></xf>"
                + "<xf numFmtId=\"164\" applyNumberFormat=\"1\"/><xf numFmtId=\"165\"/><xf numFmtId=\"14\"/><xf numFmtId=\"abc\"/>"
                + "</cellXfs><dxfs><dxf><numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd\"/></dxf></dxfs></styleSheet>");
        assertThat(styles.isDate(0)).isFalse(); // General
        assertThat(styles.isDate(1)).isTrue(); // yyyy年m月d日
        assertThat(styles.isDate(2)).isFalse(); // 0.000, not the dxf's date of the same id
        assertThat(styles.isDate(3)).isTrue(); // built-in 14, m/d/yy
        assertThat(styles.isDate(4)).isFalse(); // no number
        assertThat(styles.isDate(5)).isFalse(); // beyond the styles
        assertThat(styles.isDate(-1)).isFalse();
        assertThat(SheetsStyles.NONE.isDate(0)).isFalse();
    }

    @Test
    void asPoisStylesTableJudgesAWorkbooksStyles() throws Exception {
        Path f = dir.resolve("styles.xlsx");
        List<String> formats = List.of("yyyy年m月d日", "yyyy/m/d", "0.00", "@", "[$-F800]dddd, mmmm dd, yyyy", "h:mm:ss", "#,##0",
                "yyyy-mm-dd hh:mm", "0%", "m\"月\"d\"日\"");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            for (String format : formats) {
                CellStyle s = wb.createCellStyle();
                s.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat(format));
            }
            for (short builtin = 0; builtin < 50; builtin++) {
                wb.createCellStyle().setDataFormat(builtin);
            }
            wb.createSheet().createRow(0).createCell(0).setCellValue(1);
            wb.write(out);
        }
        try (OPCPackage pkg = OPCPackage.open(f.toFile(), PackageAccess.READ)) {
            var part = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType()).get(0);
            SheetsStyles ours;
            try (InputStream in = part.getInputStream()) {
                ours = SheetsStyles.read(in);
            }
            StylesTable poi = new StylesTable(part);
            int dates = 0;
            for (int i = 0; i < poi.getNumCellStyles(); i++) {
                XSSFCellStyle s = poi.getStyleAt(i);
                boolean date = DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
                assertThat(ours.isDate(i)).as("style %d, %s", i, s.getDataFormatString()).isEqualTo(date);
                dates += date ? 1 : 0;
            }
            assertThat(poi.getNumCellStyles()).isEqualTo(1 + formats.size() + 50);
            assertThat(dates).isGreaterThan(8);
        }
    }
}
