package org.podium.contestfile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.podium.contestfile.ContestDraft.CriterionDraft;
import org.podium.contestfile.ContestDraft.EventDraft;
import org.podium.contestfile.ContestDraft.PenaltyDraft;
import org.podium.contestfile.ContestDraft.RoundDraft;
import org.podium.contestfile.ContestDraft.TierDraft;
import org.podium.contestfile.ContestDraft.TitleDraft;

/**
 * Writes a {@link ContestDraft} as contest.yaml text that {@link ContestYaml} reads back: block style, one key a line,
 * official ids and tie-breaks as {@code [a, b]}, values quoted only where YAML needs it (and times always, as the
 * samples write them). Values left empty are left out, so that the defaults of scoring.md apply, except the keys a
 * file must give (a name, an id), which are written empty so that the problem is told on their own line. The leading
 * comment block of the draft is written first; no other comment is kept (docs/setup.md).
 *
 * <p>{@link Written#fieldAt} names the field of every line written ({@code events.0.quality.criteria.1.step}), so that
 * a problem of {@link ContestYaml}, which carries its line, can be shown beside the field it is about.
 */
public final class ContestYamlWriter {
    private static final Pattern PLAIN = Pattern.compile("[\\p{IsHan}\\p{L}\\p{N}][\\p{IsHan}\\p{L}\\p{N} ._\\-/()（）、，·+%]*");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final StringBuilder out = new StringBuilder();
    private final Map<Integer, String> fields = new TreeMap<>();
    private int line = 1;

    private ContestYamlWriter() {
    }

    /**
     * contest.yaml text and the field of each of its lines.
     *
     * @param text    the file's text
     * @param fieldAt line (1-based) to the field path written on it
     */
    public record Written(String text, Map<Integer, String> fieldAt) {
        public Written {
            fieldAt = Collections.unmodifiableMap(new TreeMap<>(fieldAt));
        }

        /** The field written on {@code line}, or null (a comment, a section head, a line not written). */
        public String field(int line) {
            return fieldAt.get(line);
        }
    }

    /** The draft as contest.yaml text. */
    public static String text(ContestDraft d) {
        return write(d).text();
    }

    /** The draft as contest.yaml text, with the field of each line. */
    public static Written write(ContestDraft d) {
        ContestYamlWriter w = new ContestYamlWriter();
        w.contest(d);
        return new Written(w.out.toString(), w.fields);
    }

    /**
     * The comment block a contest.yaml starts with: every line up to the first one that is neither a comment nor
     * blank, trailing blank lines left out ("" when the file starts with a key).
     */
    public static String leadingComment(String text) {
        List<String> kept = new ArrayList<>();
        for (String l : text.split("\\R", -1)) {
            String s = l.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                break;
            }
            kept.add(l.stripTrailing());
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        if (!kept.isEmpty() && kept.get(0).startsWith("\uFEFF")) {
            kept.set(0, kept.get(0).substring(1));
        }
        return String.join("\n", kept);
    }

    private void contest(ContestDraft d) {
        if (!d.leadingComment.isBlank()) {
            for (String l : d.leadingComment.split("\\R")) {
                String s = l.strip();
                raw(s.isEmpty() || s.startsWith("#") ? l.stripTrailing() : "# " + s, null);
            }
        }
        raw("contest:", "contest");
        required(1, "name", d.name, "name");
        optional(1, "date", d.date, "date");
        optional(1, "venue", d.venue, "venue");
        optional(1, "organiser", d.organiser, "organiser");
        if (d.sample) {
            raw("  sample: true", "sample");
        }
        optional(0, "decimals", d.decimals, "decimals");
        raw("", null);
        raw("events:", "events");
        for (int i = 0; i < d.events.size(); i++) {
            if (i > 0) {
                raw("", null);
            }
            event(d.events.get(i), "events." + i);
        }
        if (d.teams) {
            raw("", null);
            raw("teams:", "teams");
            optional(1, "score", d.teamScore, "teams.score");
            required(1, "k", d.teamK, "teams.k");
        }
    }

