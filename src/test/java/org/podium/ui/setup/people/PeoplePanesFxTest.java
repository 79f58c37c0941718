package org.podium.ui.setup.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestYaml;
import org.podium.domain.Role;
import org.podium.service.OfficialsDesk;
import org.podium.service.SampleCopies;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The officials, ready-for-the-day and new-contest panes by keyboard and mouse (headless Monocle): officials added with
 * the PIN rules of "Trust", a weak PIN refused in the screen's language, a rename with the chief's PIN; the ready page
 * lists what is missing and turns green when nothing is; a new contest from a sample under the name typed.
 */
@ExtendWith(ApplicationExtension.class)
class PeoplePanesFxTest {
    @TempDir
    Path dir;
    private Stage stage;
    private OfficialsDesk desk;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (desk != null) {
            desk.close();
        }
    }

    private void show(FxRobot robot, java.util.function.Supplier<Parent> root) {
        robot.interact(() -> {
            stage.setScene(new Scene(root.get(), 1300, 900));
            stage.show();
        });
    }

    /** Clicks into a field, clears it and types {@code text}. */
    private static void typeIn(FxRobot robot, String id, String text) {
        javafx.scene.control.TextInputControl field = robot.lookup(id).queryAs(javafx.scene.control.TextInputControl.class);
        robot.clickOn(id);
        robot.interact(field::clear);
        robot.write(text);
    }

    /** Fills a field at once (the many officials of the loop; the typing itself is shown above). */
    private static void fill(FxRobot robot, String id, String text) {
        javafx.scene.control.TextInputControl field = robot.lookup(id).queryAs(javafx.scene.control.TextInputControl.class);
        robot.interact(() -> field.setText(text));
    }

    @Test
    void officialsAreAddedByTheRulesAndTheDayBecomesReady(FxRobot robot) throws Exception {
        Path folder = SampleCopies.withPeople(Path.of("contests/monitor-stand"), dir.resolve("drill"));
        desk = OfficialsDesk.open(folder, Clock.systemUTC());
        I18n zh = I18n.forLocale(Locale.SIMPLIFIED_CHINESE);

        ReadinessViewModel ready = new ReadinessViewModel(folder, desk::officials, Background.sameThread(), zh);
        show(robot, () -> new ReadinessPane(ready, zh).root());
        robot.interact(ready::check);
        assertThat(robot.lookup("#readyBanner").queryLabeled().getText()).isEqualTo("还有 9 项未完成");
        assertThat(robot.lookup("#readyBanner").queryLabeled().getStyleClass()).contains("not-ready");
        assertThat(ready.missing()).startsWith("还没有裁判长账号：请添加一位（密码至少 6 位）；否则无人能锁定、公布成绩或重设密码。",
                "裁判员 T1（计时员）已列入竞赛方案，但还没有账号和密码。");

        OfficialsViewModel officials = new OfficialsViewModel(desk, Background.sameThread(), zh, Clock.systemUTC());
        show(robot, () -> new OfficialsPane(officials, zh).root());
        robot.interact(officials::refresh);
        assertThat(robot.lookup("#officialsTable").queryAs(TableView.class).getItems()).hasSize(8);

        // a chief with a 4-digit PIN is refused, in Chinese, nothing added
        typeIn(robot, "#officialId", "C");
        typeIn(robot, "#officialName", "赵敏");
        robot.interact(() -> officials.roleProperty().set(Role.CHIEF));
        typeIn(robot, "#officialPin", "2580");
        typeIn(robot, "#officialPinAgain", "2580");
        robot.clickOn("#officialAdd");
        assertThat(robot.lookup("#officialsMessage").queryLabeled().getText())
                .isEqualTo("裁判长或组织者的密码至少 6 位数字。未作更改。");
        assertThat(desk.withAccounts()).isEmpty();
        typeIn(robot, "#officialPin", "258046");
        typeIn(robot, "#officialPinAgain", "258046");
        robot.clickOn("#officialAdd");
        assertThat(robot.lookup("#officialsMessage").queryLabeled().getText()).isEqualTo("已添加裁判员 C。");

        // each official contest.yaml names: selected in the table, named and given a PIN
        String[] ids = {"T1", "T2", "T3", "J1", "J2", "J3", "J4", "J5"};
        for (int i = 0; i < ids.length; i++) {
            fill(robot, "#officialId", ids[i]);
            fill(robot, "#officialName", "员" + i);
            Role r = ids[i].startsWith("T") ? Role.TIMEKEEPER : Role.JUDGE;
            robot.interact(() -> officials.roleProperty().set(r));
            fill(robot, "#officialPin", "36" + (80 + i));
            fill(robot, "#officialPinAgain", "36" + (80 + i));
            robot.clickOn("#officialAdd");
        }
        // a rename by the chief, with the chief's PIN
        robot.interact(() -> officials.selectedProperty().set(officials.officials().get(1)));
        typeIn(robot, "#officialName", "张三");
        typeIn(robot, "#officialChief", "C");
        typeIn(robot, "#officialChiefPin", "258046");
        robot.clickOn("#officialChange");
        assertThat(robot.lookup("#officialsMessage").queryLabeled().getText()).isEqualTo("已修改裁判员 T1。");
        assertThat(desk.withAccounts()).extracting(OfficialsDesk.Official::name).contains("张三");

        show(robot, () -> new ReadinessPane(ready, zh).root());
        robot.clickOn("#readyCheck");
        assertThat(robot.lookup("#readyBanner").queryLabeled().getText()).isEqualTo("已准备就绪：没有缺项。");
        assertThat(robot.lookup("#readyBanner").queryLabeled().getStyleClass()).contains("ready");
    }

    @Test
    void eachSampleIsOfferedOnceWhenItsFolderIsFoundTwice(FxRobot robot) {
        // the app looks in contests/ of the working folder and beside the jar: in a clone, the same folder twice
        I18n en = I18n.forLocale(Locale.ROOT);
        StartingPointViewModel model = new StartingPointViewModel(Background.sameThread(), en, made -> { });
        robot.interact(() -> model.findTemplates(List.of(Path.of("contests"), Path.of("contests").toAbsolutePath(),
                Path.of("target/../contests")), null));
        assertThat(model.templates()).extracting(StartingPointViewModel.Template::name).containsExactly("An empty contest",
                "The scheme of “2022年全市企业微型消防站消防安全技能竞赛”", "The scheme of “2020年岗位练兵首场拉练赛”",
                "The scheme of “2021年市环卫行业职业技能竞赛”");
    }

    @Test
    void aPlaceChosenForTheNewContestGetsAFolderNamedAfterIt(FxRobot robot) {
        I18n zh = I18n.forLocale(Locale.SIMPLIFIED_CHINESE);
        StartingPointViewModel model = new StartingPointViewModel(Background.sameThread(), zh, made -> { });
        show(robot, () -> new StartingPointPane(model, zh).root());
        assertThat(robot.lookup("#startPlace").queryButton().getText()).isEqualTo("选择位置…");
        model.placeIn(dir);
        assertThat(model.folderProperty().get()).isEqualTo(dir.resolve("contest").toString());
        model.nameProperty().set(" 2025年岗位练兵/拉练赛: 第1场 ");
        model.placeIn(dir);
        assertThat(model.folderProperty().get()).isEqualTo(dir.resolve("2025年岗位练兵_拉练赛_ 第1场").toString());
        model.placeIn(null); // the chooser cancelled: the folder stays as it was
        assertThat(model.folderProperty().get()).isEqualTo(dir.resolve("2025年岗位练兵_拉练赛_ 第1场").toString());
    }

    @Test
    void aNewContestFromASampleUnderTheNameTyped(FxRobot robot) throws Exception {
        I18n en = I18n.forLocale(Locale.ROOT);
        List<Path> made = new ArrayList<>();
        StartingPointViewModel model = new StartingPointViewModel(Background.sameThread(), en, made::add);
        show(robot, () -> new StartingPointPane(model, en).root());
        robot.interact(() -> model.findTemplates(Path.of("contests")));
        assertThat(model.templates()).extracting(StartingPointViewModel.Template::name).containsExactly("An empty contest",
                "The scheme of “2022年全市企业微型消防站消防安全技能竞赛”", "The scheme of “2020年岗位练兵首场拉练赛”",
                "The scheme of “2021年市环卫行业职业技能竞赛”");
        robot.interact(() -> model.templateProperty().set(model.templates().get(2)));
        typeIn(robot, "#startFolder", dir.resolve("drill").toString());
        robot.clickOn("#startCreate");
        assertThat(robot.lookup("#startMessage").queryLabeled().getText()).isEqualTo("Give the new contest its name (shown on sheets and certificates).");
        assertThat(made).isEmpty();
        typeIn(robot, "#startName", "2025年岗位练兵拉练赛");
        robot.clickOn("#startCreate");
        assertThat(made).containsExactly(dir.resolve("drill"));
        assertThat(ContestYaml.read(dir.resolve("drill/contest.yaml")).name()).isEqualTo("2025年岗位练兵拉练赛");
        assertThat(dir.resolve("drill/roster.csv")).doesNotExist();
        try (var s = Files.list(dir.resolve("drill"))) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("contest.yaml");
        }
        assertThat(robot.lookup("#startMessage").queryAs(Label.class).getText()).startsWith("The new contest is in ");
    }
}
