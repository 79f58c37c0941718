package org.podium.contestfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 4180 reader: fields separated by commas, optionally in double quotes; a doubled quote inside
 * quotes is one quote; commas and line breaks inside quotes belong to the field; lines end with CRLF, LF
 * or CR. Blank lines (and lines whose every field is empty, as Excel writes for cleared rows) are skipped.
 * Each record keeps the 1-based line on which it starts, counting every physical line of the file, so the
 * header of a file that starts with it is line 1.
 */
public final class Csv {
    private Csv() {
    }

    /** One record with the line it starts on; fields are as written (not trimmed). */
    public record Record(int line, List<String> fields) {
        public Record {
            fields = List.copyOf(fields);
        }

        public int size() {
            return fields.size();
        }

        /** Field {@code i} (0-based), or "" when the record is shorter. */
        public String field(int i) {
            return i >= 0 && i < fields.size() ? fields.get(i) : "";
        }
    }

    /**
     * Reads every record of {@code text}.
     *
     * @param file the file's name for messages
     * @throws ContestFileException for a quote that is never closed, or text after a closing quote
     */
    public static List<Record> parse(String text, String file) throws ContestFileException {
        List<Record> records = new ArrayList<>();
        Problems problems = new Problems();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int i = 0;
        int n = text.length();
        boolean recordHasContent = false; // anything at all on this record (a comma, a quote, a character)
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                // a quoted field (a quote inside an unquoted field is literal: Excel writes 5'11" unquoted)
                int quoteLine = line;
                i++;
                boolean closed = false;
                while (i < n) {
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        closed = true;
                        break;
                    }
                    if (q == '\r' || q == '\n') {
                        line++;
                        if (q == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                            field.append('\r');
                            i++;
                        }
                    }
                    field.append(text.charAt(i));
                    i++;
                }
                recordHasContent = true;
                if (!closed) {
                    problems.add(Problem.at(file, quoteLine, FileText.current().get("contestfile.csv.unclosed")));
                    break;
                }
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    problems.add(Problem.at(file, line, FileText.current().get("contestfile.csv.afterQuote", text.charAt(i))));
                    // skip to the end of the field to keep going
                    while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                        i++;
                    }
                }
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                recordHasContent = true;
                i++;
                continue;
            }
            if (c == '\r' || c == '\n') {
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                fields.add(field.toString());
                field.setLength(0);
                add(records, recordLine, fields, recordHasContent);
                fields = new ArrayList<>();
                recordHasContent = false;
                line++;
                recordLine = line;
                continue;
            }
            field.append(c);
            recordHasContent = true;
            i++;
        }
        if (recordHasContent || field.length() > 0) {
            fields.add(field.toString());
            add(records, recordLine, fields, true);
        }
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        return records;
    }

    private static void add(List<Record> records, int line, List<String> fields, boolean hasContent) {
        if (!hasContent) {
            return;
        }
        for (String f : fields) {
            if (!f.isBlank()) {
                records.add(new Record(line, fields));
                return;
            }
        }
        // every field blank: a blank line or a cleared spreadsheet row
    }

    /** Column positions of a header record, by name (trimmed). */
    public static final class Header {
        private final Record record;
        private final Map<String, Integer> index = new LinkedHashMap<>();
        /** Names given more than once, in the order of their second appearance, with how often each appears. */
        private final Map<String, Integer> duplicates = new LinkedHashMap<>();

        public Header(Record record) {
            this.record = record;
            for (int i = 0; i < record.size(); i++) {
                String name = record.field(i).strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (index.putIfAbsent(name, i) != null) {
                    duplicates.merge(name, 2, (was, two) -> was + 1);
                }
            }
        }

        /** The header record itself. */
        public Record record() {
            return record;
        }

        /** Column names in file order (empty header cells left out). */
        public List<String> names() {
            return List.copyOf(index.keySet());
        }

        /** Names given more than once, each once. */
        public List<String> duplicates() {
            return List.copyOf(duplicates.keySet());
        }

        /** How many times {@code name} appears in the header. */
        public int occurrences(String name) {
            return duplicates.getOrDefault(name, index.containsKey(name) ? 1 : 0);
        }

        /** "column 'x' appears twice (or N times) in the header: ..." for each duplicated name. */
        void reportDuplicates(String file, int line, Problems problems) {
            for (Map.Entry<String, Integer> d : duplicates.entrySet()) {
                problems.add(Problem.at(file, line, d.getValue() == 2
                        ? FileText.current().get("contestfile.header.twice", FileText.current().quote(d.getKey()))
                        : FileText.current().get("contestfile.header.times", FileText.current().quote(d.getKey()), d.getValue())));
            }
        }

        public boolean has(String name) {
            return index.containsKey(name);
        }

        /** 0-based position of a column, or -1. */
        public int index(String name) {
            Integer i = index.get(name);
            return i == null ? -1 : i;
        }

        /** The field of {@code r} under column {@code name}, trimmed; "" when the column or the field is missing. */
        public String get(Record r, String name) {
            return r.field(index(name)).strip();
        }
    }
}
