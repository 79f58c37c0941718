package org.podium.contestfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Contest;
import org.podium.domain.Contestant;

class RosterReaderTest {
    @TempDir
    Path dir;

    /** The example of contest-files.md: one event, titles needing gender and birth_date. */
    private Contest full;
    /** One event, no titles. */
    private Contest one;
    private Contest two;

    private static final String ROSTER = """
            bib,name,unit,team,event,heat,gender,birth_date,工号
            101,张伟,冠捷显示一车间,A组,stand,1,男,1994-03-18,E001
            102,李娜,"二车间, 装配线",,stand,2,女,,E002
            103,𠮷田,三车间,A组,stand,,女,2001-12-31,
            """;

    @BeforeEach
    void contests() throws Exception {
        full = ContestYaml.parse(Fixtures.FULL_EXAMPLE, "contest.yaml");
        one = ContestYaml.parse(Fixtures.MINIMAL, "contest.yaml");
        two = Fixtures.twoEvents().withRoster(List.of());
    }

    private List<String> problems(String csv, Contest contest) {
        Path f = Fixtures.write(dir, "roster.csv", csv);
        try {
            RosterReader.read(f, contest);
        } catch (ContestFileException e) {
            return Fixtures.lines(e).stream().map(l -> l.substring(f.toString().length())).toList();
        }
        return fail("expected problems");
    }

    @Test
    void readsEveryColumnAndKeepsTheOthers() throws Exception {
        List<Contestant> r = RosterReader.read(Fixtures.write(dir, "roster.csv", ROSTER), full);
        assertThat(r).hasSize(3);
        assertThat(r.get(0)).isEqualTo(new Contestant("101", "张伟", "冠捷显示一车间", "A组", "stand", "1", LocalDate.of(1994, 3, 18),
                Map.of("bib", "101", "name", "张伟", "unit", "冠捷显示一车间", "team", "A组", "event", "stand", "heat", "1",
                        "gender", "男", "birth_date", "1994-03-18", "工号", "E001")));
        assertThat(r.get(1).unit()).isEqualTo("二车间, 装配线");
        assertThat(r.get(1).team()).isEmpty();
        assertThat(r.get(1).birthDate()).isNull();
        assertThat(r.get(1).columns()).containsEntry("gender", "女").containsEntry("工号", "E002");
        assertThat(r.get(2).name()).isEqualTo("𠮷田");
        assertThat(r.get(2).heat()).isEmpty();
    }

    @Test
    void utf8Utf8WithBomAndGb18030GiveTheSameRoster() throws Exception {
        String text = ROSTER.replace("𠮷田", "王芳"); // a GB2312 name, as a Chinese Excel would write
        List<Contestant> utf8 = RosterReader.read(Fixtures.write(dir, "a.csv", text), one);
        List<Contestant> bom = RosterReader.read(Fixtures.write(dir, "b.csv", "\uFEFF" + text), one);
        List<Contestant> gb = RosterReader.read(Fixtures.write(dir, "c.csv", text.replace("\n", "\r\n"),
                Charset.forName("GB18030")), one);
        assertThat(utf8).extracting(Contestant::name).containsExactly("张伟", "李娜", "王芳");
        assertThat(bom).isEqualTo(utf8);
        assertThat(gb).isEqualTo(utf8);
    }

    @Test
    void readsAnXlsxRoster() throws Exception {
        Path f = dir.resolve("roster.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("名单");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            Row h = s.createRow(0);
            String[] cols = {"bib", "name", "unit", "team", "event", "heat", "gender", "birth_date", "score"};
            for (int i = 0; i < cols.length; i++) {
                h.createCell(i).setCellValue(cols[i]);
            }
            Row r = s.createRow(1);
            r.createCell(0).setCellValue(101);
            r.createCell(1).setCellValue("张伟");
            r.createCell(2).setCellValue("一车间");
            r.createCell(4).setCellValue("stand");
            r.createCell(5).setCellValue(1);
            r.createCell(6).setCellValue("男");
            r.createCell(7).setCellValue(LocalDate.of(1994, 3, 18));
            r.getCell(7).setCellStyle(date);
            r.createCell(8).setCellValue(88.5);
            // row 3 left empty, row 4 a text bib
            Row r4 = s.createRow(3);
            r4.createCell(0).setCellValue("A7");
            r4.createCell(1).setCellValue("李娜");
            wb.createSheet("other").createRow(0).createCell(0).setCellValue("ignored");
            wb.write(out);
        }
        List<Contestant> roster = RosterReader.read(f, full);
        assertThat(roster).containsExactly(
                new Contestant("101", "张伟", "一车间", "", "stand", "1", LocalDate.of(1994, 3, 18),
                        Map.of("bib", "101", "name", "张伟", "unit", "一车间", "team", "", "event", "stand", "heat", "1",
                                "gender", "男", "birth_date", "1994-03-18", "score", "88.5")),
                new Contestant("A7", "李娜", "", "", "stand", "", null,
                        Map.of("bib", "A7", "name", "李娜", "unit", "", "team", "", "event", "", "heat", "",
                                "gender", "", "birth_date", "", "score", "")));
    }

