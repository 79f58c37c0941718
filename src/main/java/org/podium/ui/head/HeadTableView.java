package org.podium.ui.head;

import java.util.List;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.podium.domain.Component;
import org.podium.domain.Event;
import org.podium.domain.FactKind;
import org.podium.domain.Round;
import org.podium.exchange.HowScored;
import org.podium.ui.common.Combos;
import org.podium.ui.common.I18n;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Scrolling;

/**
 * The head table: event and round with the round's stage and its lock, unlock and publish on top; below, tabs: the live
 * ranking (filter, table, and the chosen entry's detail with a correction form and its audit trail), the flags panel,
 * and the awards and advancement preview. More tabs (the judges' consistency, the projector board) are added with
 * {@link #addTab}. Polls the view model every {@link HeadTableViewModel#POLL_MILLIS} ms while it is on the screen.
 * Designed for 1920x1080, usable at 1366x768. Binds and forwards only.
 */
public final class HeadTableView {
    private final HeadTableViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final TableView<ResultRow> table = new TableView<>();
    private final TextField filter = new TextField();
    private final VBox detailBox = new VBox(6);
    private final TextField value = new TextField();
    private final Tab results;
    private final Timeline poll;
    private TableColumn<ResultRow, String> timeScore;
    private TableColumn<ResultRow, String> workNumber;
    private TableColumn<ResultRow, String> quality;
    private TableColumn<ResultRow, String> theory;
    private TableColumn<ResultRow, String> advances;

