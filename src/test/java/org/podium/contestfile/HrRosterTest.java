package org.podium.contestfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podium.domain.Contest;
import org.podium.domain.Contestant;

/** contest-files.md "Rosters as HR sends them", habit by habit, in .xlsx and in GB18030 CSV. */
class HrRosterTest {
    private static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    Path dir;

    /** One event (stand), no titles. */
    private Contest contest;
    /** The monitor-stand drill of issue 14, its roster left out, and the roster read from the plain roster.csv. */
    private Contest hr;
    private List<Contestant> reference;

    @BeforeEach
    void contests() throws ContestFileException {
        contest = ContestYaml.parse(Fixtures.MINIMAL, "contest.yaml");
        Contest full = HrSheets.reference();
        reference = full.roster();
        hr = full.withRoster(List.of());
    }

    private Path gb(String name, String text) {
        return Fixtures.write(dir, name, text.replace("\n", "\r\n"), GB18030);
    }

    /** What must be the same whatever form the roster came in. */
    private static List<List<Object>> people(List<Contestant> roster) {
        List<List<Object>> out = new ArrayList<>();
        for (Contestant c : roster) {
            out.add(List.of(c.bib(), c.name(), c.unit(), c.team(), c.event(), c.heat(), String.valueOf(c.birthDate()),
                    c.columns().get("gender"), c.columns().get("工号"), c.columns().get("岗位")));
        }
        return out;
    }

    @Test
    void theHrCsvAsExcelSavesItOnAChineseWindowsIsTheReferenceRoster() {
        Preview<Contestant> p = RosterReader.preview(HrSheets.FOLDER.resolve("roster-hr.csv"), hr, Map.of(), Locale.ENGLISH);
        assertThat(p.problems()).isEmpty();
        assertThat(p.read()).hasSize(42);
        assertThat(people(p.read())).isEqualTo(people(reference));
        // title rows skipped, lines still counted from the file's first line
        assertThat(p.headerLine()).isEqualTo(3);
        assertThat(p.rows()).extracting(Table.Row::line).startsWith(4, 5).contains(17, 19).doesNotContain(18).endsWith(46);
        // the full-width bib and the bib kept as 1012.0
        assertThat(p.rows().get(4).cells().get(0)).isEqualTo("１００５");
        assertThat(p.rows().get(4).values()).containsEntry("bib", "1005");
        assertThat(p.read()).extracting(Contestant::bib).contains("1005", "1012").doesNotContain("合计", "１００５", "1012.0");
        assertThat(p.read()).extracting(Contestant::name).doesNotContain("42人");
        // the columns as recognised
        assertThat(p.columns()).extracting(Table.Column::header, Table.Column::name, Table.Column::source).containsExactly(
                tuple("编号", "bib", Table.Source.ALIAS),
                tuple("姓　名", "name", Table.Source.ALIAS),
                tuple("性别", "gender", Table.Source.ALIAS),
                tuple("出生年月", "birth_date", Table.Source.ALIAS),
                tuple("所在单位", "unit", Table.Source.ALIAS),
                tuple("工号", "工号", Table.Source.OTHER),
                tuple("岗位", "岗位", Table.Source.OTHER),
                tuple("比赛项目", "event", Table.Source.ALIAS),
                tuple("组别", "heat", Table.Source.ALIAS),
                tuple("备注", "备注", Table.Source.OTHER));
        // the 合计 row ends the table; it and the 制表 line after it are left out, said in one note
        assertThat(p.end()).isEqualTo(new Table.End(HrSheets.CSV_END_LINE, "合计", 1));
        assertThat(p.notes()).extracting(Problem::toString).containsExactly(HrSheets.FOLDER.resolve("roster-hr.csv")
                + ":47: the roster ends at this row ('合计'): it and the 1 row(s) after it are left out");
        // other columns kept under their own names; a Chinese column also under its header, for a title's where
        assertThat(p.read().get(0).columns()).containsEntry("备注", "班组长").containsEntry("性别", "男").containsEntry("gender", "男");
    }

