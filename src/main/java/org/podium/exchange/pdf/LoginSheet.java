package org.podium.exchange.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.podium.domain.Role;

/**
 * The officials' login sheet (issue 14): every official's id, name and role, and an empty box for the PIN, which the
 * chief fills in by hand and hands out (a PIN is never printed: the database keeps only its hash).
 */
public final class LoginSheet {
    /** One official to print. */
    public record Line(String id, String name, Role role) {
    }

    private LoginSheet() {
    }

    /** The bundle key of a role's word on the sheet (the screens say roles with the same words). */
    public static String roleKey(Role role) {
        return switch (role) {
            case TIMEKEEPER -> "pdf.login.role.timekeeper";
            case JUDGE -> "pdf.login.role.judge";
            case CHIEF -> "pdf.login.role.chief";
            case ORGANISER -> "pdf.login.role.organiser";
        };
    }

    static TableData table(List<Line> officials, PdfTexts texts, GlyphCheck check) {
        TableLayout layout = new TableLayout(List.of(
                TableLayout.Column.centre(texts.get("pdf.column.seq"), 10),
                TableLayout.Column.centre(texts.get("pdf.login.column.id"), 18),
                TableLayout.Column.left(texts.get("pdf.column.name"), 30),
                TableLayout.Column.left(texts.get("pdf.login.column.role"), 22),
                TableLayout.Column.centre(texts.get("pdf.login.column.pin"), 40),
                TableLayout.Column.centre(texts.get("pdf.login.column.received"), 30)), 30, 26, false, false, true);
        List<Map<String, ?>> rows = new ArrayList<>();
        String note = texts.get("pdf.login.note");
        int seq = 0;
        for (Line l : officials) {
            seq++;
            rows.add(layout.row("login", texts.get("pdf.login.heading"), texts.get("pdf.login.info"), note,
                    List.of(Integer.toString(seq), check.text(Source.OFFICIAL, l.id()), check.text(Source.NAME, l.name()),
                            texts.get(roleKey(l.role())), "", "")));
        }
        return new TableData(layout, rows);
    }
}
