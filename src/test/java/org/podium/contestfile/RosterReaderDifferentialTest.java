package org.podium.contestfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Contest;
import org.podium.domain.Contestant;

/**
 * Issue 17: the roster read for a command ({@link RosterReader#parse}, a CSV streamed, no preview row kept, each
 * contestant's columns a shared layout) and the preview ({@link RosterReader#preview}) give exactly what the reader gave
 * before ({@link OldRosterReader}, the old code kept as the oracle): the same contestants (every field, the columns map
 * and its order), the same problems (text, line, order, how many omitted) and notes; the preview the same rows, columns,
 * header line and end too. Over 3,000 random rosters, good and bad, each read by all three.
 */
class RosterReaderDifferentialTest {
    @TempDir
    Path dir;

    private static final String[][] HEADERS = {
            {"bib", "编号", "号码", "参赛 号", "Bib"},
            {"name", "姓名", "姓　名"},
            {"unit", "单位", "工作单位"},
            {"team", "代表队", "队"},
            {"event", "项目", "比赛项目"},
            {"heat", "组别", "分组"},
            {"gender", "性别"},
            {"birth_date", "出生日期", "出生年月"},
    };
    private static final String[] EXTRA = {"工号", "岗位", "备注", "序号", "", "Name"};
    private static final String[] NAMES = {"张伟", "李娜", "王芳", "𠮷田", "赵强", "陈静"};
    private static final String[] UNITS = {"一车间", "二车间, 装配线", "质检部", "冠捷显示"};
    private static final String[] EVENTS = {"stand", "stand", "weld", "支架", "焊接", "ｓｔａｎｄ", "", "nosuch", " weld ", "Stand"};
    private static final String[] DATES = {"1994-03-18", "1994/3/18", "1994.3.18", "1994年3月18日", "１９９４-03-18",
            "2001-12-31", "1994-13-01", "abc", "", "1994-02-30"};

    private final Map<String, Integer> seen = new TreeMap<>();

    @Test
    void theStreamedReadAndThePreviewGiveExactlyWhatTheOldReaderGave() throws Exception {
        String titled = Fixtures.FULL_EXAMPLE.replace("where: {gender: 女}", "where: {性别: 女, 岗位: 装配}");
        Contest[] contests = {
                null,
                ContestYaml.parse(Fixtures.MINIMAL, "contest.yaml"),
                ContestYaml.parse(Fixtures.TWO_EVENTS, "contest.yaml"),
                ContestYaml.parse(Fixtures.FULL_EXAMPLE, "contest.yaml"),
                ContestYaml.parse(titled, "contest.yaml"),
                ContestYaml.parse(Fixtures.TWO_EVENTS.replace("name: 焊接", "name: 支架"), "contest.yaml"), // two named alike
        };
        Random random = new Random(17);
        for (int i = 0; i < 3_000; i++) {
            Path file = roster(random, i);
            Contest contest = contests[random.nextInt(contests.length)];
            Map<String, String> hand = random.nextInt(5) > 0 ? Map.of() : Map.of(
                    List.of("工号", "岗位", "Bib", "备注").get(random.nextInt(4)), List.of("bib", "", "note", "name").get(random.nextInt(4)));
            Locale locale = random.nextBoolean() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            String what = "case " + i + " " + file.getFileName() + ": " + text(file);

            Preview<Contestant> old = OldRosterReader.preview(file, contest, Map.of(), Locale.getDefault(), Limits.LISTED_PROBLEMS);
            RosterReader.Result read = RosterReader.parse(file, contest);
            assertThat(read.problems()).as(what).isEqualTo(old.problems());
            assertThat(read.omitted()).as(what).isEqualTo(old.problemsOmitted());
            assertThat(read.notes()).as(what).isEqualTo(old.notes());
            sameRoster(what, read.roster(), old.read());

            Preview<Contestant> before = OldRosterReader.preview(file, contest, hand, locale, Limits.PREVIEW_PROBLEMS);
            Preview<Contestant> now = RosterReader.preview(file, contest, hand, locale);
            assertThat(now.file()).as(what).isEqualTo(before.file());
            assertThat(now.headerLine()).as(what).isEqualTo(before.headerLine());
            assertThat(now.columns()).as(what).isEqualTo(before.columns());
            assertThat(now.rows()).as(what).isEqualTo(before.rows());
            for (int r = 0; r < now.rows().size(); r++) {
                assertThat(List.copyOf(now.rows().get(r).values().entrySet())).as(what)
                        .isEqualTo(List.copyOf(before.rows().get(r).values().entrySet()));
            }
            assertThat(now.end()).as(what).isEqualTo(before.end());
            assertThat(now.problems()).as(what).isEqualTo(before.problems());
            assertThat(now.problemsOmitted()).as(what).isEqualTo(before.problemsOmitted());
            assertThat(now.notes()).as(what).isEqualTo(before.notes());
            sameRoster(what, now.read(), before.read());

            count("contestants", old.read().size());
            count("problems", old.problems().size());
            count("omitted", old.problemsOmitted() > 0 ? 1 : 0);
            count("notes", old.notes().size());
            count("unread", old.headerLine() == 0 ? 1 : 0);
            count("hand-mapped previews", hand.isEmpty() ? 0 : 1);
            for (Problem p : old.problems()) {
                count(kind(p.message()), 1);
            }
        }
        // the rosters were of every kind the reader tells apart
        assertThat(seen.get("contestants")).as(seen.toString()).isGreaterThan(10_000);
        assertThat(seen.get("omitted")).as(seen.toString()).isGreaterThan(5);
        assertThat(seen.get("notes")).as(seen.toString()).isGreaterThan(50);
        assertThat(seen.get("unread")).as(seen.toString()).isGreaterThan(50);
        for (String kind : List.of("twice", "disagree", "emptyBib", "unknownEvent", "ambiguousEvent", "badDate",
                "tooManyFields", "cellsRight", "missing", "titleColumn", "sameColumn", "emptyEvent", "unclosed", "afterQuote",
                "empty", "binary", "utf16")) {
            assertThat(seen.getOrDefault(kind, 0)).as(kind + " in " + seen).isGreaterThan(0);
        }
    }