    @Test
    void theHrWorkbookIsTheReferenceRoster() {
        Path f = dir.resolve("roster.xlsx");
        HrSheets.rosterWorkbook(f);
        Preview<Contestant> p = RosterReader.preview(f, hr, Map.of(), Locale.ENGLISH);
        assertThat(p.problems()).isEmpty();
        assertThat(people(p.read())).isEqualTo(people(reference));
        // merged unit cells: every one of the 14 rows of each workshop has its unit
        assertThat(p.read()).extracting(Contestant::unit).doesNotContain("");
        assertThat(p.read().subList(0, 14)).extracting(Contestant::unit).containsOnly("冠捷显示总装一车间");
        assertThat(p.read().subList(28, 42)).extracting(Contestant::unit).containsOnly("冠捷显示注塑车间");
        // numeric-cell bibs (1001.0) and the full-width one
        assertThat(p.rows().get(0).cells().get(0)).isEqualTo("1001");
        assertThat(p.rows().get(4).cells().get(0)).isEqualTo("１００５");
        assertThat(p.read().get(4).bib()).isEqualTo("1005");
        // date cells are birth dates
        assertThat(p.read().get(7).birthDate()).isEqualTo(LocalDate.of(1985, 7, 20));
        // lines are the sheet's row numbers
        assertThat(p.headerLine()).isEqualTo(3);
        assertThat(p.rows()).extracting(Table.Row::line).startsWith(HrSheets.XLSX_FIRST_ROW).endsWith(HrSheets.XLSX_END_ROW - 1);
        assertThat(p.end()).isEqualTo(new Table.End(HrSheets.XLSX_END_ROW, "合计", 1));
        assertThat(p.read()).extracting(Contestant::name).doesNotContain("42人");
        assertThat(p.columns().get(1)).isEqualTo(new Table.Column(1, "姓名", "name", Table.Source.ALIAS));
    }

    @Test
    void aWorkbookRowProblemNamesTheSheetRowBelowTheTitle() throws IOException {
        Path f = dir.resolve("roster.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet();
            s.createRow(0).createCell(0).setCellValue("参赛人员名单");
            s.addMergedRegion(new CellRangeAddress(0, 1, 0, 3)); // a title over two rows
            Row h = s.createRow(3);
            String[] cols = {"编号", "姓名", "出生日期", "单位"};
            for (int i = 0; i < cols.length; i++) {
                h.createCell(i).setCellValue(cols[i]);
            }
            Row a = s.createRow(4);
            a.createCell(0).setCellValue(7);
            a.createCell(1).setCellValue("王芳");
            a.createCell(3).setCellValue("一车间");
            s.addMergedRegion(new CellRangeAddress(4, 6, 3, 3));
            Row b = s.createRow(6);
            b.createCell(0).setCellValue(8);
            b.createCell(1).setCellValue("李娜");
            b.createCell(2).setCellValue("1994年13月1日");
            wb.write(out);
        }
        Preview<Contestant> p = RosterReader.preview(f, contest, Map.of(), Locale.ENGLISH);
        assertThat(p.problems()).extracting(Problem::toString)
                .containsExactly(f + ":7: birth_date '1994年13月1日' of bib 8 is not a date: write yyyy-MM-dd, like 1994-03-18");
        assertThat(p.headerLine()).isEqualTo(4);
        // row 6 holds only the merged unit: a blank row; row 7 has the unit too
        assertThat(p.rows()).extracting(Table.Row::line).containsExactly(5, 7);
        assertThat(p.read()).extracting(Contestant::bib, Contestant::unit).containsExactly(tuple("7", "一车间"), tuple("8", "一车间"));
    }

    @Test
    void chineseHeadersWithSpacesAroundAndInside() {
        Path f = gb("roster.csv", """
                 编号 ,姓　名,  单位,队伍,项目,组,性别,出生日期,工号
                1,张伟,一车间,A队,stand,1,男,1994-03-18,E1
                """);
        Preview<Contestant> p = RosterReader.preview(f, contest, Map.of(), Locale.ENGLISH);
        assertThat(p.problems()).isEmpty();
        assertThat(p.read()).containsExactly(new Contestant("1", "张伟", "一车间", "A队", "stand", "1", LocalDate.of(1994, 3, 18),
                Map.ofEntries(Map.entry("bib", "1"), Map.entry("name", "张伟"), Map.entry("unit", "一车间"), Map.entry("team", "A队"),
                        Map.entry("event", "stand"), Map.entry("heat", "1"), Map.entry("gender", "男"),
                        Map.entry("birth_date", "1994-03-18"), Map.entry("工号", "E1"), Map.entry("编号", "1"),
                        Map.entry("姓　名", "张伟"), Map.entry("单位", "一车间"), Map.entry("队伍", "A队"), Map.entry("项目", "stand"),
                        Map.entry("组", "1"), Map.entry("性别", "男"), Map.entry("出生日期", "1994-03-18"))));
    }

