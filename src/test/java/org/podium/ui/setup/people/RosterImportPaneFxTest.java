package org.podium.ui.setup.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.controlsfx.control.spreadsheet.Grid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.contestfile.HrSheets;
import org.podium.domain.Contestant;
import org.podium.service.PeopleImport;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The roster and theory import panes on the monitor-stand drill of issue 14 as HR sends it (headless Monocle): every
 * habit of contest-files.md "Rosters as HR sends them" (Chinese headers, title rows, merged cells, the 合计 row and the
 * line after it, full-width and numeric-cell bibs, date cells), in .xlsx and GB18030 CSV, previewed, confirmed with the
 * mouse and then read by the contest folder exactly as the reference roster; a roster without a name column, and an
 * unknown column mapped by hand; problems whole, in the screen's language.
 */
@ExtendWith(ApplicationExtension.class)
class RosterImportPaneFxTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private Path folder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("drill"));
        Files.copy(HrSheets.FOLDER.resolve("contest.yaml"), folder.resolve("contest.yaml"));
        return folder;
    }

    private RosterImportViewModel show(FxRobot robot, Path folder, PeopleImport.Kind kind, Locale locale) {
        I18n i18n = I18n.forLocale(locale);
        RosterImportViewModel model = new RosterImportViewModel(new PeopleImport(folder), kind, Background.sameThread(), i18n);
        robot.interact(() -> {
            Scene scene = new Scene(new RosterImportPane(model, i18n, Background.sameThread()).root(), 1400, 900);
            stage.setScene(scene);
            stage.show();
        });
        return model;
    }

    private static List<List<Object>> people(List<Contestant> roster) {
        return roster.stream().map(c -> List.<Object>of(c.bib(), c.name(), c.unit(), c.team(), c.event(), c.heat(),
                String.valueOf(c.birthDate()), c.columns().get("gender"), c.columns().get("工号"), c.columns().get("岗位"))).toList();
    }

    private static Grid grid(FxRobot robot) {
        return robot.lookup("#importSheet").queryAs(org.controlsfx.control.spreadsheet.SpreadsheetView.class).getGrid();
    }

    @Test
    void theHrCsvInGb18030IsPreviewedThenImportedOnConfirmation(FxRobot robot) throws Exception {
        Path folder = folder();
        RosterImportViewModel model = show(robot, folder, PeopleImport.Kind.ROSTER, Locale.SIMPLIFIED_CHINESE);
        // before a file is chosen the preview's place says so in the screen's language (no empty spreadsheet's English)
        assertThat(robot.lookup("#importSheet").tryQuery()).isEmpty();
        assertThat(robot.lookup(".hint").queryAllAs(javafx.scene.control.Label.class)).extracting(Label::getText)
                .contains("尚未选择文件。");
        robot.interact(() -> model.choose(HrSheets.FOLDER.resolve("roster-hr.csv")));

        Grid g = grid(robot);
        // title rows skipped, the blank row and the 合计 row with the line after it left out: 42 people, rows as written
        assertThat(g.getRowCount()).isEqualTo(42);
        assertThat(g.getRowHeaders()).startsWith("4", "5").contains("17", "19").doesNotContain("3", "18", "47", "48");
        // Chinese headers recognised (姓　名 with a full-width space inside), other columns kept
        assertThat(g.getColumnHeaders()).startsWith("A 编号 → 编号 (bib)", "B 姓　名 → 姓名 (name)").contains("F 工号 → 按原列名保留");
        // the full-width bib is shown as written, and the note says where the table ended
        assertThat(g.getRows().get(4).get(0).getText()).isEqualTo("１００５");
        assertThat(robot.lookup("#importSummary").queryLabeled().getText())
                .contains("读取 42 行，没有问题", "第 47 行：名单到此行结束（“合计”）");
        assertThat(folder.resolve("roster.csv")).doesNotExist(); // nothing until confirmed

        robot.clickOn("#importConfirm");
        assertThat(robot.lookup("#importMessage").queryLabeled().getText()).isEqualTo("已将 42 行导入 roster.csv。");
        List<Contestant> imported = ContestFolder.load(folder).contest().roster();
        assertThat(people(imported)).isEqualTo(people(HrSheets.reference().roster()));
        assertThat(imported).extracting(Contestant::bib).contains("1005", "1012").doesNotContain("１００５", "1012.0", "合计");
        assertThat(imported).extracting(Contestant::name).doesNotContain("42人");

        // then the theory results, the same way (theory-hr.csv: GB18030, a title row, 参赛编号 / 理论成绩)
        RosterImportViewModel theory = show(robot, folder, PeopleImport.Kind.THEORY, Locale.SIMPLIFIED_CHINESE);
        robot.interact(() -> theory.choose(HrSheets.FOLDER.resolve("theory-hr.csv")));
        assertThat(theory.problems()).isEmpty();
        robot.clickOn("#importConfirm");
        ContestFolder loaded = ContestFolder.load(folder);
        assertThat(loaded.theoryFacts()).hasSize(42);
    }

    @Test
    void theHrWorkbookWithMergedUnitsDateCellsAndNumericBibs(FxRobot robot) throws Exception {
        Path folder = folder();
        Path workbook = dir.resolve("参赛人员名单.xlsx");
        HrSheets.rosterWorkbook(workbook);
        RosterImportViewModel model = show(robot, folder, PeopleImport.Kind.ROSTER, Locale.ENGLISH);
        robot.interact(() -> model.choose(workbook));

        Grid g = grid(robot);
        assertThat(g.getRowCount()).isEqualTo(42);
        assertThat(g.getRowHeaders().get(0)).isEqualTo(String.valueOf(HrSheets.XLSX_FIRST_ROW));
        // numeric-cell bibs read as whole numbers, the full-width one as typed; the merged unit in every row
        assertThat(g.getRows().get(0).get(0).getText()).isEqualTo("1001");
        assertThat(g.getRows().get(4).get(0).getText()).isEqualTo("１００５");
        assertThat(g.getRows().get(13).get(2).getText()).isEqualTo("冠捷显示总装一车间");
        assertThat(robot.lookup("#importSummary").queryLabeled().getText()).contains("42 row(s) read without a problem",
                "Row 46: the roster ends at this row ('合计')");

        robot.clickOn("#importConfirm");
        Path workbookTheory = dir.resolve("理论成绩.xlsx");
        HrSheets.theoryWorkbook(workbookTheory);
        RosterImportViewModel theory = show(robot, folder, PeopleImport.Kind.THEORY, Locale.ENGLISH);
        robot.interact(() -> theory.choose(workbookTheory));
        robot.clickOn("#importConfirm");

        ContestFolder loaded = ContestFolder.load(folder);
        assertThat(people(loaded.contest().roster())).isEqualTo(people(HrSheets.reference().roster()));
        // date cells are birth dates; the unit merged over 14 rows is each one's
        assertThat(loaded.contest().roster().get(7).birthDate()).isEqualTo(java.time.LocalDate.of(1985, 7, 20));
        assertThat(loaded.contest().roster().subList(0, 14)).extracting(Contestant::unit).containsOnly("冠捷显示总装一车间");
        assertThat(loaded.theoryFacts()).hasSize(42);
        assertThat(folder.resolve("roster.xlsx")).doesNotExist();
    }

    @Test
    void aRosterWithoutANameColumnIsRefusedWithAClearMessageThenMappedByHand(FxRobot robot) throws Exception {
        Path folder = folder();
        Path f = dir.resolve("名单.csv");
        Files.writeString(f, "参赛人员名单,,\n编号,职工姓名,所在单位\n1001,张伟,总装一车间\n1002,王芳,注塑车间\n", GB18030);
        RosterImportViewModel model = show(robot, folder, PeopleImport.Kind.ROSTER, Locale.SIMPLIFIED_CHINESE);
        robot.interact(() -> model.choose(f));

        String missing = model.problems().stream().filter(p -> p.contains("缺少必需的“name”列")).findFirst().orElseThrow();
        assertThat(missing).startsWith("第 2 行：").contains("姓名", "编号,职工姓名,所在单位").doesNotContain("…");
        @SuppressWarnings("unchecked")
        ListView<String> list = robot.lookup("#importProblems").queryAs(ListView.class);
        assertThat(list.getItems()).contains(missing);
        assertThat(robot.lookup("#importConfirm").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#importConfirm");
        assertThat(folder.resolve("roster.csv")).doesNotExist();

        // column B (职工姓名) is not known: map it to name by hand, with the mouse
        @SuppressWarnings("unchecked")
        ComboBox<String> b = robot.lookup("#map-B").queryAs(ComboBox.class);
        assertThat(b.getValue()).isEqualTo(RosterImportViewModel.KEEP);
        robot.clickOn("#map-B").clickOn("姓名 (name)");
        // the file is read again with the mapping: the remaining problems are the contest's titles (gender, birth date)
        assertThat(grid(robot).getColumnHeaders()).contains("B 职工姓名 → 姓名 (name)");
        assertThat(model.problems()).noneMatch(p -> p.contains("缺少必需的“name”列"));
    }
}
