package org.podium.ui.setup;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.podium.contestfile.ContestDraft;
import org.podium.contestfile.ContestDraft.CriterionDraft;
import org.podium.contestfile.ContestDraft.EventDraft;
import org.podium.contestfile.ContestDraft.PenaltyDraft;
import org.podium.contestfile.ContestDraft.RoundDraft;
import org.podium.contestfile.ContestDraft.TierDraft;
import org.podium.contestfile.ContestDraft.TitleDraft;
import org.podium.contestfile.ContestYamlWriter;
import org.podium.service.ContestSetup;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;
import org.podium.ui.common.Refusals;

/**
 * The setup screen's state: the draft of contest.yaml being edited, its check after every change (the problems of
 * {@code podium validate}, in the screen's language, by field), each rule said in words, and saving away from the FX
 * thread. The draft is changed on the FX thread only; a save writes its text there and hands the text on.
 */
public final class SetupViewModel {
    private final Path dir;
    private final ContestDraft draft;
    private final I18n i18n;
    private final Background background;
    private final ReadOnlyObjectWrapper<ContestSetup.Check> check = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(true);
    private final ObjectProperty<EventDraft> event = new SimpleObjectProperty<>();

    public SetupViewModel(Path dir, ContestDraft draft, I18n i18n, Background background) {
        this.dir = dir;
        this.draft = draft;
        this.i18n = i18n;
        this.background = background;
        if (!draft.events.isEmpty()) {
            event.set(draft.events.get(0));
        }
        check.set(ContestSetup.check(draft, i18n.locale()));
    }

    public Path dir() {
        return dir;
    }

    public ContestDraft draft() {
        return draft;
    }

    /** The problems of the draft as it stands. */
    public ReadOnlyObjectProperty<ContestSetup.Check> checkProperty() {
        return check.getReadOnlyProperty();
    }

    /** What the last save did, or why it did not. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** False from the first change after the last save (or opening) on. */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** The event the event pages show; null when the contest has none yet. */
    public ObjectProperty<EventDraft> eventProperty() {
        return event;
    }

    /** The messages of a field (or of every field under it), in the screen's language. */
    public List<String> problems(String field) {
        return check.get().of(field);
    }

    /** The field path of the selected event's {@code rest}, like {@code events.0.timing.limit}. */
    public String field(String rest) {
        return "events." + draft.events.indexOf(event.get()) + "." + rest;
    }

    /** Call after every change of the draft: checks it again (a few milliseconds for a contest.yaml). */
    public void changed() {
        check.set(ContestSetup.check(draft, i18n.locale()));
        saved.set(false);
        warned = false;
        status.set("");
    }

    /** A new event with the defaults of scoring.md and one round, the final; it becomes the selected one. */
    public EventDraft addEvent() {
        EventDraft e = new EventDraft();
        e.id = draft.events.isEmpty() ? "" : "event-" + (draft.events.size() + 1);
        RoundDraft r = new RoundDraft();
        r.id = "final";
        r.name = i18n.get("setup.round.final");
        e.rounds.add(r);
        draft.events.add(e);
        event.set(e);
        changed();
        return e;
    }

    public void removeEvent(EventDraft e) {
        int i = draft.events.indexOf(e);
        draft.events.remove(e);
        event.set(draft.events.isEmpty() ? null : draft.events.get(Math.max(0, i - 1)));
        changed();
    }

    private boolean warned;

    /**
     * Whether the screen may close: yes when everything is saved, or when the organiser was already told once that
     * the changes are not saved (a second press leaves without saving); else it says so and answers no.
     */
    public boolean mayClose() {
        if (saved.get() || warned) {
            return true;
        }
        warned = true;
        status.set(i18n.get("setup.unsaved"));
        return false;
    }

    /** Saves contest.yaml when the draft has no problem; else says how many there are. */
    public void save() {
        if (busy.get()) {
            return;
        }
        ContestYamlWriter.Written text = ContestYamlWriter.write(draft);
        busy.set(true);
        status.set(i18n.get("setup.saving"));
        background.run(() -> ContestSetup.save(dir, text, i18n.locale()), c -> {
            busy.set(false);
            check.set(c);
            if (c.ok()) {
                saved.set(true);
                status.set(i18n.get("setup.saved", dir.resolve("contest.yaml")));
            } else {
                status.set(i18n.get("setup.notSaved", c.problems().size()));
            }
        }, e -> {
            busy.set(false);
            status.set(i18n.get("setup.saveFailed", Refusals.failure(i18n, e)));
        });
    }

