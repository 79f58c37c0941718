package org.podium.ui.setup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.podium.contestfile.ContestDraft;
import org.podium.contestfile.ContestDraft.CriterionDraft;
import org.podium.contestfile.ContestDraft.EventDraft;
import org.podium.contestfile.ContestDraft.PenaltyDraft;
import org.podium.contestfile.ContestDraft.RoundDraft;
import org.podium.contestfile.ContestDraft.TierDraft;
import org.podium.contestfile.ContestDraft.TitleDraft;
import org.podium.contestfile.ContestYamlWriter;
import org.podium.contestfile.Problem;
import org.podium.ui.common.I18n;

/**
 * The setup screen: contest.yaml as pages of plain forms (the contest, its events, timing and time score, quality and
 * criteria, penalties, weights, ranking and awards, titles, rounds and advancement, teams, the file), each field checked
 * as {@code podium validate} checks the file (ControlsFX {@link ValidationSupport} decorations and the message under the
 * field, in the screen's language) and each rule said in words beside it. Another page is one {@link #addPage} call.
 */
public final class SetupView {
    private final SetupViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final ListView<Page> pages = new ListView<>();
    private final ScrollPane body = new ScrollPane();
    private final ComboBox<EventDraft> eventChoice = new ComboBox<>();
    /** The fields of the page shown, to check again after every change. */
    private final List<Field> fields = new ArrayList<>();
    /** Rule texts and other views of the draft on the page shown, told again after every change. */
    private final List<Runnable> refresh = new ArrayList<>();
    private ValidationSupport validation;
    /** The pages added by {@link #addPage}: given the height in sight (their lists and grids scroll on their own). */
    private final java.util.Set<String> added = new java.util.HashSet<>();
    /** Every problem of the draft, under the pages. */
    private final Label summary = new Label();

    /** A page of the list: its id (the node id of its list cell and of its content), its title, its content. */
    public record Page(String id, String title, boolean perEvent, Supplier<Node> content) {
    }

    /** A field on the page shown: its control, the draft field it edits, the label that says its problems. */
    private record Field(Control control, String path, Label problems) {
    }

