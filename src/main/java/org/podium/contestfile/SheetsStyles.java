package org.podium.contestfile;

import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which cell styles of a workbook ({@code xl/styles.xml}) format a number as a date, read as a SAX stream: the number
 * formats of {@code <numFmts>} and, in order, the {@code numFmtId} of each {@code <xf>} of {@code <cellXfs>} (a cell's
 * {@code s} attribute is its index there), each format judged by POI's {@link DateUtil#isADateFormat(int, String)},
 * built-in formats by {@link BuiltinFormats}, as POI's {@code StylesTable} and {@code XSSFCellStyle} give them. This
 * replaces {@code StylesTable}, whose XMLBeans classes took a few hundred milliseconds to load on a workbook's first
 * reading. Read with {@link Sheets#xmlReader()}; memory grows only with the styles actually read (a {@code count}
 * attribute is not trusted).
 */
final class SheetsStyles {
    /** Style index -> whether it formats as a date; beyond the styles read, not a date. */
    private final BitSet dates;

    private SheetsStyles(BitSet dates) {
        this.dates = dates;
    }

    /** No styles part: no cell is formatted as a date. */
    static final SheetsStyles NONE = new SheetsStyles(new BitSet());

    static SheetsStyles read(InputStream xml) throws IOException, SAXException, ParserConfigurationException {
        Handler handler = new Handler();
        XMLReader parser = Sheets.xmlReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(xml));
        return new SheetsStyles(handler.dates);
    }

    /** Whether the style at {@code index} (a cell's {@code s}) formats its number as a date. */
    boolean isDate(int index) {
        return index >= 0 && dates.get(index);
    }

    private static final class Handler extends DefaultHandler {
        final BitSet dates = new BitSet();
        private final Map<Integer, String> formats = new HashMap<>();
        private boolean inFormats;
        private boolean inCellXfs;
        /** Depth inside an {@code <xf>} of {@code <cellXfs>} (its own children are not styles). */
        private int xf;

        private int index;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (Sheets.localName(localName, qName)) {
                case "numFmts" -> inFormats = true;
                case "cellXfs" -> inCellXfs = true;
                case "numFmt" -> {
                    if (inFormats) {
                        Integer id = id(atts.getValue("numFmtId"));
                        String code = atts.getValue("formatCode");
                        if (id != null && code != null) {
                            formats.put(id, code);
                        }
                    }
                }
                case "xf" -> {
                    if (inCellXfs && xf++ == 0) {
                        Integer id = id(atts.getValue("numFmtId"));
                        int format = id == null ? 0 : id;
                        String code = formats.containsKey(format) ? formats.get(format) : BuiltinFormats.getBuiltinFormat(format);
                        if (code != null && DateUtil.isADateFormat(format, code)) {
                            dates.set(index);
                        }
                        index++;
                    }
                }
                default -> {
                    if (xf > 0) {
                        xf++;
                    }
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (Sheets.localName(localName, qName)) {
                case "numFmts" -> inFormats = false;
                case "cellXfs" -> inCellXfs = false;
                default -> {
                    if (xf > 0) {
                        xf--;
                    }
                }
            }
        }

        /** A number format id as POI's {@code XSSFCellStyle.getDataFormat()} gives it (a short); none if not a number. */
        private static Integer id(String value) {
            if (value == null) {
                return null;
            }
            try {
                return (int) (short) Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
