package org.podium.ui.setup.people;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.spreadsheet.Grid;
import org.controlsfx.control.spreadsheet.GridBase;
import org.controlsfx.control.spreadsheet.SpreadsheetCell;
import org.controlsfx.control.spreadsheet.SpreadsheetCellType;
import org.controlsfx.control.spreadsheet.SpreadsheetView;
import org.podium.contestfile.Preview;
import org.podium.contestfile.Table;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;

/**
 * The roster (or theory results) import pane: Choose a file (.xlsx or .csv); the preview in a spreadsheet (ControlsFX
 * {@link SpreadsheetView}, which draws only the rows in sight, so 50,000 rows scroll), its column headers saying how
 * each column was recognised, the rows with a problem tinted; under it a choice per column to map it by hand; every
 * problem with its row, whole; Import, enabled only for a preview without problems. Binds and forwards; the grid is
 * built on the executor, never on the FX thread.
 */
public final class RosterImportPane {
    private final RosterImportViewModel model;
    private final I18n i18n;
    private final Background background;
    private final VBox root;
    /** Holds the spreadsheet: a new one per preview, made on the executor (see {@link #show}). */
    private final javafx.scene.layout.StackPane sheetHolder = new javafx.scene.layout.StackPane();
    private SpreadsheetView sheet = spreadsheet(new GridBase(0, 0));
    private final HBox mapping = new HBox();
    private long shown;
    /** Up to this many rows the columns are fitted to their text (it measures every row). */
    private static final int FIT_ROWS = 2_000;
    /**
     * A preview of more rows is shown first with only this many (a screenful and more, made in a few milliseconds),
     * then with all of them once their spreadsheet is made: a spreadsheet of 50,000 rows takes longer to make than the
     * file to read (a cell object per cell, every one of them walked by the spreadsheet when it is given them).
     */
    static final int FIRST_ROWS = 200;
    private final Label sheetNote = new Label();

