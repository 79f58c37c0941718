package org.podium.contestfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPhoneticRun;
import org.xml.sax.SAXException;

/**
 * Podium's own reader of a workbook's shared strings (issue 14: a 50,000-row .xlsx previewed within 2 s): each form an
 * item takes, hostile input, and the same strings as POI's {@link ReadOnlySharedStringsTable} (without phonetic runs)
 * for crafted parts and for the workbooks the tests build.
 */
class SheetsSharedStringsTest {
    private static final String SST = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"%d\" uniqueCount=\"%d\">%s</sst>";

    @TempDir
    Path dir;

    private static String part(String items) {
        return String.format(SST, 10, 10, items);
    }

    private static String[] ours(String xml) throws Exception {
        return SheetsSharedStrings.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> pois(InputStream xml) throws Exception {
        ReadOnlySharedStringsTable table = new ReadOnlySharedStringsTable(xml, false);
        List<String> out = new ArrayList<>();
        while (true) { // every item POI read, whatever the uniqueCount attribute says
            try {
                out.add(table.getItemAt(out.size()).getString());
            } catch (IllegalStateException | IndexOutOfBoundsException e) {
                return out;
            }
        }
    }

    private static List<String> pois(String xml) throws Exception {
        return pois(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void plainItemsInOrder() throws Exception {
        assertThat(ours(part("<si><t>编号</t></si><si><t>姓名</t></si><si><t>Alice &amp; Bob &lt;3</t></si>")))
                .containsExactly("编号", "姓名", "Alice & Bob <3");
    }

    @Test
    void richTextRunsAreJoinedAndTheirFormattingLeftOut() throws Exception {
        String xml = part("<si><r><rPr><b/><sz val=\"11\"/><rFont val=\"宋体\"/></rPr><t>冠捷</t></r>"
                + "<r><rPr><i/></rPr><t xml:space=\"preserve\"> 显示 </t></r><r><t>一车间</t></r></si>");
        assertThat(ours(xml)).containsExactly("冠捷 显示 一车间");
        assertThat(pois(xml)).containsExactly("冠捷 显示 一车间");
    }

    @Test
    void phoneticRunsAreLeftOut() throws Exception {
        String xml = part("<si><t>山田太郎</t><rPh sb=\"0\" eb=\"2\"><t>ヤマダ</t></rPh><rPh sb=\"2\" eb=\"4\"><t>タロウ</t></rPh>"
                + "<phoneticPr fontId=\"1\" type=\"noConversion\"/></si>"
                + "<si><r><t>王</t></r><r><t>五</t></r><rPh sb=\"0\" eb=\"1\"><t>wang</t></rPh></si>");
        assertThat(ours(xml)).containsExactly("山田太郎", "王五");
        assertThat(pois(xml)).containsExactly("山田太郎", "王五");
    }

    @Test
    void textIsKeptAsWrittenSpacesAndLineBreaksIncluded() throws Exception {
        String xml = part("<si><t xml:space=\"preserve\">  张三  </t></si><si><t>第一行\n第二行</t></si>"
                + "<si><t xml:space=\"preserve\">\t</t></si><si><t> 李四 </t></si>");
        assertThat(ours(xml)).containsExactly("  张三  ", "第一行\n第二行", "\t", " 李四 ");
        assertThat(pois(xml)).containsExactly(ours(xml));
    }

    @Test
    void emptyItemsAreEmptyText() throws Exception {
        String xml = part("<si/><si><t/></si><si><r><t></t></r></si><si><t>x</t></si>");
        assertThat(ours(xml)).containsExactly("", "", "", "x");
        assertThat(pois(xml)).containsExactly(ours(xml));
    }

    @Test
    void escapesOfCharactersXmlCannotHoldAreDecodedAsPoiDoes() throws Exception {
        String xml = part("<si><t>a_x000D_b</t></si><si><t>_x0009_tab_x000a_</t></si><si><t>_x4E2D_文</t></si>"
                + "<si><t>_x005F_x0041_</t></si><si><t>_x00_ _xZZZZ_ _x123 x_</t></si><si><t>bib_1005_x</t></si>"
                + "<si><r><t>_x00</t></r><r><t>41_</t></r></si>");
        assertThat(ours(xml)).containsExactly("a\rb", "\ttab\n", "中文", "_x0041_", "_x00_ _xZZZZ_ _x123 x_", "bib_1005_x",
                "A");
        assertThat(pois(xml)).containsExactly(ours(xml));
    }

    @Test
    void aNamespacePrefixIsRead() throws Exception {
        String xml = "<x:sst xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<x:si><x:t>甲</x:t></x:si><x:si><x:r><x:t>乙</x:t></x:r><x:rPh><x:t>no</x:t></x:rPh></x:si></x:sst>";
        assertThat(ours(xml)).containsExactly("甲", "乙");
        assertThat(pois(xml)).containsExactly("甲", "乙");
    }

    @Test
    void aHugeCountIsNotTrusted() throws Exception {
        String xml = String.format(SST, Integer.MAX_VALUE, Integer.MAX_VALUE, "<si><t>a</t></si><si><t>b</t></si>");
        long before = usedMemory();
        assertThat(ours(xml)).containsExactly("a", "b");
        assertThat(usedMemory() - before).isLessThan(64L << 20); // nothing sized from the 2,147,483,647 announced
        assertThat(ours(String.format(SST, -5, -5, "<si><t>a</t></si>"))).containsExactly("a");
    }

    private static long usedMemory() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsExpanded() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<sst><si><t>&b;</t></si></sst>";
        assertThatThrownBy(() -> ours(laughs)).isInstanceOf(SAXException.class);
        String external = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><sst><si><t>&x;</t></si></sst>";
        assertThatThrownBy(() -> ours(external)).isInstanceOf(SAXException.class);
        assertThatThrownBy(() -> ours("<sst><si><t>&undefined;</t></si></sst>")).isInstanceOf(SAXException.class);
    }

    @Test
    void brokenXmlIsRefused() {
        assertThatThrownBy(() -> ours("<sst><si><t>a</si></sst>")).isInstanceOf(SAXException.class);
    }

    /** A workbook written by POI with rich text (fonts on runs) and phonetic runs, read back through {@link Sheets}. */
    @Test
    void aWorkbookWithRichTextAndPhoneticsReadsAsExcelShowsIt() throws Exception {
        Path f = dir.resolve("rich.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            XSSFSheet s = wb.createSheet("名单");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("bib");
            h.createCell(1).setCellValue("name");
            h.createCell(2).setCellValue("unit");
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            XSSFFont red = wb.createFont();
            red.setColor((short) 10);
            Row r = s.createRow(1);
            r.createCell(0).setCellValue(101);
            XSSFRichTextString name = new XSSFRichTextString("山田太郎");
            name.applyFont(0, 2, bold);
            name.applyFont(2, 4, red);
            CTPhoneticRun ruby = name.getCTRst().addNewRPh();
            ruby.setSb(0);
            ruby.setEb(2);
            ruby.setT("ヤマダ");
            r.createCell(1).setCellValue(name);
            XSSFRichTextString unit = new XSSFRichTextString(" 冠捷显示 一车间 ");
            unit.applyFont(1, 5, bold);
            r.createCell(2).setCellValue(unit);
            Row r2 = s.createRow(2);
            r2.createCell(0).setCellValue(102);
            r2.createCell(1).setCellValue("line\r\nbreak");
            r2.createCell(2).setCellValue("_x_ and _x0041_"); // POI writes it as it is, so Excel shows _x0041_ as A
            wb.write(out);
        }

        List<Csv.Record> records = Sheets.xlsx(f, "a roster", Sheets.Kind.ROSTER);

        assertThat(records).extracting(Csv.Record::fields).containsExactly(List.of("bib", "name", "unit"),
                List.of("101", "山田太郎", " 冠捷显示 一车间 "), List.of("102", "line\r\nbreak", "_x_ and A"));
        assertThat(sharedStrings(f)).isEqualTo(poisOf(f)).contains("山田太郎", " 冠捷显示 一车间 ");
        assertThat(partText(f)).contains("<rPh").contains("ヤマダ").contains("<rPr>"); // it did hold both forms
    }

    /** The workbooks the tests build (the HR roster and theory results, the 50,000-row roster): as POI reads them. */
    @Test
    void theTestWorkbooksGiveTheSameStringsAsPoi() throws Exception {
        Path roster = dir.resolve("roster.xlsx");
        HrSheets.rosterWorkbook(roster);
        Path theory = dir.resolve("theory.xlsx");
        HrSheets.theoryWorkbook(theory);
        Object[][] rows = new Object[2_001][];
        rows[0] = new Object[] {"编号", "姓名", "所在单位"};
        for (int i = 1; i < rows.length; i++) {
            rows[i] = new Object[] {100_000 + i, "职工" + i, "冠捷显示第" + i % 40 + "车间"};
        }
        Path large = HrSheets.workbook(dir.resolve("large.xlsx"), rows);
        for (Path f : List.of(roster, theory, large)) {
            List<String> ours = sharedStrings(f);
            assertThat(ours).as(f.toString()).isNotEmpty().isEqualTo(poisOf(f));
        }
        assertThat(sharedStrings(large)).hasSize(2_000 + 3 + 40);
    }

    private static PackagePart sstPart(OPCPackage pkg) {
        return pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType()).get(0);
    }

    private static List<String> sharedStrings(Path f) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(f.toFile(), PackageAccess.READ); InputStream in = sstPart(pkg).getInputStream()) {
            return List.of(SheetsSharedStrings.read(in));
        }
    }

    private static List<String> poisOf(Path f) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(f.toFile(), PackageAccess.READ); InputStream in = sstPart(pkg).getInputStream()) {
            return pois(in);
        }
    }

    private static String partText(Path f) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(f.toFile(), PackageAccess.READ); InputStream in = sstPart(pkg).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
