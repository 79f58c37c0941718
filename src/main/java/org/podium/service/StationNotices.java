package org.podium.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.podium.domain.Event;
import org.podium.domain.FactKind;
import org.podium.domain.NotAccepted;

/**
 * What a station joined to the venue server shows of the facts the server did not accept (docs/venue-server.md): each
 * until someone at the station acknowledges it. A judge's fact of an event judged blind names the work number, never
 * the bib (a refusal said without the bundle has its bib replaced by the work number too).
 */
public final class StationNotices {
    /**
     * One fact not accepted, as the station shows it.
     *
     * @param shownBib the bib, or for a judge's fact judged blind the work number ("—" while the server cannot say it)
     * @param work     whether {@code shownBib} is a work number
     */
    public record Notice(NotAccepted refused, String shownBib, boolean work) {
    }

    private final ResultsService results;
    private final StationUplink uplink;

    public StationNotices(ResultsService results, StationUplink uplink) {
        this.results = results;
        this.uplink = uplink;
    }

    /** The facts not accepted that no one here acknowledged yet, in the station's order. Blocking: on an executor. */
    public List<Notice> unacknowledged() {
        List<Notice> out = new ArrayList<>();
        for (NotAccepted n : uplink.unacknowledged()) {
            out.add(notice(n));
        }
        return out;
    }

    private Notice notice(NotAccepted n) {
        Event event = results.contest().event(n.fact().event());
        boolean judges = n.fact().kind() == FactKind.MARK || n.fact().kind() == FactKind.PENALTY;
        if (event == null || !event.blindJudging() || !judges || n.fact().round() == null) {
            return new Notice(n, n.fact().bib(), false);
        }
        String work;
        try {
            Map<String, String> numbers = results.store().workNumbers(n.fact().event(), n.fact().round());
            work = numbers.getOrDefault(n.fact().bib(), "—");
        } catch (RuntimeException unreachable) {
            work = "—";
        }
        String shown = work;
        String reason = n.reason() == null ? "" : n.reason().replace(n.fact().bib(), work);
        NotAccepted masked = new NotAccepted(n.key(), n.station(), n.recordedBy(), n.fact(), n.action(), reason,
                n.reasonKey(), n.reasonArgs().stream().map(a -> a.equals(n.fact().bib()) ? shown : a).toList(),
                n.savedAt(), n.refusedAt());
        return new Notice(masked, work, true);
    }

    /** Someone at the station read it: no longer shown. */
    public void acknowledge(UUID key) {
        uplink.acknowledge(key);
    }

    /** Called with the uplink's status at every change (how many wait to be acknowledged among it). */
    public void onStatus(java.util.function.Consumer<StationUplink.Status> listener) {
        uplink.onStatus(listener);
    }

    public StationUplink.Status status() {
        return uplink.status();
    }
}