    public SetupView(SetupViewModel model, I18n i18n, Runnable close) {
        this.model = model;
        this.i18n = i18n;
        pages.setId("pages");
        pages.setPrefWidth(220);
        pages.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Page item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
                setId(empty || item == null ? null : "page-" + item.id());
            }
        });
        page("details", false, this::details);
        page("events", false, this::events);
        page("timing", true, this::timing);
        page("quality", true, this::quality);
        page("penalties", true, this::penalties);
        page("weights", true, this::weights);
        page("awards", true, this::awards);
        page("titles", true, this::titles);
        page("rounds", true, this::rounds);
        page("teams", false, this::teams);
        page("file", false, this::file);
        pages.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> show());

        eventChoice.setId("eventChoice");
        eventChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(EventDraft e) {
                return e == null ? "" : e.id + "  " + e.name;
            }

            @Override
            public EventDraft fromString(String s) {
                return null;
            }
        });
        eventChoice.getItems().setAll(model.draft().events);
        eventChoice.valueProperty().bindBidirectional(model.eventProperty());
        model.eventProperty().addListener((o, was, now) -> show());
        Label eventLabel = new Label(i18n.get("setup.event"));
        eventLabel.setLabelFor(eventChoice);
        HBox eventBar = new HBox(8, eventLabel, eventChoice);
        eventBar.visibleProperty().bind(Bindings.createBooleanBinding(() -> {
            Page p = pages.getSelectionModel().getSelectedItem();
            return p != null && p.perEvent();
        }, pages.getSelectionModel().selectedItemProperty()));
        eventBar.managedProperty().bind(eventBar.visibleProperty());

        Label title = new Label(i18n.get("setup.title"));
        title.getStyleClass().add("title");
        Label folder = new Label(model.dir().toString());
        Button save = new Button(i18n.get("setup.save"));
        save.setId("save");
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        Button back = new Button(i18n.get("setup.close"));
        back.setId("close");
        back.setOnAction(e -> {
            if (model.mayClose()) {
                close.run();
            }
        });
        Label status = new Label();
        status.setId("status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        HBox top = new HBox(16, title, folder, save, back, status);
        top.setPadding(new Insets(0, 0, 8, 0));

        summary.setId("summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("error");
        refreshSummary();
        // a save checks again (an equal check fires nothing: every edit also tells the page itself, see changed())
        model.checkProperty().addListener((o, was, now) -> {
            refreshSummary();
            recheck();
        });

        body.setFitToWidth(true);
        VBox center = new VBox(8, eventBar, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.setTop(top);
        root.setLeft(pages);
        root.setCenter(center);
        root.setBottom(summary);
        BorderPane.setMargin(center, new Insets(0, 0, 0, 12));
        BorderPane.setMargin(summary, new Insets(8, 0, 0, 0));
        root.getStyleClass().add("screen");
        root.setId("setup");
        pages.getSelectionModel().selectFirst();
    }

    /**
     * Adds a page after the others (the roster import, the officials, ready for the day: panes of their own).
     * {@code pane} is shown as it is, given the height in sight (it scrolls only below its minimum height); it is told
     * nothing of the draft.
     */
    public void addPage(String id, String title, Supplier<Node> pane) {
        added.add(id);
        pages.getItems().add(new Page(id, title, false, pane));
    }

    public Parent root() {
        return root;
    }

    private void page(String id, boolean perEvent, Supplier<Node> content) {
        pages.getItems().add(new Page(id, i18n.get("setup.page." + id), perEvent, content));
    }

    /** The event choice after an event was added or removed, keeping the selected event; the page drawn again. */
    private void refreshEvents() {
        EventDraft keep = model.eventProperty().get();
        eventChoice.getItems().setAll(model.draft().events);
        model.eventProperty().set(keep);
        show();
    }

    private void show() {
        Page p = pages.getSelectionModel().getSelectedItem();
        if (p == null) {
            return;
        }
        fields.clear();
        refresh.clear();
        validation = new ValidationSupport();
        Node content = p.perEvent() && model.eventProperty().get() == null ? new Label(i18n.get("setup.noEvent")) : p.content().get();
        content.setId("content-" + p.id());
        body.setFitToHeight(added.contains(p.id()));
        body.setContent(content);
        recheck();
    }

    private void refreshSummary() {
        List<Problem> problems = model.checkProperty().get().problems();
        if (problems.isEmpty()) {
            summary.setText(i18n.get("setup.ok"));
            summary.getStyleClass().remove("error");
            return;
        }
        if (!summary.getStyleClass().contains("error")) {
            summary.getStyleClass().add("error");
        }
        StringBuilder b = new StringBuilder(i18n.get("setup.problems", problems.size()));
        for (Problem pr : problems) {
            b.append('\n').append(pr.line() > 0 ? i18n.get("setup.problem.line", pr.line(), pr.message()) : pr.message());
        }
        summary.setText(b.toString());
    }

    /** Tells every field of the page its problems (decoration and words) and every rule its words. */
    private void recheck() {
        for (Field f : fields) {
            List<String> msgs = model.problems(f.path());
            f.problems().setText(String.join("\n", msgs));
            f.problems().setVisible(!msgs.isEmpty());
            f.problems().setManaged(!msgs.isEmpty());
        }
        if (validation != null) {
            validation.revalidate();
        }
        refresh.forEach(Runnable::run);
    }

    /** After every edit: the draft checked again, the page's problems and rules told. */
    private void changed() {
        model.changed();
        refreshSummary();
        recheck();
    }

    // ---- building blocks ----

    /** A form of rows: a label, the control, the rule in words or the field's problems under it. */
    private final class Form {
        final GridPane grid = new GridPane();
        int row;

        Form() {
            grid.setHgap(10);
            grid.setVgap(6);
            grid.setPadding(new Insets(4));
        }

        Form heading(String key) {
            Label l = new Label(i18n.get(key));
            l.getStyleClass().add("heading");
            grid.add(l, 0, row++, 3, 1);
            return this;
        }

        /** A control with its label; its problems go under it. */
        Form add(String labelKey, Control c, String path) {
            Label l = new Label(i18n.get(labelKey));
            l.setLabelFor(c);
            l.setMinWidth(Control.USE_PREF_SIZE);
            grid.add(l, 0, row);
            grid.add(c, 1, row++);
            grid.add(register(c, path), 1, row++, 2, 1);
            return this;
        }

        /** A line of words that follows the draft: a rule as a rulebook would say it. */
        Form rule(String id, Supplier<String> text) {
            Label l = SetupView.this.rule(id, text, refresh);
            grid.add(l, 0, row++, 3, 1);
            return this;
        }

        /** As {@link #add}, its problems said by another field of the same path (decorated only). */
        Form addQuiet(String labelKey, Control c, String path) {
            Label l = new Label(i18n.get(labelKey));
            l.setLabelFor(c);
            grid.add(l, 0, row);
            grid.add(c, 1, row++);
            register(c, path);
            return this;
        }

        /** Words that wrap (never cut off). */
        Form words(String key) {
            Label l = new Label(i18n.get(key));
            l.setWrapText(true);
            grid.add(l, 0, row++, 3, 1);
            return this;
        }

        Form node(Node n) {
            grid.add(n, 0, row++, 3, 1);
            return this;
        }
    }

    private Label rule(String id, Supplier<String> text, List<Runnable> into) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("rule");
        into.add(() -> l.setText(text.get()));
        l.setText(text.get());
        return l;
    }

    /** Registers {@code c} as the control of {@code path}: decorated while it has problems, said in the label returned. */
    private Label register(Control c, String path) {
        Label problems = new Label();
        problems.setWrapText(true);
        problems.getStyleClass().add("error");
        problems.setId(c.getId() == null ? null : c.getId() + "-problem");
        problems.setMaxWidth(640);
        fields.add(new Field(c, path, problems));
        validation.registerValidator(c, false, (Control ctl, Object value) -> {
            List<String> msgs = model.problems(path);
            return msgs.isEmpty() ? new ValidationResult()
                    : ValidationResult.fromMessages(msgs.stream()
                            .map(m -> org.controlsfx.validation.ValidationMessage.error(ctl, m)).toList());
        });
        return problems;
    }

    private TextField text(String id, String value, Consumer<String> set, int columns) {
        TextField t = new TextField(value);
        t.setId(id);
        t.setPrefColumnCount(columns);
        t.textProperty().addListener((o, was, now) -> {
            set.accept(now);
            changed();
        });
        return t;
    }

    /** A choice of the values of contest.yaml {@code keys}, each shown as {@code setup.choice.<group>.<key>}. */
    private ComboBox<String> choice(String id, String group, List<String> keys, String value, Consumer<String> set) {
        ComboBox<String> c = new ComboBox<>(FXCollections.observableArrayList(keys));
        c.setId(id);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? "" : key.isEmpty() ? i18n.get("setup.choice.none") : i18n.get("setup.choice." + group + "." + key);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        c.setValue(value);
        c.valueProperty().addListener((o, was, now) -> {
            set.accept(now == null ? "" : now);
            changed();
        });
        return c;
    }

    private CheckBox check(String id, String key, boolean value, Consumer<Boolean> set) {
        CheckBox b = new CheckBox(i18n.get(key));
        b.setId(id);
        b.setSelected(value);
        b.selectedProperty().addListener((o, was, now) -> {
            set.accept(now);
            changed();
        });
        return b;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(i18n.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /**
     * A list of rows (criteria, penalties, tiers, titles, rounds): a header, one row of controls per item with its
     * rule and problems under it, a remove button per row and an add button.
     */
    private <T> Node rows(String prefix, List<T> items, Supplier<T> make, List<String> headers,
                          RowBuilder<T> build, Function<T, String> rule) {
        VBox box = new VBox(4);
        Runnable[] redraw = new Runnable[1];
        redraw[0] = () -> {
            box.getChildren().clear();
            fields.removeIf(f -> f.control().getId() != null && f.control().getId().startsWith(prefix + "-"));
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(4);
            for (int c = 0; c < headers.size(); c++) {
                Label h = new Label(i18n.get(headers.get(c)));
                h.getStyleClass().add("column-head");
                grid.add(h, c, 0);
            }
            int r = 1;
            for (int i = 0; i < items.size(); i++) {
                T item = items.get(i);
                int index = i;
                List<Control> controls = new ArrayList<>();
                Map<Control, String> paths = new LinkedHashMap<>();
                build.build(item, index, controls, paths);
                VBox under = new VBox(2);
                for (int c = 0; c < controls.size(); c++) {
                    Control ctl = controls.get(c);
                    grid.add(ctl, c, r);
                    String path = paths.get(ctl);
                    if (path != null) {
                        under.getChildren().add(register(ctl, path));
                    }
                }
                Button remove = button(prefix + "-" + i + "-remove", "setup.remove", () -> {
                    items.remove(index);
                    changed();
                    redraw[0].run();
                    recheck();
                });
                grid.add(remove, controls.size(), r++);
                if (rule != null) {
                    under.getChildren().add(0, rule(prefix + "-" + i + "-rule", () -> rule.apply(item), refresh));
                }
                grid.add(under, 0, r++, controls.size() + 1, 1);
            }
            box.getChildren().add(grid);
            box.getChildren().add(button(prefix + "-add", "setup.add." + prefix, () -> {
                items.add(make.get());
                changed();
                redraw[0].run();
                recheck();
                Node first = box.lookup("#" + prefix + "-" + (items.size() - 1) + "-0");
                if (first != null) {
                    first.requestFocus();
                }
            }));
        };
        redraw[0].run();
        return box;
    }

    /** Makes the controls of one row; {@code paths} names the draft field of each checked control. */
    private interface RowBuilder<T> {
        void build(T item, int index, List<Control> controls, Map<Control, String> paths);
    }

    // ---- the pages ----

    private Node details() {
        ContestDraft d = model.draft();
        Form f = new Form().heading("setup.page.details");
        f.add("setup.field.name", text("name", d.name, v -> d.name = v, 30), "name");
        f.add("setup.field.date", text("date", d.date, v -> d.date = v, 12), "date");
        f.add("setup.field.venue", text("venue", d.venue, v -> d.venue = v, 30), "venue");
        f.add("setup.field.organiser", text("organiser", d.organiser, v -> d.organiser = v, 30), "organiser");
        f.add("setup.field.decimals", text("decimals", d.decimals, v -> d.decimals = v, 4), "decimals");
        f.rule("decimalsRule", () -> i18n.get("setup.rule.decimals", d.decimals.strip()));
        if (d.sample) {
            f.words("setup.sample");
        }
        return f.grid;
    }

    private Node events() {
        VBox box = new VBox(8);
        ListView<EventDraft> list = new ListView<>(FXCollections.observableArrayList(model.draft().events));
        list.setId("eventList");
        list.setPrefHeight(120);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(EventDraft e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.id + "  " + e.name);
            }
        });
        list.getSelectionModel().select(model.eventProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.eventProperty().set(now);
            }
        });
        Button add = button("addEvent", "setup.add.event", () -> {
            model.addEvent();
            refreshEvents();
        });
        Button remove = button("removeEvent", "setup.remove.event", () -> {
            if (model.eventProperty().get() != null) {
                model.removeEvent(model.eventProperty().get());
                refreshEvents();
            }
        });
        box.getChildren().addAll(new Label(i18n.get("setup.events")), list, new HBox(8, add, remove));
        EventDraft e = model.eventProperty().get();
        if (e == null) {
            return box;
        }
        Form f = new Form().heading("setup.event.details");
        Runnable names = () -> {
            int i = list.getItems().indexOf(e);
            if (i >= 0) {
                list.getItems().set(i, e);
            }
        };
        f.add("setup.field.eventId", text("ev-id", e.id, v -> { e.id = v; names.run(); }, 12), model.field("id"));
        f.add("setup.field.eventName", text("ev-name", e.name, v -> { e.name = v; names.run(); }, 30), model.field("name"));
        f.add("setup.field.timekeepers", text("ev-timekeepers", e.timekeepers, v -> e.timekeepers = v, 30), model.field("timekeepers"));
        f.add("setup.field.judges", text("ev-judges", e.judges, v -> e.judges = v, 30), model.field("judges"));
        f.rule("officialsRule", () -> i18n.get("setup.rule.officials", EventDraft.ids(e.timekeepers).size(),
                EventDraft.ids(e.judges).size()));
        f.add("setup.field.laps", text("ev-laps", e.laps, v -> e.laps = v, 4), model.field("laps"));
        f.add("setup.field.attempts", text("ev-attempts", e.attempts, v -> e.attempts = v, 4), model.field("attempts"));
        f.add("setup.field.blind", check("ev-blind", "setup.field.blindText", e.blindJudging, v -> e.blindJudging = v),
                model.field("blindJudging"));
        f.rule("heatsRule", () -> i18n.get("setup.rule.heats"));
        box.getChildren().add(f.grid);
        return box;
    }

    private Node timing() {
        EventDraft e = model.eventProperty().get();
        Form f = new Form().heading("setup.timing");
        f.add("setup.field.timeAggregate", choice("tm-aggregate", "timeAggregate",
                List.of("median", "mean", "trimmed-mean", "athletics"), e.timeAggregate, v -> e.timeAggregate = v), model.field("timing.aggregate"));
        f.add("setup.field.required", text("tm-required", e.timeRequired, v -> e.timeRequired = v, 4), model.field("timing.required"));
        f.add("setup.field.resolution", text("tm-resolution", e.resolutionMs, v -> e.resolutionMs = v, 6), model.field("timing.resolution_ms"));
        f.add("setup.field.rounding", choice("tm-rounding", "rounding", List.of("half-up", "up", "down"), e.rounding,
                v -> e.rounding = v), model.field("timing.rounding"));
        f.add("setup.field.tolerance", text("tm-tolerance", e.toleranceMs, v -> e.toleranceMs = v, 6), model.field("timing.tolerance_ms"));
        f.add("setup.field.limit", text("tm-limit", e.limit, v -> e.limit = v, 8), model.field("timing.limit"));
        f.add("setup.field.overLimit", choice("tm-overLimit", "overLimit", List.of("dnf", "zero"), e.overLimit,
                v -> e.overLimit = v), model.field("timing.over_limit"));
        f.rule("timingRule", () -> model.timingRule(e));
        f.heading("setup.timeScore");
        f.add("setup.field.method", choice("ts-method", "method", List.of("ratio-to-best", "linear", "deduct"),
                e.timeScoreMethod, v -> e.timeScoreMethod = v), model.field("time_score.method"));
        f.add("setup.field.standard", text("ts-standard", e.standard, v -> e.standard = v, 8), model.field("time_score.standard"));
        f.add("setup.field.pointsPerSecond", text("ts-pps", e.pointsPerSecond, v -> e.pointsPerSecond = v, 6),
                model.field("time_score.points_per_second"));
        f.rule("timeScoreRule", () -> model.timeScoreRule(e));
        return f.grid;
    }

    private Node quality() {
        EventDraft e = model.eventProperty().get();
        Form f = new Form().heading("setup.quality");
        f.add("setup.field.qualityAggregate", choice("q-aggregate", "qualityAggregate", List.of("trimmed-mean", "mean", "median"),
                e.qualityAggregate, v -> e.qualityAggregate = v), model.field("quality.aggregate"));
        f.add("setup.field.trim", text("q-trim", e.trim, v -> e.trim = v, 4), model.field("quality.trim"));
        f.add("setup.field.level", choice("q-level", "level", List.of("total", "criterion"), e.level, v -> e.level = v),
                model.field("quality.level"));
        f.add("setup.field.qualityRequired", text("q-required", e.qualityRequired, v -> e.qualityRequired = v, 4),
                model.field("quality.required"));
        f.add("setup.field.qualityTolerance", text("q-tolerance", e.tolerance, v -> e.tolerance = v, 6), model.field("quality.tolerance"));
        f.rule("qualityRule", () -> model.qualityRule(e));
        f.heading("setup.criteria");
        f.node(rows("crit", e.criteria, () -> {
            CriterionDraft c = new CriterionDraft();
            c.id = "C" + (e.criteria.size() + 1);
            return c;
        }, List.of("setup.col.id", "setup.col.name", "setup.col.kind", "setup.col.max", "setup.col.step", "setup.col.scale",
                "setup.col.maxSpread"), (c, i, controls, paths) -> {
                    String p = model.field("quality.criteria." + i + ".");
                    controls.add(text("crit-" + i + "-0", c.id, v -> c.id = v, 4));
                    controls.add(text("crit-" + i + "-name", c.name, v -> c.name = v, 14));
                    controls.add(choice("crit-" + i + "-kind", "kind", List.of("measurement", "judgement"), c.kind, v -> c.kind = v));
                    controls.add(text("crit-" + i + "-max", c.max, v -> c.max = v, 4));
                    controls.add(text("crit-" + i + "-step", c.step, v -> c.step = v, 4));
                    controls.add(text("crit-" + i + "-scale", c.scale, v -> c.scale = v, 3));
                    controls.add(text("crit-" + i + "-maxSpread", c.maxSpread, v -> c.maxSpread = v, 3));
                    String[] keys = {"id", "name", "kind", "max", "step", "scale", "max_spread"};
                    for (int k = 0; k < keys.length; k++) {
                        paths.put(controls.get(k), p + keys[k]);
                    }
                }, model::criterionRule));
        return f.grid;
    }

    private Node penalties() {
        EventDraft e = model.eventProperty().get();
        Form f = new Form().heading("setup.page.penalties");
        f.node(rows("pen", e.penalties, () -> {
            PenaltyDraft p = new PenaltyDraft();
            p.code = "P" + (e.penalties.size() + 1);
            return p;
        }, List.of("setup.col.code", "setup.col.name", "setup.col.penaltyKind", "setup.col.value"), (p, i, controls, paths) -> {
            String at = model.field("penalties." + i + ".");
            controls.add(text("pen-" + i + "-0", p.code, v -> p.code = v, 4));
            controls.add(text("pen-" + i + "-name", p.name, v -> p.name = v, 16));
            controls.add(choice("pen-" + i + "-kind", "penaltyKind", List.of("points", "seconds"), p.points ? "points" : "seconds",
                    v -> p.points = v.equals("points")));
            controls.add(text("pen-" + i + "-value", p.value, v -> p.value = v, 5));
            paths.put(controls.get(0), at + "code");
            paths.put(controls.get(1), at + "name");
            paths.put(controls.get(3), at + "value");
        }, model::penaltyRule));
        return f.grid;
    }

    private Node weights() {
        EventDraft e = model.eventProperty().get();
        SetupViewModel.Rulebook r = SetupViewModel.rulebook(e);
        String[] typed = {r.theory(), r.time(), r.quality()};
        Form f = new Form().heading("setup.page.weights");
        f.words("setup.weights.help");
        Runnable set = () -> model.setRulebook(e, new SetupViewModel.Rulebook(typed[0], typed[1], typed[2]));
        f.addQuiet("setup.field.theoryPercent", rulebookField("w-theory", typed, 0, set), model.field("weights"));
        f.addQuiet("setup.field.timePercent", rulebookField("w-time", typed, 1, set), model.field("weights"));
        f.add("setup.field.qualityPercent", rulebookField("w-quality", typed, 2, set), model.field("weights"));
        f.rule("weightsRule", () -> model.weightsRule(e));
        f.add("setup.field.theoryMax", text("w-theoryMax", e.theoryMax, v -> e.theoryMax = v, 5), model.field("theory.max"));
        return f.grid;
    }

    private TextField rulebookField(String id, String[] typed, int index, Runnable set) {
        TextField t = new TextField(typed[index]);
        t.setId(id);
        t.setPrefColumnCount(6);
        t.setPromptText("%");
        t.textProperty().addListener((o, was, now) -> {
            typed[index] = now;
            set.run();
        });
        return t;
    }

    private Node awards() {
        EventDraft e = model.eventProperty().get();
        Form f = new Form().heading("setup.tieBreak");
        List<String> keys = List.of("", "quality", "time", "theory", "time_score");
        HBox tie = new HBox(8);
        List<ComboBox<String>> combos = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int index = i;
            ComboBox<String> c = choice("tie-" + i, "tieBreak", keys, i < e.tieBreak.size() ? e.tieBreak.get(i) : "", v -> {
            });
            c.valueProperty().addListener((o, was, now) -> {
                List<String> chosen = new ArrayList<>();
                for (ComboBox<String> x : combos) {
                    if (x.getValue() != null && !x.getValue().isEmpty()) {
                        chosen.add(x.getValue());
                    }
                }
                e.tieBreak.clear();
                e.tieBreak.addAll(chosen);
                changed();
            });
            combos.add(c);
            tie.getChildren().add(c);
        }
        Label tieLabel = new Label(i18n.get("setup.field.tieBreak"));
        tieLabel.setLabelFor(combos.get(0));
        f.node(tieLabel);
        f.node(tie);
        f.node(register(combos.get(0), model.field("tieBreak")));
        f.rule("tieBreakRule", () -> model.tieBreakRule(e));
        f.heading("setup.tiers");
        f.node(rows("tier", e.tiers, TierDraft::new, List.of("setup.col.tierName", "setup.col.by", "setup.col.value"),
                (t, i, controls, paths) -> {
                    String at = model.field("awards.tiers." + i + ".");
                    controls.add(text("tier-" + i + "-0", t.name, v -> t.name = v, 10));
                    controls.add(choice("tier-" + i + "-by", "by", List.of("count", "share"), t.byCount ? "count" : "share",
                            v -> t.byCount = v.equals("count")));
                    controls.add(text("tier-" + i + "-value", t.value, v -> t.value = v, 5));
                    paths.put(controls.get(0), at + "name");
                    paths.put(controls.get(2), at + "value");
                }, t -> model.tierRule(e, t)));
        f.add("setup.field.quotaRounding", choice("aw-rounding", "quotaRounding", List.of("round", "floor", "ceil"),
                e.quotaRounding, v -> e.quotaRounding = v), model.field("awards.quota_rounding"));
        f.add("setup.field.ties", choice("aw-ties", "ties", List.of("share", "strict"), e.ties, v -> e.ties = v), model.field("awards.ties"));
        f.add("setup.field.minTotal", text("aw-minTotal", e.minTotal, v -> e.minTotal = v, 5), model.field("awards.min_total"));
        f.rule("awardsRule", () -> model.awardsRule(e));
        return f.grid;
    }

    private Node titles() {
        EventDraft e = model.eventProperty().get();
        Form f = new Form().heading("setup.page.titles");
        f.node(rows("title", e.titles, TitleDraft::new, List.of("setup.col.titleName", "setup.col.count", "setup.col.tier",
                "setup.col.minTotal", "setup.col.minQuality", "setup.col.minTimeScore", "setup.col.whereColumn",
                "setup.col.whereValue", "setup.col.maxAge"), (t, i, controls, paths) -> {
                    String at = model.field("awards.titles." + i + ".");
                    controls.add(text("title-" + i + "-0", t.name, v -> t.name = v, 10));
                    controls.add(text("title-" + i + "-count", t.count, v -> t.count = v, 3));
                    controls.add(text("title-" + i + "-tier", t.tier, v -> t.tier = v, 8));
                    controls.add(text("title-" + i + "-minTotal", t.minTotal, v -> t.minTotal = v, 4));
                    controls.add(text("title-" + i + "-minQuality", t.minQuality, v -> t.minQuality = v, 4));
                    controls.add(text("title-" + i + "-minTimeScore", t.minTimeScore, v -> t.minTimeScore = v, 4));
                    String[] where = {t.where.isEmpty() ? "" : t.where.keySet().iterator().next(),
                        t.where.isEmpty() ? "" : t.where.values().iterator().next()};
                    Runnable setWhere = () -> {
                        t.where.clear();
                        if (!where[0].isBlank()) {
                            t.where.put(where[0].strip(), where[1].strip());
                        }
                    };
                    controls.add(text("title-" + i + "-whereColumn", where[0], v -> { where[0] = v; setWhere.run(); }, 6));
                    controls.add(text("title-" + i + "-whereValue", where[1], v -> { where[1] = v; setWhere.run(); }, 4));
                    controls.add(text("title-" + i + "-maxAge", t.maxAge, v -> t.maxAge = v, 3));
                    String[] keys = {"name", "count", "tier", "min_total", "min_quality", "min_time_score", "where", "where", "max_age"};
                    for (int k = 0; k < keys.length; k++) {
                        paths.put(controls.get(k), at + keys[k]);
                    }
                }, model::titleRule));
        return f.grid;
    }

    private Node rounds() {
        EventDraft e = model.eventProperty().get();
        Form f = new Form().heading("setup.page.rounds");
        f.node(rows("round", e.rounds, RoundDraft::new, List.of("setup.col.id", "setup.col.name", "setup.col.advanceBy",
                "setup.col.value", "setup.col.maxPerUnit", "setup.col.awards"), (r, i, controls, paths) -> {
                    String at = model.field("rounds." + i + ".");
                    controls.add(text("round-" + i + "-0", r.id, v -> r.id = v, 8));
                    controls.add(text("round-" + i + "-name", r.name, v -> r.name = v, 10));
                    controls.add(choice("round-" + i + "-by", "advanceBy", List.of("", "count", "share"), r.advanceBy, v -> r.advanceBy = v));
                    controls.add(text("round-" + i + "-advance", r.advance, v -> r.advance = v, 5));
                    controls.add(text("round-" + i + "-maxPerUnit", r.maxPerUnit, v -> r.maxPerUnit = v, 4));
                    controls.add(check("round-" + i + "-awards", "setup.col.awards", r.awards, v -> r.awards = v));
                    paths.put(controls.get(0), at + "id");
                    paths.put(controls.get(1), at + "name");
                    paths.put(controls.get(3), at + "advance");
                    paths.put(controls.get(4), at + "maxPerUnit");
                    paths.put(controls.get(5), at + "awards");
                }, r -> model.roundRule(e, r)));
        return f.grid;
    }

    private Node teams() {
        ContestDraft d = model.draft();
        Form f = new Form().heading("setup.page.teams");
        f.add("setup.field.teams", check("teams", "setup.field.teamsText", d.teams, v -> d.teams = v), "teams");
        f.add("setup.field.teamScore", choice("teamScore", "teamScore", List.of("sum-best", "mean-best"), d.teamScore,
                v -> d.teamScore = v), "teams.score");
        f.add("setup.field.teamK", text("teamK", d.teamK, v -> d.teamK = v, 4), "teams.k");
        f.rule("teamsRule", model::teamsRule);
        return f.grid;
    }

    private Node file() {
        TextArea text = new TextArea();
        text.setId("yaml");
        text.setEditable(false);
        text.setPrefRowCount(30);
        text.setStyle("-fx-font-family: monospace");
        refresh.add(() -> text.setText(ContestYamlWriter.text(model.draft())));
        Label help = new Label(i18n.get("setup.file.help"));
        help.setWrapText(true);
        VBox box = new VBox(8, help, text);
        VBox.setVgrow(text, Priority.ALWAYS);
        return box;
    }
}