    private void event(EventDraft e, String at) {
        line("  - id: " + scalar(e.id), at + ".id");
        required(2, "name", e.name, at + ".name");
        ids(2, "timekeepers", e.timekeepers, at + ".timekeepers");
        ids(2, "judges", e.judges, at + ".judges");
        if (e.blindJudging) {
            raw("    blind_judging: true", at + ".blindJudging");
        }
        optional(2, "laps", e.laps, at + ".laps");
        optional(2, "attempts", e.attempts, at + ".attempts");
        raw("    timing:", at + ".timing");
        optional(3, "aggregate", e.timeAggregate, at + ".timing.aggregate");
        optional(3, "required", e.timeRequired, at + ".timing.required");
        optional(3, "resolution_ms", e.resolutionMs, at + ".timing.resolution_ms");
        optional(3, "rounding", e.rounding, at + ".timing.rounding");
        optional(3, "tolerance_ms", e.toleranceMs, at + ".timing.tolerance_ms");
        time(3, "limit", e.limit, at + ".timing.limit");
        optional(3, "over_limit", e.overLimit, at + ".timing.over_limit");
        if (out.toString().endsWith("    timing:\n")) {
            unwrite(at + ".timing");
        }
        raw("    time_score:", at + ".time_score");
        optional(3, "method", e.timeScoreMethod, at + ".time_score.method");
        time(3, "standard", e.standard, at + ".time_score.standard");
        optional(3, "points_per_second", e.pointsPerSecond, at + ".time_score.points_per_second");
        if (out.toString().endsWith("    time_score:\n")) {
            unwrite(at + ".time_score");
        }
        raw("    quality:", at + ".quality");
        optional(3, "aggregate", e.qualityAggregate, at + ".quality.aggregate");
        optional(3, "trim", e.trim, at + ".quality.trim");
        optional(3, "level", e.level, at + ".quality.level");
        optional(3, "required", e.qualityRequired, at + ".quality.required");
        optional(3, "tolerance", e.tolerance, at + ".quality.tolerance");
        if (!e.criteria.isEmpty()) {
            raw("      criteria:", at + ".quality.criteria");
            for (int i = 0; i < e.criteria.size(); i++) {
                CriterionDraft c = e.criteria.get(i);
                String p = at + ".quality.criteria." + i;
                line("        - id: " + scalar(c.id), p + ".id");
                optional(5, "name", c.name, p + ".name");
                required(5, "max", c.max, p + ".max");
                optional(5, "kind", c.kind, p + ".kind");
                optional(5, "step", c.step, p + ".step");
                optional(5, "scale", c.scale, p + ".scale");
                optional(5, "max_spread", c.maxSpread, p + ".max_spread");
            }
        }
        if (out.toString().endsWith("    quality:\n")) {
            unwrite(at + ".quality");
        }
        if (!e.theoryMax.isBlank()) {
            raw("    theory:", at + ".theory");
            optional(3, "max", e.theoryMax, at + ".theory.max");
        }
        if (!e.penalties.isEmpty()) {
            raw("    penalties:", at + ".penalties");
            for (int i = 0; i < e.penalties.size(); i++) {
                PenaltyDraft pd = e.penalties.get(i);
                String p = at + ".penalties." + i;
                line("      - code: " + scalar(pd.code), p + ".code");
                optional(4, "name", pd.name, p + ".name");
                required(4, pd.points ? "points" : "seconds", pd.value, p + ".value");
            }
        }
        raw("    total:", at + ".weights");
        raw("      weights:", at + ".weights");
        optional(4, "time", e.weightTime, at + ".weights");
        optional(4, "quality", e.weightQuality, at + ".weights");
        optional(4, "theory", e.weightTheory, at + ".weights");
        if (out.toString().endsWith("      weights:\n")) {
            out.setLength(out.length() - 1);
            out.append(" {}\n");
        }
        if (!e.tieBreak.isEmpty()) {
            raw("    ranking:", at + ".tieBreak");
            raw("      tie_break: [" + String.join(", ", e.tieBreak) + "]", at + ".tieBreak");
        }
        if (!e.rounds.isEmpty()) {
            raw("    rounds:", at + ".rounds");
            for (int i = 0; i < e.rounds.size(); i++) {
                RoundDraft r = e.rounds.get(i);
                String p = at + ".rounds." + i;
                line("      - id: " + scalar(r.id), p + ".id");
                optional(4, "name", r.name, p + ".name");
                if (!r.advanceBy.isEmpty()) {
                    raw("        advance:", p + ".advance");
                    required(5, r.advanceBy, r.advance, p + ".advance");
                    optional(5, "max_per_unit", r.maxPerUnit, p + ".maxPerUnit");
                }
                if (r.awards) {
                    raw("        awards: true", p + ".awards");
                }
            }
        }
        if (!e.tiers.isEmpty() || !e.titles.isEmpty() || !e.minTotal.isBlank()) {
            raw("    awards:", at + ".awards");
            if (!e.tiers.isEmpty()) {
                raw("      tiers:", at + ".awards.tiers");
                for (int i = 0; i < e.tiers.size(); i++) {
                    TierDraft t = e.tiers.get(i);
                    String p = at + ".awards.tiers." + i;
                    line("        - name: " + scalar(t.name), p + ".name");
                    required(5, t.byCount ? "count" : "share", t.value, p + ".value");
                }
            }
            optional(3, "quota_rounding", e.quotaRounding, at + ".awards.quota_rounding");
            optional(3, "ties", e.ties, at + ".awards.ties");
            optional(3, "min_total", e.minTotal, at + ".awards.min_total");
            if (!e.titles.isEmpty()) {
                raw("      titles:", at + ".awards.titles");
                for (int i = 0; i < e.titles.size(); i++) {
                    TitleDraft t = e.titles.get(i);
                    String p = at + ".awards.titles." + i;
                    line("        - name: " + scalar(t.name), p + ".name");
                    optional(5, "count", t.count, p + ".count");
                    optional(5, "min_total", t.minTotal, p + ".min_total");
                    optional(5, "min_quality", t.minQuality, p + ".min_quality");
                    optional(5, "min_time_score", t.minTimeScore, p + ".min_time_score");
                    optional(5, "tier", t.tier, p + ".tier");
                    if (!t.where.isEmpty()) {
                        raw("          where:", p + ".where");
                        for (Map.Entry<String, String> w : t.where.entrySet()) {
                            line("            " + scalar(w.getKey()) + ": " + scalar(w.getValue()), p + ".where");
                        }
                    }
                    optional(5, "max_age", t.maxAge, p + ".max_age");
                }
            }
        }
    }

