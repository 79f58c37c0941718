package org.podium.ui.timing;

import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.podium.domain.Event;
import org.podium.domain.RaceTime;
import org.podium.domain.Round;
import org.podium.ui.common.Combos;
import org.podium.ui.common.I18n;

/**
 * The timekeeper station: choices on top, the heat's lanes in large type, the entry line (bib, time) below.
 * Keyboard: type the bib or move with Up/Down, Enter goes to the time, Enter saves. Binds and forwards only.
 */
public final class TimekeeperView {
    private final VBox root;
    private final TextField bib;
    private final GridPane laneGrid = new GridPane();
    private final ScrollPane lanes;
    private final TimekeeperViewModel model;
    private final I18n i18n;

    /** Enter was pressed in the reason field: once the change is saved, the keyboard goes back to the bib. */
    private boolean savingWithReason;

    public TimekeeperView(TimekeeperViewModel model, I18n i18n, String contestName) {
        this.model = model;
        this.i18n = i18n;
        Label title = new Label(i18n.get("timing.title", model.officialId(), contestName));
        title.getStyleClass().add("title");

        ComboBox<Event> event = Combos.of("event", model.events(), model.eventProperty(), Event::name);
        ComboBox<Round> round = Combos.of("round", model.rounds(), model.roundProperty(), r -> r.named() ? r.name() : "—");
        ComboBox<String> heat = Combos.of("heat", model.heats(), model.heatProperty(), String::valueOf);
        ComboBox<Integer> attempt = Combos.of("attempt", model.attempts(), model.attemptProperty(), String::valueOf);
        HBox choices = new HBox(12, label("timing.event", event), event, label("timing.round", round), round,
                label("timing.heat", heat), heat, label("timing.attempt", attempt), attempt);
        choices.getStyleClass().add("choices");

        laneGrid.getStyleClass().add("lanes");
        laneGrid.setHgap(32);
        laneGrid.setVgap(6);
        model.lanes().addListener((ListChangeListener<Lane>) c -> showLanes());
        showLanes();
        lanes = new ScrollPane(laneGrid);
        lanes.setFitToWidth(true);
        lanes.setFocusTraversable(false);
        VBox.setVgrow(lanes, Priority.ALWAYS);

        bib = new TextField();
        bib.setId("bib");
        bib.getStyleClass().add("entry");
        bib.setPrefColumnCount(6);
        bib.textProperty().bindBidirectional(model.bibProperty());
        TextField time = new TextField();
        time.setId("time");
        time.getStyleClass().add("entry");
        time.setPrefColumnCount(16);
        time.textProperty().bindBidirectional(model.timeProperty());
        TextField reason = new TextField();
        reason.setId("reason");
        reason.setPrefColumnCount(24);
        reason.textProperty().bindBidirectional(model.reasonProperty());
        Label reasonLabel = label("timing.reason", reason);
        for (Node n : new Node[] {reason, reasonLabel}) {
            n.visibleProperty().bind(model.reasonNeededProperty());
            n.managedProperty().bind(model.reasonNeededProperty());
        }
        bib.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
                model.moveBib(e.getCode() == KeyCode.DOWN ? 1 : -1);
                bib.end();
                e.consume();
            }
        });
        bib.setOnAction(e -> {
            if (model.checkBib()) { // a bib of another heat is refused at once, before its time is typed
                time.requestFocus();
            } else {
                bib.selectAll();
            }
        });
        time.setOnAction(e -> {
            model.save();
            if (model.reasonNeededProperty().get()) {
                reason.requestFocus();
            } else if (model.timeProperty().get().isEmpty() || model.errorProperty().get().isEmpty()) {
                bib.requestFocus();
            }
        });
        reason.setOnAction(e -> {
            savingWithReason = true;
            boolean stopwatch = model.stopwatchProperty().get();
            model.reasonEntered();
            if (stopwatch) {
                laneGrid.requestFocus(); // back to the lanes: the clock goes on
            } else if (!model.reasonNeededProperty().get()) {
                bib.requestFocus();
            }
        });
        HBox reasonLine = new HBox(12, reasonLabel, reason);
        reasonLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        reasonLine.setId("reasonLine");
        // once the change is saved the reason line goes: the keyboard goes back to the bib (or the lanes), never to
        // whatever comes first on the screen (issue 15)
        model.reasonNeededProperty().addListener((o, was, now) -> {
            if (!now && savingWithReason) {
                savingWithReason = false;
                if (model.stopwatchProperty().get()) {
                    laneGrid.requestFocus();
                } else {
                    bib.requestFocus();
                }
            }
        });
        reasonLine.visibleProperty().bind(model.reasonNeededProperty());
        reasonLine.managedProperty().bind(reasonLine.visibleProperty());
        HBox entry = new HBox(12, label("timing.bib", bib), bib, label("timing.time", time), time);
        entry.getStyleClass().add("entry-line");
        entry.visibleProperty().bind(model.stopwatchProperty().not());
        entry.managedProperty().bind(entry.visibleProperty());
        Label hint = new Label();
        hint.textProperty().bind(Bindings.when(model.stopwatchProperty()).then(i18n.get("timing.hint.stopwatch"))
                .otherwise(i18n.get("timing.hint")));
        hint.setWrapText(true);

        Label clock = new Label();
        clock.setId("clock");
        clock.getStyleClass().add("clock");
        clock.visibleProperty().bind(model.stopwatchProperty());
        clock.managedProperty().bind(clock.visibleProperty());
        AnimationTimer ticker = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long ms = model.elapsedMillis();
                clock.setText(!model.runningProperty().get() ? i18n.get("timing.clock.ready")
                        : ms < 10 ? "0:00.00" : RaceTime.ofMillis(ms - ms % 10).format()); // hundredths, steady width
            }
        };
        clock.sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                ticker.stop();
            } else {
                ticker.start();
            }
        });
        Label question = org.podium.ui.common.Messages.inline("question", "question", model.questionProperty());
        question.managedProperty().bind(question.visibleProperty());

        ToggleButton mode = new ToggleButton();
        mode.setId("mode");
        mode.setFocusTraversable(false);
        mode.selectedProperty().bindBidirectional(model.stopwatchProperty());
        mode.textProperty().bind(Bindings.when(model.stopwatchProperty()).then(i18n.get("timing.mode.stopwatch"))
                .otherwise(i18n.get("timing.mode.manual")));
        choices.getChildren().add(mode);
        model.stopwatchProperty().addListener((o, was, now) -> focus());
        model.selectedProperty().addListener((o, was, now) -> showSelection());
        model.bibProperty().addListener((o, was, now) -> showSelection());
        model.stopwatchProperty().addListener((o, was, now) -> showSelection());

        Label error = org.podium.ui.common.Messages.inline("error", "error", model.errorProperty());
        Label failure = org.podium.ui.common.Messages.inline("failure", "failure", model.failureProperty());
        failure.setMaxWidth(Double.MAX_VALUE);
        failure.managedProperty().bind(failure.visibleProperty());
        root = new VBox(12, title, failure, choices, clock, lanes, question, entry, reasonLine, hint, error);
        root.getStyleClass().addAll("screen", "timekeeper");
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        laneGrid.setFocusTraversable(true);
    }

    /**
     * F2 switches mode anywhere; in stopwatch mode Space, 1-9 (Shift+0-9 for lanes 10-19), ↑/↓, Enter, Backspace and Esc
     * drive the clock.
     */
    private void key(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.F2) {
            model.stopwatchProperty().set(!model.stopwatchProperty().get());
            e.consume();
            return;
        }
        if (!model.stopwatchProperty().get() || e.getTarget() instanceof ComboBox
                || e.getTarget() instanceof javafx.scene.control.TextInputControl) { // the reason typed after a press
            return;
        }
        if (code == KeyCode.SPACE) {
            model.startClock();
        } else if (code.isDigitKey() && (digit(code) >= 1 || e.isShiftDown())) {
            // 1-9: lanes 1-9; Shift+0-9: lanes 10-19 (a heat of 14 needs no arrows, issue 15)
            model.press(digit(code) + (e.isShiftDown() ? 10 : 0));
        } else if (code == KeyCode.UP || code == KeyCode.DOWN) {
            model.moveSelection(code == KeyCode.DOWN ? 1 : -1);
        } else if (code == KeyCode.ENTER) {
            model.enter();
        } else if (code == KeyCode.BACK_SPACE) {
            model.askWithdraw();
        } else if (code == KeyCode.ESCAPE) {
            model.answer(false);
        } else {
            return;
        }
        e.consume();
    }

    private static int digit(KeyCode code) {
        String name = code.getName(); // "1" or "Numpad 1"
        char c = name.charAt(name.length() - 1);
        return Character.isDigit(c) ? c - '0' : -1;
    }


    private Label label(String key, Node field) {
        Label l = new Label(i18n.get(key));
        l.setLabelFor(field);
        return l;
    }

    private void showLanes() {
        laneGrid.getChildren().clear();
        laneGrid.addRow(0, header("timing.lane"), header("timing.bib"), header("timing.name"), header("timing.time"),
                header("timing.state"));
        int row = 1;
        for (Lane lane : model.lanes()) {
            Label number = big(Integer.toString(lane.number()));
            Label bibLabel = big(lane.bib());
            bibLabel.setId("lane-" + lane.bib() + "-bib");
            Label name = big(lane.name());
            Label saved = big("");
            saved.setId("lane-" + lane.bib() + "-saved");
            saved.textProperty().bind(lane.savedProperty());
            Label state = new Label();
            state.setId("lane-" + lane.bib() + "-state");
            state.textProperty().bind(Bindings.createStringBinding(
                    () -> i18n.get("timing.state." + lane.stateProperty().get().name(), lane.pendingProperty().get()),
                    lane.stateProperty(), lane.pendingProperty()));
            lane.stateProperty().addListener((o, was, now) -> {
                state.getStyleClass().removeAll("state-" + was.name());
                state.getStyleClass().add("state-" + now.name());
            });
            state.getStyleClass().addAll("state", "state-" + lane.stateProperty().get().name());
            laneGrid.addRow(row++, number, bibLabel, name, saved, state);
        }
        showSelection();
    }

    /**
     * Marks the lane the keys act on, and scrolls it into view: in stopwatch mode the selected lane, in manual entry
     * the lane of the typed bib (so its name is seen before Enter).
     */
    private void showSelection() {
        Lane chosen = model.stopwatchProperty().get() ? model.selectedProperty().get() : model.lane(model.bibProperty().get());
        Node first = null;
        for (Node n : laneGrid.getChildren()) {
            Integer r = GridPane.getRowIndex(n);
            boolean on = chosen != null && r != null && r == chosen.number();
            n.getStyleClass().remove("selected");
            if (on) {
                n.getStyleClass().add("selected");
                first = first == null ? n : first;
            }
        }
        if (first != null) {
            Node row = first;
            javafx.application.Platform.runLater(() -> scrollTo(row));
        }
    }

    private void scrollTo(Node row) {
        double content = laneGrid.getBoundsInLocal().getHeight();
        double view = lanes.getViewportBounds().getHeight();
        if (content <= view || view <= 0) {
            return;
        }
        double top = row.getBoundsInParent().getMinY();
        double bottom = row.getBoundsInParent().getMaxY();
        double shownTop = lanes.getVvalue() * (content - view);
        if (top < shownTop || bottom > shownTop + view) {
            lanes.setVvalue(Math.max(0, Math.min(1, (top - view / 3) / (content - view))));
        }
    }

    private Label header(String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("lane-header");
        return l;
    }

    private static Label big(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("lane-big");
        return l;
    }

    public Parent root() {
        return root;
    }

    /** Puts the keyboard in the bib field (manual entry) or on the lanes (stopwatch). */
    public void focus() {
        if (model.stopwatchProperty().get()) {
            laneGrid.requestFocus();
        } else {
            bib.requestFocus();
        }
    }
}
