package org.podium.ui.head;

import java.util.ArrayList;
import java.util.List;
import org.podium.domain.AwardQuota;
import org.podium.domain.Contest;
import org.podium.domain.EntryResult;
import org.podium.domain.Round;
import org.podium.domain.RoundResult;
import org.podium.domain.Tier;
import org.podium.domain.Title;
import org.podium.exchange.ExportText;
import org.podium.exchange.HowScored;
import org.podium.service.RoundReport;
import org.podium.ui.common.I18n;

/**
 * The awards and advancement preview of a round, before it is published: who goes on to the next round (and who is
 * passed over by a limit per unit), each tier and title with the entries the engine gives it, then how the round is
 * scored with the quota arithmetic ({@link HowScored}: N, each tier's count, the boundaries, ties across a boundary).
 * Everything is read off the engine's results; nothing is decided here.
 */
final class Preview {
    private Preview() {
    }

    static List<HowScored.Line> lines(Contest contest, RoundReport report, Round next, I18n i18n) {
        RoundResult round = report.result();
        List<HowScored.Line> out = new ArrayList<>();
        if (next != null) {
            advancement(round, next, out, i18n);
        }
        if (round.awardRound()) {
            awards(round, out, i18n);
        }
        out.add(heading(i18n.get("head.preview.rules")));
        out.addAll(HowScored.of(contest, round, ExportText.forLocale(i18n.locale())));
        return out;
    }

    private static HowScored.Line heading(String text) {
        return new HowScored.Line(text, true);
    }

    private static HowScored.Line line(String text) {
        return new HowScored.Line(text, false);
    }

    private static String entry(EntryResult r) {
        return r.bib() + "  " + r.contestant().name() + (r.contestant().unit().isEmpty() ? "" : " · " + r.contestant().unit());
    }

    private static void advancement(RoundResult round, Round next, List<HowScored.Line> out, I18n i18n) {
        List<EntryResult> going = new ArrayList<>();
        int lastRank = 0;
        for (EntryResult r : round.rows()) {
            if (r.advances()) {
                going.add(r);
                lastRank = r.ranked() ? Math.max(lastRank, r.rank()) : lastRank;
            }
        }
        out.add(heading(i18n.get("head.preview.advance", next.name(), going.size(), round.rankedCount())));
        for (EntryResult r : going) {
            out.add(line(i18n.get("head.preview.rank", r.rank() == null ? "—" : r.rank(), entry(r))));
        }
        List<EntryResult> passed = new ArrayList<>();
        for (EntryResult r : round.rows()) {
            if (r.ranked() && !r.advances() && r.rank() <= lastRank) {
                passed.add(r);
            }
        }
        if (!passed.isEmpty()) {
            Integer max = round.round().advance() == null ? null : round.round().advance().maxPerUnit();
            out.add(heading(i18n.get("head.preview.passedOver", max == null ? "—" : max)));
            for (EntryResult r : passed) {
                out.add(line(i18n.get("head.preview.rank", r.rank(), entry(r))));
            }
        }
    }

    private static void awards(RoundResult round, List<HowScored.Line> out, I18n i18n) {
        List<Tier> tiers = round.event().awards().tiers();
        AwardQuota quota = round.quota();
        out.add(heading(i18n.get("head.preview.awards", quota == null ? 0 : quota.ranked())));
        for (int i = 0; i < tiers.size(); i++) {
            Tier t = tiers.get(i);
            List<String> holders = new ArrayList<>();
            for (EntryResult r : round.rows()) {
                if (t.name().equals(r.award())) {
                    holders.add(r.rank() + ". " + entry(r));
                }
            }
            out.add(line(i18n.get("head.preview.tier", t.name(), quota == null ? "—" : quota.counts().get(i),
                    quota == null ? "—" : quota.cumulative().get(i), holders.size())));
            holders.forEach(h -> out.add(line("    " + h)));
        }
        for (Title title : round.event().awards().titles()) {
            List<String> holders = new ArrayList<>();
            for (EntryResult r : round.rows()) {
                if (r.titles().contains(title.name())) {
                    holders.add(r.rank() + ". " + entry(r));
                }
            }
            out.add(line(holders.isEmpty() ? i18n.get("head.preview.titleNobody", title.name())
                    : i18n.get("head.preview.title", title.name(), holders.size())));
            holders.forEach(h -> out.add(line("    " + h)));
        }
    }
}