    @Test
    void everyChineseNameOfTheSpec() {
        Map<String, String> spec = Map.ofEntries(Map.entry("编号", "bib"), Map.entry("号码", "bib"), Map.entry("参赛号", "bib"),
                Map.entry("参赛编号", "bib"), Map.entry("姓名", "name"), Map.entry("单位", "unit"), Map.entry("所在单位", "unit"),
                Map.entry("工作单位", "unit"), Map.entry("队", "team"), Map.entry("队伍", "team"), Map.entry("代表队", "team"),
                Map.entry("项目", "event"), Map.entry("比赛项目", "event"), Map.entry("组别", "heat"), Map.entry("组", "heat"),
                Map.entry("分组", "heat"), Map.entry("性别", "gender"), Map.entry("出生日期", "birth_date"),
                Map.entry("出生年月", "birth_date"));
        assertThat(RosterReader.ALIASES).isEqualTo(spec);
        assertThat(TheoryReader.ALIASES).containsEntry("项目", "event").containsEntry("比赛项目", "event")
                .containsEntry("编号", "bib").containsEntry("参赛编号", "bib").containsEntry("成绩", "value")
                .containsEntry("理论成绩", "value").containsEntry("姓名", "name");
    }

    @Test
    void theHeaderIsTheFirstRowNamingABibAndANameColumn() {
        Path f = gb("roster.csv", """
                2020年岗位练兵 参赛名单
                编号说明：四位数字,,
                单位,编号,备注
                编号,姓名,单位
                1,张伟,一车间
                """);
        Preview<Contestant> p = RosterReader.preview(f, contest, Map.of(), Locale.ENGLISH);
        assertThat(p.problems()).isEmpty();
        assertThat(p.headerLine()).isEqualTo(4);
        assertThat(p.read()).extracting(Contestant::bib, Contestant::name).containsExactly(tuple("1", "张伟"));
        assertThat(p.rows()).extracting(Table.Row::line).containsExactly(5);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"合计", "总计：42人", "小计", "备注：以上人员均已体检", "制表人：赵敏", "Total", "TOTAL 42", "合　计", "Total:"})
    void aRowBeginningWithAnEndWordEndsTheRoster(String word) {
        Path f = gb("roster.csv", "编号,姓名,单位\n1,张伟,一车间\n2,王芳,二车间\n\n" + word + ",42人,\n3,李娜,三车间\nnot,a,row,at,all\n");
        Preview<Contestant> p = RosterReader.preview(f, contest, Map.of(), Locale.ENGLISH);
        assertThat(p.problems()).isEmpty();
        assertThat(p.read()).extracting(Contestant::bib).containsExactly("1", "2");
        assertThat(p.end()).isEqualTo(new Table.End(5, word, 2));
        assertThat(p.notes()).extracting(Problem::line).containsExactly(5);
    }

    @Test
    void anEndWordInASerialNumberColumnLeftOfTheBibEndsTheRosterOneRightOfItDoesNot() {
        Path f = gb("roster.csv", "序号,编号,姓名,单位\n1,101,备注君,一车间\n2,102,王芳,合计车间\n合计,,42人,\n");
        Preview<Contestant> p = RosterReader.preview(f, contest, Map.of(), Locale.ENGLISH);
        assertThat(p.problems()).isEmpty();
        assertThat(p.read()).extracting(Contestant::bib, Contestant::name).containsExactly(tuple("101", "备注君"), tuple("102", "王芳"));
        assertThat(p.end()).isEqualTo(new Table.End(4, "合计", 0));
    }

    @Test
    void withoutAnEndRowEveryRowIsReadAndNothingIsNoted() {
        Preview<Contestant> p = RosterReader.preview(gb("roster.csv", "编号,姓名\n1,甲\n2,乙\n"), contest, Map.of(), Locale.ENGLISH);
        assertThat(p.read()).hasSize(2);
        assertThat(p.end()).isNull();
        assertThat(p.notes()).isEmpty();
    }

    @Test
    void fullWidthDigitsAndLettersAndNumbersKeptWithAZeroDecimal() {
        Path f = gb("roster.csv", """
                编号,姓名,组别,工号,队
                １００５,张伟,２,Ｅ００１２,Ａ组
                1006.0,王芳,3.0,0013,Ａ
                Ａ７,李娜,1,E14,B组
                """);
        Preview<Contestant> p = RosterReader.preview(f, contest, Map.of(), Locale.ENGLISH);
        assertThat(p.problems()).isEmpty();
        assertThat(p.read()).extracting(Contestant::bib, Contestant::heat, Contestant::team, c -> c.columns().get("工号"))
                .containsExactly(tuple("1005", "2", "Ａ组", "E0012"), tuple("1006", "3", "A", "0013"), tuple("A7", "1", "B组", "E14"));
    }

    @Test
    void datesAsPeopleAndExcelWriteThem() {
        Path f = gb("roster.csv", """
                编号,姓名,出生年月
                1,甲,1994/3/18
                2,乙,1994年3月18日
                3,丙,１９９４－０３－１８
                4,丁,1994.3.18
                5,戊,1994-3-8
                6,己,1994.03
                7,庚,1994/2/30
                """);
        Preview<Contestant> p = RosterReader.preview(f, contest, Map.of(), Locale.ENGLISH);
        assertThat(p.read()).extracting(Contestant::birthDate).startsWith(LocalDate.of(1994, 3, 18), LocalDate.of(1994, 3, 18),
                LocalDate.of(1994, 3, 18), LocalDate.of(1994, 3, 18), LocalDate.of(1994, 3, 8));
        assertThat(p.problems()).extracting(Problem::line, Problem::message).containsExactly(
                tuple(7, "birth_date '1994.03' of bib 6 is not a date: write yyyy-MM-dd, like 1994-03-18"),
                tuple(8, "birth_date '1994/2/30' of bib 7 is not a date: write yyyy-MM-dd, like 1994-03-18"));
        assertThat(p.rows().get(0).values()).containsEntry("birth_date", "1994-03-18");
    }

    @Test
    void anEventsNameCountsAsItsId() throws Exception {
        Contest two = Fixtures.twoEvents().withRoster(List.of());
        String standName = two.event("stand").name();
        String weldName = two.event("weld").name();
        Path f = gb("roster.csv", "编号,姓名,项目\n1,甲," + standName + "\n1,甲," + weldName + "\n2,乙,ｗｅｌｄ\n3,丙,装配\n");
        Preview<Contestant> p = RosterReader.preview(f, two, Map.of(), Locale.ENGLISH);
        assertThat(p.read()).extracting(Contestant::bib, Contestant::event)
                .containsExactly(tuple("1", "stand"), tuple("1", "weld"), tuple("2", "weld"));
        assertThat(p.problems()).extracting(Problem::line, Problem::message)
                .containsExactly(tuple(5, "unknown event '装配' for bib 3 (events: stand, weld)"));
    }

    @Test
    void aNameTwoEventsShareIsNotGuessed() throws Exception {
        Contest same = ContestYaml.parse(Fixtures.TWO_EVENTS.replace(Fixtures.twoEvents().event("weld").name(),
                Fixtures.twoEvents().event("stand").name()), "contest.yaml");
        String name = same.event("stand").name();
        Preview<Contestant> p = RosterReader.preview(gb("roster.csv", "编号,姓名,项目\n1,甲," + name + "\n"), same, Map.of(),
                Locale.ENGLISH);
        assertThat(p.problems()).extracting(Problem::message)
                .containsExactly("event '" + name + "' for bib 1 is the name of several events (stand, weld): write the event's id");
    }

    @Test
    void aRosterWithoutANameColumnNamesTheFileAndTheColumnsFound() {
        Path f = gb("roster.csv", "参赛人员名单,,\n编号,单位,组别\n1,一车间,1\n");
        Preview<Contestant> p = RosterReader.preview(f, contest, Map.of(), Locale.ENGLISH);
        assertThat(p.problems()).extracting(Problem::toString).containsExactly(f + ":2: missing required column 'name' (or 姓名);"
                + " the header has: 编号,单位,组别; expected a header line like bib,name,unit,team,event,heat,gender,birth_date");
        assertThat(p.read()).isEmpty();
        assertThat(p.headerLine()).isEqualTo(2);
        assertThat(p.columns()).extracting(Table.Column::name).containsExactly("bib", "unit", "heat");

        Preview<Contestant> zh = RosterReader.preview(f, contest, Map.of(), Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.problems()).extracting(Problem::message).containsExactly("缺少必需的“name”列（也可写作 姓名）；表头为：编号,单位,组别；"
                + "应有形如 编号,姓名,单位,队,项目,组别,性别,出生日期（或 bib,name,unit,team,event,heat,gender,birth_date）的表头行");
    }

    @Test
    void aRosterWorkbookWithoutANameColumn() {
        Path f = HrSheets.workbook(dir.resolve("roster.xlsx"), new Object[] {"名单"}, new Object[] {"工号", "号码", "职工姓名"},
                new Object[] {null, 5});
        assertThat(RosterReader.preview(f, contest, Map.of(), Locale.ENGLISH).problems()).extracting(Problem::toString)
                .containsExactly(f + ":2: missing required column 'name' (or 姓名); the header has: 工号,号码,职工姓名; expected a header"
                        + " line like bib,name,unit,team,event,heat,gender,birth_date");
    }

    @Test
    void anUnknownColumnMappedByHand() {
        Path f = gb("roster.csv", "参赛证号,职工姓名,车间,序号\n1005,张伟,一车间,1\n");
        Preview<Contestant> before = RosterReader.preview(f, contest, Map.of(), Locale.ENGLISH);
        assertThat(before.problems()).hasSize(2);
        assertThat(before.columns()).extracting(Table.Column::source).containsOnly(Table.Source.OTHER);

        Preview<Contestant> p = RosterReader.preview(f, contest, Map.of("参赛证号", "bib", "职工姓名", "name", "车间", "unit", "序号", ""),
                Locale.ENGLISH);
        assertThat(p.problems()).isEmpty();
        assertThat(p.headerLine()).isEqualTo(1);
        assertThat(p.columns()).extracting(Table.Column::header, Table.Column::name, Table.Column::source).containsExactly(
                tuple("参赛证号", "bib", Table.Source.BY_HAND), tuple("职工姓名", "name", Table.Source.BY_HAND),
                tuple("车间", "unit", Table.Source.BY_HAND), tuple("序号", null, Table.Source.LEFT_OUT));
        assertThat(p.read()).containsExactly(new Contestant("1005", "张伟", "一车间", "", "stand", "", null,
                Map.of("bib", "1005", "name", "张伟", "unit", "一车间")));
        assertThat(p.rows().get(0).values()).containsOnlyKeys("bib", "name", "unit");
        assertThat(p.rows().get(0).cells()).containsExactly("1005", "张伟", "一车间", "1");
    }

    @Test
    void aHandMappingWinsOverTheRecognisedReading() {
        Path f = gb("roster.csv", "编号,工号,姓名\n1,1005,张伟\n");
        Preview<Contestant> p = RosterReader.preview(f, contest, Map.of("编号", "序号", "工号", "bib"), Locale.ENGLISH);
        assertThat(p.problems()).isEmpty();
        assertThat(p.read()).extracting(Contestant::bib, c -> c.columns().get("序号")).containsExactly(tuple("1005", "1"));
    }

    @Test
    void twoColumnsReadAsOne() {
        Path f = gb("roster.csv", "编号,姓名,参赛号\n1,张伟,1005\n");
        Preview<Contestant> p = RosterReader.preview(f, contest, Map.of(), Locale.ENGLISH);
        assertThat(p.problems()).extracting(Problem::toString).containsExactly(f + ":1: columns '编号' (A), '参赛号' (C) are all read as"
                + " bib: keep one of them, or map the others by hand to other names");
        assertThat(RosterReader.preview(f, contest, Map.of("参赛号", "原编号"), Locale.ENGLISH).problems()).isEmpty();
    }

    @Test
    void everyProblemWithItsRowInTheScreensLanguage() {
        Path f = gb("roster.csv", """
                参赛人员名单
                编号,姓名,出生日期
                1,张伟,1994-03-18
                ,无号,
                2,,1994-02-30
                1,张伟,1994-03-18
                """);
        Preview<Contestant> en = RosterReader.preview(f, contest, Map.of(), Locale.ENGLISH);
        Preview<Contestant> zh = RosterReader.preview(f, contest, Map.of(), Locale.SIMPLIFIED_CHINESE);
        assertThat(en.importable()).isFalse();
        assertThat(en.problems()).extracting(Problem::line, Problem::message).containsExactly(
                tuple(4, "empty bib: every row needs the contestant's bib"),
                tuple(5, "empty name for bib 2: every row needs the contestant's name"),
                tuple(5, "birth_date '1994-02-30' of bib 2 is not a date: write yyyy-MM-dd, like 1994-03-18"),
                tuple(6, "bib 1 appears twice in event stand (first at line 3): a contestant is entered once per event"));
        assertThat(zh.problems()).extracting(Problem::line, Problem::message).containsExactly(
                tuple(4, "编号为空：每行都需要选手的参赛编号"),
                tuple(5, "编号 2 的姓名为空：每行都需要选手姓名"),
                tuple(5, "编号 2 的出生日期“1994-02-30”不是日期：请写成 yyyy-MM-dd，如 1994-03-18"),
                tuple(6, "编号 1 在项目 stand 中出现两次（第一次在第 3 行）：每名选手在一个项目中只能报名一次"));
        assertThat(zh.problemsAt(5)).hasSize(2);
        assertThat(zh.problemsAt(3)).isEmpty();
        assertThat(zh.rows()).extracting(Table.Row::line).containsExactly(3, 4, 5, 6);
    }

    @Test
    void aCellRightOfTheHeaderInAWorkbook() {
        Path f = HrSheets.workbook(dir.resolve("roster.xlsx"), new Object[] {"编号", "姓名"}, new Object[] {1, "张伟", null, "迟到"});
        assertThat(RosterReader.preview(f, contest, Map.of(), Locale.ENGLISH).problems()).extracting(Problem::toString)
                .containsExactly(f + ":2: has a value right of the header's 2 columns, in a column without a header: give that"
                        + " column a header, or clear the cell");
    }

    @Test
    void aTitleMayNameAColumnAsTheRosterHeaderDoes() throws Exception {
        Contest c = ContestYaml.parse(Fixtures.minimal("""
                awards:
                  tiers: [{name: 一等奖, count: 1}]
                  titles: [{name: 巾帼建功标兵, count: 1, where: {性别: 女}}]
                """), "contest.yaml");
        Path f = gb("roster.csv", "编号,姓名,性别\n1,王芳,女\n");
        Preview<Contestant> p = RosterReader.preview(f, c, Map.of(), Locale.ENGLISH);
        assertThat(p.problems()).isEmpty();
        assertThat(p.read().get(0).columns()).containsEntry("性别", "女").containsEntry("gender", "女");
    }

    @Test
    void fiftyThousandRowsInGb18030() {
        StringBuilder b = new StringBuilder("2020年岗位练兵 参赛人员名单,,,,,\n编号,姓名,性别,出生年月,所在单位,组别\n");
        for (int i = 0; i < 50_000; i++) {
            b.append(100_000 + i).append(",职工").append(i).append(i % 2 == 0 ? ",男," : ",女,").append(1970 + i % 30).append('/')
                    .append(1 + i % 12).append('/').append(1 + i % 28).append(",冠捷显示第").append(i % 40).append("车间,")
                    .append(1 + i % 200).append('\n');
        }
        b.append("合计,50000人,,,,\n");
        Path f = Fixtures.write(dir, "roster.csv", b.toString(), GB18030);
        long start = System.nanoTime();
        Preview<Contestant> p = RosterReader.preview(f, contest, Map.of(), Locale.ENGLISH);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("50,000-row GB18030 roster read in " + ms + " ms");
        assertThat(p.problems()).isEmpty();
        assertThat(p.read()).hasSize(50_000);
        assertThat(p.read().get(49_999).bib()).isEqualTo("149999");
        assertThat(p.end().line()).isEqualTo(50_003);
    }

    @Test
    void fiftyThousandRowsInAWorkbook() throws IOException {
        Path f = dir.resolve("roster.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet();
            s.createRow(0).createCell(0).setCellValue("参赛人员名单");
            Row h = s.createRow(1);
            String[] cols = {"编号", "姓名", "单位", "组别"};
            for (int i = 0; i < cols.length; i++) {
                h.createCell(i).setCellValue(cols[i]);
            }
            for (int i = 0; i < 50_000; i++) {
                Row r = s.createRow(i + 2);
                r.createCell(0).setCellValue(100_000 + i);
                r.createCell(1).setCellValue("职工" + i);
                r.createCell(2).setCellValue("车间" + i % 40);
                r.createCell(3).setCellValue(1 + i % 200);
            }
            wb.write(out);
            wb.dispose();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        long start = System.nanoTime();
        Preview<Contestant> p = RosterReader.preview(f, contest, Map.of(), Locale.ENGLISH);
        System.out.println("50,000-row roster.xlsx read in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        assertThat(p.problems()).isEmpty();
        assertThat(p.read()).hasSize(50_000);
        assertThat(p.rows().get(49_999).line()).isEqualTo(50_002);
    }
}