    private void count(String what, int n) {
        seen.merge(what, n, Integer::sum);
    }

    /** A problem's kind, told by the English words of its message (the oracle's messages are the reader's). */
    private static String kind(String message) {
        String[][] kinds = {
                {"twice", "appears twice in event"}, {"disagree", "the rows of one contestant must agree"},
                {"emptyBib", "empty bib"}, {"unknownEvent", "unknown event"}, {"ambiguousEvent", "is the name of several events"},
                {"badDate", "is not a date"}, {"tooManyFields", "fields but the header has"}, {"cellsRight", "right of the header"},
                {"missing", "missing required column"}, {"titleColumn", "needs column"}, {"sameColumn", "are all read as"},
                {"emptyEvent", "empty event for bib"}, {"unclosed", "never closed"}, {"afterQuote", "text after a closing quote"},
                {"empty", "is empty: expected"}, {"binary", "NUL bytes"}, {"utf16", "UTF-16"},
        };
        for (String[] k : kinds) {
            if (message.contains(k[1])) {
                return k[0];
            }
        }
        return "other";
    }

    private static void sameRoster(String what, List<Contestant> now, List<Contestant> before) {
        assertThat(now).as(what).isEqualTo(before);
        for (int i = 0; i < now.size(); i++) {
            // the columns in the same order too (a map's equality does not look at it)
            assertThat(List.copyOf(now.get(i).columns().entrySet())).as(what)
                    .isEqualTo(List.copyOf(before.get(i).columns().entrySet()));
            assertThat(now.get(i).columns().hashCode()).as(what).isEqualTo(before.get(i).columns().hashCode());
        }
    }

    private static String text(Path file) {
        try {
            byte[] b = Files.readAllBytes(file);
            String s = new String(b, 0, Math.min(b.length, 3_000), StandardCharsets.UTF_8);
            return s.length() < 3_000 ? s : s + "...";
        } catch (IOException e) {
            return "?";
        }
    }

    // ---------------------------------------------------------------- the random rosters

