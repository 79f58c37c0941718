package org.podium.contestfile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.podium.domain.Shown;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Tables read from a contest folder: a CSV text file, or the first sheet of an .xlsx workbook, as records
 * with their 1-based line (the spreadsheet row number), so that every message counts lines the same way.
 * A workbook is read by Podium's own readers, with no POI class on the way but its date rules: its zip by
 * {@link SheetsPackage}, its parts' XML as SAX streams ({@link #xmlReader()}), the first sheet's cells, the shared
 * strings ({@link SheetsSharedStrings}) and the date styles ({@link SheetsStyles}), so that a 50,000-row roster is
 * read in about a second even in a JVM that has read none before. Each within {@link Limits}: the file's size before
 * it is read, and for a workbook every part once inflated (the guards of POI's {@code ZipSecureFile}, kept by
 * {@link SheetsPackage}), so that a "zip bomb" (a small file that unpacks to gigabytes) is refused rather than
 * filling the memory; a cell or a merged area beyond Excel's own sheet size is refused too.
 */
final class Sheets {
    /** Excel's last column (XFD), 0-based. */
    static final int MAX_COLUMN = 16_383;
    /** Excel's last row, 0-based. */
    static final int MAX_ROW = 1_048_575;

    /** What a table file holds, for the size limits and the messages about them. */
    enum Kind {
        ROSTER("contestfile.what.roster", Limits.ROSTER_CSV_BYTES, "contestfile.what.rosterXlsx", Limits.ROSTER_XLSX_BYTES,
                "contestfile.what.roster"),
        THEORY("contestfile.what.theoryCsv", Limits.THEORY_CSV_BYTES, "contestfile.what.theoryXlsx", Limits.THEORY_XLSX_BYTES,
                "contestfile.what.theory");

        final String csv;
        final long csvBytes;
        final String xlsx;
        final long xlsxBytes;
        final String holds;

        Kind(String csv, long csvBytes, String xlsx, long xlsxBytes, String holds) {
            this.csv = csv;
            this.csvBytes = csvBytes;
            this.xlsx = xlsx;
            this.xlsxBytes = xlsxBytes;
            this.holds = holds;
        }
    }

    private Sheets() {
    }

    /** The records of a .csv (any other name) or .xlsx file, each refused unread beyond its kind's size limit. */
    static List<Csv.Record> read(Path file, String expected, Kind kind) throws ContestFileException {
        if (file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return xlsx(file, expected, kind);
        }
        String text = TextFiles.read(file, expected, kind.csvBytes, kind.csv);
        return Csv.parse(text, file.toString());
    }

