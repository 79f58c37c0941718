package org.podium.ui.common;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;
import org.podium.domain.Contest;
import org.podium.service.StationNotices;

/**
 * At a station joined to the venue server, what the server did not accept (issue 13): a ControlsFX
 * {@link NotificationPane} over the screen naming the fact (event, round, bib or work number, what) and the server's
 * reason in the screen's language. It stays until someone at the station acknowledges it (no close button); then the
 * next one shows. The outbox is read on the background executor, never on the FX thread.
 */
public final class VenueNotices {
    private final NotificationPane pane = new NotificationPane();
    /** The notification's words, wrapped over as many lines as they take (the pane's own text keeps to one line). */
    private final javafx.scene.control.Label message = new javafx.scene.control.Label();
    private final StationNotices notices;
    private final Background background;
    private final I18n i18n;
    private final Contest contest;
    private int unacknowledged = -1;
    private StationNotices.Notice shown;

    public VenueNotices(StationNotices notices, Background background, I18n i18n, Contest contest) {
        this.notices = notices;
        this.background = background;
        this.i18n = i18n;
        this.contest = contest;
        pane.setId("venueNotices");
        pane.setShowFromTop(true);
        pane.setCloseButtonVisible(false);
        pane.getStyleClass().add(NotificationPane.STYLE_CLASS_DARK);
        message.setId("venueNoticeText");
        message.setWrapText(true);
        message.setStyle("-fx-text-fill: white; -fx-font-size: 1.1em;");
        message.prefWidthProperty().bind(pane.widthProperty().subtract(200));
        message.maxWidthProperty().bind(pane.widthProperty().subtract(200));
        message.setMinHeight(100); // three lines: the bar takes the graphic's height on one line otherwise
        pane.setGraphic(message);
        notices.onStatus(s -> Platform.runLater(() -> changed(s.unacknowledged())));
        changed(notices.status().unacknowledged());
    }

    /** The pane, holding {@code screen} under the notification. */
    public NotificationPane wrap(Node screen) {
        pane.setContent(screen);
        return pane;
    }

    /** The notification now shown, or null (tests and screenshots). */
    public StationNotices.Notice shown() {
        return shown;
    }

    private void changed(int count) {
        if (count == unacknowledged) {
            return;
        }
        unacknowledged = count;
        if (count == 0) {
            shown = null;
            pane.hide();
            return;
        }
        background.run(notices::unacknowledged, this::show, failed -> { });
    }

    private void show(List<StationNotices.Notice> all) {
        if (all.isEmpty()) {
            shown = null;
            pane.hide();
            return;
        }
        StationNotices.Notice n = all.get(0);
        shown = n;
        String text = i18n.get("venue.notice", NotAcceptedText.fact(i18n, contest, n.refused(), n.shownBib(), n.work()),
                NotAcceptedText.reason(i18n, n.refused()), NotAcceptedText.time(n.refused().savedAt()),
                n.refused().recordedBy());
        if (all.size() > 1) {
            text += " " + i18n.get("venue.notice.more", all.size() - 1);
        }
        message.setText(text);
        pane.getActions().setAll(new Action(i18n.get("venue.notice.acknowledge"), e -> acknowledge(n)));
        if (!pane.isShowing()) {
            pane.show();
        }
    }

    private void acknowledge(StationNotices.Notice n) {
        unacknowledged = -1; // read again after the acknowledgement, whatever the count
        background.run(() -> {
            notices.acknowledge(n.refused().key());
            return notices.unacknowledged();
        }, this::show, failed -> { });
    }
}