    public HeadTableView(HeadTableViewModel model, I18n i18n, String contestName) {
        this.model = model;
        this.i18n = i18n;
        Label title = new Label(i18n.get("head.title", model.officialId(), contestName));
        title.getStyleClass().add("title");

        // The line that says what a command did or why it was refused keeps its place when empty: the flags list
        // below does not jump when "acknowledged" appears, so the next click hits the flag it aims at (issue 15).
        Label keeper = new Label(" ");
        keeper.setVisible(false);
        javafx.scene.layout.StackPane said = new javafx.scene.layout.StackPane(keeper,
                Messages.inline("error", "error", model.errorProperty()), Messages.inline("info", "info", model.infoProperty()));
        said.setId("said");
        said.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox top = new VBox(8, title, controls(), Messages.inline("failure", "failure", model.failureProperty()), said,
                Messages.inline("chain-broken", "failure", model.chainBrokenProperty()),
                Messages.inline("backup-problem", "note", model.backupProblemProperty()));
        for (Node n : List.of(top.getChildren().get(2), top.getChildren().get(4), top.getChildren().get(5))) {
            n.managedProperty().bind(n.visibleProperty());
        }
        root.setTop(top);

        results = new Tab(i18n.get("head.tab.results"), resultsPane());
        results.setId("tab-results");
        Tab flagsTab = new Tab("", flagsPane());
        flagsTab.setId("tab-flags");
        flagsTab.textProperty().bind(Bindings.createStringBinding(() -> model.openFlagsProperty().get() == 0
                ? i18n.get("head.tab.flags", model.flags().size()) : i18n.get("head.tab.flagsOpen", model.openFlagsProperty().get()),
                model.openFlagsProperty(), model.flags()));
        Tab refusedTab = new Tab("", notAcceptedPane());
        refusedTab.setId("tab-notAccepted");
        refusedTab.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("head.tab.notAccepted",
                model.notAccepted().size()), model.notAccepted()));
        Tab preview = new Tab(i18n.get("head.tab.preview"), previewPane());
        preview.setId("tab-preview");
        tabs.getTabs().addAll(results, flagsTab, refusedTab, preview);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("tabs");
        root.setCenter(tabs);
        BorderPane.setMargin(tabs, new javafx.geometry.Insets(8, 0, 0, 0));
        root.getStyleClass().addAll("screen", "head-table");
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
                e.consume();
                tabs.getSelectionModel().select(results);
                filter.requestFocus();
            }
        });

        poll = new Timeline(new KeyFrame(Duration.millis(HeadTableViewModel.POLL_MILLIS), e -> model.poll()));
        poll.setCycleCount(Animation.INDEFINITE);
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene == null) {
                poll.stop();
            } else {
                poll.play();
            }
        });
        model.eventProperty().addListener((o, was, e) -> columns());
        model.roundProperty().addListener((o, was, r) -> columns());
        columns();
    }

    public Parent root() {
        return root;
    }

    /** The tabs of the head table: results, flags, preview; more are added here. */
    public TabPane tabs() {
        return tabs;
    }

    /** Adds a tab after the head table's own (the judges' consistency chart, the projector board's control). */
    public void addTab(Tab tab) {
        tabs.getTabs().add(tab);
    }

    /**
     * A head table joined to the venue server: the server tells every append (LISTEN/NOTIFY), on which the caller runs
     * the model's poll; this poll becomes a slow safety poll, every {@code seconds}.
     */
    public void pollSlowly(double seconds) {
        poll.setRate(HeadTableViewModel.POLL_MILLIS / (seconds * 1000));
    }

    /** Stops polling the database (the contest is being closed); leaving the screen stops it too. */
    public void stop() {
        poll.stop();
    }

    /** Puts the keyboard in the ranking's filter. */
    public void focus() {
        filter.requestFocus();
    }

    // --- top: choice, stage, lock / publish / unlock

    private Node controls() {
        ComboBox<Event> event = Combos.of("event", model.events(), model.eventProperty(), Event::name);
        ComboBox<Round> round = Combos.of("round", model.rounds(), model.roundProperty(), r -> r.named() ? r.name() : "—");
        Label stage = new Label();
        stage.setId("stage");
        stage.getStyleClass().add("stage");
        stage.textProperty().bind(model.stageProperty());
        Button lock = button("lock", "head.lock", model::lock);
        lock.disableProperty().bind(model.lockedProperty().or(model.busyProperty()).or(Bindings.createBooleanBinding(() -> !model.chief())));
        Button publish = button("publish", "head.publish", model::publish);
        publish.getStyleClass().add("publish");
        publish.disableProperty().bind(model.lockedProperty().not().or(model.publishedProperty()).or(model.busyProperty())
                .or(Bindings.createBooleanBinding(() -> !model.chief())));
        Label publishNote = new Label();
        publishNote.setId("publishNote");
        publishNote.getStyleClass().add("hint");
        publishNote.textProperty().bind(model.publishNoteProperty());
        TextField reason = new TextField();
        reason.setId("unlockReason");
        reason.setPromptText(i18n.get("head.unlockReason"));
        reason.setPrefColumnCount(18);
        reason.textProperty().bindBidirectional(model.unlockReasonProperty());
        reason.setOnAction(e -> model.unlock());
        Button unlock = button("unlock", "head.unlock", model::unlock);
        for (Node n : new Node[] {reason, unlock}) {
            n.visibleProperty().bind(model.lockedProperty());
            n.managedProperty().bind(n.visibleProperty());
        }
        unlock.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(() -> !model.chief())));
        reason.disableProperty().bind(unlock.disableProperty());
        HBox choice = new HBox(10, label("head.event", event), event, label("head.round", round), round, stage);
        HBox actions = new HBox(10, lock, publish, reason, unlock, publishNote);
        if (!model.chief()) {
            Label onlyChief = new Label(i18n.get("head.onlyChief"));
            onlyChief.getStyleClass().add("hint");
            actions.getChildren().add(onlyChief);
        }
        for (HBox row : List.of(choice, actions)) {
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }
        return new VBox(8, choice, actions, heats(), asking());
    }

    /** Each heat's completeness while the round goes on (issue 15). */
    private Node heats() {
        VBox box = new VBox(2);
        box.setId("heats");
        Runnable fill = () -> {
            box.getChildren().clear();
            for (String line : model.heats()) {
                Label l = new Label(line);
                l.getStyleClass().add("hint");
                box.getChildren().add(l);
            }
        };
        model.heats().addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        // while a lock or a publish is asked, its own list says what the heats lack: the room goes to the tabs
        box.visibleProperty().bind(model.askingProperty().isNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** The question before a lock (each heat's gaps) or a publish (what is made public), with its two answers. */
    private Node asking() {
        Label title = new Label();
        title.setId("askTitle");
        title.getStyleClass().add("stage");
        VBox lines = new VBox(2);
        lines.setId("askLines");
        Button confirm = new Button();
        confirm.setId("confirm");
        confirm.setDefaultButton(false);
        confirm.setOnAction(e -> model.confirm());
        Button cancel = button("cancel", "head.ask.cancel", model::cancel);
        cancel.setCancelButton(true);
        HBox answers = new HBox(10, confirm, cancel);
        // a long list (every sheet not submitted) scrolls in a band: the ranking and the flags keep their room
        ScrollPane linesPane = new ScrollPane(lines);
        linesPane.setFitToWidth(true);
        linesPane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        linesPane.setMaxHeight(150);
        linesPane.setStyle("-fx-background-color: transparent; -fx-background: #fff8e1; -fx-padding: 0;");
        VBox box = new VBox(6, title, linesPane, answers);
        box.setId("asking");
        box.setStyle("-fx-border-color: #c0392b; -fx-border-width: 2; -fx-padding: 8; -fx-background-color: #fff8e1;");
        Runnable fill = () -> {
            HeadTableViewModel.Asking a = model.askingProperty().get();
            box.setVisible(a != null);
            box.setManaged(a != null);
            if (a != null) {
                String what = a == HeadTableViewModel.Asking.LOCK ? "lock" : "publish";
                Round r = model.roundProperty().get();
                Event e = model.eventProperty().get();
                title.setText(i18n.get("head.ask." + what + ".title", r == null || e == null ? "" : r.title(e.name())));
                confirm.setText(i18n.get("head.ask." + what + ".confirm"));
            }
            lines.getChildren().clear();
            for (String line : model.askLines()) {
                Label l = new Label(line);
                l.setWrapText(true);
                lines.getChildren().add(l);
            }
        };
        model.askingProperty().addListener((o, was, now) -> fill.run());
        model.askLines().addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        return box;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(i18n.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Label label(String key, Node field) {
        Label l = new Label(i18n.get(key));
        l.setLabelFor(field);
        return l;
    }

    // --- results: filter, table, detail

    private Node resultsPane() {
        filter.setId("filter");
        filter.setPromptText(i18n.get("head.filter"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setOnAction(e -> {
            table.requestFocus();
            if (!table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().select(0);
            }
        });
        table.setId("results");
        table.getStyleClass().add("results-table");
        table.setItems(model.rows());
        table.setPlaceholder(new Label(i18n.get("head.noEntries")));
        table.getColumns().add(column("rank", "head.col.rank", ResultRow::rank, 48));
        table.getColumns().add(column("bib", "head.col.bib", ResultRow::bib, 52));
        workNumber = column("workNumber", "head.col.workNumber", ResultRow::workNumber, 64);
        table.getColumns().add(workNumber);
        table.getColumns().add(column("name", "head.col.name", ResultRow::name, 80));
        table.getColumns().add(column("unit", "head.col.unit", ResultRow::unit, 190));
        table.getColumns().add(column("time", "head.col.time", ResultRow::officialTime, 80));
        timeScore = column("timeScore", "head.col.timeScore", ResultRow::timeScore, 70);
        quality = column("quality", "head.col.quality", ResultRow::quality, 70);
        theory = column("theory", "head.col.theory", ResultRow::theory, 70);
        table.getColumns().add(timeScore);
        table.getColumns().add(quality);
        table.getColumns().add(theory);
        table.getColumns().add(column("penalty", "head.col.penalty", ResultRow::penalty, 60));
        table.getColumns().add(column("total", "head.col.total", ResultRow::total, 66));
        table.getColumns().add(column("award", "head.col.award", ResultRow::award, 70));
        table.getColumns().add(column("titles", "head.col.titles", ResultRow::titles, 100));
        table.getColumns().add(column("flags", "head.col.flags", ResultRow::flags, 100));
        table.getColumns().add(column("status", "head.col.status", ResultRow::statusText, 90));
        advances = column("advances", "head.col.advances", ResultRow::advances, 80);
        table.getColumns().add(advances);
        table.setRowFactory(t -> new ResultTableRow());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null) {
                model.selectedBibProperty().set(row.bib());
            }
        });
        model.rows().addListener((ListChangeListener<ResultRow>) c -> reselect());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                value.requestFocus();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(8, filter, table);

        detailBox.setId("detail");
        detailBox.getStyleClass().add("detail");
        model.detailProperty().addListener((o, was, d) -> showDetail(d));
        showDetail(null);
        ScrollPane detail = new ScrollPane(detailBox);
        // the keyboard goes to the correction form (Enter on a row): the form is scrolled into sight, never typed blind
        value.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                Node form = value;
                while (form != null && !form.getStyleClass().contains("correction")) {
                    form = form.getParent();
                }
                Scrolling.show(detail, form == null ? value : form);
            }
        });
        detail.setFitToWidth(true);
        detail.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        detail.setMinWidth(360);
        SplitPane split = new SplitPane(left, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.68);
        return split;
    }

    /** Keeps the chosen entry chosen when the ranking is read again (its place may have changed). */
    private void reselect() {
        String bib = model.selectedBibProperty().get();
        if (bib == null) {
            return;
        }
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).bib().equals(bib)) {
                if (table.getSelectionModel().getSelectedIndex() != i) {
                    table.getSelectionModel().select(i);
                }
                return;
            }
        }
    }

    private void columns() {
        Event e = model.eventProperty().get();
        Round r = model.roundProperty().get();
        timeScore.setVisible(e != null && e.uses(Component.TIME));
        workNumber.setVisible(e != null && e.blindJudging()); // the key of blind judging lives here, at the head table
        quality.setVisible(e != null && e.uses(Component.QUALITY));
        theory.setVisible(e != null && e.uses(Component.THEORY));
        advances.setVisible(e != null && r != null && e.rounds().indexOf(r) < e.rounds().size() - 1);
    }

    private static <T> TableColumn<T, String> column(String id, String key, Function<T, String> value, double width,
                                                     I18n i18n) {
        TableColumn<T, String> c = new TableColumn<>(i18n.get(key));
        c.setId("col-" + id);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private TableColumn<ResultRow, String> column(String id, String key, Function<ResultRow, String> value, double width) {
        return column(id, key, value, width, i18n);
    }

    /** A ranking row: marked while it has a flag to acknowledge, greyed when unranked. */
    private static final class ResultTableRow extends TableRow<ResultRow> {
        @Override
        protected void updateItem(ResultRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("row-flagged", "row-unranked", "row-norecord");
            if (!empty && item != null) {
                if (item.flagged()) {
                    getStyleClass().add("row-flagged");
                }
                if (item.noRecord()) {
                    getStyleClass().add("row-norecord");
                } else if (item.rank().isEmpty()) {
                    getStyleClass().add("row-unranked");
                }
            }
        }
    }

    /**
     * Fills the detail's parts (built once, so the keyboard stays in the correction form while the round is read again):
     * heading, summary, times, sheets, penalties, theory and status, the form, the audit trail.
     */
    private void showDetail(EntryDetail d) {
        if (detailBox.getChildren().isEmpty()) {
            Label none = new Label(i18n.get("head.detail.choose"));
            none.setId("detail-none");
            none.getStyleClass().add("hint");
            none.setWrapText(true);
            heading.setId("detail-heading");
            heading.getStyleClass().add("detail-heading");
            heading.setWrapText(true);
            summary.setId("detail-summary");
            detailBox.getChildren().addAll(none, heading, summary, section("times", "head.detail.times"),
                    section("sheets", "head.detail.sheets"), section("penalties", "head.detail.penalties"),
                    section("other", "head.detail.other"), correctionForm(), section("audit", "head.detail.audit"));
        }
        for (Node n : detailBox.getChildren()) {
            boolean shown = "detail-none".equals(n.getId()) == (d == null);
            n.setVisible(shown);
            n.setManaged(shown);
        }
        if (d == null) {
            return;
        }
        heading.setText(d.heading());
        summary.setText(d.summary());
        fill("times", d.times());
        fill("sheets", d.sheets());
        fill("penalties", d.penalties());
        fill("other", d.other());
        fill("audit", d.audit());
    }

    private final Label heading = new Label();
    private final Label summary = new Label();

    private VBox section(String id, String key) {
        Label h = new Label(i18n.get(key));
        h.getStyleClass().add("detail-section");
        VBox lines = new VBox(2);
        lines.setId("detail-" + id);
        VBox box = new VBox(4, h, lines);
        box.setId("section-" + id);
        return box;
    }

    private void fill(String id, List<String> lines) {
        VBox box = (VBox) detailBox.lookup("#section-" + id);
        VBox list = (VBox) box.getChildren().get(1);
        list.getChildren().clear();
        for (String line : lines) {
            Label l = new Label(line);
            l.setWrapText(true);
            l.getStyleClass().add(id.equals("audit") ? "audit-line" : "detail-line");
            list.getChildren().add(l);
        }
        box.setVisible(!lines.isEmpty());
        box.setManaged(!lines.isEmpty());
    }

    /** The correction form: kind, official, item, attempt, value (prefilled with what is recorded now), reason. */
    private Node correctionForm() {
        Correction c = model.correction();
        ComboBox<FactKind> kind = Combos.of("correct-kind", c.kinds(), c.kindProperty(), k -> i18n.get("head.kind." + k.key()));
        ComboBox<String> official = Combos.of("correct-official", c.officials(), c.officialProperty(), s -> s);
        ComboBox<String> item = Combos.of("correct-item", c.items(), c.itemProperty(), s -> s);
        ComboBox<Integer> attempt = Combos.of("correct-attempt", c.attempts(), c.attemptProperty(), n -> n.toString());
        for (ComboBox<String> box : List.of(official, item)) {
            box.visibleProperty().bind(Bindings.isNotEmpty(box.getItems()));
            box.managedProperty().bind(box.visibleProperty());
        }
        attempt.visibleProperty().bind(Bindings.size(c.attempts()).greaterThan(1));
        attempt.managedProperty().bind(attempt.visibleProperty());
        value.setId("correct-value");
        value.setPrefColumnCount(10);
        value.textProperty().bindBidirectional(c.valueProperty());
        TextField reason = new TextField();
        reason.setId("correct-reason");
        reason.setPromptText(i18n.get("head.correct.reasonPrompt"));
        reason.textProperty().bindBidirectional(c.reasonProperty());
        Button record = button("correct-record", "head.correct.record", model::recordCorrection);
        record.disableProperty().bind(model.busyProperty());
        value.setOnAction(e -> reason.requestFocus());
        reason.setOnAction(e -> model.recordCorrection());
        Label now = new Label();
        now.setId("correct-now");
        now.getStyleClass().add("hint");
        now.textProperty().bind(c.nowProperty());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, label("head.correct.what", kind), new HBox(6, kind, official, item, attempt));
        form.addRow(1, label("head.correct.value", value), new HBox(8, value, now));
        form.addRow(2, label("head.correct.reason", reason), reason);
        form.add(record, 1, 3);
        GridPane.setHgrow(reason, Priority.ALWAYS);
        Label h = new Label(i18n.get("head.correct.title"));
        h.getStyleClass().add("detail-section");
        VBox box = new VBox(6, h, form);
        box.getStyleClass().add("correction");
        return box;
    }

    // --- what the venue server did not accept

    private Node notAcceptedPane() {
        TableView<NotAcceptedRow> list = new TableView<>(model.notAccepted());
        list.setId("notAccepted");
        list.setPlaceholder(new Label(i18n.get("head.notAccepted.none")));
        list.getColumns().add(column("na-when", "head.col.saved", NotAcceptedRow::when, 80, i18n));
        list.getColumns().add(column("na-station", "head.col.station", NotAcceptedRow::station, 120, i18n));
        list.getColumns().add(column("na-official", "head.col.official", NotAcceptedRow::official, 80, i18n));
        list.getColumns().add(column("na-fact", "head.col.fact", NotAcceptedRow::fact, 380, i18n));
        list.getColumns().add(column("na-reason", "head.col.reason", NotAcceptedRow::reason, 560, i18n));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label hint = new Label(i18n.get("head.notAccepted.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE); // wrapped whole, never cut off with "…"
        list.setMinHeight(120);
        VBox box = new VBox(8, list, hint);
        box.setPadding(new javafx.geometry.Insets(8));
        return box;
    }

    // --- flags

    private Node flagsPane() {
        TableView<FlagRow> flags = new TableView<>(model.flags());
        flags.setId("flags");
        flags.setPlaceholder(new Label(i18n.get("head.flags.none")));
        flags.getColumns().add(column("flag-bib", "head.col.bib", FlagRow::bib, 64, i18n));
        flags.getColumns().add(column("flag-name", "head.col.name", FlagRow::name, 100, i18n));
        flags.getColumns().add(column("flag-flag", "head.col.flag", FlagRow::flag, 130, i18n));
        flags.getColumns().add(column("flag-evidence", "head.col.evidence", FlagRow::evidence, 420, i18n));
        flags.getColumns().add(column("flag-ack", "head.col.acknowledgement", FlagRow::acknowledgement, 520, i18n));
        flags.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(FlagRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("flag-open", "flag-ok");
                if (!empty && item != null) {
                    getStyleClass().add(item.acknowledged() ? "flag-ok" : "flag-open");
                }
            }
        });
        flags.getSelectionModel().selectedItemProperty().addListener((o, was, f) -> {
            if (f != null) {
                model.selectedFlagProperty().set(f);
            }
        });
        // The chosen flag stays chosen when the round is read again: unchanged (an equal row) or changed (the view
        // model chooses its new row).
        model.flags().addListener((ListChangeListener<FlagRow>) ch -> {
            FlagRow f = model.selectedFlagProperty().get();
            if (f != null && flags.getItems().contains(f)) {
                flags.getSelectionModel().select(f);
            }
        });
        model.selectedFlagProperty().addListener((o, was, f) -> {
            if (f != null && f != flags.getSelectionModel().getSelectedItem()) {
                flags.getSelectionModel().select(f);
            }
        });
        VBox.setVgrow(flags, Priority.ALWAYS);
        TextField note = new TextField();
        note.setId("ackNote");
        note.setPromptText(i18n.get("head.flags.notePrompt"));
        note.textProperty().bindBidirectional(model.ackNoteProperty());
        note.setOnAction(e -> model.acknowledge());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button ack = button("acknowledge", "head.flags.acknowledge", model::acknowledge);
        ack.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(() -> !model.chief())));
        Button show = button("showEntry", "head.flags.showEntry", () -> {
            FlagRow f = model.selectedFlagProperty().get();
            if (f != null) {
                model.filterProperty().set("");
                model.selectedBibProperty().set(f.bib());
                tabs.getSelectionModel().select(results);
                reselect();
            }
        });
        Label chosen = new Label();
        chosen.setId("flag-chosen");
        chosen.textProperty().bind(Bindings.createStringBinding(() -> {
            FlagRow f = model.selectedFlagProperty().get();
            return f == null ? i18n.get("head.flags.chooseOne") : i18n.get("head.flags.chosen", f.flag(), f.bib(), f.name());
        }, model.selectedFlagProperty()));
        HBox actions = new HBox(8, label("head.flags.note", note), note, ack, show);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label hint = new Label(i18n.get("head.flags.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE); // wrapped whole, never cut off with "…"
        actions.setMinHeight(Region.USE_PREF_SIZE);
        flags.setMinHeight(120);
        VBox box = new VBox(8, flags, chosen, actions, hint);
        box.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        return box;
    }

    // --- preview: advancement, awards, how scored

    /**
     * "How scored": the project's own rules, each with a worked example, in the screen's language (docs/rules.md in
     * Chinese, docs/rules.en.md in English); opened off the JavaFX thread where the computer can open it.
     */
    private Node rulesLink() {
        String file = i18n.get("head.rules.file");
        javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(i18n.get("head.rules.link", file));
        link.setId("rulesLink");
        link.setWrapText(true);
        link.setOnAction(e -> {
            java.io.File doc = java.nio.file.Path.of(file).toAbsolutePath().toFile();
            Thread opener = new Thread(() -> {
                try {
                    if (doc.isFile() && java.awt.Desktop.isDesktopSupported()) {
                        java.awt.Desktop.getDesktop().open(doc);
                    }
                } catch (Exception | Error cannotOpen) {
                    // the link names the file: the chief opens it by hand
                }
            }, "open-rules");
            opener.setDaemon(true);
            opener.start();
        });
        return link;
    }

    private Node previewPane() {
        VBox lines = new VBox(4);
        lines.setId("preview");
        model.preview().addListener((ListChangeListener<HowScored.Line>) c -> {
            lines.getChildren().clear();
            for (HowScored.Line line : model.preview()) {
                Label l = new Label(line.text());
                l.setWrapText(true);
                l.getStyleClass().add(line.heading() ? "preview-heading" : "preview-line");
                lines.getChildren().add(l);
            }
        });
        Button next = new Button();
        next.setId("nextRound");
        next.textProperty().bind(Bindings.createStringBinding(() -> model.nextRoundProperty().get() == null ? ""
                : i18n.get("head.nextRound", model.nextRoundProperty().get().name()), model.nextRoundProperty()));
        next.visibleProperty().bind(model.nextRoundProperty().isNotNull());
        next.managedProperty().bind(next.visibleProperty());
        next.setOnAction(e -> {
            model.openNextRound();
            tabs.getSelectionModel().select(results);
        });
        Region spacer = new Region();
        VBox box = new VBox(10, next, lines, rulesLink(), spacer);
        box.setPadding(new javafx.geometry.Insets(8));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
