package org.podium.ui.common;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.application.Platform;
import org.controlsfx.control.StatusBar;
import org.podium.service.StationUplink;

/**
 * The status line of a station joined to the venue server (issue 13): connected or not, how many facts wait in the
 * station's outbox, when the last was uploaded, and how many the server did not accept. Updated from the uploader's
 * thread through {@link Platform#runLater}.
 */
public final class VenueStatusBar {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final StatusBar bar = new StatusBar();
    private final I18n i18n;

    public VenueStatusBar(StationUplink uplink, I18n i18n) {
        this.i18n = i18n;
        bar.setId("venueStatus");
        show(uplink.status());
        uplink.onStatus(s -> Platform.runLater(() -> show(s)));
    }

    public StatusBar node() {
        return bar;
    }

    private void show(StationUplink.Status s) {
        String last = s.lastUpload() == null ? i18n.get("venue.status.never") : TIME.format(s.lastUpload());
        String text = s.connected() ? i18n.get("venue.status.connected", s.waiting(), last)
                : i18n.get("venue.status.offline", s.where(), s.downSince() == null ? "—" : TIME.format(s.downSince()),
                        s.waiting(), s.trouble() == null ? i18n.get("venue.status.connecting")
                                : i18n.get(s.trouble().key().replace("venue.trouble.", "venue.status.trouble."),
                                        s.trouble().args().toArray()));
        if (s.clockWrong()) {
            text += " · " + i18n.get("venue.status.clock", s.clockOff().abs().toMinutes());
        }
        if (s.notAccepted() > 0) {
            text += " · " + i18n.get("venue.status.notAccepted", s.notAccepted());
        }
        bar.setText(text);
    }
}
