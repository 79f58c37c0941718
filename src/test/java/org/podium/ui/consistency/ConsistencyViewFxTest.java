package org.podium.ui.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podium.domain.RoundResult;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The consistency screen on the monitor-stand sample (headless Monocle): the charts have a bar per judge and
 * criterion, the tables their rows, and a limit typed and entered lists other marks.
 */
@ExtendWith(ApplicationExtension.class)
class ConsistencyViewFxTest {
    private ConsistencyViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        I18n i18n = I18n.forLocale(Locale.ROOT);
        model = new ConsistencyViewModel(i18n, Background.sameThread());
        Scene scene = new Scene(new ConsistencyView(model, i18n).root(), 1600, 1000);
        scene.getStylesheets().add(getClass().getResource("/org/podium/ui/css/podium.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void chartsAndTablesFillAndALimitTypedListsOtherMarks(FxRobot robot) throws Exception {
        RoundResult round = ConsistencyViewModelTest.sample("monitor-stand").rounds().get(0);
        System.gc(); // the charts listen to the model's lists: they must still hear after a collection
        robot.interact(() -> model.show(round));
        BarChart<String, Number> signed = robot.lookup("#signedChart").queryAs(BarChart.class);
        assertThat(signed.getData()).hasSize(3).allSatisfy(series -> assertThat(series.getData()).hasSize(5));
        assertThat(signed.getData().get(0).getData().get(0).getYValue().doubleValue()).isEqualTo(-0.61);
        BarChart<String, Number> time = robot.lookup("#timeChart").queryAs(BarChart.class);
        assertThat(time.getData()).hasSize(2).allSatisfy(series -> assertThat(series.getData()).hasSize(3));
        assertThat(robot.lookup("#judgeTable").queryAs(TableView.class).getItems()).hasSize(5);
        assertThat(robot.lookup("#judgeTable").queryAs(TableView.class).getColumns()).hasSize(4);
        assertThat(robot.lookup("#markTable").queryAs(TableView.class).getItems()).hasSize(10);
        assertThat(robot.lookup("#timeTable").queryAs(TableView.class).getItems()).hasSize(1);

        robot.clickOn("#measurementLimit").eraseText(2).write("20").type(KeyCode.ENTER);
        assertThat(robot.lookup("#markTable").queryAs(TableView.class).getItems()).isEmpty();
        assertThat(robot.lookup("#measurementLimit").queryAs(TextField.class).getText()).isEqualTo("20");
        robot.clickOn("#timeLimit").eraseText(3).write("x").type(KeyCode.ENTER);
        assertThat(robot.lookup("#consistencyError").queryLabeled().getText()).isNotEmpty();
        assertThat(robot.lookup("#timeTable").queryAs(TableView.class).getItems()).hasSize(1);
    }
}