    @Test
    void xlsxLinesAreSpreadsheetRows() throws Exception {
        Path f = dir.resolve("roster.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet();
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("bib");
            h.createCell(1).setCellValue("name");
            h.createCell(2).setCellValue("birth_date");
            Row r = s.createRow(4);
            r.createCell(0).setCellValue(7);
            r.createCell(1).setCellValue("王芳");
            r.createCell(2).setCellValue("1994/13/18");
            wb.write(out);
        }
        assertThatThrownBy(() -> RosterReader.read(f, one))
                .hasMessage(f + ":5: birth_date '1994/13/18' of bib 7 is not a date: write yyyy-MM-dd, like 1994-03-18");
    }

    @Test
    void aFileThatIsNotAWorkbook() {
        Path f = Fixtures.write(dir, "roster.xlsx", "bib,name\n1,a\n");
        assertThatThrownBy(() -> RosterReader.read(f, one)).hasMessage(f + ": is not an Excel workbook that can be read: save it"
                + " again from Excel as .xlsx, or save the sheet as CSV (roster.csv)");
    }

    @Test
    void theEventColumnMayBeLeftOutWithOneEvent() throws Exception {
        List<Contestant> r = RosterReader.read(Fixtures.write(dir, "roster.csv", "bib,name\n1,甲\n2,乙\n"), one);
        assertThat(r).extracting(Contestant::event).containsExactly("stand", "stand");
    }

    @Test
    void missingRequiredColumns() {
        assertThat(problems("Bib,unit\n1,x\n", full)).containsExactly(
                ":1: missing required column 'bib' (or 编号, 号码, 参赛号, 参赛编号) (did you mean 'Bib'?); the header has: Bib,unit; expected a header line like"
                        + " bib,name,unit,team,event,heat,gender,birth_date",
                ":1: missing required column 'name' (or 姓名); the header has: Bib,unit; expected a header line like"
                        + " bib,name,unit,team,event,heat,gender,birth_date",
                ":1: title '巾帼建功标兵' of event stand needs column 'gender' (where: {gender: 女}), but the roster has no such"
                        + " column (columns: Bib,unit): add it, or change the title",
                ":1: title '青年岗位能手' of event stand has max_age 35, but the roster has no birth_date column: add birth_date"
                        + " (yyyy-MM-dd), or remove max_age");
    }

    @Test
    void everyRowProblemAtOnceWithItsLine() {
        assertThat(problems("""
                bib,name,unit,event,gender,birth_date
                101,张伟,一车间,stand,男,1994-03-18
                ,无号,一车间,stand,男,
                102,李娜,二车间,stnd,女,
                101,张伟,一车间,weld,男,1994-03-18
                103,王芳,三车间,stand,女,1994-3-32

                101,张伟,一车间,stand,男,1994-03-18
                104,,三车间,weld,女,
                201,赵强,一车间,weld,男,
                201,赵强,二车间,stand,女,
                105,刘,一车间,,男,
                """, two)).containsExactly(
                ":3: empty bib: every row needs the contestant's bib",
                ":4: unknown event 'stnd' for bib 102 (did you mean 'stand'? events: stand, weld)",
                ":6: birth_date '1994-3-32' of bib 103 is not a date: write yyyy-MM-dd, like 1994-03-18",
                ":8: bib 101 appears twice in event stand (first at line 2): a contestant is entered once per event",
                ":9: empty name for bib 104: every row needs the contestant's name",
                ":11: bib 201 has unit '二车间' in event stand but '一车间' in event weld (line 10): the rows of one contestant must"
                        + " agree on name, unit, gender and birth_date (or use another bib)",
                ":11: bib 201 has gender '女' in event stand but '男' in event weld (line 10): the rows of one contestant must"
                        + " agree on name, unit, gender and birth_date (or use another bib)",
                ":12: empty event for bib 105: the contest has several events (stand, weld), name one");
    }

    @Test
    void theEventColumnIsNeededWithSeveralEvents() {
        assertThat(problems("bib,name\n1,a\n", two)).containsExactly(
                ":1: missing column 'event': the contest has 2 events (stand, weld), so every row must name its event");
    }

    @Test
    void aRowWithMoreFieldsThanTheHeader() {
        assertThat(problems("bib,name,unit\n1,张伟,一车间,装配\n", one)).containsExactly(
                ":2: has 4 fields but the header has 3: put a value holding a comma in double quotes");
    }

    @Test
    void aBibInTwoEventsThatAgreesIsFine() throws Exception {
        List<Contestant> r = RosterReader.read(Fixtures.write(dir, "roster.csv",
                "bib,name,unit,event\n101,张伟,一车间,stand\n101,张伟,一车间,weld\n"), two);
        assertThat(r).extracting(Contestant::event).containsExactly("stand", "weld");
    }

    @Test
    void anEmptyRosterFile() {
        Path f = Fixtures.writeBytes(dir, "roster.csv", new byte[0]);
        assertThatThrownBy(() -> RosterReader.read(f, one))
                .hasMessage(f + ": is empty: expected a header line like bib,name,unit,team,event,heat,gender,birth_date");
    }

    @Test
    void aBinaryRosterFile() {
        Path f = Fixtures.writeBytes(dir, "roster.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertThatThrownBy(() -> RosterReader.read(f, one)).hasMessageStartingWith(f + ": is not a text file");
    }

    @Test
    void aHeaderOnlyRosterIsEmptyButValid() throws Exception {
        assertThat(RosterReader.read(Fixtures.write(dir, "roster.csv", "bib,name,gender,birth_date\n"), one)).isEmpty();
    }
}
