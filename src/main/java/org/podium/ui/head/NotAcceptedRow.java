package org.podium.ui.head;

import org.podium.domain.Contest;
import org.podium.domain.NotAccepted;
import org.podium.ui.common.I18n;
import org.podium.ui.common.NotAcceptedText;

/**
 * A row of the head table's list of facts the venue server did not accept, across every station: which station and
 * official, which fact, the server's reason, when it was saved at the station.
 */
public record NotAcceptedRow(String station, String official, String fact, String reason, String when) {
    static NotAcceptedRow of(NotAccepted n, Contest contest, I18n i18n) {
        return new NotAcceptedRow(n.station(), n.recordedBy(), NotAcceptedText.fact(i18n, contest, n, n.fact().bib(), false),
                NotAcceptedText.reason(i18n, n), NotAcceptedText.time(n.savedAt()));
    }
}
