package org.podium.cli;

import java.util.ArrayList;
import java.util.List;

/** A header and rows of text cells, written as CSV (RFC 4180), an aligned table, or JSON. */
record Table(List<String> header, List<List<String>> rows) {

    Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    String csv() {
        StringBuilder sb = new StringBuilder();
        csvLine(sb, header);
        for (List<String> row : rows) {
            csvLine(sb, row);
        }
        return sb.toString();
    }

    static void csvLine(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            csvCell(sb, cells.get(i));
        }
        sb.append('\n');
    }

    /** One cell of a CSV line, quoted when it must be. */
    static void csvCell(StringBuilder sb, String c) {
        if (needsQuotes(c)) {
            sb.append('"').append(c.replace("\"", "\"\"")).append('"');
        } else {
            sb.append(c);
        }
    }

    /** A cell holding a comma, a quote or a line break is written in quotes (one look at each character). */
    private static boolean needsQuotes(String c) {
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Columns padded to the same display width; CJK characters count two terminal columns. */
    String aligned(List<Integer> rightAligned) {
        int[] width = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], displayWidth(row.get(i)));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String c = row.get(i);
                String pad = " ".repeat(width[i] - displayWidth(c));
                line.append(rightAligned.contains(i) ? pad + c : c + pad);
                if (i < row.size() - 1) {
                    line.append("  ");
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean wide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD);
    }

    static String json(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
