package org.podium.ui.judging;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.podium.domain.Criterion;
import org.podium.domain.Event;
import org.podium.domain.Penalty;
import org.podium.domain.Round;
import org.podium.ui.common.Combos;
import org.podium.ui.common.I18n;
import org.podium.ui.common.Messages;

/**
 * The judge station: choices on top, the heat's sheets on the left with their state, the current sheet on the right
 * (a line per criterion, a line per penalty code, Submit, or Reopen with a reason once submitted).
 *
 * <p>Keyboard alone: the keyboard starts in the first mark; Tab or Enter saves the line and moves on (a refused
 * value keeps the keyboard on its line); Enter on the last mark goes to Submit when every criterion has a mark, else
 * to the next entry's sheet; Enter on Submit submits and goes to the next open sheet; Page Up / Page Down change the
 * entry. Binds and forwards only.
 */
public final class JudgeView {
    private final JudgeViewModel model;
    private final I18n i18n;
    private final VBox root;
    private final VBox form = new VBox(14);
    /** The focusable lines of the shown sheet in keyboard order: marks, penalties, then Submit or the reason. */
    private final List<Node> order = new ArrayList<>();
    private final ListView<Sheet> list;
    private Button submit;
    private TextField reason;
    private boolean focusPending;
    /** A choice box just chose (perhaps by Enter): the first key at a mark is looked at once (see the field's filter). */
    private boolean chosenByKey;