    /**
     * The first sheet's rows as text: numbers that are whole as integers ({@code 101}, not {@code 101.0}),
     * dates as yyyy-MM-dd, formulas by their cached value; a merged cell gives its value to every cell it spans,
     * as Excel shows it. Rows whose own cells are all blank are skipped.
     */
    static List<Csv.Record> xlsx(Path file, String expected, Kind kind) throws ContestFileException {
        String name = file.toString();
        byte[] bytes = TextFiles.readBytes(file, kind.xlsxBytes, kind.xlsx);
        if (bytes.length == 0) {
            throw new ContestFileException(Problem.of(name, FileText.current().get("contestfile.xlsx.empty",
                    TextFiles.said(expected))));
        }
        if (encrypted(bytes)) {
            throw new ContestFileException(Problem.of(name, FileText.current().get("contestfile.xlsx.password")));
        }
        SheetHandler sheet;
        String csv = file.getFileName().toString().replaceFirst("(?i)\\.xlsx$", ".csv");
        try {
            SheetsPackage pkg = SheetsPackage.open(bytes);
            String workbook = pkg.has("[Content_Types].xml") ? pkg.target("", "/officeDocument") : null;
            byte[] workbookXml = workbook == null ? null : pkg.part(workbook);
            if (workbookXml == null) {
                throw new SheetsPackage.Unreadable("no workbook part");
            }
            Map<String, String[]> rels = pkg.relationships(workbook);
            WorkbookHandler book = new WorkbookHandler();
            parse(workbookXml, book);
            String first = null;
            for (String id : book.sheetIds) {
                String[] rel = rels.get(id);
                if (rel != null && SHEET_TYPES.stream().anyMatch(rel[0]::endsWith) && pkg.has(rel[1])) {
                    first = rel[1];
                    break;
                }
            }
            if (first == null) {
                throw new ContestFileException(Problem.of(name, FileText.current().get("contestfile.xlsx.noSheet",
                        TextFiles.said(expected))));
            }
            sheet = new SheetHandler(name, sharedStrings(pkg, rels), styles(pkg, rels), book.date1904);
            parse(pkg.part(first), sheet);
        } catch (ContestFileException e) {
            throw e;
        } catch (SheetsPackage.TooLarge e) {
            throw new ContestFileException(Problem.of(name, FileText.current().get("contestfile.xlsx.bomb",
                    TextFiles.said(kind.holds), Limits.megabytes(Limits.XLSX_PART_BYTES), csv)));
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new ContestFileException(Problem.of(name, FileText.current().get("contestfile.xlsx.unreadable", csv)));
        }
        if (!sheet.problems.isEmpty()) {
            throw sheet.problems.exception();
        }
        return sheet.records();
    }

    /**
     * A SAX parser for a workbook's parts: the JDK's, hardened as POI's own ({@code XMLHelper}): secure processing, no
     * DOCTYPE at all (so no entities, no "billion laughs"), nothing external. Not namespace-aware (elements are told by
     * their local name, {@link #localName}), which parses a 50,000-row sheet in about half the time.
     */
    static XMLReader xmlReader() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setValidating(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newSAXParser().getXMLReader();
    }

