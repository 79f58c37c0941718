package org.podium.ui.board;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.podium.domain.Status;
import org.podium.ui.common.I18n;

/**
 * The projector board, read from the back of a hall: designed for 1920x1080 seen from 15 m, light type on a dark
 * ground, ranking lines {@value #ROW_HEIGHT} px high in 50 px type (ui/css/board.css), as many lines as fit, the
 * pages turned every {@value #PAGE_SECONDS} s. The newest finisher's line is lit. Binds and forwards only; the node
 * is {@link #root()}, shown by {@link BoardWindow}. {@link #stop()} stops the page timer.
 */
public final class BoardView {
    /** Height of a ranking line, px: 50 px type and its leading. */
    public static final int ROW_HEIGHT = 76;
    /** Seconds a page stays before the next. */
    public static final int PAGE_SECONDS = 10;
    private static final double[] COLUMNS = {9, 21, 40, 13, 17};

    private final BoardViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final VBox lines = new VBox();
    private final HBox latest = new HBox(48);
    private final Timeline pages;

    public BoardView(BoardViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        Label contest = bound("boardContest", "board-contest", model.contestNameProperty());
        Label marker = bound("boardMarker", "board-marker", model.markerProperty());
        marker.visibleProperty().bind(Bindings.isNotEmpty(model.markerProperty()));
        model.standingProperty().addListener((o, was, now) -> standing(marker, now));
        standing(marker, model.standingProperty().get());
        HBox top = new HBox(24, contest, spacer(), marker);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("board-top");

        Label round = bound("boardRound", "board-round", model.roundTitleProperty());
        Label page = bound("boardPage", "board-page", model.pageTextProperty());
        HBox title = new HBox(24, round, spacer(), page);
        title.setAlignment(Pos.BASELINE_LEFT);
        title.getStyleClass().add("board-title");

        GridPane header = line("board-header");
        String[] keys = {"board.col.rank", "board.col.name", "board.col.unit", "board.col.total", "board.col.award"};
        for (int i = 0; i < keys.length; i++) {
            header.add(cell(i18n.get(keys[i]), i), i, 0);
        }
        header.visibleProperty().bind(Bindings.isEmpty(model.waitingProperty()));

        lines.setId("boardLines");
        lines.getStyleClass().add("board-lines");
        lines.setMinHeight(ROW_HEIGHT);
        VBox.setVgrow(lines, Priority.ALWAYS);
        lines.heightProperty().addListener((o, was, now) ->
                model.rowsPerPageProperty().set(Math.max(1, (int) (now.doubleValue() / ROW_HEIGHT))));
        Label waiting = bound("boardWaiting", "board-waiting", model.waitingProperty());
        waiting.setWrapText(true);
        waiting.visibleProperty().bind(Bindings.isNotEmpty(model.waitingProperty()));
        StackPane body = new StackPane(lines, waiting);
        StackPane.setAlignment(lines, Pos.TOP_LEFT);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox ranking = new VBox(header, body);

        Label latestTitle = new Label(i18n.get("board.latest"));
        latestTitle.getStyleClass().add("board-latest-title");
        latestTitle.setMinWidth(Region.USE_PREF_SIZE);
        latest.setId("boardLatest");
        latest.setAlignment(Pos.CENTER_LEFT);
        HBox latestBand = new HBox(36, latestTitle, latest);
        latestBand.setAlignment(Pos.CENTER_LEFT);
        latestBand.getStyleClass().add("board-latest");
        latestBand.visibleProperty().bind(Bindings.isNotEmpty(model.latest()));
        latestBand.managedProperty().bind(latestBand.visibleProperty());
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(latestBand.widthProperty());
        clip.heightProperty().bind(latestBand.heightProperty());
        latestBand.setClip(clip);

        root.setTop(new VBox(top, title));
        root.setCenter(ranking);
        root.setBottom(latestBand);
        root.getStyleClass().add("board");
        root.setId("board");

        model.pageRows().addListener((ListChangeListener<BoardRow>) c -> lines());
        model.latest().addListener((ListChangeListener<BoardRow>) c -> {
            latest();
            lines();
        });
        lines();
        latest();
        pages = new Timeline(new KeyFrame(Duration.seconds(PAGE_SECONDS), e -> model.nextPage()));
        pages.setCycleCount(Timeline.INDEFINITE);
        pages.play();
    }

    public Parent root() {
        return root;
    }

    /** Stops turning the pages (when the board is closed). */
    public void stop() {
        pages.stop();
    }

    private static Label bound(String id, String style, javafx.beans.value.ObservableStringValue text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.textProperty().bind(text);
        return l;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private static void standing(Label marker, BoardStanding s) {
        marker.getStyleClass().removeIf(c -> c.startsWith("board-marker-"));
        if (s != null) {
            marker.getStyleClass().add("board-marker-" + s.name());
        }
    }

    /** A grid with the board's five columns: rank, name, unit, total, award. */
    private static GridPane line(String style) {
        GridPane g = new GridPane();
        g.getStyleClass().add(style);
        for (int i = 0; i < COLUMNS.length; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(COLUMNS[i]);
            c.setHalignment(i == 3 ? HPos.RIGHT : HPos.LEFT);
            g.getColumnConstraints().add(c);
        }
        g.setHgap(24);
        return g;
    }

    private static Label cell(String text, int column) {
        Label l = new Label(text);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setAlignment(column == 3 ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        l.setMinWidth(0);
        return l;
    }

    private void lines() {
        lines.getChildren().clear();
        String newest = model.latest().isEmpty() ? null : model.latest().get(0).bib();
        int n = 0;
        for (BoardRow row : model.pageRows()) {
            GridPane line = line("board-line");
            line.getStyleClass().add(n++ % 2 == 0 ? "board-line-even" : "board-line-odd");
            if (row.bib().equals(newest)) {
                line.getStyleClass().add("board-line-newest");
            }
            if (row.status() != Status.OK) {
                line.getStyleClass().add("board-line-unranked");
            }
            line.setMinHeight(ROW_HEIGHT);
            line.setPrefHeight(ROW_HEIGHT);
            line.setMaxHeight(ROW_HEIGHT);
            Label rank = cell(model.rankText(row), 0);
            rank.getStyleClass().add("board-rank");
            Label name = cell(row.name(), 1);
            name.getStyleClass().add("board-name");
            Label unit = cell(row.unit(), 2);
            unit.getStyleClass().add("board-unit");
            Label total = cell(BoardViewModel.totalText(row), 3);
            total.getStyleClass().add("board-total");
            Label award = cell(row.award(), 4);
            award.getStyleClass().add("board-award");
            line.addRow(0, rank, name, unit, total, award);
            lines.getChildren().add(line);
        }
    }

    private void latest() {
        latest.getChildren().clear();
        for (BoardRow row : model.latest()) {
            Label name = new Label(row.name());
            name.getStyleClass().add("board-latest-name");
            Label detail = new Label(model.latestText(row));
            detail.getStyleClass().add("board-latest-detail");
            VBox item = new VBox(2, name, detail);
            item.getStyleClass().add("board-latest-item");
            item.setMinWidth(Region.USE_PREF_SIZE); // never cut: those that do not fit are left off the right edge
            latest.getChildren().add(item);
        }
    }
}
