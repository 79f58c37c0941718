package org.podium.exchange.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.podium.domain.Contestant;
import org.podium.domain.EntryResult;
import org.podium.domain.RoundResult;
import org.podium.domain.Status;
import org.podium.exchange.ExportInput;

/**
 * The award list (获奖名单) and the public results notice (成绩公示), as tables of the engine's results. Nothing here
 * computes: ranks, totals, awards, titles, statuses and advancement are printed as the engine gave them.
 */
final class ResultLists {
    private ResultLists() {
    }

    /**
     * Every entry of every award round holding an award or a title, in ranking order, one section per event;
     * columns: award, rank, bib, name, unit, total, titles.
     */
    static TableData awardList(ExportInput input, PdfTexts texts, GlyphCheck check) {
        TableLayout layout = new TableLayout(List.of(
                TableLayout.Column.centre(texts.get("pdf.column.award"), 12),
                TableLayout.Column.centre(texts.get("pdf.column.rank"), 7),
                TableLayout.Column.centre(texts.get("pdf.column.bib"), 8),
                TableLayout.Column.left(texts.get("pdf.column.name"), 13),
                TableLayout.Column.left(texts.get("pdf.column.unit"), 28),
                TableLayout.Column.right(texts.get("pdf.column.total"), 9),
                TableLayout.Column.left(texts.get("pdf.column.titles"), 17)), 22, 24, false, false, true);
        String heading = texts.get("pdf.awards.heading");
        List<Map<String, ?>> rows = new ArrayList<>();
        for (RoundResult round : input.result().rounds()) {
            if (!round.awardRound()) {
                continue;
            }
            List<EntryResult> winners = new ArrayList<>();
            for (EntryResult e : round.rows()) {
                if (e.award() != null || !e.titles().isEmpty()) {
                    winners.add(e);
                }
            }
            String info = texts.get("pdf.awards.info", check.text(Source.EVENT, round.event().name()),
                    check.text(Source.ROUND, round.round().nameOr("—")), Integer.toString(winners.size()));
            String section = round.event().id() + "/" + round.round().id();
            String note = publication(input, round, texts);
            for (EntryResult e : winners) {
                Contestant c = e.contestant();
                rows.add(layout.row(section, heading, info, note, List.of(
                        e.award() == null ? "" : check.text(Source.AWARD, e.award()),
                        rank(e), check.text(Source.BIB, c.bib(), c), check.text(Source.NAME, c.name(), c),
                        check.text(Source.UNIT, c.unit(), c), CertificatePages.plain(e.total()),
                        titles(e, texts, check))));
            }
        }
        return new TableData(layout, rows);
    }

    /**
     * Every entry of every round that has a ranked entry, in ranking order, a page per round; columns: rank, bib, name,
     * unit, total, award, remarks (titles, advancing, or the status of an unranked entry). A round with no ranked entry
     * (not yet run) is left out.
     */
    static TableData notice(ExportInput input, PdfTexts texts, GlyphCheck check) {
        TableLayout layout = new TableLayout(List.of(
                TableLayout.Column.centre(texts.get("pdf.column.rank"), 7),
                TableLayout.Column.centre(texts.get("pdf.column.bib"), 8),
                TableLayout.Column.left(texts.get("pdf.column.name"), 13),
                TableLayout.Column.left(texts.get("pdf.column.unit"), 30),
                TableLayout.Column.right(texts.get("pdf.column.total"), 9),
                TableLayout.Column.centre(texts.get("pdf.column.award"), 11),
                TableLayout.Column.left(texts.get("pdf.column.remark"), 20)), 22, 24, true, false, true);
        String heading = texts.get("pdf.notice.heading");
        String objection = texts.get("pdf.notice.objection");
        List<Map<String, ?>> rows = new ArrayList<>();
        for (RoundResult round : input.result().rounds()) {
            if (round.rankedCount() == 0) {
                continue;
            }
            String info = texts.get("pdf.notice.info", check.text(Source.EVENT, round.event().name()),
                    check.text(Source.ROUND, round.round().nameOr("—")), Integer.toString(round.rows().size()));
            String section = round.event().id() + "/" + round.round().id();
            String published = publication(input, round, texts);
            String note = published.isEmpty() ? objection : objection + "\n" + published;
            for (EntryResult e : round.rows()) {
                Contestant c = e.contestant();
                rows.add(layout.row(section, heading, info, note, List.of(rank(e), check.text(Source.BIB, c.bib(), c),
                        check.text(Source.NAME, c.name(), c), check.text(Source.UNIT, c.unit(), c),
                        CertificatePages.plain(e.total()), e.award() == null ? "" : check.text(Source.AWARD, e.award()),
                        remark(e, texts, check))));
            }
        }
        return new TableData(layout, rows);
    }

    /**
     * The line closing a round's section: the seal of its publish row, that it is provisional (from the database, not
     * published), or empty (results from score files alone).
     */
    private static String publication(ExportInput input, RoundResult round, PdfTexts texts) {
        String event = round.event().id();
        String id = round.round().id();
        return input.publication().seal(event, id).map(seal -> texts.get("pdf.seal", seal))
                .orElse(input.publication().provisional(event, id) ? texts.get("pdf.provisional") : "");
    }

    private static String rank(EntryResult e) {
        return e.rank() == null ? "" : e.rank().toString();
    }

    private static String titles(EntryResult e, PdfTexts texts, GlyphCheck check) {
        List<String> out = new ArrayList<>();
        for (String t : e.titles()) {
            out.add(check.text(Source.TITLE, t));
        }
        return String.join(texts.get("pdf.list.separator"), out);
    }

    private static String remark(EntryResult e, PdfTexts texts, GlyphCheck check) {
        List<String> out = new ArrayList<>();
        if (e.status() != Status.OK) {
            out.add(texts.get("pdf.status." + e.status().name()));
        }
        String titles = titles(e, texts, check);
        if (!titles.isEmpty()) {
            out.add(titles);
        }
        if (e.advances()) {
            out.add(texts.get("pdf.notice.advances"));
        }
        return String.join(texts.get("pdf.list.separator"), out);
    }
}
