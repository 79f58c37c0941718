package org.podium.contestfile;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings ({@code xl/sharedStrings.xml}) as plain text, read as a SAX stream: each {@code <si>}
 * item is the text of its {@code <t>}, or of the {@code <t>} of its rich-text runs ({@code <r><t>}) joined, as Excel
 * shows it; phonetic runs ({@code <rPh>}, the furigana of a Japanese name) are left out; the text is kept as written
 * (spaces and line breaks included, {@code xml:space} or not); the {@code _xHHHH_} escapes of characters XML cannot
 * hold are decoded as POI decodes them. This replaces POI's {@code ReadOnlySharedStringsTable}, which makes an
 * {@code XSSFRichTextString} (an XMLBeans object) for every item: the 50,000 names of a large roster took 40 % of its
 * reading. The parser is {@link Sheets#xmlReader()} (no DTD, so no entities, nothing external); the part is
 * read through the same inflation guards as the sheet; the {@code count} and {@code uniqueCount} attributes are not
 * trusted (nothing is allocated from them), so the memory grows only with the items actually read.
 */
final class SheetsSharedStrings {
    private SheetsSharedStrings() {
    }

    /** The items of a shared-strings part, in order (item {@code i} is what a cell {@code <v>i</v>} of type s shows). */
    static String[] read(InputStream xml) throws IOException, SAXException, ParserConfigurationException {
        Handler handler = new Handler();
        XMLReader parser = Sheets.xmlReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(xml));
        return handler.items.toArray(new String[0]);
    }

    /** Decodes {@code _xHHHH_} (four hex digits, either case) to the character it stands for, as POI does. */
    static String decode(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text;
        }
        StringBuilder out = null;
        int from = 0;
        while (at >= 0 && at + 7 <= text.length()) {
            if (text.charAt(at + 6) == '_' && hex(text, at + 2, at + 6)) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, from, at).append((char) Integer.parseInt(text.substring(at + 2, at + 6), 16));
                from = at + 7;
                at = text.indexOf("_x", from);
            } else {
                at = text.indexOf("_x", at + 1);
            }
        }
        if (out == null) {
            return text;
        }
        return out.append(text, from, text.length()).toString();
    }

    private static boolean hex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    private static final class Handler extends DefaultHandler {
        final List<String> items = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean inItem;
        private boolean inText;
        /** Depth inside {@code <rPh>} (phonetic runs, left out). */
        private int phonetic;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (name(localName, qName)) {
                case "si" -> {
                    inItem = true;
                    text.setLength(0);
                }
                case "rPh" -> phonetic++;
                case "t" -> inText = inItem && phonetic == 0;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (name(localName, qName)) {
                case "si" -> {
                    items.add(decode(text.toString()));
                    inItem = false;
                    inText = false;
                }
                case "rPh" -> phonetic = Math.max(0, phonetic - 1);
                case "t" -> inText = false;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                text.append(ch, start, length);
            }
        }

        private static String name(String localName, String qName) {
            return Sheets.localName(localName, qName);
        }
    }
}
