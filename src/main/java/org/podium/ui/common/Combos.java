package org.podium.ui.common;

import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** The choice boxes of the entry screens: items shown by a name, the value bound both ways to a view model. */
public final class Combos {
    private Combos() {
    }

    /** A combo box with id {@code id} over {@code items}, showing each by {@code name}, its value bound to {@code value}. */
    public static <T> ComboBox<T> of(String id, ObservableList<T> items, Property<T> value, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        box.setCellFactory(v -> new NamedCell<>(name));
        box.setButtonCell(new NamedCell<>(name));
        return box;
    }

    private static final class NamedCell<T> extends ListCell<T> {
        private final Function<T, String> name;

        NamedCell(Function<T, String> name) {
            this.name = name;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : name.apply(item));
        }
    }
}
