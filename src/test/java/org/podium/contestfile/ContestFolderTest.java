package org.podium.contestfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Contestant;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.domain.Status;

class ContestFolderTest {
    @TempDir
    Path tmp;

    /** The folder as a relative path, as a command line would give it. */
    private Path dir;

    private static final String ROSTER = """
            bib,name,unit,event
            101,张伟,一车间,stand
            102,李娜,二车间,stand
            101,张伟,一车间,weld
            201,赵强,三车间,weld
            """;

    @BeforeEach
    void folder() {
        Path abs = tmp.resolve("contests/x");
        dir = Path.of("").toAbsolutePath().relativize(abs);
        Fixtures.write(abs, "contest.yaml", Fixtures.TWO_EVENTS);
        Fixtures.write(abs, "roster.csv", ROSTER);
    }

    private String f(String name) {
        return dir.resolve(name).toString();
    }

    private List<String> loadProblems() {
        try {
            ContestFolder.load(dir);
        } catch (ContestFileException e) {
            return Fixtures.lines(e);
        }
        return fail("expected problems");
    }

    @Test
    void loadsTheContestWithItsRosterAndTheory() throws Exception {
        Fixtures.write(dir, "theory.csv", "event,bib,value\nstand,102,40\nstand,101,45.5\n");
        ContestFolder folder = ContestFolder.load(dir);
        assertThat(folder.dir()).isEqualTo(dir);
        assertThat(folder.contest().events()).extracting(e -> e.id()).containsExactly("stand", "weld");
        assertThat(folder.contest().roster()).extracting(Contestant::bib, Contestant::event).containsExactly(
                tuple("101", "stand"), tuple("102", "stand"),
                tuple("101", "weld"), tuple("201", "weld"));
        assertThat(folder.theoryFacts()).containsExactly(
                Fact.theory("stand", "102", new BigDecimal("40"), new Origin(f("theory.csv"), 2)),
                Fact.theory("stand", "101", new BigDecimal("45.5"), new Origin(f("theory.csv"), 3)));
    }

    @Test
    void withoutTheoryCsvThereAreNoTheoryFacts() throws Exception {
        assertThat(ContestFolder.load(dir).theoryFacts()).isEmpty();
    }

