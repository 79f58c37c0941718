package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.app.FxScreens.waitUntil;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import org.podium.cli.Podium;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The setup screen driven as an organiser would (in Chinese): the steps the setup screen tests share. */
final class SetupSteps {
    private SetupSteps() {
    }

    static void type(FxRobot robot, String id, String text) {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        robot.clickOn(f);
        robot.interact(f::selectAll);
        robot.write(text);
        assertThat(f.getText()).isEqualTo(text);
    }

    static void page(FxRobot robot, String id) {
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.podium.ui.setup.SetupView.Page> pages = robot.lookup("#pages").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> pages.scrollTo(pages.getItems().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow()));
        robot.clickOn("#page-" + id);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#content-" + id).tryQuery()).isPresent();
    }

    /** Opens a choice with the mouse and clicks the entry shown as {@code shown}. */
    static void choose(FxRobot robot, String id, String shown) {
        robot.clickOn(id);
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
                .filter(n -> n.isVisible() && shown.equals(((Labeled) n).getText())).findFirst().orElseThrow();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static String problem(FxRobot robot, String id) {
        return robot.lookup(id + "-problem").queryAs(Label.class).getText();
    }

    /**
     * Sets up the monitor-stand drill on the setup screen shown, by keyboard and mouse, from its details to Save (the
     * three bad inputs said beside their fields on the way), and waits until it is saved.
     */
    static void monitorStandDrill(FxRobot robot) throws Exception {
        type(robot, "#name", "2020年岗位练兵首场拉练赛");
        type(robot, "#date", "2020-07-20");
        type(robot, "#venue", "冠捷显示科技园三号厂房");
        type(robot, "#organiser", "经开区总工会");

        page(robot, "events");
        robot.clickOn("#addEvent");
        type(robot, "#ev-id", "stand");
        type(robot, "#ev-name", "显示器支架组装");
        type(robot, "#ev-timekeepers", "T1, T2, T3");
        type(robot, "#ev-judges", "J1, J2, J3, J4, J5");
        // a second event with the same id is refused beside its id, in Chinese; removed again
        robot.clickOn("#addEvent");
        type(robot, "#ev-id", "stand");
        assertThat(problem(robot, "#ev-id")).isEqualTo("项目编号“stand”重复使用（第一次在第 9 行）：每个项目编号必须不同");
        robot.clickOn("#removeEvent");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#ev-id").queryAs(TextField.class).getText()).isEqualTo("stand");

        page(robot, "timing");
        type(robot, "#tm-limit", "2:30");
        assertThat(robot.lookup("#timingRule").queryAs(Label.class).getText()).contains("中位数").contains("超过 2:30 记为未完成（DNF）");

        page(robot, "quality");
        String[][] criteria = {{"螺丝紧固力矩", "40", "0.5"}, {"底座与立柱装配间隙", "30", "0.5"}, {"工艺规范与现场6S", "30", ""}};
        for (int i = 0; i < criteria.length; i++) {
            robot.clickOn("#crit-add");
            type(robot, "#crit-" + i + "-name", criteria[i][0]);
            type(robot, "#crit-" + i + "-max", criteria[i][1]);
            if (!criteria[i][2].isEmpty()) {
                type(robot, "#crit-" + i + "-step", criteria[i][2]);
            }
        }
        choose(robot, "#crit-2-kind", "评判");
        // a step that does not divide the maximum, said beside the step
        type(robot, "#crit-0-step", "0.3");
        assertThat(problem(robot, "#crit-0-step")).isEqualTo(
                "events[0].quality.criteria[0].step：步长 0.3 不能整除满分 40，满分 40 永远打不出来：请用能整除满分的步长，如 0.5");
        type(robot, "#crit-0-step", "0.5");
        assertThat(problem(robot, "#crit-0-step")).isEmpty();
        assertThat(robot.lookup("#crit-2-rule").queryAs(Label.class).getText()).isEqualTo("评判评分：0 到 3 级，最高级得 30 分；裁判员相差超过 1 级时提示。");

        page(robot, "penalties");
        robot.clickOn("#pen-add");
        type(robot, "#pen-0-name", "违反安全操作规程");
        type(robot, "#pen-0-value", "5");
        robot.clickOn("#pen-add");
        type(robot, "#pen-1-name", "零件掉落");
        choose(robot, "#pen-1-kind", "加时（秒）");
        type(robot, "#pen-1-value", "5");
        assertThat(robot.lookup("#pen-1-rule").queryAs(Label.class).getText()).isEqualTo("每次在正式用时上加 5 秒。");

        page(robot, "weights");
        type(robot, "#w-time", "40");
        type(robot, "#w-quality", "50");
        // weights that do not add up: the remainder, in Chinese, beside the weights and in words
        assertThat(problem(robot, "#w-quality")).isEqualTo("events[0].total.weights：权重合计为 0.9，必须正好等于 1（还差 0.1）");
        assertThat(robot.lookup("#weightsRule").queryAs(Label.class).getText()).contains("用时与质量合计 90%：还差 10%");
        type(robot, "#w-quality", "60");
        assertThat(problem(robot, "#w-quality")).isEmpty();
        assertThat(robot.lookup("#weightsRule").queryAs(Label.class).getText()).endsWith("contest.yaml 保存：理论 不计，用时 0.4，质量 0.6（合计必须正好为 1）。");

        page(robot, "awards");
        choose(robot, "#tie-0", "质量得分");
        choose(robot, "#tie-1", "正式用时");
        String[][] tiers = {{"一等奖", "0.1"}, {"二等奖", "0.2"}, {"三等奖", "0.3"}};
        for (int i = 0; i < tiers.length; i++) {
            robot.clickOn("#tier-add");
            type(robot, "#tier-" + i + "-0", tiers[i][0]);
            choose(robot, "#tier-" + i + "-by", "比例");
            type(robot, "#tier-" + i + "-value", tiers[i][1]);
        }
        type(robot, "#aw-minTotal", "78");
        assertThat(robot.lookup("#tier-0-rule").queryAs(Label.class).getText()).isEqualTo("参与排名人数的 10%，取整方式：四舍五入。");

        page(robot, "titles");
        robot.clickOn("#title-add");
        type(robot, "#title-0-0", "岗位技能标兵");
        type(robot, "#title-0-tier", "一等奖");

        page(robot, "rounds");
        assertThat(robot.lookup("#round-0-rule").queryAs(Label.class).getText()).isEqualTo("最后一轮；奖项和称号按本轮评定。");

        assertThat(robot.lookup("#summary").queryAs(Label.class).getText()).isEqualTo("没有问题：podium validate 接受这份 contest.yaml。");
        robot.clickOn("#save");
        waitUntil(() -> robot.lookup("#status").queryAs(Label.class).getText().startsWith("已保存"));
    }

    /** The exit code, a newline, then what the command printed on standard output (standard error must be empty). */
    static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Podium.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        return code + "\n" + out.toString(StandardCharsets.UTF_8);
    }
}
