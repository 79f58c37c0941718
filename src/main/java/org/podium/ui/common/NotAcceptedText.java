package org.podium.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.podium.domain.Contest;
import org.podium.domain.Event;
import org.podium.domain.Fact;
import org.podium.domain.NotAccepted;
import org.podium.domain.RaceTime;
import org.podium.domain.Round;

/**
 * A fact the venue server did not accept in the screen's language (the station's notification, the head table's list):
 * which fact (event, round, bib or work number, what was asked) and the server's reason, from the bundle when it was
 * said from it.
 */
public final class NotAcceptedText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private NotAcceptedText() {
    }

    /** "Monitor stand · Final, bib 104: time 44.40 s" (a work number instead of the bib when {@code work}). */
    public static String fact(I18n i18n, Contest contest, NotAccepted n, String shownBib, boolean work) {
        Fact f = n.fact();
        Event event = contest.event(f.event());
        Round round = event == null || f.round() == null ? null : event.round(f.round());
        String where = event == null ? f.event() : round == null ? event.name() + (f.round() == null ? "" : " · " + f.round())
                : round.title(event.name());
        String who = i18n.get(work ? "venue.fact.work" : "venue.fact.bib", shownBib);
        return i18n.get("venue.fact", where, who, what(i18n, n));
    }

    /** What the station asked: a time, a mark, a penalty, a status, a withdrawal, a sheet's submit or reopen. */
    static String what(I18n i18n, NotAccepted n) {
        Fact f = n.fact();
        String attempt = f.attempt() == null ? "" : " " + i18n.get("venue.fact.attempt", f.attempt());
        return switch (n.action()) {
            case "withdraw" -> i18n.get("venue.fact.withdraw", i18n.get("venue.fact.kind." + f.kind().name())) + attempt;
            case "submit" -> i18n.get("venue.fact.submit", f.official()) + attempt;
            case "reopen" -> i18n.get("venue.fact.reopen", f.official()) + attempt;
            default -> switch (f.kind()) {
                case TIME, LAP -> i18n.get("venue.fact.kind." + f.kind().name()) + " "
                        + RaceTime.ofMillis(f.millis()).format() + attempt;
                case MARK, PENALTY -> i18n.get("venue.fact.kind." + f.kind().name()) + " " + f.item() + " "
                        + f.amount().stripTrailingZeros().toPlainString() + attempt;
                case STATUS -> i18n.get("venue.fact.kind.STATUS") + " " + f.status().name() + attempt;
                case THEORY -> i18n.get("venue.fact.kind.THEORY") + " " + f.amount().toPlainString();
            };
        };
    }

    /** The server's reason in the screen's language when it was said from the bundle, else as the server said it. */
    public static String reason(I18n i18n, NotAccepted n) {
        return n.reasonKey() == null ? n.reason() : i18n.get(n.reasonKey(), n.reasonArgs().toArray());
    }

    /** A moment as the stations show it (HH:mm:ss, this laptop's zone). */
    public static String time(Instant at) {
        return TIME.format(at);
    }
}
