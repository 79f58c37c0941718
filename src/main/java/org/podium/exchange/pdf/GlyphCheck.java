package org.podium.exchange.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podium.domain.Contestant;

/**
 * Collects every character the bundled font cannot print, over all the texts of one export, before anything is filled.
 * Each (character, source, text, bib) is reported once, however many pages or events print it.
 */
final class GlyphCheck {
    private final FontCoverage font;
    private final Map<String, MissingGlyph> missing = new LinkedHashMap<>();
    private final Set<String> checked = new HashSet<>();

    GlyphCheck(FontCoverage font) {
        this.font = font;
    }

    /** Checks a text of the contest (no contestant); returns it unchanged, or "" for null. */
    String text(Source source, String text) {
        return text(source, text, null);
    }

    /** Checks a contestant's text; returns it unchanged, or "" for null. */
    String text(Source source, String text, Contestant owner) {
        if (text == null) {
            return "";
        }
        String key = source + "\u0000" + (owner == null ? "" : owner.bib()) + "\u0000" + text;
        if (checked.add(key)) {
            for (int cp : font.missing(text)) {
                missing.putIfAbsent(cp + "\u0000" + key, new MissingGlyph(cp, source, text, owner));
            }
        }
        return text;
    }

    /** Adds a character found missing elsewhere (another document of the same command). */
    void add(MissingGlyph m) {
        String key = m.source() + "\u0000" + (m.contestant() == null ? "" : m.contestant().bib()) + "\u0000" + m.text();
        missing.putIfAbsent(m.codePoint() + "\u0000" + key, m);
    }

    List<MissingGlyph> missing() {
        return new ArrayList<>(missing.values());
    }

    boolean ok() {
        return missing.isEmpty();
    }
}