    /** Drops the last line written (a section head left without keys). */
    private void unwrite(String field) {
        int end = out.length() - 1;
        int start = out.lastIndexOf("\n", end - 1) + 1;
        out.setLength(start);
        line--;
        fields.remove(line, field);
    }

    private void ids(int depth, String key, String list, String field) {
        List<String> ids = EventDraft.ids(list);
        if (ids.isEmpty()) {
            return;
        }
        List<String> shown = new ArrayList<>();
        ids.forEach(id -> shown.add(scalar(id)));
        line(indent(depth) + key + ": [" + String.join(", ", shown) + "]", field);
    }

    private void required(int depth, String key, String value, String field) {
        line(indent(depth) + key + ": " + scalar(value.strip()), field);
    }

    private void optional(int depth, String key, String value, String field) {
        if (value != null && !value.isBlank()) {
            required(depth, key, value, field);
        }
    }

    private void time(int depth, String key, String value, String field) {
        if (value != null && !value.isBlank()) {
            line(indent(depth) + key + ": " + quoted(value.strip()), field);
        }
    }

    private static String indent(int depth) {
        return "  ".repeat(depth);
    }

    private void raw(String text, String field) {
        line(text, field);
    }

    private void line(String text, String field) {
        if (field != null) {
            fields.put(line, field);
        }
        out.append(text).append('\n');
        line++;
    }

    /** A value as YAML reads it back as the same text: plain when that is safe, else in double quotes. */
    static String scalar(String value) {
        if (value.isEmpty()) {
            return "\"\"";
        }
        if (NUMBER.matcher(value).matches() || PLAIN.matcher(value).matches() && !value.endsWith(" ")
                && !value.contains(" #")) {
            return value;
        }
        return quoted(value);
    }

    private static String quoted(String value) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
