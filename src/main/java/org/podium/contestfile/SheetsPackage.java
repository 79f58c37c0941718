package org.podium.contestfile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The parts of an .xlsx workbook (a zip file), held in memory as read, each unpacked only when asked for. Replaces
 * POI's {@code OPCPackage}, which unpacks every part on opening and whose classes took about 0.7 s of CPU to load and
 * run on a JVM's first workbook. The guards are POI's {@code ZipSecureFile} ones: no part may unpack to more than
 * {@link Limits#XLSX_PART_BYTES}, nor (beyond its first 100 KB) more than 100 times its packed size, whether the zip's
 * directory says so beforehand or the data shows it while unpacking (a directory may lie); at most
 * {@value #MAX_ENTRIES} entries; encrypted entries, unknown compression methods and duplicate names are refused. Part
 * names are compared without regard to case, as the package format (OPC) says.
 */
final class SheetsPackage {
    /** POI's {@code ZipSecureFile} default maximum of entries. */
    static final int MAX_ENTRIES = 1000;
    /** Below this many bytes unpacked the ratio is not checked (POI's grace). */
    static final long GRACE_BYTES = 100 * 1024;
    /** A part may unpack to at most this many times its packed size. */
    static final int MAX_RATIO = 100;

    /** The workbook is not a zip file this reader can read. */
    static final class Unreadable extends IOException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    /** A part unpacks beyond the limits (a "zip bomb"). */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    private record Entry(String name, int flags, int method, long packed, long size, long localHeader) {
    }

    private final byte[] zip;
    /** Entries by their name in lower case. */
    private final Map<String, Entry> entries;

    private SheetsPackage(byte[] zip, Map<String, Entry> entries) {
        this.zip = zip;
        this.entries = entries;
    }

    /** Reads the zip's central directory and checks every entry's declared sizes; unpacks nothing yet. */
    static SheetsPackage open(byte[] zip) throws IOException {
        int end = -1;
        for (int i = zip.length - 22; i >= 0 && i >= zip.length - 22 - 65_535; i--) {
            if (u32(zip, i) == 0x06054b50L) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new Unreadable("no zip directory");
        }
        long count = u16(zip, end + 10);
        long offset = u32(zip, end + 16);
        if ((count == 0xFFFF || offset == 0xFFFFFFFFL) && end >= 20 && u32(zip, end - 20) == 0x07064b50L) {
            long zip64End = u64(zip, end - 20 + 8); // the ZIP64 end of central directory record
            check(zip64End >= 0 && zip64End + 56 <= zip.length && u32(zip, (int) zip64End) == 0x06064b50L, "bad ZIP64 directory");
            count = u64(zip, (int) zip64End + 32);
            offset = u64(zip, (int) zip64End + 48);
        }
        if (count > MAX_ENTRIES) {
            throw new Unreadable("more than " + MAX_ENTRIES + " entries");
        }
        Map<String, Entry> entries = new HashMap<>();
        long at = offset;
        for (long n = 0; n < count; n++) {
            check(at >= 0 && at + 46 <= zip.length && u32(zip, (int) at) == 0x02014b50L, "bad zip directory");
            int p = (int) at;
            int flags = u16(zip, p + 8);
            int method = u16(zip, p + 10);
            long packed = u32(zip, p + 20);
            long size = u32(zip, p + 24);
            int nameLength = u16(zip, p + 28);
            int extraLength = u16(zip, p + 30);
            int commentLength = u16(zip, p + 32);
            long local = u32(zip, p + 42);
            check(p + 46L + nameLength + extraLength <= zip.length, "bad zip directory");
            String name = new String(zip, p + 46, nameLength, StandardCharsets.UTF_8);
            if (size == 0xFFFFFFFFL || packed == 0xFFFFFFFFL || local == 0xFFFFFFFFL) {
                long[] wide = zip64(zip, p + 46 + nameLength, extraLength, size == 0xFFFFFFFFL, packed == 0xFFFFFFFFL,
                        local == 0xFFFFFFFFL);
                size = wide[0] >= 0 ? wide[0] : size;
                packed = wide[1] >= 0 ? wide[1] : packed;
                local = wide[2] >= 0 ? wide[2] : local;
            }
            Entry e = new Entry(name, flags, method, packed, size, local);
            guard(e, size);
            if (entries.put(key(name), e) != null) {
                throw new Unreadable("two entries named " + name);
            }
            at = p + 46L + nameLength + extraLength + commentLength;
        }
        return new SheetsPackage(zip, entries);
    }

    /** The sizes a ZIP64 extra field gives in place of those marked 0xFFFFFFFF: size, packed size, header offset. */
    private static long[] zip64(byte[] zip, int from, int length, boolean size, boolean packed, boolean local) {
        long[] out = {-1, -1, -1};
        int p = from;
        while (p + 4 <= from + length) {
            int id = u16(zip, p);
            int dataLength = u16(zip, p + 2);
            if (id == 0x0001) {
                int q = p + 4;
                int stop = Math.min(p + 4 + dataLength, from + length);
                if (size && q + 8 <= stop) {
                    out[0] = u64(zip, q);
                    q += 8;
                }
                if (packed && q + 8 <= stop) {
                    out[1] = u64(zip, q);
                    q += 8;
                }
                if (local && q + 8 <= stop) {
                    out[2] = u64(zip, q);
                }
                return out;
            }
            p += 4 + dataLength;
        }
        return out;
    }

    /** Refuses a part that unpacks (or says it does) to {@code size} bytes, beyond the limits for its packed size. */
    private static void guard(Entry e, long size) throws TooLarge {
        if (size > Limits.XLSX_PART_BYTES || size < 0) {
            throw new TooLarge(e.name() + " unpacks to more than " + Limits.XLSX_PART_BYTES + " bytes");
        }
        if (e.method() != 0 && size > GRACE_BYTES && size > e.packed() * MAX_RATIO) {
            throw new TooLarge(e.name() + " unpacks to more than " + MAX_RATIO + " times its packed size");
        }
    }

    private static void check(boolean ok, String message) throws Unreadable {
        if (!ok) {
            throw new Unreadable(message);
        }
    }

    private static String key(String name) {
        String n = name.startsWith("/") ? name.substring(1) : name;
        return n.toLowerCase(Locale.ROOT);
    }

    /** Whether the package holds a part of this name (without a leading slash; case not considered). */
    boolean has(String name) {
        return entries.containsKey(key(name));
    }

    /** The part named {@code name}, unpacked through the guards; null when there is none. */
    byte[] part(String name) throws IOException {
        Entry e = entries.get(key(name));
        if (e == null) {
            return null;
        }
        if ((e.flags() & 1) != 0) {
            throw new Unreadable(e.name() + " is encrypted");
        }
        check(e.localHeader() >= 0 && e.localHeader() + 30 <= zip.length && u32(zip, (int) e.localHeader()) == 0x04034b50L,
                "bad local header of " + e.name());
        int h = (int) e.localHeader();
        long data = h + 30L + u16(zip, h + 26) + u16(zip, h + 28);
        check(data + e.packed() <= zip.length, e.name() + " goes beyond the end of the file");
        int from = (int) data;
        int packed = (int) e.packed();
        return switch (e.method()) {
            case 0 -> {
                guard(e, packed);
                byte[] out = new byte[packed];
                System.arraycopy(zip, from, out, 0, packed);
                yield out;
            }
            case 8 -> inflate(e, from, packed);
            default -> throw new Unreadable(e.name() + " is packed by method " + e.method());
        };
    }

    /** The part as a stream (see {@link #part}); null when there is none. */
    InputStream stream(String name) throws IOException {
        byte[] bytes = part(name);
        return bytes == null ? null : new java.io.ByteArrayInputStream(bytes);
    }

    private byte[] inflate(Entry e, int from, int packed) throws IOException {
        Inflater inflater = new Inflater(true);
        try {
            // the packed data and one byte more: the "dummy" byte an Inflater without zlib header may ask for
            byte[] input = new byte[packed + 1];
            System.arraycopy(zip, from, input, 0, packed);
            inflater.setInput(input);
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(e.size(), 64), Limits.XLSX_PART_BYTES));
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0) {
                    if (inflater.needsInput() || inflater.needsDictionary()) {
                        throw new Unreadable(e.name() + " ends before its data does");
                    }
                    continue;
                }
                total += n;
                guard(e, total); // the data, whatever the directory said
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException x) {
            throw new Unreadable(e.name() + " is not valid packed data");
        } finally {
            inflater.end();
        }
    }

    /**
     * The target of the first relationship of {@code type} (the end of its type URI, such as {@code /officeDocument})
     * in the relationships part {@code rels} of the part {@code source}, as a part name; null when there is none.
     */
    String target(String source, String type) throws IOException {
        Map<String, String[]> rels = relationships(source);
        for (String[] r : rels.values()) {
            if (r[0].endsWith(type)) {
                return r[1];
            }
        }
        return null;
    }

    /**
     * The relationships of part {@code source} ({@code ""} for the package's own): id -> {type, target part name}, in
     * order; external targets left out.
     */
    Map<String, String[]> relationships(String source) throws IOException {
        int slash = source.lastIndexOf('/');
        String dir = slash < 0 ? "" : source.substring(0, slash + 1);
        String relsName = dir + "_rels/" + source.substring(slash + 1) + ".rels";
        Map<String, String[]> out = new java.util.LinkedHashMap<>();
        byte[] xml = part(relsName);
        if (xml == null) {
            return out;
        }
        try {
            org.xml.sax.XMLReader parser = Sheets.xmlReader();
            parser.setContentHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes atts) {
                    if (Sheets.localName(localName, qName).equals("Relationship") && atts.getValue("Id") != null
                            && atts.getValue("Type") != null && atts.getValue("Target") != null
                            && !"External".equals(atts.getValue("TargetMode"))) {
                        out.putIfAbsent(atts.getValue("Id"), new String[] {atts.getValue("Type"),
                                resolve(dir, atts.getValue("Target"))});
                    }
                }
            });
            parser.parse(new org.xml.sax.InputSource(new java.io.ByteArrayInputStream(xml)));
        } catch (org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new Unreadable(relsName + " is not readable XML");
        }
        return out;
    }

    /** A relationship's target as a part name: relative to {@code dir} unless it starts with /, .. and %xx resolved. */
    static String resolve(String dir, String target) {
        String t = target.contains("%") ? percentDecoded(target) : target;
        String path = t.startsWith("/") ? t.substring(1) : dir + t;
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                parts.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                parts.addLast(segment);
            }
        }
        return String.join("/", parts);
    }

    private static String percentDecoded(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0
                    && Character.digit(s.charAt(i + 2), 16) >= 0) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int p) {
        return (u16(b, p) | (long) u16(b, p + 2) << 16) & 0xFFFFFFFFL;
    }

    private static long u64(byte[] b, int p) {
        return u32(b, p) | u32(b, p + 4) << 32;
    }
}
