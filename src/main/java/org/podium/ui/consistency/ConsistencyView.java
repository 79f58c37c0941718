package org.podium.ui.consistency;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.podium.domain.Criterion;
import org.podium.ui.common.I18n;
import org.podium.ui.common.Messages;

/**
 * The consistency screen (docs/consistency.md): the limits on top; then, for the judges, a chart of each judge's
 * signed mean deviation (one bar per criterion), one of the absolute mean deviation, a table of the same numbers and
 * the far-off marks; for the timekeepers a chart of signed and absolute mean deviation, a table and the far-off times.
 * Binds and forwards only; the node is {@link #root()}, to be placed in any window.
 */
public final class ConsistencyView {
    private final ConsistencyViewModel model;
    private final I18n i18n;
    private final VBox root;
    private final BarChart<String, Number> signedChart;
    private final BarChart<String, Number> absoluteChart;
    private final BarChart<String, Number> timeChart;
    /** Holds the judges' table, made again when the criteria change (below). */
    private final StackPane judgeTable = new StackPane();

    public ConsistencyView(ConsistencyViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        Label title = new Label();
        title.setId("consistencyTitle");
        title.getStyleClass().add("title");
        title.textProperty().bind(model.titleProperty());

        HBox limits = new HBox(10,
                new Label(i18n.get("consistency.limits")),
                new Label(i18n.get("consistency.limit.measurement")), field("measurementLimit", model.measurementPercentProperty()),
                new Label(i18n.get("consistency.limit.percent")),
                new Label(i18n.get("consistency.limit.judgement")), field("judgementLimit", model.judgementLevelsProperty()),
                new Label(i18n.get("consistency.limit.levels")),
                new Label(i18n.get("consistency.limit.time")), field("timeLimit", model.timeLimitProperty()),
                new Label(i18n.get("consistency.limit.seconds")));
        limits.setAlignment(Pos.CENTER_LEFT);
        limits.getStyleClass().add("consistency-limits");
        Label note = new Label(i18n.get("consistency.note"));
        note.getStyleClass().add("consistency-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);

        signedChart = chart("signedChart", i18n.get("consistency.chart.signed"), i18n.get("consistency.axis.points"));
        absoluteChart = chart("absoluteChart", i18n.get("consistency.chart.absolute"), i18n.get("consistency.axis.points"));
        timeChart = chart("timeChart", i18n.get("consistency.chart.time"), i18n.get("consistency.axis.ms"));

        model.criteria().addListener((ListChangeListener<Criterion>) c -> judgeColumns());
        judgeColumns();

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        grid.getColumnConstraints().addAll(percent(31), percent(31), percent(38));
        grid.getRowConstraints().addAll(rows(32), rows(30), rows(38));
        grid.add(signedChart, 0, 0);
        grid.add(absoluteChart, 1, 0);
        grid.add(timeChart, 2, 0);
        grid.add(titled(i18n.get("consistency.judges"), judgeTable), 0, 1, 2, 1);
        grid.add(titled(i18n.get("consistency.timekeepers"), timekeeperTable()), 2, 1);
        grid.add(titled(i18n.get("consistency.marks"), markTable()), 0, 2, 2, 1);
        grid.add(titled(i18n.get("consistency.times"), timeTable()), 2, 2);
        VBox.setVgrow(grid, Priority.ALWAYS);

        Label error = Messages.inline("consistencyError", "error", model.errorProperty());
        error.managedProperty().bind(error.visibleProperty());
        root = new VBox(8, title, limits, error, note, grid);
        root.getStyleClass().addAll("screen", "consistency");
        root.setId("consistency");

        model.judges().addListener((ListChangeListener<ConsistencyViewModel.JudgeRow>) c -> judgeCharts());
        model.timekeepers().addListener((ListChangeListener<ConsistencyViewModel.TimekeeperRow>) c -> timeCharts());
        judgeCharts();
        timeCharts();
    }

    public Parent root() {
        return root;
    }

    private TextField field(String id, StringProperty text) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(4);
        f.textProperty().bindBidirectional(text);
        f.setOnAction(e -> model.applyLimits());
        f.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                model.applyLimits();
            }
        });
        return f;
    }

    /** A table under its heading; the table takes the height left. */
    private static Node titled(String text, Node table) {
        Label l = new Label(text);
        l.getStyleClass().add("consistency-heading");
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(4, l, table);
    }

    private static ColumnConstraints percent(double p) {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(p);
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    private static RowConstraints rows(double percent) {
        RowConstraints r = new RowConstraints();
        r.setPercentHeight(percent);
        r.setVgrow(Priority.ALWAYS);
        return r;
    }

    private static BarChart<String, Number> chart(String id, String title, String unit) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(unit);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setBarGap(2);
        chart.setCategoryGap(14);
        chart.setMinHeight(200);
        chart.getStyleClass().add("consistency-chart");
        return chart;
    }

    /** One series per criterion over the judges; a judge with nothing compared has no bar. */
    private void judgeCharts() {
        List<Criterion> criteria = model.criteria();
        signedChart.getData().clear();
        absoluteChart.getData().clear();
        for (int i = 0; i < criteria.size(); i++) {
            XYChart.Series<String, Number> signed = new XYChart.Series<>();
            XYChart.Series<String, Number> absolute = new XYChart.Series<>();
            signed.setName(ConsistencyViewModel.label(criteria.get(i)));
            absolute.setName(ConsistencyViewModel.label(criteria.get(i)));
            for (ConsistencyViewModel.JudgeRow j : model.judges()) {
                ConsistencyViewModel.Deviation d = j.criteria().get(i);
                signed.getData().add(bar(j.judge(), d.signed(), ConsistencyViewModel.signed(d.signed())));
                absolute.getData().add(bar(j.judge(), d.absolute(), ConsistencyViewModel.plain(d.absolute())));
            }
            signedChart.getData().add(signed);
            absoluteChart.getData().add(absolute);
        }
    }

    private void timeCharts() {
        timeChart.getData().clear();
        XYChart.Series<String, Number> signed = new XYChart.Series<>();
        XYChart.Series<String, Number> absolute = new XYChart.Series<>();
        signed.setName(i18n.get("consistency.series.signed"));
        absolute.setName(i18n.get("consistency.series.absolute"));
        for (ConsistencyViewModel.TimekeeperRow t : model.timekeepers()) {
            ConsistencyViewModel.Deviation d = t.deviation();
            signed.getData().add(bar(t.timekeeper(), d.signed(), ConsistencyViewModel.signed(d.signed())));
            absolute.getData().add(bar(t.timekeeper(), d.absolute(), ConsistencyViewModel.plain(d.absolute())));
        }
        timeChart.getData().add(signed);
        timeChart.getData().add(absolute);
    }

    /** A bar with its exact value as a tooltip; 0 high when there is no value (the category stays on the axis). */
    private static XYChart.Data<String, Number> bar(String category, BigDecimal value, String text) {
        XYChart.Data<String, Number> d = new XYChart.Data<>(category, value == null ? 0 : value.doubleValue());
        d.nodeProperty().addListener((o, was, node) -> {
            if (node != null) {
                Tooltip.install(node, new Tooltip(category + ": " + text));
            }
        });
        return d;
    }

    /**
     * Judge, then per criterion a column group: mean signed, mean absolute, marks compared, far off. The table is made
     * anew with its columns when another event's criteria come. A constrained resize policy gave the first column the
     * whole width next to column groups, so the widths are fixed.
     */
    private void judgeColumns() {
        TableView<ConsistencyViewModel.JudgeRow> table = new TableView<>(model.judges());
        table.setId("judgeTable");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(i18n.get("consistency.none")));
        table.getColumns().add(header("consistency.col.judge", ConsistencyViewModel.JudgeRow::judge));
        table.getColumns().get(0).setPrefWidth(80);
        List<Criterion> criteria = model.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            int at = i;
            TableColumn<ConsistencyViewModel.JudgeRow, String> group = new TableColumn<>(ConsistencyViewModel.label(criteria.get(i)));
            group.getColumns().add(header("consistency.col.signed", r -> ConsistencyViewModel.signed(r.criteria().get(at).signed())));
            group.getColumns().add(header("consistency.col.absolute", r -> ConsistencyViewModel.plain(r.criteria().get(at).absolute())));
            group.getColumns().add(header("consistency.col.count", r -> String.valueOf(r.criteria().get(at).count())));
            group.getColumns().add(header("consistency.col.far", r -> String.valueOf(r.criteria().get(at).outliers())));
            group.getColumns().forEach(c -> c.setPrefWidth(84));
            table.getColumns().add(group);
        }
        judgeTable.getChildren().setAll(table);
    }

    private Node timekeeperTable() {
        TableView<ConsistencyViewModel.TimekeeperRow> table = table("timekeeperTable", model.timekeepers(), i18n.get("consistency.none"));
        table.getColumns().add(header("consistency.col.timekeeper", ConsistencyViewModel.TimekeeperRow::timekeeper));
        table.getColumns().add(header("consistency.col.signedMs", r -> ConsistencyViewModel.signed(r.deviation().signed())));
        table.getColumns().add(header("consistency.col.absoluteMs", r -> ConsistencyViewModel.plain(r.deviation().absolute())));
        table.getColumns().add(header("consistency.col.timesCount", r -> String.valueOf(r.deviation().count())));
        table.getColumns().add(header("consistency.col.far", r -> String.valueOf(r.deviation().outliers())));
        return table;
    }

    private Node markTable() {
        TableView<ConsistencyViewModel.MarkRow> table = table("markTable", model.marks(), i18n.get("consistency.noMarks"));
        table.getColumns().add(header("consistency.col.bib", ConsistencyViewModel.MarkRow::bib));
        table.getColumns().add(header("consistency.col.name", ConsistencyViewModel.MarkRow::name));
        TableColumn<ConsistencyViewModel.MarkRow, String> attempt = header("consistency.col.attempt", r -> String.valueOf(r.attempt()));
        attempt.visibleProperty().bind(model.attemptsProperty());
        table.getColumns().add(attempt);
        table.getColumns().add(header("consistency.col.judge", ConsistencyViewModel.MarkRow::judge));
        TableColumn<ConsistencyViewModel.MarkRow, String> criterion = header("consistency.col.criterion", ConsistencyViewModel.MarkRow::criterion);
        criterion.setPrefWidth(260);
        table.getColumns().add(criterion);
        table.getColumns().add(header("consistency.col.mark", ConsistencyViewModel.MarkRow::mark));
        TableColumn<ConsistencyViewModel.MarkRow, String> panel = header("consistency.col.panelMean", r -> r.panelMean() + " (" + r.panelSize() + ")");
        panel.setPrefWidth(160);
        table.getColumns().add(panel);
        TableColumn<ConsistencyViewModel.MarkRow, BigDecimal> deviation = new TableColumn<>(i18n.get("consistency.col.deviation"));
        deviation.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().deviation()));
        deviation.setComparator(Comparator.comparing(BigDecimal::abs));
        deviation.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : ConsistencyViewModel.signed(item));
            }
        });
        table.getColumns().add(deviation);
        return table;
    }

    private Node timeTable() {
        TableView<ConsistencyViewModel.TimeRow> table = table("timeTable", model.times(), i18n.get("consistency.noTimes"));
        table.getColumns().add(header("consistency.col.bib", ConsistencyViewModel.TimeRow::bib));
        table.getColumns().add(header("consistency.col.name", ConsistencyViewModel.TimeRow::name));
        TableColumn<ConsistencyViewModel.TimeRow, String> attempt = header("consistency.col.attempt", r -> String.valueOf(r.attempt()));
        attempt.visibleProperty().bind(model.attemptsProperty());
        table.getColumns().add(attempt);
        table.getColumns().add(header("consistency.col.timekeeper", ConsistencyViewModel.TimeRow::timekeeper));
        table.getColumns().add(header("consistency.col.time", ConsistencyViewModel.TimeRow::time));
        table.getColumns().add(header("consistency.col.official", ConsistencyViewModel.TimeRow::officialTime));
        table.getColumns().add(header("consistency.col.deviationMs", r -> ConsistencyViewModel.signed(BigDecimal.valueOf(r.deviation()))));
        return table;
    }

    /** A table filling its width, with a placeholder while it has no row. */
    private static <R> TableView<R> table(String id, javafx.collections.ObservableList<R> items, String empty) {
        TableView<R> table = new TableView<>(items);
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(empty));
        return table;
    }

    private <R> TableColumn<R, String> header(String key, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setSortable(false);
        c.setPrefWidth(90);
        return c;
    }
}
