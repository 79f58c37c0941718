package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.HrSheets;

/**
 * The monitor-stand drill of issue 14 set up from the HR spreadsheet, through {@code podium validate} and {@code podium
 * rank}: the roster and theory results as Excel keeps them (GB18030 CSV, and .xlsx with title rows, merged unit cells,
 * numeric-cell and full-width bibs, date cells, a 合计 row) give exactly the ranking of the plain files.
 */
class HrRosterCliTest {
    @TempDir
    Path tmp;

    private static CliRunner rank(Path contest) {
        return CliRunner.run("rank", contest.toString(), "--scores", contest.resolve("scores.csv").toString(), "--format", "csv");
    }

    @Test
    void validateReadsTheGb18030HrFilesAndSaysWhereEachTableEnded() {
        Path contest = HrSheets.folder(tmp.resolve("csv"), "csv");
        CliRunner r = CliRunner.run("validate", contest.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).containsExactly(
                contest.resolve("roster.csv") + ":47: note: the roster ends at this row ('合计'): it and the 1 row(s) after it"
                        + " are left out",
                contest.resolve("theory.csv") + ":46: note: the theory results end at this row ('备注：理论考试满分100分'): it and"
                        + " the 0 row(s) after it are left out",
                contest + ": valid: 1 event(s), 42 roster row(s), 42 theory result(s)");
    }

    @Test
    void validateReadsTheHrWorkbooks() {
        Path contest = HrSheets.folder(tmp.resolve("xlsx"), "xlsx");
        CliRunner r = CliRunner.run("validate", contest.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines()).containsExactly(
                contest.resolve("roster.xlsx") + ":46: note: the roster ends at this row ('合计'): it and the 1 row(s) after it"
                        + " are left out",
                contest.resolve("theory.xlsx") + ":45: note: the theory results end at this row ('合计'): it and the 0 row(s)"
                        + " after it are left out",
                contest + ": valid: 1 event(s), 42 roster row(s), 42 theory result(s)");
    }

    @Test
    void theHrFilesRankExactlyAsThePlainFiles() {
        CliRunner plain = rank(HrSheets.folder(tmp.resolve("plain"), "plain"));
        CliRunner csv = rank(HrSheets.folder(tmp.resolve("csv"), "csv"));
        CliRunner xlsx = rank(HrSheets.folder(tmp.resolve("xlsx"), "xlsx"));
        assertThat(plain.code()).as(plain.err()).isZero();
        List<String> lines = plain.out().lines().toList();
        assertThat(lines).hasSize(43);
        assertThat(csv.out()).isEqualTo(plain.out());
        assertThat(xlsx.out()).isEqualTo(plain.out());
        assertThat(csv.err()).isEmpty();
        assertThat(xlsx.err()).isEmpty();
        // what the HR spreadsheet lost before: the full-width bib, the units under merged cells, the 合计 row
        assertThat(lines).anyMatch(l -> l.matches("stand,final,\\d+,1005,陈静,冠捷显示总装一车间,.*"));
        assertThat(lines.stream().filter(l -> l.contains(",冠捷显示注塑车间,"))).hasSize(14);
        assertThat(plain.out()).doesNotContain("42人").doesNotContain("合计").doesNotContain("１００５");
        // the prizes and titles (a where on gender, a max_age on birth dates) come out the same from every form
        assertThat(plain.out()).contains("一等奖", "岗位技能标兵", "巾帼建功标兵", "青年岗位能手");
    }

    @Test
    void aRosterWithoutANameColumnNamesTheFileAndTheColumnsFound() throws IOException {
        Path contest = HrSheets.folder(tmp.resolve("x"), "plain");
        Files.delete(contest.resolve("theory.csv"));
        Files.writeString(contest.resolve("roster.csv"), "参赛人员名单,,,\r\n编号,所在单位,性别,出生日期\r\n1001,一车间,男,1994/3/18\r\n",
                Charset.forName("GB18030"));
        CliRunner r = CliRunner.run("validate", contest.toString());
        r.assertOneLineInputError(contest.resolve("roster.csv") + ":2: missing required column 'name' (or 姓名); the header has:"
                + " 编号,所在单位,性别,出生日期; expected a header line like bib,name,unit,team,event,heat,gender,birth_date");
        assertThat(rank(contest).err()).isEqualTo(r.err());
    }

    @Test
    void aRosterWorkbookWithoutANameColumn() throws IOException {
        Path contest = HrSheets.folder(tmp.resolve("x"), "plain");
        Files.delete(contest.resolve("roster.csv"));
        Files.delete(contest.resolve("theory.csv"));
        HrSheets.workbook(contest.resolve("roster.xlsx"), new Object[] {"名单"}, null, new Object[] {"参赛号", "单位", "性别", "出生年月"},
                new Object[] {1001, "一车间"});
        CliRunner.run("validate", contest.toString()).assertOneLineInputError(contest.resolve("roster.xlsx") + ":3: missing required"
                + " column 'name' (or 姓名); the header has: 参赛号,单位,性别,出生年月; expected a header line like"
                + " bib,name,unit,team,event,heat,gender,birth_date");
    }

    @Test
    void bothTheoryFilesAreRefusedNamingBoth() throws IOException {
        Path contest = HrSheets.folder(tmp.resolve("x"), "plain");
        HrSheets.theoryWorkbook(contest.resolve("theory.xlsx"));
        CliRunner.run("validate", contest.toString()).assertOneLineInputError(contest + ": holds both theory.csv and theory.xlsx:"
                + " keep one, so that it is clear which theory results count");
    }

    @Test
    void aBadRowAfterTheTitleRowsNamesItsLineAndTheNoteComesFirst() throws IOException {
        Path contest = HrSheets.folder(tmp.resolve("csv"), "csv");
        Charset gb = Charset.forName("GB18030");
        String roster = Files.readString(contest.resolve("roster.csv"), gb);
        assertThat(roster).contains("1003,李娜,女,2001/12/12,");
        Files.writeString(contest.resolve("roster.csv"), roster.replace("1003,李娜,女,2001/12/12,", "1003,李娜,女,2001/2/30,"), gb);
        CliRunner r = CliRunner.run("validate", contest.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly(
                contest.resolve("roster.csv") + ":47: note: the roster ends at this row ('合计'): it and the 1 row(s) after it"
                        + " are left out",
                contest.resolve("theory.csv") + ":46: note: the theory results end at this row ('备注：理论考试满分100分'): it and"
                        + " the 0 row(s) after it are left out",
                contest.resolve("roster.csv") + ":6: birth_date '2001/2/30' of bib 1003 is not a date: write yyyy-MM-dd, like"
                        + " 1994-03-18");
    }
}