    // ---- weights as rulebooks state them ----

    /**
     * The weights of an event as a rulebook states them, in per cent: theory of the total, and time and quality of
     * the practical part (the rest of the total). Empty: not used.
     */
    public record Rulebook(String theory, String time, String quality) {
    }

    /** The rulebook percentages the event's flat weights come from (rounded only when no exact split exists). */
    public static Rulebook rulebook(EventDraft e) {
        BigDecimal theory = number(e.weightTheory);
        BigDecimal time = number(e.weightTime);
        BigDecimal quality = number(e.weightQuality);
        BigDecimal practical = BigDecimal.ONE.subtract(theory == null ? BigDecimal.ZERO : theory);
        return new Rulebook(theory == null ? e.weightTheory : percent(theory, BigDecimal.ONE),
                time == null ? e.weightTime : percent(time, practical),
                quality == null ? e.weightQuality : percent(quality, practical));
    }

    private static String percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return plain(part.movePointRight(2));
        }
        BigDecimal p;
        try {
            p = part.divide(whole).movePointRight(2);
        } catch (ArithmeticException e) {
            p = part.divide(whole, MathContext.DECIMAL64).movePointRight(2).round(new MathContext(6));
        }
        return plain(p);
    }

    /** Sets the flat weights contest.yaml keeps from the rulebook's percentages: theory T, time T' × (1 − T), ... */
    public void setRulebook(EventDraft e, Rulebook r) {
        BigDecimal theory = number(r.theory());
        BigDecimal practical = BigDecimal.ONE.subtract(theory == null ? BigDecimal.ZERO : theory.movePointLeft(2));
        e.weightTheory = theory == null ? r.theory().strip() : plain(theory.movePointLeft(2));
        e.weightTime = flat(r.time(), practical);
        e.weightQuality = flat(r.quality(), practical);
        changed();
    }

    private static String flat(String percent, BigDecimal practical) {
        BigDecimal p = number(percent);
        return p == null ? percent.strip() : plain(p.movePointLeft(2).multiply(practical));
    }

    static BigDecimal number(String text) {
        String t = text == null ? "" : text.strip().replace('％', '%');
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        try {
            return t.isEmpty() ? null : new BigDecimal(t);
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    // ---- each rule in words ----

    public String weightsRule(EventDraft e) {
        Rulebook r = rulebook(e);
        StringBuilder b = new StringBuilder();
        if (!r.theory().isBlank()) {
            BigDecimal t = number(r.theory());
            b.append(i18n.get("setup.rule.weights.theory", r.theory(), t == null ? "?" : plain(BigDecimal.valueOf(100).subtract(t))));
        }
        b.append(i18n.get("setup.rule.weights.practical", blank(r.time()), blank(r.quality())));
        BigDecimal time = number(r.time());
        BigDecimal quality = number(r.quality());
        if (time != null && quality != null && time.add(quality).compareTo(BigDecimal.valueOf(100)) != 0) {
            BigDecimal rest = BigDecimal.valueOf(100).subtract(time).subtract(quality);
            b.append(i18n.get(rest.signum() > 0 ? "setup.rule.weights.missing" : "setup.rule.weights.over",
                    plain(time.add(quality)), plain(rest.abs())));
        }
        b.append('\n').append(i18n.get("setup.rule.weights.flat", blank(e.weightTheory), blank(e.weightTime),
                blank(e.weightQuality)));
        return b.toString();
    }

    private String blank(String s) {
        return s == null || s.isBlank() ? i18n.get("setup.rule.unused") : s.strip();
    }

    public String timingRule(EventDraft e) {
        int n = EventDraft.ids(e.timekeepers).size();
        String required = e.timeRequired.isBlank() ? Integer.toString(n) : e.timeRequired.strip();
        String limit = e.limit.isBlank() ? i18n.get("setup.rule.timing.noLimit")
                : i18n.get("setup.rule.timing.limit." + e.overLimit, e.limit.strip());
        return i18n.get("setup.rule.timing", i18n.get("setup.choice.timeAggregate." + e.timeAggregate), n, required,
                i18n.get("setup.choice.rounding." + e.rounding), e.resolutionMs.strip(), e.toleranceMs.strip(), limit);
    }

    public String timeScoreRule(EventDraft e) {
        return i18n.get("setup.rule.timeScore." + e.timeScoreMethod, blank(e.standard), blank(e.limit),
                blank(e.pointsPerSecond));
    }

    public String qualityRule(EventDraft e) {
        int n = EventDraft.ids(e.judges).size();
        return i18n.get("setup.rule.quality." + e.qualityAggregate, n, e.trim.strip())
                + i18n.get("setup.rule.quality.level." + e.level);
    }

    public String criterionRule(CriterionDraft c) {
        if ("judgement".equals(c.kind)) {
            String scale = c.scale.isBlank() ? "3" : c.scale.strip();
            return i18n.get("setup.rule.criterion.judgement", scale, blank(c.max), c.maxSpread.isBlank() ? "1" : c.maxSpread.strip());
        }
        return i18n.get("setup.rule.criterion.measurement", blank(c.max), c.step.isBlank() ? "0.5" : c.step.strip());
    }

    public String penaltyRule(PenaltyDraft p) {
        return i18n.get(p.points ? "setup.rule.penalty.points" : "setup.rule.penalty.seconds", blank(p.value));
    }

    public String tierRule(EventDraft e, TierDraft t) {
        if (t.byCount) {
            return i18n.get("setup.rule.tier.count", blank(t.value));
        }
        BigDecimal share = number(t.value);
        return i18n.get("setup.rule.tier.share", share == null ? blank(t.value) : plain(share.movePointRight(2)),
                i18n.get("setup.choice.quotaRounding." + e.quotaRounding));
    }

    public String titleRule(TitleDraft t) {
        StringBuilder b = new StringBuilder(i18n.get("setup.rule.title", blank(t.count), blank(t.name)));
        if (!t.tier.isBlank()) {
            b.append(i18n.get("setup.rule.title.tier", t.tier.strip()));
        }
        if (!t.minTotal.isBlank()) {
            b.append(i18n.get("setup.rule.title.minTotal", t.minTotal.strip()));
        }
        if (!t.minQuality.isBlank()) {
            b.append(i18n.get("setup.rule.title.minQuality", t.minQuality.strip()));
        }
        if (!t.minTimeScore.isBlank()) {
            b.append(i18n.get("setup.rule.title.minTimeScore", t.minTimeScore.strip()));
        }
        t.where.forEach((k, v) -> b.append(i18n.get("setup.rule.title.where", k, v)));
        if (!t.maxAge.isBlank()) {
            b.append(i18n.get("setup.rule.title.maxAge", t.maxAge.strip()));
        }
        return b.toString();
    }

    public String roundRule(EventDraft e, RoundDraft r) {
        boolean last = e.rounds.indexOf(r) == e.rounds.size() - 1;
        String base;
        if (r.advanceBy.isEmpty()) {
            base = i18n.get(last ? "setup.rule.round.last" : "setup.rule.round.all");
        } else {
            String n = r.advanceBy.equals("share") && number(r.advance) != null
                    ? plain(number(r.advance).movePointRight(2)) : blank(r.advance);
            base = i18n.get("setup.rule.round." + r.advanceBy, n);
            if (!r.maxPerUnit.isBlank()) {
                base += i18n.get("setup.rule.round.perUnit", r.maxPerUnit.strip());
            }
        }
        boolean awards = r.awards || last && e.rounds.stream().noneMatch(x -> x.awards);
        return awards ? base + i18n.get("setup.rule.round.awards") : base;
    }

    public String teamsRule() {
        return draft.teams ? i18n.get("setup.rule.teams." + draft.teamScore, blank(draft.teamK)) : i18n.get("setup.rule.teams.none");
    }

    public String tieBreakRule(EventDraft e) {
        if (e.tieBreak.isEmpty()) {
            return i18n.get("setup.rule.tieBreak.none");
        }
        StringBuilder b = new StringBuilder();
        for (String k : e.tieBreak) {
            if (b.length() > 0) {
                b.append(i18n.get("setup.rule.tieBreak.then"));
            }
            b.append(i18n.get("setup.choice.tieBreak." + k));
        }
        return i18n.get("setup.rule.tieBreak", b.toString());
    }

    public String awardsRule(EventDraft e) {
        String ties = i18n.get("setup.rule.awards.ties." + e.ties);
        return e.minTotal.isBlank() ? ties : ties + i18n.get("setup.rule.awards.minTotal", e.minTotal.strip());
    }
}
