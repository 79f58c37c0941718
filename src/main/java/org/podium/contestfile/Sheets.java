package org.podium.contestfile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.podium.domain.Shown;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Tables read from a contest folder: a CSV text file, or the first sheet of an .xlsx workbook, as records
 * with their 1-based line (the spreadsheet row number), so that every message counts lines the same way.
 * A workbook's sheet is read as a stream of its XML (a 50,000-row roster in well under a second of parsing),
 * never loaded whole. Each within {@link Limits}: the file's size before it is read, and for a workbook every part
 * once inflated (POI's {@link ZipSecureFile} guards, which {@link OPCPackage} applies to every part it opens), so
 * that a "zip bomb" (a small file that unpacks to gigabytes) is refused rather than filling the memory; a cell or a
 * merged area beyond Excel's own sheet size is refused too.
 */
final class Sheets {
    /** Excel's last column (XFD), 0-based. */
    static final int MAX_COLUMN = 16_383;
    /** Excel's last row, 0-based. */
    static final int MAX_ROW = 1_048_575;

    static {
        // POI's own guards, for every workbook Podium reads: a part may not inflate beyond the limit, nor more than
        // 100 times (POI's default ratio guard, kept).
        ZipSecureFile.setMaxEntrySize(Limits.XLSX_PART_BYTES);
        ZipSecureFile.setMinInflateRatio(0.01);
    }

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
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ContestFileException(Problem.of(name, FileText.current().get("contestfile.xlsx.noSheet",
                        TextFiles.said(expected))));
            }
            sheet = new SheetHandler(name, new ReadOnlySharedStringsTable(pkg, false), reader.getStylesTable(),
                    date1904(reader));
            try (InputStream xml = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(sheet);
                parser.parse(new InputSource(xml));
            }
        } catch (ContestFileException e) {
            throw e;
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException
                 | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            String csv = file.getFileName().toString().replaceFirst("(?i)\\.xlsx$", ".csv");
            if (isZipBomb(e)) {
                throw new ContestFileException(Problem.of(name, FileText.current().get("contestfile.xlsx.bomb",
                        TextFiles.said(kind.holds), Limits.megabytes(Limits.XLSX_PART_BYTES), csv)));
            }
            throw new ContestFileException(Problem.of(name, FileText.current().get("contestfile.xlsx.unreadable", csv)));
        }
        if (!sheet.problems.isEmpty()) {
            throw sheet.problems.exception();
        }
        return sheet.records();
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

    /** A workbook saved with a password is an OLE2 container holding the encrypted package. */
    private static boolean encrypted(byte[] bytes) {
        try {
            if (FileMagic.valueOf(bytes) != FileMagic.OLE2) {
                return false;
            }
            try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
                return fs.getRoot().hasEntry("EncryptedPackage");
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** True when the workbook counts dates from 1904 (old Mac Excel). */
    private static boolean date1904(XSSFReader reader) {
        try (InputStream in = reader.getWorkbookData()) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int pr = xml.indexOf("<workbookPr");
            if (pr < 0) {
                pr = xml.indexOf(":workbookPr");
            }
            if (pr < 0) {
                return false;
            }
            String attributes = xml.substring(pr, Math.max(pr, xml.indexOf('>', pr)));
            return attributes.matches("(?s).*date1904=\"(1|true)\".*");
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            return false;
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
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final boolean date1904;
        final Problems problems = new Problems();
        /** 0-based row -> its cells as text, in sheet order. */
        private final Map<Integer, List<String>> rows = new java.util.LinkedHashMap<>();
        private final List<CellRangeAddress> merges = new ArrayList<>();
        /** style index -> whether its number format is a date's */
        private final Map<String, Boolean> dateStyles = new HashMap<>();

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

        SheetHandler(String file, ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904) {
            this.file = file;
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            String element = localName == null || localName.isEmpty() ? qName : localName;
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
            String element = localName == null || localName.isEmpty() ? qName : localName;
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
                case "s" -> strings.getItemAt(Integer.parseInt(raw.strip())).getString();
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

        private boolean dateFormatted() {
            if (style == null || styles == null) {
                return false;
            }
            return dateStyles.computeIfAbsent(style, k -> {
                XSSFCellStyle s = styles.getStyleAt(Integer.parseInt(k));
                return s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
            });
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