    private Path roster(Random random, int i) throws IOException {
        int special = random.nextInt(100);
        if (special < 4) {
            String[] texts = {"", "  \n \r\n\t\n", ",,,\n,\n", "\uFEFF", "2026年技能竞赛名单\n日期,2026-11-23\n",
                    "bib,name\n101,张伟\u0000\n"};
            return write("roster" + i + ".csv", texts[random.nextInt(texts.length)].getBytes(StandardCharsets.UTF_8));
        }
        if (special < 5) {
            byte[] utf16 = "bib,name\n101,张伟\n".getBytes(StandardCharsets.UTF_16LE);
            byte[] b = new byte[utf16.length + 2];
            b[0] = (byte) 0xFF;
            b[1] = (byte) 0xFE;
            System.arraycopy(utf16, 0, b, 2, utf16.length);
            return write("roster" + i + ".csv", b);
        }
        List<List<String>> records = records(random);
        if (special < 8) {
            return xlsx("roster" + i + ".xlsx", records);
        }
        String eol = List.of("\n", "\n", "\n", "\r\n", "\r\n", "\r").get(random.nextInt(6));
        StringBuilder b = new StringBuilder();
        for (List<String> r : records) {
            for (int f = 0; f < r.size(); f++) {
                b.append(f == 0 ? "" : ",").append(csv(r.get(f)));
            }
            b.append(random.nextInt(40) == 0 ? eol + eol : eol); // now and then a blank line
        }
        String text = b.toString();
        if (special < 11 && text.length() > 10) { // a quote never closed, or text after a closing one
            int at = random.nextInt(text.length());
            while (at > 0 && text.charAt(at - 1) != ',' && text.charAt(at - 1) != '\n') {
                at--;
            }
            text = text.substring(0, at) + (special < 10 ? "\"不闭合" : "\"a\"b") + text.substring(at);
        }
        if (random.nextInt(4) == 0) {
            text = text.strip(); // no line break at the end
        }
        int encoding = random.nextInt(10);
        byte[] bytes = encoding < 7 ? text.getBytes(StandardCharsets.UTF_8)
                : encoding < 8 ? ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)
                : text.getBytes(TextFiles.GB18030);
        return write("roster" + i + ".csv", bytes);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path xlsx(String name, List<List<String>> records) throws IOException {
        Path p = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            Sheet sheet = wb.createSheet("名单");
            for (int r = 0; r < records.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < records.get(r).size(); c++) {
                    row.createCell(c).setCellValue(records.get(r).get(c));
                }
            }
            wb.write(out);
        }
        return p;
    }

    private static String csv(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")
                ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    /** A roster's records: maybe a title above, a header of known, other-named and extra columns, rows, maybe an end. */
    private static List<List<String>> records(Random random) {
        List<List<String>> out = new ArrayList<>();
        if (random.nextInt(5) == 0) {
            out.add(List.of("2026年技能竞赛名单"));
            if (random.nextBoolean()) {
                out.add(List.of("日期", "2026-11-23"));
            }
        }
        List<Integer> kinds = new ArrayList<>(); // 0-7 a column of HEADERS, 8+ an extra one
        List<String> header = new ArrayList<>();
        for (int k = 0; k < HEADERS.length; k++) {
            if (random.nextInt(100) < (k < 2 ? 95 : 60)) {
                kinds.add(k);
                header.add(HEADERS[k][random.nextInt(HEADERS[k].length)]);
            }
        }
        for (int e = random.nextInt(3); e > 0; e--) {
            int x = random.nextInt(EXTRA.length);
            kinds.add(8 + x);
            header.add(EXTRA[x]);
        }
        if (random.nextInt(15) == 0 && !kinds.isEmpty()) { // one column twice
            int k = kinds.get(random.nextInt(kinds.size()));
            kinds.add(k);
            header.add(k < 8 ? HEADERS[k][random.nextInt(HEADERS[k].length)] : EXTRA[k - 8]);
        }
        long order = random.nextLong();
        Collections.shuffle(kinds, new Random(order));
        Collections.shuffle(header, new Random(order));
        out.add(header.stream().map(h -> random.nextInt(10) == 0 ? " " + h + " " : h).toList());
        int rows = random.nextInt(20) == 0 ? 150 + random.nextInt(150) : random.nextInt(25);
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>();
            int bib = 101 + random.nextInt(rows < 10 ? 6 : 40);
            for (int k : kinds) {
                row.add(cell(random, k, bib));
            }
            int shape = random.nextInt(30);
            if (shape == 0) {
                row.add("多余");
            } else if (shape == 1) {
                row.add("");
                row.add(" ");
            } else if (shape == 2 && row.size() > 1) {
                row.remove(row.size() - 1);
            }
            out.add(row);
        }
        if (random.nextInt(8) == 0) { // the end of the table, and rows after it
            out.add(List.of(List.of("合计", "总计", "备注：以上名单", "Total: 12", "ｔｏｔａｌ").get(random.nextInt(5)), "12"));
            for (int a = random.nextInt(3); a > 0; a--) {
                out.add(List.of("制表人", "张三"));
            }
        }
        return out;
    }

    /** A cell of column kind {@code k} for bib {@code bib}: mostly what that bib's other rows say, now and then not. */
    private static String cell(Random random, int k, int bib) {
        boolean own = random.nextInt(8) > 0; // the bib's own value
        int pick = own ? bib : random.nextInt(1000);
        String v = switch (k) {
            case 0 -> random.nextInt(25) == 0 ? "" : List.of(String.valueOf(bib), String.valueOf(bib), String.valueOf(bib),
                    toFullWidth(String.valueOf(bib)), bib + ".0").get(random.nextInt(5));
            case 1 -> random.nextInt(30) == 0 ? "" : random.nextInt(40) == 0 ? "张,\n伟" : NAMES[pick % NAMES.length];
            case 2 -> UNITS[pick % UNITS.length];
            case 3 -> List.of("", "A组", "B组").get(random.nextInt(3));
            case 4 -> EVENTS[random.nextInt(EVENTS.length)];
            case 5 -> List.of("1", "2", "１", "2.0", "").get(random.nextInt(5));
            case 6 -> List.of("男", "女", "").get(pick % 3);
            case 7 -> own && random.nextInt(4) > 0 ? DATES[bib % 6] : DATES[random.nextInt(DATES.length)];
            default -> List.of("E001", "装配", "班组长", "1", "２", "\"引号\"").get(random.nextInt(6));
        };
        return random.nextInt(15) == 0 ? " " + v + "\u3000" : v;
    }

    private static String toFullWidth(String digits) {
        StringBuilder b = new StringBuilder();
        for (char c : digits.toCharArray()) {
            b.append((char) (c - '0' + '０'));
        }
        return b.toString();
    }
}
