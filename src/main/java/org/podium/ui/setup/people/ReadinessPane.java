package org.podium.ui.setup.people;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.podium.ui.common.I18n;

/** Ready for the day: a banner (green when nothing is missing), the list of what is, and Check again. */
public final class ReadinessPane {
    private final VBox root;

    public ReadinessPane(ReadinessViewModel model, I18n i18n) {
        Label banner = new Label();
        banner.setId("readyBanner");
        PeoplePanes.wrapped(banner);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(model.headlineProperty());
        banner.getStyleClass().addAll("ready-banner", "not-ready");
        model.readyProperty().addListener((o, was, now) -> banner.getStyleClass().setAll("label", "ready-banner",
                now ? "ready" : "not-ready"));
        ListView<String> list = PeoplePanes.wrapping("readyMissing", "missing-list", model.missing());
        list.setPlaceholder(new Label(i18n.get("people.ready.nothing")));
        list.visibleProperty().bind(model.readyProperty().not());
        list.managedProperty().bind(list.visibleProperty());
        VBox.setVgrow(list, Priority.ALWAYS);
        Button again = new Button(i18n.get("people.ready.again"));
        again.setId("readyCheck");
        again.setOnAction(e -> model.check());
        Label hint = new Label(i18n.get("people.ready.hint"));
        PeoplePanes.wrapped(hint);
        root = PeoplePanes.styled(new VBox(PeoplePanes.heading(i18n.get("people.ready.title")), hint, banner, list, again));
    }

    public Parent root() {
        return root;
    }
}