    public JudgeView(JudgeViewModel model, I18n i18n, String contestName) {
        this.model = model;
        this.i18n = i18n;
        Label title = new Label(i18n.get("judging.title", model.officialId(), contestName));
        title.getStyleClass().add("title");

        ComboBox<Event> event = Combos.of("event", model.events(), model.eventProperty(), Event::name);
        ComboBox<Round> round = Combos.of("round", model.rounds(), model.roundProperty(), r -> r.named() ? r.name() : "—");
        ComboBox<String> heat = Combos.of("heat", model.heats(), model.heatProperty(),
                h -> h.isEmpty() ? i18n.get("judging.noHeat") : h);
        ComboBox<Integer> attempt = Combos.of("attempt", model.attempts(), model.attemptProperty(), String::valueOf);
        HBox choices = new HBox(12, label("judging.event", event), event, label("judging.round", round), round,
                label("judging.heat", heat), heat);
        choices.setAlignment(Pos.CENTER_LEFT);
        if (model.attempts().size() > 1 || model.events().stream().anyMatch(e -> e.attempts() > 1)) {
            choices.getChildren().addAll(label("judging.attempt", attempt), attempt);
        }
        if (model.choosesJudge()) {
            ComboBox<String> judge = Combos.of("judge", model.judges(), model.judgeProperty(), j -> j);
            choices.getChildren().addAll(label("judging.judge", judge), judge);
        }
        choices.getStyleClass().add("choices");

        list = new ListView<>(model.sheets());
        list.setId("sheets");
        list.getStyleClass().add("sheet-list");
        list.setPrefWidth(300);
        list.setMinWidth(300);
        list.setCellFactory(v -> new SheetCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.currentProperty().set(now);
            }
        });
        Label sheetsTitle = new Label(i18n.get("judging.sheets"));
        sheetsTitle.setLabelFor(list);
        sheetsTitle.getStyleClass().add("column-header");
        VBox left = new VBox(6, sheetsTitle, list);
        VBox.setVgrow(list, Priority.ALWAYS);

        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        formScroll.setFocusTraversable(false);
        formScroll.getStyleClass().add("sheet-form");
        HBox.setHgrow(formScroll, Priority.ALWAYS);
        HBox work = new HBox(20, left, formScroll);
        VBox.setVgrow(work, Priority.ALWAYS);

        Label blindNote = new Label(i18n.get("judging.blindNote"));
        blindNote.setId("blindNote");
        blindNote.getStyleClass().add("note");
        show(blindNote, model.blindProperty());
        Label lockedNote = new Label(i18n.get("judging.locked"));
        lockedNote.setId("lockedNote");
        lockedNote.getStyleClass().add("note");
        show(lockedNote, model.lockedProperty());
        Label failure = Messages.inline("failure", "failure", model.failureProperty());
        failure.setMaxWidth(Double.MAX_VALUE);
        failure.managedProperty().bind(failure.visibleProperty());
        Label hint = new Label(i18n.get("judging.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");

        TextField changeReason = new TextField();
        changeReason.setId("changeReason");
        changeReason.setPrefColumnCount(40);
        changeReason.setPromptText(i18n.get("judging.changeReason.prompt"));
        changeReason.textProperty().bindBidirectional(model.changeReasonProperty());
        HBox reasonLine = new HBox(12, label("judging.changeReason", changeReason), changeReason);
        reasonLine.setId("changeReasonLine");
        reasonLine.setAlignment(Pos.CENTER_LEFT);
        show(reasonLine, model.reasonNeededProperty());
        model.reasonNeededProperty().addListener((o, was, now) -> {
            if (now) {
                changeReason.requestFocus();
            }
        });
        changeReason.setOnAction(e -> {
            SheetField line = model.waitingLine();
            if (model.saveWithReason()) {
                Node field = line == null ? null : form.lookup("#mark-" + line.id());
                Sheet sheet = model.currentProperty().get();
                if (field != null && sheet != null) {
                    next(field, sheet).requestFocus();
                } else {
                    focus();
                }
            }
        });
        Label reasonError = Messages.inline("changeReasonError", "error", model.errorProperty());
        reasonError.visibleProperty().bind(model.reasonNeededProperty().and(model.errorProperty().isNotEmpty()));
        reasonLine.getChildren().add(reasonError);

        root = new VBox(12, title, failure, choices, blindNote, lockedNote, reasonLine, work, hint);
        if (model.events().isEmpty()) {
            Label none = new Label(i18n.get("judging.noEvent", model.officialId()));
            none.getStyleClass().add("error");
            root.getChildren().add(3, none);
        }
        root.getStyleClass().addAll("screen", "judge");
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.PAGE_UP) {
                model.move(e.getCode() == KeyCode.PAGE_DOWN ? 1 : -1);
                focus();
                e.consume();
            }
        });

        model.currentProperty().addListener((o, was, now) -> {
            boolean inForm = focusIn(form);
            showSheet(now);
            list.getSelectionModel().select(now);
            if (now != null) {
                list.scrollTo(now);
            }
            if (inForm || focusPending) {
                focusPending = false;
                focus();
            }
        });
        showSheet(model.currentProperty().get());
        list.getSelectionModel().select(model.currentProperty().get());
        // another heat (round, event, attempt, judge) chosen: the keyboard goes to the first mark of its first sheet as
        // soon as its sheets are read, so the first mark typed is not lost in the choice box (issue 15)
        for (javafx.beans.value.ObservableValue<?> chosen : List.of(model.heatProperty(), model.roundProperty(),
                model.eventProperty(), model.attemptProperty())) {
            chosen.addListener((o, was, now) -> {
                focusPending = true;
                // the Enter that chose in the box's list may reach the first mark once it has the keyboard: not a mark
                chosenByKey = true;
                javafx.application.Platform.runLater(this::focus);
            });
        }
    }

    public Parent root() {
        return root;
    }

    /** Puts the keyboard in the first line of the current sheet (its first mark, or the reason once submitted). */
    public void focus() {
        Sheet sheet = model.currentProperty().get();
        if (sheet == null || order.isEmpty()) {
            focusPending = true; // the sheets are still being read: the keyboard goes to the first one when they come
            list.requestFocus();
        } else {
            focusWhenShown(sheet.submittedProperty().get() && reason != null ? reason : order.get(0));
        }
    }

    /**
     * Requests the keyboard for {@code node}, or as soon as it is in the scene: the form sits in a ScrollPane, whose
     * content joins the scene only when the pane's skin is made (a sheet read before the first pulse is not there yet).
     */
    private static void focusWhenShown(Node node) {
        if (node.getScene() != null) {
            node.requestFocus();
            return;
        }
        node.sceneProperty().addListener(new javafx.beans.value.ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    node.requestFocus();
                }
            }
        });
    }

    private boolean focusIn(Parent container) {
        Scene scene = container.getScene();
        Node owner = scene == null ? null : scene.getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    private void showSheet(Sheet sheet) {
        form.getChildren().clear();
        order.clear();
        submit = null;
        reason = null;
        if (sheet == null) {
            return;
        }
        Label heading = new Label(sheet.label());
        heading.setId("sheet-label");
        heading.getStyleClass().add("sheet-heading");
        Label detail = new Label(sheet.detail());
        detail.getStyleClass().add("sheet-detail");
        HBox head = new HBox(16, heading, detail);
        head.setAlignment(Pos.BASELINE_LEFT);

        // One grid for marks and penalties, so their columns line up; the last column (a refusal) takes what is left.
        GridPane lines = grid();
        lines.addRow(0, header("judging.criterion"), header("judging.range"), header("judging.mark"), header("judging.state"));
        int row = 1;
        for (SheetField f : sheet.marks()) {
            Criterion c = f.criterion();
            String range = f.judgement()
                    ? i18n.get("judging.range.judgement", Integer.toString(c.scale()))
                    : i18n.get("judging.range.measurement", c.max().toPlainString(), c.step().toPlainString());
            addLine(lines, row++, f, sheet, range);
        }
        if (!sheet.penalties().isEmpty()) {
            Label penalties = header("judging.penalties");
            Label count = header("judging.count");
            for (Label l : List.of(penalties, count)) {
                GridPane.setMargin(l, new javafx.geometry.Insets(12, 0, 0, 0));
            }
            lines.addRow(row++, penalties, new Label(), count);
            for (SheetField f : sheet.penalties()) {
                Penalty p = f.penalty();
                String what = p.points() != null ? i18n.get("judging.penalty.points", p.points().toPlainString())
                        : i18n.get("judging.penalty.seconds",
                                java.math.BigDecimal.valueOf(p.secondsMillis(), 3).stripTrailingZeros().toPlainString());
                addLine(lines, row++, f, sheet, what);
            }
        }
        VBox body = new VBox(14, head, lines);

        submit = new Button(i18n.get("judging.submit"));
        submit.setId("submit");
        submit.getStyleClass().add("submit");
        // Not disabled while busy: a focused button that is disabled loses the keyboard (submit() ignores a second press).
        submit.disableProperty().bind(model.lockedProperty());
        submit.setOnAction(e -> model.submit());
        submit.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                submit.fire();
                e.consume();
            }
        });
        Label error = Messages.inline("error", "error", model.errorProperty());
        HBox submitLine = new HBox(16, submit);
        submitLine.setAlignment(Pos.CENTER_LEFT);
        show(submitLine, sheet.submittedProperty().not());

        Label submitted = new Label(i18n.get("judging.submitted"));
        submitted.getStyleClass().add("submitted-note");
        reason = new TextField();
        reason.setId("reason");
        reason.setPrefColumnCount(30);
        reason.textProperty().bindBidirectional(model.reopenReasonProperty());
        reason.disableProperty().bind(model.lockedProperty());
        Button reopen = new Button(i18n.get("judging.reopen"));
        reopen.setId("reopen");
        reopen.disableProperty().bind(model.lockedProperty());
        reopen.setOnAction(e -> model.reopen());
        reason.setOnAction(e -> model.reopen());
        HBox reopenLine = new HBox(12, label("judging.reason", reason), reason, reopen);
        reopenLine.setAlignment(Pos.CENTER_LEFT);
        VBox submittedBox = new VBox(8, submitted, reopenLine);
        show(submittedBox, sheet.submittedProperty());
        order.add(submit);

        sheet.submittedProperty().addListener((o, was, now) -> {
            if (model.currentProperty().get() == sheet && focusIn(form)) {
                focus();
            }
        });
        body.getChildren().addAll(submitLine, submittedBox, error);
        form.getChildren().add(body);
    }

    /** One line of the sheet: id and name, range (or what the penalty costs), the field, its state, its refusal. */
    private void addLine(GridPane lines, int row, SheetField f, Sheet sheet, String range) {
        TextField field = field(f, sheet);
        Label name = new Label(f.id() + "  " + f.name());
        name.setLabelFor(field);
        name.getStyleClass().add("criterion-name");
        Label rangeLabel = new Label(range);
        rangeLabel.getStyleClass().add("range");
        Node entry = f.judgement() ? new HBox(8, field, choices(f, sheet)) : field;
        lines.addRow(row, name, rangeLabel, entry, state(f), lineError(f));
        order.add(field);
    }

    /** A mark or count field: saved on leaving it; Tab and Enter move on unless the value was refused. */
    private TextField field(SheetField f, Sheet sheet) {
        TextField field = new TextField();
        field.setId("mark-" + f.id());
        field.getStyleClass().addAll("entry", "mark-field");
        field.setPrefColumnCount(f.judgement() ? 2 : 4);
        field.textProperty().bindBidirectional(f.textProperty());
        field.editableProperty().bind(sheet.readOnlyProperty().not());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                model.commit(f);
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (chosenByKey) {
                chosenByKey = false;
                if (e.getCode() == KeyCode.ENTER && java.util.Objects.equals(field.getText(), f.savedProperty().get())) {
                    e.consume(); // the Enter of the heat's (round's, event's) choice, not one typed in this sheet
                    return;
                }
            }
            if (e.getCode() == KeyCode.ESCAPE && !java.util.Objects.equals(strip(field.getText()), strip(f.savedProperty().get()))) {
                e.consume(); // Escape takes back what was typed: the saved value is shown again
                f.textProperty().set(f.savedProperty().get());
                field.selectAll();
                return;
            }
            boolean tab = e.getCode() == KeyCode.TAB && !e.isShiftDown();
            if (!tab && e.getCode() != KeyCode.ENTER) {
                return;
            }
            e.consume();
            if (!model.commit(f)) {
                field.selectAll();
                return;
            }
            boolean lastMark = f.criterion() != null && f == sheet.marks().get(sheet.marks().size() - 1);
            if (e.getCode() == KeyCode.ENTER && lastMark && !model.complete()) {
                model.move(1);
                focus();
            } else if (e.getCode() == KeyCode.ENTER && lastMark) {
                submit.requestFocus();
            } else {
                next(field, sheet).requestFocus();
            }
        });
        return field;
    }

    /** The line after {@code line} in keyboard order: Submit after the last, or the reason once submitted. */
    private Node next(Node line, Sheet sheet) {
        int i = order.indexOf(line);
        Node next = i >= 0 && i + 1 < order.size() ? order.get(i + 1) : submit;
        return next == submit && sheet.submittedProperty().get() ? reason : next;
    }

    /** The marks of a judgement criterion as choices (for the mouse; the keyboard types the digit). */
    private HBox choices(SheetField f, Sheet sheet) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(4);
        for (String choice : f.choices()) {
            ToggleButton b = new ToggleButton(choice);
            b.setId("choice-" + f.id() + "-" + choice);
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            b.getStyleClass().add("choice");
            b.disableProperty().bind(sheet.readOnlyProperty());
            b.setOnAction(e -> {
                f.textProperty().set(choice);
                model.commit(f);
            });
            box.getChildren().add(b);
        }
        Runnable select = () -> group.getToggles().forEach(t -> t.setSelected(
                ((ToggleButton) t).getText().equals(f.textProperty().get() == null ? "" : f.textProperty().get().strip())));
        f.textProperty().addListener((o, was, now) -> select.run());
        select.run();
        return box;
    }

    private Label state(SheetField f) {
        Label state = new Label();
        state.setId("state-" + f.id());
        // a value typed and not yet entered is said so: "saved" beside it would be the value before (met on a run)
        state.textProperty().bind(Bindings.createStringBinding(() -> {
            FieldState now = f.stateProperty().get();
            boolean typed = (now == FieldState.SAVED || now == FieldState.EMPTY)
                    && !java.util.Objects.equals(strip(f.textProperty().get()), strip(f.savedProperty().get()));
            return i18n.get("judging.field." + (typed ? "TYPED" : now.name()));
        }, f.stateProperty(), f.textProperty(), f.savedProperty()));
        styleByState(state, f.stateProperty(), "state");
        state.getStyleClass().add("state");
        state.setMinWidth(Region.USE_PREF_SIZE);
        return state;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static Label lineError(SheetField f) {
        Label error = Messages.inline("error-" + f.id(), "error", f.errorProperty());
        error.setMinWidth(160);
        error.setMaxWidth(460);
        return error;
    }

    private static <E extends Enum<E>> void styleByState(Node node, ObservableValue<E> state, String prefix) {
        node.getStyleClass().add(prefix + "-" + state.getValue().name());
        state.addListener((o, was, now) -> {
            node.getStyleClass().remove(prefix + "-" + was.name());
            node.getStyleClass().add(prefix + "-" + now.name());
        });
    }

    private static void show(Region node, ObservableValue<Boolean> when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(8);
        grid.getStyleClass().add("sheet-grid");
        for (int i = 0; i < 4; i++) {
            javafx.scene.layout.ColumnConstraints fixed = new javafx.scene.layout.ColumnConstraints();
            fixed.setMinWidth(Region.USE_PREF_SIZE); // names, ranges and states are never cut short
            grid.getColumnConstraints().add(fixed);
        }
        javafx.scene.layout.ColumnConstraints rest = new javafx.scene.layout.ColumnConstraints();
        rest.setHgrow(Priority.ALWAYS);
        rest.setMinWidth(160);
        grid.getColumnConstraints().add(rest);
        return grid;
    }

    private Label label(String key, Node field) {
        Label l = new Label(i18n.get(key));
        l.setLabelFor(field);
        return l;
    }

    private Label header(String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("column-header");
        return l;
    }

    /** A sheet in the list: its label (bib and name, or work number) and its state. */
    private final class SheetCell extends ListCell<Sheet> {
        @Override
        protected void updateItem(Sheet item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(item.label());
            name.getStyleClass().add("sheet-name");
            Label state = new Label();
            state.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("judging.sheet." + item.stateProperty().get().name())
                    + (item.notSavedProperty().get() ? " · " + i18n.get("judging.sheet.notSaved") : ""),
                    item.stateProperty(), item.notSavedProperty()));
            state.getStyleClass().add("sheet-state");
            state.setMinWidth(Region.USE_PREF_SIZE);
            styleByState(state, item.stateProperty(), "sheet");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox line = new HBox(8, name, gap, state);
            line.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(line);
        }
    }
}
