package org.podium.ui.setup.people;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;

/** What the people panes share: their stylesheet, a heading, a list whose lines wrap and are never cut off. */
final class PeoplePanes {
    static final String STYLESHEET = "/org/podium/ui/css/setup-people.css";

    private PeoplePanes() {
    }

    /** Adds the panes' stylesheet and style class to {@code root}. */
    static <T extends Region> T styled(T root) {
        root.getStylesheets().add(PeoplePanes.class.getResource(STYLESHEET).toExternalForm());
        root.getStyleClass().add("people-pane");
        return root;
    }

    /** A label that wraps and takes the height its lines need (never cut off with "…"). */
    static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** The inline message of a pane (shown while not empty), wrapping. */
    static Label inline(String id, String styleClass, javafx.beans.value.ObservableStringValue text) {
        return wrapped(org.podium.ui.common.Messages.inline(id, styleClass, text));
    }

    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("people-heading");
        l.setWrapText(true);
        return l;
    }

    /** A list of texts, each shown whole: long lines wrap to the list's width, never "…". */
    static ListView<String> wrapping(String id, String styleClass, javafx.collections.ObservableList<String> items) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        list.getStyleClass().add(styleClass);
        list.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(v.widthProperty().subtract(24));
                setMaxWidth(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        return list;
    }
}