    /** An element's name without its namespace prefix ({@code x:row} is {@code row}). */
    static String localName(String localName, String qName) {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    /** The relationship types of a sheet, as POI's {@code XSSFReader} iterates them. */
    private static final List<String> SHEET_TYPES = List.of("/worksheet", "/chartsheet", "/dialogsheet", "/macrosheet",
            "/xlMacrosheet", "/xlIntlMacrosheet");

    private static void parse(byte[] xml, DefaultHandler handler) throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = xmlReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(new ByteArrayInputStream(xml)));
    }

    /** The workbook's shared strings ({@link SheetsSharedStrings}); none when it has no such part. */
    private static String[] sharedStrings(SheetsPackage pkg, Map<String, String[]> rels)
            throws IOException, SAXException, ParserConfigurationException {
        try (InputStream xml = part(pkg, rels, "/sharedStrings")) {
            return xml == null ? new String[0] : SheetsSharedStrings.read(xml);
        }
    }

    /** Which of the workbook's cell styles are dates' ({@link SheetsStyles}); none when it has no styles part. */
    private static SheetsStyles styles(SheetsPackage pkg, Map<String, String[]> rels)
            throws IOException, SAXException, ParserConfigurationException {
        try (InputStream xml = part(pkg, rels, "/styles")) {
            return xml == null ? SheetsStyles.NONE : SheetsStyles.read(xml);
        }
    }

    /** The part the workbook relates to by {@code type}; null when there is none. */
    private static InputStream part(SheetsPackage pkg, Map<String, String[]> rels, String type) throws IOException {
        for (String[] rel : rels.values()) {
            if (rel[0].endsWith(type)) {
                return pkg.stream(rel[1]);
            }
        }
        return null;
    }

    /** A workbook saved with a password is an OLE2 container (D0 CF 11 E0 A1 B1 1A E1) holding the encrypted package. */
    private static boolean encrypted(byte[] bytes) {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        if (bytes.length < ole2.length || !java.util.Arrays.equals(bytes, 0, ole2.length, ole2, 0, ole2.length)) {
            return false;
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Reads workbook.xml: the sheets' relationship ids in order, and whether dates count from 1904 (old Mac Excel). */
    private static final class WorkbookHandler extends DefaultHandler {
        final List<String> sheetIds = new ArrayList<>();
        boolean date1904;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName(localName, qName)) {
                case "workbookPr" -> {
                    String v = atts.getValue("date1904");
                    date1904 = "1".equals(v) || "true".equals(v);
                }
                case "sheet" -> {
                    for (int i = 0; i < atts.getLength(); i++) {
                        if (atts.getQName(i).endsWith(":id")) { // r:id, whatever its prefix
                            sheetIds.add(atts.getValue(i));
                            break;
                        }
                    }
                }
                default -> {
                }
            }
        }
    }

    /** The plain text of a number: whole numbers as integers, others as their shortest exact decimal. */
    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** A merged cell: its area and the value of its top-left cell, which every cell of the area shows. */
    private record Merged(CellRangeAddress area, String value) {
        void fill(int row, List<String> fields) {
            for (int c = area.getFirstColumn(); c <= area.getLastColumn(); c++) {
                if (row == area.getFirstRow() && c == area.getFirstColumn()) {
                    continue;
                }
                while (fields.size() <= c) {
                    fields.add("");
                }
                fields.set(c, value);
            }
        }
    }

    /** Reads a sheet's XML: its rows ({@code <row r>}), cells ({@code <c r t s>}) and merged cells ({@code <mergeCell ref>}). */
    private static final class SheetHandler extends DefaultHandler {
        private final String file;
        private final String[] strings;
        private final SheetsStyles styles;
        private final boolean date1904;
        final Problems problems = new Problems();
        /** 0-based row -> its cells as text, in sheet order. */
        private final Map<Integer, List<String>> rows = new java.util.LinkedHashMap<>();
        private final List<CellRangeAddress> merges = new ArrayList<>();

        private int row = -1;
        private List<String> cells;
        private int column = -1;
        private String type;
        private String style;
        private final StringBuilder value = new StringBuilder();
        private boolean inValue;
        private boolean inInlineText;
        private boolean inPhonetic;
        private boolean hasValue;

        SheetHandler(String file, String[] strings, SheetsStyles styles, boolean date1904) {
            this.file = file;
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            String element = localName(localName, qName);
            switch (element) {
                case "row" -> {
                    String r = atts.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                    if (row < 0 || row > MAX_ROW) {
                        throw new IllegalArgumentException("row " + Shown.value(r) + " is outside an Excel sheet");
                    }
                    cells = new ArrayList<>();
                    column = -1;
                }
                case "c" -> {
                    String r = atts.getValue("r");
                    column = r == null ? column + 1 : column(r);
                    if (column < 0 || column > MAX_COLUMN) {
                        throw new IllegalArgumentException("cell " + Shown.value(r) + " is outside an Excel sheet");
                    }
                    type = atts.getValue("t");
                    style = atts.getValue("s");
                    value.setLength(0);
                    hasValue = false;
                }
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                }
                case "rPh" -> inPhonetic = true;
                case "t" -> {
                    if ("inlineStr".equals(type) && !inPhonetic) {
                        inInlineText = true;
                        hasValue = true;
                    }
                }
                case "mergeCell" -> {
                    String ref = atts.getValue("ref");
                    if (ref != null) {
                        CellRangeAddress area = CellRangeAddress.valueOf(ref);
                        if (area.getFirstRow() < 0 || area.getLastRow() > MAX_ROW || area.getFirstColumn() < 0
                                || area.getLastColumn() > MAX_COLUMN) {
                            throw new IllegalArgumentException("merged cells " + Shown.value(ref) + " are outside an Excel sheet");
                        }
                        merges.add(area);
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String element = localName(localName, qName);
            switch (element) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    String text = hasValue ? text(value.toString()) : "";
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    cells.add(text);
                }
                case "row" -> {
                    rows.put(row, cells);
                    cells = null;
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                value.append(ch, start, length);
            }
        }

        /** A cell's text from its raw value, by its type and (for numbers) its format. */
        private String text(String raw) {
            int line = row + 1;
            if (type == null || type.equals("n")) {
                if (raw.isBlank()) {
                    return "";
                }
                double d = Double.parseDouble(raw);
                if (dateFormatted() && DateUtil.isValidExcelDate(d)) {
                    return DateUtil.getLocalDateTime(d, date1904).toLocalDate().toString();
                }
                return number(d);
            }
            return switch (type) {
                case "s" -> sharedString(raw);
                case "inlineStr", "str" -> raw;
                case "b" -> raw.strip().equals("1") ? "TRUE" : "FALSE";
                case "e" -> {
                    problems.add(Problem.at(file, line, FileText.current().get("contestfile.xlsx.errorCell",
                            new CellReference(row, column).formatAsString(false), Shown.value(raw))));
                    yield "";
                }
                case "d" -> raw.length() >= 10 ? raw.substring(0, 10) : raw; // an ISO 8601 date cell
                default -> raw;
            };
        }

        /** Shared string {@code raw}; an index the workbook does not hold makes it unreadable, as with POI. */
        private String sharedString(String raw) {
            int i = Integer.parseInt(raw.strip());
            if (i < 0 || i >= strings.length) {
                throw new IllegalArgumentException("shared string " + Shown.value(raw) + " is not in the workbook");
            }
            return strings[i];
        }

        private boolean dateFormatted() {
            return style != null && styles.isDate(Integer.parseInt(style.strip()));
        }

        /** The 0-based column of a cell reference such as {@code AB12}. */
        private static int column(String ref) {
            int c = 0;
            for (int i = 0; i < ref.length(); i++) {
                char ch = ref.charAt(i);
                if (ch >= 'A' && ch <= 'Z') {
                    c = c * 26 + (ch - 'A' + 1);
                } else if (ch >= 'a' && ch <= 'z') {
                    c = c * 26 + (ch - 'a' + 1);
                } else if (ch != '$') {
                    break;
                }
            }
            return c - 1;
        }

        /** The rows holding anything of their own, merged cells filled in, in sheet order. */
        List<Csv.Record> records() {
            Map<Integer, List<Merged>> byRow = new HashMap<>();
            for (CellRangeAddress area : merges) {
                List<String> top = rows.get(area.getFirstRow());
                String v = top == null || area.getFirstColumn() >= top.size() ? "" : top.get(area.getFirstColumn());
                if (v.isBlank()) {
                    continue;
                }
                Merged m = new Merged(area, v);
                if (area.getLastRow() - area.getFirstRow() < rows.size()) {
                    for (int r = area.getFirstRow(); r <= area.getLastRow(); r++) {
                        if (rows.containsKey(r)) {
                            byRow.computeIfAbsent(r, k -> new ArrayList<>()).add(m);
                        }
                    }
                } else { // an area taller than the rows the sheet holds: only those rows
                    for (Integer r : rows.keySet()) {
                        if (r >= area.getFirstRow() && r <= area.getLastRow()) {
                            byRow.computeIfAbsent(r, k -> new ArrayList<>()).add(m);
                        }
                    }
                }
            }
            List<Csv.Record> out = new ArrayList<>();
            for (Map.Entry<Integer, List<String>> e : rows.entrySet()) {
                List<String> fields = e.getValue();
                if (fields.stream().allMatch(String::isBlank)) {
                    continue; // a row that holds nothing of its own is blank, even where a merged cell spans it
                }
                for (Merged m : byRow.getOrDefault(e.getKey(), List.of())) {
                    m.fill(e.getKey(), fields);
                }
                out.add(new Csv.Record(e.getKey() + 1, fields));
            }
            return out;
        }
    }
}
