package org.podium.exchange.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.podium.domain.Contest;
import org.podium.domain.Contestant;
import org.podium.domain.EntryResult;
import org.podium.domain.RoundResult;
import org.podium.exchange.ExportInput;

/**
 * The records of the certificates: one per award and one per title of every entry of every event's award round, events
 * in file order, entries in ranking order, an entry's award before its titles (in the order the contest lists them).
 * Every text is checked against the font as it is taken. The fields are documented in docs/certificates.md.
 */
final class CertificatePages {
    /** Every field a certificate template may declare, all of class java.lang.String. */
    static final List<String> FIELDS = List.of("name", "unit", "bib", "team", "event", "eventId", "round", "kind",
            "honour", "award", "title", "rank", "total", "contest", "venue", "organiser", "date", "salutation", "body",
            "honourText", "closing");

    private CertificatePages() {
    }

    static List<Map<String, ?>> rows(ExportInput input, PdfTexts texts, GlyphCheck check) {
        Contest contest = input.contest();
        String contestName = check.text(Source.CONTEST, contest.name());
        String venue = check.text(Source.VENUE, contest.venue());
        String organiser = check.text(Source.ORGANISER, contest.organiser());
        String date = DateText.certificate(contest.date(), texts);
        String closing = texts.get("pdf.certificate.closing");
        List<Map<String, ?>> out = new ArrayList<>();
        for (RoundResult round : input.result().rounds()) {
            if (!round.awardRound()) {
                continue;
            }
            String event = check.text(Source.EVENT, round.event().name());
            String roundName = check.text(Source.ROUND, round.round().name());
            for (EntryResult entry : round.rows()) {
                if (entry.award() == null && entry.titles().isEmpty()) {
                    continue;
                }
                Contestant c = entry.contestant();
                Map<String, String> base = new LinkedHashMap<>();
                base.put("name", check.text(Source.NAME, c.name(), c));
                base.put("unit", check.text(Source.UNIT, c.unit(), c));
                base.put("bib", check.text(Source.BIB, c.bib(), c));
                base.put("team", check.text(Source.TEAM, c.team(), c));
                base.put("event", event);
                base.put("eventId", round.event().id());
                base.put("round", roundName);
                base.put("rank", entry.rank() == null ? "" : entry.rank().toString());
                base.put("total", plain(entry.total()));
                base.put("contest", contestName);
                base.put("venue", venue);
                base.put("organiser", organiser);
                base.put("date", date);
                base.put("salutation", c.unit().isEmpty()
                        ? texts.get("pdf.certificate.salutationNoUnit", c.name())
                        : texts.get("pdf.certificate.salutation", c.unit(), c.name()));
                base.put("body", texts.get("pdf.certificate.body", contestName, event));
                base.put("closing", closing);
                if (entry.award() != null) {
                    String award = check.text(Source.AWARD, entry.award());
                    out.add(page(base, "award", award, award, "", texts.get("pdf.certificate.award", award)));
                }
                for (String t : entry.titles()) {
                    String title = check.text(Source.TITLE, t);
                    out.add(page(base, "title", title, entry.award() == null ? "" : entry.award(), title,
                            texts.get("pdf.certificate.title", title)));
                }
            }
        }
        return out;
    }

    private static Map<String, ?> page(Map<String, String> base, String kind, String honour, String award, String title,
                                       String honourText) {
        Map<String, String> page = new LinkedHashMap<>(base);
        page.put("kind", kind);
        page.put("honour", honour);
        page.put("award", award);
        page.put("title", title);
        page.put("honourText", honourText);
        return page;
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