    @Test
    void readsAnXlsxRosterWhenThereIsNoCsv() throws Exception {
        Files.delete(dir.resolve("roster.csv"));
        Path x = dir.resolve("roster.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(x)) {
            Sheet s = wb.createSheet();
            String[][] rows = {{"bib", "name", "event"}, {"9", "孙", "weld"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < 3; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        assertThat(ContestFolder.load(dir).contest().roster()).extracting(Contestant::bib, Contestant::name, Contestant::event)
                .containsExactly(tuple("9", "孙", "weld"));
    }

    @Test
    void readScoresGivesTheoryFirstThenEachFileInTheOrderGiven() throws Exception {
        Fixtures.write(dir, "theory.csv", "bib,value,event\n101,45,stand\n");
        Path a = Fixtures.write(dir, "scores/a.csv", "event,round,bib,kind,official,item,value\nstand,final,101,time,T1,,23.41\n");
        Path b = Fixtures.write(dir, "scores/b.csv", "stand,final,102,status,,,DNS\nweld,,201,time,T1,,30,2\n");
        ContestFolder folder = ContestFolder.load(dir);
        assertThat(folder.readScores(List.of(b, a))).containsExactly(
                Fact.theory("stand", "101", new BigDecimal("45"), new Origin(f("theory.csv"), 2)),
                Fact.status("stand", "final", "102", null, Status.DNS, null, new Origin(b.toString(), 1)),
                Fact.time("weld", "final", "201", "T1", 30_000, 2, new Origin(b.toString(), 2)),
                Fact.time("stand", "final", "101", "T1", 23_410, null, new Origin(a.toString(), 2)));
        assertThat(b.toString()).isEqualTo(dir + "/scores/b.csv");
    }

    @Test
    void readScoresReportsEveryBadLineOfEveryFileAndKeepsNothing() throws Exception {
        Path a = Fixtures.write(dir, "scores/a.csv", "event,round,bib,kind,official,item,value\nstand,final,101,time,T1,,23.41\n"
                + "stand,final,105,time,T1,,23.41\n");
        Path good = Fixtures.write(dir, "scores/good.csv", "stand,final,101,time,T2,,23.41\n");
        Path b = Fixtures.write(dir, "scores/b.csv", "stand,final,101,lap,T1,9,3\n");
        ContestFolder folder = ContestFolder.load(dir);
        assertThatThrownBy(() -> folder.readScores(List.of(a, good, b))).hasMessage(String.join("\n",
                a + ":3: unknown bib 105 in event stand: the roster has no row with this bib in this event",
                b + ":1: lap number '9' is not a lap of event stand: item must be a whole number from 1 to 2 (laps)"));
        assertThat(folder.readScores(List.of(good))).hasSize(1);
    }

    @Test
    void reportsProblemsOfEveryFileContestYamlFirst() {
        Fixtures.write(dir, "contest.yaml", Fixtures.TWO_EVENTS.replace("{time: 0.5, quality: 0.5}", "{time: 0.5, quality: 0.6}"));
        Fixtures.write(dir, "roster.csv", ROSTER + ",无号,一车间,stand\n105,周,一车间,stand,extra\n");
        Fixtures.write(dir, "theory.csv", "bib,value\n\"101,45\n");
        assertThat(loadProblems()).containsExactly(
                f("contest.yaml") + ":31:16: events[1].total.weights: weights add up to 1.1, they must add up to exactly 1 (0.1 too much)",
                f("roster.csv") + ":6: empty bib: every row needs the contestant's bib",
                f("roster.csv") + ":7: has 5 fields but the header has 4: put a value holding a comma in double quotes",
                f("theory.csv") + ":2: a quoted field is never closed: a field that starts with \" must end with \""
                        + " (write a quote inside quotes as \"\")");
    }

    @Test
    void aBadRosterRowStillLetsTheoryBeCheckedAgainstItsBib() {
        Fixtures.write(dir, "roster.csv", "bib,name,event,birth_date\n101,张伟,stand,1990-13-01\n201,赵强,weld,\n");
        Fixtures.write(dir, "theory.csv", "event,bib,value\nstand,101,40\nstand,102,40\n");
        assertThat(loadProblems()).containsExactly(
                f("roster.csv") + ":2: birth_date '1990-13-01' of bib 101 is not a date: write yyyy-MM-dd, like 1994-03-18",
                f("theory.csv") + ":3: unknown bib 102 in event stand: the roster has no row with this bib in this event");
    }

    @Test
    void bothRostersOrNoneIsAProblem() throws Exception {
        Fixtures.write(dir, "roster.xlsx", "not really");
        assertThat(loadProblems()).containsExactly(dir + ": holds both roster.csv and roster.xlsx: keep one, so that it is clear"
                + " which roster counts");
        Files.delete(dir.resolve("roster.xlsx"));
        Files.delete(dir.resolve("roster.csv"));
        assertThat(loadProblems()).containsExactly(dir + ": has no roster: expected roster.csv (or roster.xlsx) with a header line"
                + " like bib,name,unit,team,event,heat,gender,birth_date");
    }

    @Test
    void readsTheoryXlsxAndRefusesBothTheoryFiles() throws Exception {
        HrSheets.workbook(dir.resolve("theory.xlsx"), new Object[] {"理论考试成绩"}, new Object[] {"项目", "编号", "姓名", "理论成绩"},
                new Object[] {"支架", "102", "李娜", "40"});
        assertThat(ContestFolder.load(dir).theoryFacts())
                .containsExactly(Fact.theory("stand", "102", new BigDecimal("40"), new Origin(f("theory.xlsx"), 3)));
        Fixtures.write(dir, "theory.csv", "event,bib,value\nstand,101,45\n");
        assertThat(loadProblems()).containsExactly(dir + ": holds both theory.csv and theory.xlsx: keep one, so that it is clear"
                + " which theory results count");
    }

    @Test
    void checkKeepsTheNotesOfTablesThatEndBeforeTheirFile() throws Exception {
        Fixtures.write(dir, "roster.csv", ROSTER + "合计,4人,,\n制表：人力资源部,,,\n");
        Fixtures.write(dir, "theory.csv", "event,bib,value\nstand,101,45\nTotal,,\n");
        ContestFolder.Checked checked = ContestFolder.check(dir);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.folder().contest().roster()).hasSize(4);
        assertThat(checked.noteLines()).containsExactly(
                f("roster.csv") + ":6: note: the roster ends at this row ('合计'): it and the 1 row(s) after it are left out",
                f("theory.csv") + ":3: note: the theory results end at this row ('Total'): it and the 0 row(s) after it are left out");
        assertThat(ContestFolder.load(dir).theoryFacts()).hasSize(1);

        Fixtures.write(dir, "roster.csv", ROSTER + "103,,一车间,stand\n合计,5人,,\n");
        ContestFolder.Checked bad = ContestFolder.check(dir);
        assertThat(bad.folder()).isNull();
        assertThat(bad.problems()).extracting(Problem::line).containsExactly(6);
        assertThat(bad.notes()).extracting(Problem::line).containsExactly(7, 3);
    }

    @Test
    void aMissingContestYamlOrFolder() throws Exception {
        Files.delete(dir.resolve("contest.yaml"));
        assertThat(loadProblems()).containsExactly(f("contest.yaml") + ": does not exist: every contest folder needs a"
                + " contest.yaml (the scheme: events, officials, rules, awards)");
        Path none = dir.resolve("nope");
        assertThatThrownBy(() -> ContestFolder.load(none)).hasMessage(none + ": does not exist: expected a contest folder holding"
                + " contest.yaml and roster.csv");
    }

    @Test
    void anEmptyRosterFileIsNamed() {
        Fixtures.writeBytes(dir, "roster.csv", new byte[0]);
        assertThat(loadProblems()).containsExactly(f("roster.csv") + ": is empty: expected a header line like"
                + " bib,name,unit,team,event,heat,gender,birth_date");
    }
}
