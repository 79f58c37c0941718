package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** podium export results|awards, end to end: files written, exit codes, one-line messages, no stack trace. */
class ExportCliTest {
    @TempDir
    Path dir;
    /** A copy of the monitor-stand sample (the repository's own may hold a contest.db from trying the app). */
    private String STAND;
    private String SCORES;

    @org.junit.jupiter.api.BeforeEach
    void copySample() throws IOException {
        Path copy = java.nio.file.Files.createDirectories(dir.resolve("monitor-stand/scores"));
        for (String f : java.util.List.of("contest.yaml", "roster.csv", "scores/sample.csv")) {
            java.nio.file.Files.copy(Path.of("contests/monitor-stand", f), copy.getParent().resolve(f));
        }
        STAND = copy.getParent().toString();
        SCORES = STAND + "/scores/sample.csv";
    }

    @Test
    void anExportReadsTheContestsDatabaseByDefaultAndSaysSo() throws IOException {
        assertThat(CliRunner.run("import", STAND, "--scores", SCORES).code()).isZero();
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("export", "results", STAND, "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("reading the venue database " + Path.of(STAND, "contest.db") + "\n");
        CliRunner fromFile = CliRunner.run("export", "results", dir.resolve("monitor-stand").toString(), "--scores", SCORES,
                "--db", dir.resolve("none.db").toString(), "--out", dir.resolve("x").toString());
        assertThat(fromFile.code()).isEqualTo(1); // an explicit --db that does not exist is an input error, not a default
    }

    @Test
    void exportResultsWritesTheResultSheetIntoANewFolder() throws IOException {
        Path out = dir.resolve("exports/today");
        CliRunner r = CliRunner.run("export", "results", STAND, "--scores", SCORES, "--out", out.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("wrote " + out.resolve("results-stand-final.xlsx") + "\n");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("results-stand-final.xlsx")))) {
            assertThat(wb.getSheetName(0)).isEqualTo("成绩");
        }
    }

    @Test
    void exportAwardsInEnglish() throws IOException {
        CliRunner r = CliRunner.run("export", "awards", "contests/sanitation", "--scores", "contests/sanitation/scores/sample.csv",
                "--out", dir.toString(), "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("wrote " + dir.resolve("awards.xlsx") + "\n");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("awards.xlsx")))) {
            assertThat(wb.getSheetAt(0).getFooter().getCenter()).isEqualTo("Page &P of &N");
        }
    }

    @Test
    void exportResultsOfAContestWithTeamsAlsoWritesTheTeams() {
        CliRunner r = CliRunner.run("export", "results", "contests/sanitation", "--scores", "contests/sanitation/scores/sample.csv",
                "--out", dir.toString());
        assertThat(r.code()).isZero();
        assertThat(dir.resolve("results-sweep-final.xlsx")).exists();
        assertThat(dir.resolve("teams.xlsx")).exists();
    }

    @Test
    void exportFromAVenueDatabaseGivesTheSameSheetAsFromTheScoresFile() throws IOException {
        Path db = dir.resolve("contest.db");
        assertThat(CliRunner.run("import", STAND, "--db", db.toString(), "--scores", SCORES).code()).isZero();
        CliRunner fromDb = CliRunner.run("export", "results", STAND, "--db", db.toString(), "--out", dir.resolve("db").toString());
        CliRunner fromFile = CliRunner.run("export", "results", STAND, "--scores", SCORES, "--out", dir.resolve("file").toString());
        assertThat(fromDb.code()).isZero();
        assertThat(fromFile.code()).isZero();
        try (XSSFWorkbook a = new XSSFWorkbook(Files.newInputStream(dir.resolve("db/results-stand-final.xlsx")));
             XSSFWorkbook b = new XSSFWorkbook(Files.newInputStream(dir.resolve("file/results-stand-final.xlsx")))) {
            var sa = a.getSheet("成绩");
            var sb = b.getSheet("成绩");
            // the same sheet, but the database's round is not published, which its last line says (a file says nothing)
            assertThat(sa.getLastRowNum()).isEqualTo(sb.getLastRowNum() + 2).isGreaterThan(40);
            assertThat(sa.getRow(sa.getLastRowNum()).getCell(0).getStringCellValue()).startsWith("非正式结果：本轮尚未公布");
            for (int r = 0; r <= sb.getLastRowNum(); r++) {
                if (sa.getRow(r) == null) {
                    continue;
                }
                for (int c = 0; c < sa.getRow(r).getLastCellNum(); c++) {
                    assertThat(String.valueOf(sa.getRow(r).getCell(c))).as("row %d col %d", r, c)
                            .isEqualTo(String.valueOf(sb.getRow(r).getCell(c)));
                }
            }
        }
    }

    @Test
    void aMissingContestFolderIsAnInputError() {
        Path out = dir.resolve("out");
        CliRunner.run("export", "results", "contests/no-such-contest", "--out", out.toString())
                .assertOneLineInputError("contests/no-such-contest", "not a contest folder");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBadScoresFileIsAnInputErrorAndNothingIsWritten() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "event,round,bib,kind,official,item,value\nstand,final,999,time,T1,,23.41\n");
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("export", "results", STAND, "--scores", bad.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("bad.csv").contains("999").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsAnInputErrorNamingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CliRunner.run("export", "awards", STAND, "--scores", SCORES, "--out", file.resolve("sub").toString())
                .assertOneLineInputError(file.resolve("sub").toString(), "cannot write the export there", "nothing was written");
        CliRunner.run("export", "awards", STAND, "--scores", SCORES, "--out", file.toString())
                .assertOneLineInputError(file.toString(), "is a file, not a folder");
    }

    @Test
    void withoutOutItIsAUsageError() {
        CliRunner r = CliRunner.run("export", "results", STAND);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--out");
    }

    @Test
    void exportWithoutWhatNamesTheChoices() {
        CliRunner r = CliRunner.run("export");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("results, awards, certificates, sheets or facts");
    }
}
