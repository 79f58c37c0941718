package org.podium.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** The inline message label every entry screen shows under its form. */
public final class Messages {
    private Messages() {
    }

    /** A wrapping label with id {@code id} and style class {@code styleClass}, shown only while {@code text} is not empty. */
    public static Label inline(String id, String styleClass, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        return label;
    }
}
