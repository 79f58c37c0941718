package org.podium.contestfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Podium's own reading of an .xlsx zip ({@link SheetsPackage}, used by {@link Sheets} in place of POI's OPCPackage):
 * how the first sheet is found (relationships, absolute and relative targets, names in any case, a namespace prefix),
 * and POI's zip guards kept: a part unpacking beyond 100 MB or 100 times its size, whether the zip's directory says
 * so or lies, too many entries, encrypted entries.
 */
class SheetsPackageTest {
    private static final String CONTENT_TYPES = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
            + "content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    @TempDir
    Path dir;

    /** A workbook of these parts, as a zip packed by the JDK (sizes after the data, as Excel's own zips may have). */
    private static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Two sheets, the one listed first stored under a name in other case, targets absolute and relative. */
    private static Map<String, byte[]> workbook(String firstSheet) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8(CONTENT_TYPES));
        parts.put("_rels/.rels", utf8("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\" Target=\"/xl/workbook.xml\"/></Relationships>"));
        parts.put("xl/workbook.xml", utf8("<x:workbook xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:rel=\"" + REL.substring(0, REL.length() - 1) + "\"><x:workbookPr date1904=\"1\"/><x:sheets>"
                + "<x:sheet name=\"名单\" sheetId=\"2\" rel:id=\"rId7\"/><x:sheet name=\"说明\" sheetId=\"1\" rel:id=\"rId1\"/>"
                + "</x:sheets></x:workbook>"));
        parts.put("xl/_rels/workbook.xml.rels", utf8("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "relationships\"><Relationship Id=\"rId1\" Type=\"" + REL + "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId7\" Type=\"" + REL + "worksheet\" Target=\"/XL/Worksheets/../Worksheets/%E5%90%8D%E5%8D%95.xml\"/>"
                + "<Relationship Id=\"rId9\" Type=\"" + REL + "hyperlink\" Target=\"http://example.com\" TargetMode=\"External\"/>"
                + "</Relationships>"));
        parts.put("xl/worksheets/sheet1.xml", utf8("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>不读</t>"
                + "</is></c></row></sheetData></worksheet>"));
        parts.put("xl/worksheets/名单.xml", utf8(firstSheet));
        return parts;
    }

    private static final String SHEET = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>编号</t></is></c>"
            + "<c r=\"B1\" t=\"inlineStr\"><is><t>姓名</t></is></c></row><row r=\"2\"><c r=\"A2\"><v>101</v></c>"
            + "<c r=\"B2\" t=\"inlineStr\"><is><t>张三</t></is></c></row></sheetData></worksheet>";

    private List<List<String>> read(byte[] zip) throws Exception {
        Path f = dir.resolve("roster.xlsx");
        Files.write(f, zip);
        return Sheets.xlsx(f, "a roster", Sheets.Kind.ROSTER).stream().map(Csv.Record::fields).toList();
    }

    private String refusal(byte[] zip) throws IOException {
        Path f = dir.resolve("roster.xlsx");
        Files.write(f, zip);
        try {
            Sheets.xlsx(f, "a roster", Sheets.Kind.ROSTER);
        } catch (ContestFileException e) {
            return e.getMessage();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void theFirstSheetListedIsReadWhereverItsRelationshipPoints() throws Exception {
        assertThat(read(zip(workbook(SHEET)))).containsExactly(List.of("编号", "姓名"), List.of("101", "张三"));
    }

    @Test
    void aWorkbookWithoutSheetsOrWithoutItsPartsIsSaidSo() throws Exception {
        Map<String, byte[]> parts = workbook(SHEET);
        parts.remove("xl/worksheets/名单.xml");
        parts.remove("xl/worksheets/sheet1.xml");
        assertThat(refusal(zip(parts))).endsWith("roster.xlsx: has no sheet: expected a first sheet holding a roster");
        Map<String, byte[]> noTypes = workbook(SHEET);
        noTypes.remove("[Content_Types].xml");
        assertThat(refusal(zip(noTypes))).endsWith(": is not an Excel workbook that can be read: save it again from Excel"
                + " as .xlsx, or save the sheet as CSV (roster.csv)");
        assertThat(refusal(utf8("PK\u0003\u0004 not really a zip"))).contains("is not an Excel workbook that can be read");
    }

    @Test
    void aPartThatUnpacksMoreThan100TimesIsRefusedAsTheDirectorySaysIt() throws Exception {
        byte[] zip = zip(workbook("<worksheet>" + " ".repeat(2 << 20) + "</worksheet>")); // 2 MB packed to about 2 KB
        assertThat(refusal(zip)).endsWith("roster.xlsx: unpacks to more than a roster can hold (a part of it would be over"
                + " 100 MB, or it is compressed more than 100 times): nothing of it was read; save it again from Excel, or as"
                + " CSV (roster.csv)");
        assertThatThrownBy(() -> SheetsPackage.open(zip)).isInstanceOf(SheetsPackage.TooLarge.class);
    }

    @Test
    void aDirectoryThatLiesAboutASizeIsCaughtWhileUnpacking() throws Exception {
        byte[] zip = zip(workbook("<worksheet>" + " ".repeat(2 << 20) + "</worksheet>"));
        int entry = directoryEntry(zip, "xl/worksheets/名单.xml");
        put32(zip, entry + 24, 1_000); // says it unpacks to 1,000 bytes
        SheetsPackage pkg = SheetsPackage.open(zip);
        assertThatThrownBy(() -> pkg.part("xl/worksheets/名单.xml")).isInstanceOf(SheetsPackage.TooLarge.class);
        assertThat(refusal(zip)).contains("unpacks to more than a roster can hold");
    }

    @Test
    void encryptedEntriesAndTooManyEntriesAreNotRead() throws Exception {
        byte[] zip = zip(workbook(SHEET));
        int entry = directoryEntry(zip, "xl/worksheets/名单.xml");
        zip[entry + 8] |= 1; // the entry says it is encrypted
        assertThat(refusal(zip)).contains("is not an Excel workbook that can be read");

        Map<String, byte[]> many = workbook(SHEET);
        for (int i = 0; i < SheetsPackage.MAX_ENTRIES; i++) {
            many.put("xl/media/image" + i + ".xml", utf8("<x/>"));
        }
        assertThat(refusal(zip(many))).contains("is not an Excel workbook that can be read");
        assertThatThrownBy(() -> SheetsPackage.open(zip(many))).isInstanceOf(SheetsPackage.Unreadable.class);
    }

    @Test
    void twoEntriesOfTheSameNameInAnyCaseAreRefused() throws Exception {
        Map<String, byte[]> parts = workbook(SHEET);
        parts.put("XL/Worksheets/SHEET1.XML", utf8(SHEET));
        assertThat(refusal(zip(parts))).contains("is not an Excel workbook that can be read");
    }

    @Test
    void targetsResolveAsPartNames() {
        assertThat(SheetsPackage.resolve("xl/", "worksheets/sheet1.xml")).isEqualTo("xl/worksheets/sheet1.xml");
        assertThat(SheetsPackage.resolve("xl/worksheets/", "../sharedStrings.xml")).isEqualTo("xl/sharedStrings.xml");
        assertThat(SheetsPackage.resolve("xl/", "/xl/./styles.xml")).isEqualTo("xl/styles.xml");
        assertThat(SheetsPackage.resolve("", "xl/%E5%90%8D%E5%8D%95.xml")).isEqualTo("xl/名单.xml");
    }

    /** The offset of the central directory entry of {@code name}. */
    private static int directoryEntry(byte[] zip, String name) {
        byte[] n = utf8(name);
        for (int i = 0; i + 46 < zip.length; i++) {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 1 && zip[i + 3] == 2
                    && (zip[i + 28] & 0xFF | (zip[i + 29] & 0xFF) << 8) == n.length
                    && java.util.Arrays.equals(zip, i + 46, i + 46 + n.length, n, 0, n.length)) {
                return i;
            }
        }
        throw new AssertionError(name);
    }

    private static void put32(byte[] b, int p, long v) {
        for (int i = 0; i < 4; i++) {
            b[p + i] = (byte) (v >>> (8 * i));
        }
    }
}
