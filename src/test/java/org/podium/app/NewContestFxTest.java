package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.app.FxScreens.waitUntil;
import static org.podium.app.SetupSteps.choose;
import static org.podium.app.SetupSteps.page;
import static org.podium.app.SetupSteps.run;
import static org.podium.app.SetupSteps.type;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.service.OfficialsDesk;
import org.podium.service.Settings;
import org.podium.ui.common.FxBackground;
import org.podium.ui.common.I18n;
import org.podium.ui.setup.people.StartingPointViewModel;
import org.podium.ui.start.ContestChoice;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A new contest from the start screen, in one window (headless Monocle, in Chinese): Create leads to the starting point
 * (empty or a sample's scheme, the name asked, the folder), then to the setup screen of the new folder with the people
 * pages; nothing of a template's people, officials, scores or database comes along. Then the whole setup of the
 * monitor-stand drill from an empty contest: the scheme, the roster imported on its page, the officials added with
 * their PINs, ready for the day green; the contest opens from the start screen and ranks the sample's scores exactly
 * as the shipped sample does.
 */
@ExtendWith(ApplicationExtension.class)
class NewContestFxTest {
    private static final Path SAMPLE = Path.of("contests", "monitor-stand");
    @TempDir
    static Path tmp;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private Shell shell;

    @Start
    void start(Stage stage) throws Exception {
        Settings settings = Settings.load(tmp.resolve("home-" + System.nanoTime()).resolve("podium.properties"));
        // the organiser sets the drill up in the weeks before its day (2020-07-20, as the sample): a ticking clock then
        Clock before = Clock.offset(Clock.systemUTC(), java.time.Duration.between(java.time.Instant.now(),
                java.time.Instant.parse("2020-07-01T08:00:00Z")));
        shell = new Shell(stage, I18n.forLocale(Locale.SIMPLIFIED_CHINESE), new FxBackground(executor), before, settings);
        shell.showStart(List.of(Path.of("contests")));
    }

    @AfterEach
    void stop() throws Exception {
        FxScreens.stop(shell, executor);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<StartingPointViewModel.Template> template(FxRobot robot) {
        return robot.lookup("#startTemplate").queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static ListView<ContestChoice> contests(FxRobot robot) {
        return robot.lookup("#samples").queryAs(ListView.class);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Create pressed with {@code chosen} selected on the start screen: the starting point, its templates read. */
    private static void create(FxRobot robot, String chosen) throws Exception {
        waitUntil(() -> contests(robot).getItems().size() == 3);
        ListView<ContestChoice> list = contests(robot);
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(c -> c.dir().getFileName().toString().equals(chosen)).findFirst().orElseThrow()));
        robot.clickOn("#create");
        waitUntil(() -> template(robot).getItems().size() == 4);
    }

    @Test
    void createAsksTheNameAndFolderThenSetsUpTheNewFolderWithNothingOfTheTemplatesPeople(FxRobot robot) throws Exception {
        create(robot, "monitor-stand");
        // the sample chosen on the start screen is the template offered; the empty contest is offered too
        assertThat(template(robot).getValue().dir().getFileName().toString()).isEqualTo("monitor-stand");
        assertThat(template(robot).getItems().get(0).name()).isEqualTo("空白竞赛");
        Path dir = tmp.resolve("stand-2025");
        type(robot, "#startFolder", dir.toString());
        // never under the sample's name without asking: the name is asked first
        assertThat(robot.lookup("#startName").queryAs(TextField.class).getText()).isEmpty();
        robot.clickOn("#startCreate");
        waitUntil(() -> "请填写新竞赛的名称（印在记录表和证书上）。".equals(text(robot, "#startMessage")));
        assertThat(dir).doesNotExist();

        type(robot, "#startName", "2025年显示器支架拉练赛");
        robot.clickOn("#startCreate");
        waitUntil(() -> robot.lookup("#setup").tryQuery().isPresent());
        assertThat(robot.lookup("#name").queryAs(TextField.class).getText()).isEqualTo("2025年显示器支架拉练赛");
        for (String p : new String[] {"roster", "theory", "officials", "ready"}) {
            assertThat(robot.lookup("#page-" + p).tryQuery()).as(p).isPresent();
        }
        // only the scheme: no roster, theory results, scores, database or sample mark
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("contest.yaml");
        }
        String yaml = Files.readString(dir.resolve("contest.yaml"));
        assertThat(yaml).contains("name: \"2025年显示器支架拉练赛\"").doesNotContain("sample").contains("J5");

        // the officials page opens the new contest's own database: the officials the scheme names, none with an account
        page(robot, "officials");
        waitUntil(() -> robot.lookup("#officialsTable").tryQuery().map(t -> ((TableView<?>) t).getItems().size()).orElse(0) == 8);
        assertThat(robot.lookup("#officialsTable").queryAs(TableView.class).getItems())
                .allSatisfy(o -> assertThat(((OfficialsDesk.Official) o).account()).isFalse());
    }

    @Test
    void theWholeSetupFromAnEmptyContestInOneWindowRanksTheSampleScoresAsTheShippedSample(FxRobot robot) throws Exception {
        create(robot, "fire-safety");
        choose(robot, "#startTemplate", "空白竞赛");
        Path dir = tmp.resolve("drill");
        type(robot, "#startName", "2020年岗位练兵首场拉练赛");
        type(robot, "#startFolder", dir.toString());
        robot.clickOn("#startCreate");
        waitUntil(() -> robot.lookup("#setup").tryQuery().isPresent());

        SetupSteps.monitorStandDrill(robot);

        // the roster, on its page, from the sample's roster.csv as chosen
        page(robot, "roster");
        robot.interact(() -> shell.setupPeople().rosterPane().choose(SAMPLE.resolve("roster.csv")));
        waitUntil(() -> !robot.lookup("#importConfirm").queryAs(Button.class).isDisabled());
        robot.clickOn("#importConfirm");
        waitUntil(() -> text(robot, "#importMessage").startsWith("已将 "));
        assertThat(dir.resolve("roster.csv")).exists();

        // ready for the day: not yet, nobody has an account
        page(robot, "ready");
        waitUntil(() -> shell.setupPeople().readiness().checkedProperty().get());
        assertThat(text(robot, "#readyBanner")).isNotEqualTo("已准备就绪：没有缺项。");

        // the officials with their PINs
        page(robot, "officials");
        waitUntil(() -> robot.lookup("#officialsTable").tryQuery().map(t -> ((TableView<?>) t).getItems().size()).orElse(0) == 8);
        String[][] officials = {{"C", "周总", "裁判长", "482915"}, {"T1", "陈计时", "计时员", "3917"},
                {"T2", "林计时", "计时员", "3917"}, {"T3", "黄计时", "计时员", "3917"}, {"J1", "赵评", "裁判员", "5826"},
                {"J2", "钱评", "裁判员", "5826"}, {"J3", "孙评", "裁判员", "5826"}, {"J4", "李评", "裁判员", "5826"},
                {"J5", "吴评", "裁判员", "5826"}};
        for (String[] o : officials) {
            type(robot, "#officialId", o[0]);
            type(robot, "#officialName", o[1]);
            choose(robot, "#officialRole", o[2]);
            type(robot, "#officialPin", o[3]);
            type(robot, "#officialPinAgain", o[3]);
            robot.clickOn("#officialAdd");
            waitUntil(() -> text(robot, "#officialsMessage").equals("已添加裁判员 " + o[0] + "。"));
        }
        assertThat(robot.lookup("#officialsTable").queryAs(TableView.class).getItems())
                .hasSize(9).allSatisfy(o -> assertThat(((OfficialsDesk.Official) o).account()).isTrue());

        // the ready page checks again when shown: green
        page(robot, "ready");
        waitUntil(() -> text(robot, "#readyBanner").equals("已准备就绪：没有缺项。"));
        assertThat(robot.lookup("#readyBanner").queryAs(Label.class).getStyleClass()).contains("ready");

        // back at the start screen the new contest is offered first; it opens at its login screen
        robot.clickOn("#close");
        waitUntil(() -> robot.lookup("#samples").tryQuery().isPresent() && !contests(robot).getItems().isEmpty());
        ContestChoice first = contests(robot).getItems().get(0);
        assertThat(first.dir()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(first.sample()).isFalse();
        robot.interact(() -> contests(robot).getSelectionModel().select(0));
        robot.clickOn("#open");
        waitUntil(() -> robot.lookup("#station").tryQuery().isPresent());
        assertThat(robot.lookup("#sampleMark").tryQuery()).isEmpty();

        assertThat(run("validate", dir.toString())).startsWith("0\n");
        String scores = SAMPLE.resolve("scores/sample.csv").toString();
        String mine = run("rank", dir.toString(), "--scores", scores);
        assertThat(mine).startsWith("0\n").contains("一等奖");
        assertThat(mine).isEqualTo(run("rank", SAMPLE.toString(), "--scores", scores));
    }
}