    public RosterImportPane(RosterImportViewModel model, I18n i18n, Background background) {
        this.model = model;
        this.i18n = i18n;
        this.background = background;
        String k = model.kind().name().toLowerCase(java.util.Locale.ROOT);

        Button choose = new Button(i18n.get("people.import.choose." + k));
        choose.setId("importChoose");
        choose.disableProperty().bind(model.busyProperty());
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.get("people.import.choose." + k));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("people.import.fileTypes"),
                    "*.xlsx", "*.csv"));
            File f = chooser.showOpenDialog(choose.getScene() == null ? null : choose.getScene().getWindow());
            if (f != null) {
                model.choose(f.toPath());
            }
        });
        Label file = new Label();
        file.setId("importFile");
        file.setWrapText(true);
        file.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null
                ? i18n.get("people.import.noFile") : model.fileProperty().get().toString(), model.fileProperty()));
        ProgressIndicator reading = new ProgressIndicator();
        reading.setMaxSize(28, 28);
        reading.visibleProperty().bind(model.busyProperty());
        HBox top = new HBox(12, choose, file, reading);
        top.getStyleClass().add("form-row");
        HBox.setHgrow(file, Priority.ALWAYS);

        Label hint = new Label(i18n.get("people.import.hint." + k));
        PeoplePanes.wrapped(hint);

        // before a file is chosen: our own words, not the empty spreadsheet's "No columns in table" (JavaFX's, English)
        Label none = new Label(i18n.get("people.import.noFile"));
        none.getStyleClass().add("hint");
        sheetHolder.getChildren().setAll(none);
        sheetHolder.setMinHeight(160);
        sheetNote.setId("importSheetNote");
        sheetNote.getStyleClass().add("note");
        sheetNote.managedProperty().bind(sheetNote.visibleProperty());
        sheetNote.setVisible(false);
        VBox sheetBox = new VBox(4, sheetNote, sheetHolder);
        VBox.setVgrow(sheetHolder, Priority.ALWAYS);

        mapping.setId("importMapping");
        mapping.getStyleClass().add("column-mapping");
        ScrollPane mappingScroll = new ScrollPane(mapping);
        mappingScroll.setFitToHeight(true);
        mappingScroll.setMinHeight(88);
        mappingScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        Label summary = new Label();
        summary.setId("importSummary");
        PeoplePanes.wrapped(summary);
        summary.textProperty().bind(model.summaryProperty());
        ListView<String> problems = PeoplePanes.wrapping("importProblems", "problem-list", model.problems());
        problems.setPlaceholder(new Label(i18n.get("people.import.noProblems")));

        Button confirm = new Button(i18n.get("people.import.confirm." + k));
        confirm.setId("importConfirm");
        confirm.setDefaultButton(true);
        confirm.disableProperty().bind(model.importableProperty().not().or(model.busyProperty()));
        confirm.setOnAction(e -> model.confirm());
        Label message = PeoplePanes.inline("importMessage", "note", model.messageProperty());

        SplitPane split = new SplitPane(sheetBox, problems);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        VBox.setVgrow(split, Priority.ALWAYS);
        root = PeoplePanes.styled(new VBox(PeoplePanes.heading(i18n.get("people.import.title." + k)), hint, top,
                mappingScroll, split, summary, new HBox(12, confirm, message)));
        model.previewProperty().addListener((o, was, p) -> show(p));
    }

    /** A read-only spreadsheet of {@code grid}, not yet in a scene (so it may be made on any thread). */
    private static SpreadsheetView spreadsheet(GridBase grid) {
        SpreadsheetView view = new SpreadsheetView(grid);
        view.setId("importSheet");
        view.setEditable(false);
        view.setShowRowHeader(true);
        view.setShowColumnHeader(true);
        return view;
    }

    /**
     * Shows a preview: the mapping choices at once; the grid and its spreadsheet made on the executor (a spreadsheet
     * walks every cell of its grid when given one, 300,000 for a 50,000-row roster: not on the FX thread), then put in
     * place on the FX thread. A preview of more than {@link #FIRST_ROWS} rows is put in place twice: its first rows at
     * once (with a note that the rest follow), then the whole spreadsheet, with the column widths of the first.
     */
    private void show(Preview<?> p) {
        long mine = ++shown;
        mapping.getChildren().setAll(mappingChoices(p));
        int rows = p.rows().size();
        if (rows <= FIRST_ROWS) {
            sheetNote.setVisible(false);
            background.run(() -> spreadsheet(grid(p, i18n, model::targetText, rows)), view -> place(mine, view, null),
                    e -> failed(mine, e));
            return;
        }
        background.run(() -> spreadsheet(grid(p, i18n, model::targetText, FIRST_ROWS)), first -> {
            if (mine != shown) {
                return;
            }
            place(mine, first, null);
            sheetNote.setText(i18n.get("people.import.sheetFirstRows", String.format("%,d", FIRST_ROWS), String.format("%,d", rows)));
            sheetNote.setVisible(true);
            background.run(() -> spreadsheet(grid(p, i18n, model::targetText, rows)), whole -> {
                if (mine == shown) {
                    sheetNote.setVisible(false);
                    place(mine, whole, first);
                }
            }, e -> failed(mine, e));
        }, e -> failed(mine, e));
    }

    /** Puts {@code view} in place (the column widths of {@code widths} if given, else fitted to the text). */
    private void place(long mine, SpreadsheetView view, SpreadsheetView widths) {
        if (mine != shown) {
            return;
        }
        sheet = view;
        sheetHolder.getChildren().setAll(view);
        if (widths != null && widths.getColumns().size() == view.getColumns().size()) {
            for (int i = 0; i < view.getColumns().size(); i++) {
                view.getColumns().get(i).setPrefWidth(widths.getColumns().get(i).getWidth());
            }
        } else {
            javafx.application.Platform.runLater(() -> fit(view)); // once it has its skin
        }
    }

    private void failed(long mine, Throwable e) {
        if (mine == shown) {
            sheetNote.setVisible(false);
            Label failed = new Label(i18n.get("people.import.failed", String.valueOf(e.getMessage())));
            failed.getStyleClass().add("error");
            sheetHolder.getChildren().setAll(PeoplePanes.wrapped(failed));
        }
    }

    /** Columns wide enough for their cells (up to {@link #FIT_ROWS} rows) and for their header, read whole. */
    private static void fit(SpreadsheetView view) {
        Grid grid = view.getGrid();
        if (grid.getRowCount() <= FIT_ROWS) {
            view.getColumns().forEach(c -> c.fitColumn());
        }
        for (int i = 0; i < view.getColumns().size(); i++) {
            javafx.scene.text.Text header = new javafx.scene.text.Text(grid.getColumnHeaders().get(i));
            header.setFont(javafx.scene.text.Font.font(16));
            double wide = header.getLayoutBounds().getWidth() + 28;
            var column = view.getColumns().get(i);
            column.setPrefWidth(Math.max(column.getWidth(), wide));
        }
    }

    private List<VBox> mappingChoices(Preview<?> p) {
        List<VBox> out = new ArrayList<>();
        ObservableList<String> targets = FXCollections.observableArrayList(model.targets());
        for (Table.Column c : p.columns()) {
            Label header = new Label(c.letters() + " · " + c.header());
            header.getStyleClass().add(c.source() == Table.Source.OTHER ? "unknown" : "recognised");
            ComboBox<String> box = new ComboBox<>(targets);
            box.setId("map-" + c.letters());
            box.setCellFactory(v -> new TargetCell());
            box.setButtonCell(new TargetCell());
            box.setValue(model.targetOf(c));
            box.valueProperty().addListener((o, was, now) -> {
                if (now != null && !now.equals(model.targetOf(c))) {
                    model.map(c.header(), now);
                }
            });
            out.add(new VBox(2, header, box));
        }
        return out;
    }

    private final class TargetCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : model.targetText(item));
        }
    }

    /** The whole preview as a grid (see {@link #grid(Preview, I18n, Function, int)}). */
    static GridBase grid(Preview<?> p, I18n i18n, Function<String, String> targetText) {
        return grid(p, i18n, targetText, p.rows().size());
    }

    /**
     * The preview's first {@code count} rows as a grid: a column per header cell (its header saying the letters, the
     * header as written and what it is read as), a row per table row with its line as the row header; rows with a
     * problem tinted. Plain objects, no scene: built off the FX thread.
     */
    static GridBase grid(Preview<?> p, I18n i18n, Function<String, String> targetText, int count) {
        int shownRows = Math.min(count, p.rows().size());
        int width = 0;
        for (Table.Column c : p.columns()) {
            width = Math.max(width, c.position() + 1);
        }
        for (Table.Row r : p.rows()) {
            width = Math.max(width, r.cells().size());
        }
        Set<Integer> problemLines = new HashSet<>();
        p.problems().forEach(pr -> problemLines.add(pr.line()));
        GridBase grid = new GridBase(shownRows, width);
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            headers.add(new Table.Column(i, "", null, Table.Source.OTHER).letters());
        }
        for (Table.Column c : p.columns()) {
            String as = c.source() == Table.Source.LEFT_OUT || c.name() == null ? i18n.get("people.import.map.leaveOut")
                    : c.source() == Table.Source.OTHER ? i18n.get("people.import.map.keep") : targetText.apply(c.name());
            headers.set(c.position(), c.letters() + " " + c.header() + " → " + as);
        }
        List<ObservableList<SpreadsheetCell>> rows = new ArrayList<>(shownRows);
        List<String> rowHeaders = new ArrayList<>(shownRows);
        for (int r = 0; r < shownRows; r++) {
            Table.Row row = p.rows().get(r);
            boolean problem = problemLines.contains(row.line());
            List<SpreadsheetCell> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                String text = c < row.cells().size() ? row.cells().get(c) : "";
                // not cell.setEditable(false): it fires an event per cell; the spreadsheet is not editable as a whole
                SpreadsheetCell cell = SpreadsheetCellType.STRING.createCell(r, c, 1, 1, text);
                if (problem) {
                    cell.getStyleClass().add("problem-row");
                }
                cells.add(cell);
            }
            rows.add(FXCollections.observableList(cells));
            rowHeaders.add(Integer.toString(row.line()));
        }
        grid.setRows(rows);
        grid.getColumnHeaders().setAll(headers);
        grid.getRowHeaders().setAll(rowHeaders);
        return grid;
    }

    public Parent root() {
        return root;
    }

    /** The spreadsheet, for tests and screenshots. */
    SpreadsheetView sheet() {
        return sheet;
    }

    /** Previews a file as if it was chosen (screenshots). */
    public void choose(Path file) {
        model.choose(file);
    }
}
