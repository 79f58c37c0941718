package org.podium.ui.head;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.domain.Component;
import org.podium.domain.Criterion;
import org.podium.domain.Event;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.NumberText;
import org.podium.domain.Origin;
import org.podium.domain.Penalty;
import org.podium.domain.RaceTime;
import org.podium.domain.Status;
import org.podium.ui.common.I18n;

/**
 * The correction form of the entry detail: what to record (kind, official, item, attempt), the value as typed and the
 * reason. Choosing the kind offers its officials and items; the key chosen shows what is recorded now and puts it in the
 * value field to be changed. {@link #build} turns the form into a fact, or says in the screen's language why not.
 */
public final class Correction {
    private final I18n i18n;
    private final ObservableList<FactKind> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<FactKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObservableList<String> officials = FXCollections.observableArrayList();
    private final ObjectProperty<String> official = new SimpleObjectProperty<>(this, "official");
    private final ObservableList<String> items = FXCollections.observableArrayList();
    private final ObjectProperty<String> item = new SimpleObjectProperty<>(this, "item");
    private final ObservableList<Integer> attempts = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> attempt = new SimpleObjectProperty<>(this, "attempt");
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final ReadOnlyStringWrapper now = new ReadOnlyStringWrapper(this, "now", "");
    private Event event;
    private List<Fact> facts = List.of();
    private boolean choosing;
    /** The value put in the field after a recording, before the entry's facts are read again; null when none waits. */
    private String refill;

    Correction(I18n i18n) {
        this.i18n = i18n;
        kind.addListener((o, was, k) -> kindChosen(k));
        official.addListener((o, was, x) -> keyChosen());
        item.addListener((o, was, x) -> keyChosen());
        attempt.addListener((o, was, x) -> keyChosen());
    }

    /** The event whose facts are corrected: its kinds, officials, items and attempts are offered. */
    void event(Event e) {
        if (e == event) {
            return;
        }
        event = e;
        List<FactKind> offered = new ArrayList<>();
        if (!e.timekeepers().isEmpty()) {
            offered.add(FactKind.TIME);
            if (e.laps() > 1) {
                offered.add(FactKind.LAP);
            }
        }
        if (!e.quality().criteria().isEmpty() && !e.judges().isEmpty()) {
            offered.add(FactKind.MARK);
        }
        if (!e.penalties().isEmpty()) {
            offered.add(FactKind.PENALTY);
        }
        offered.add(FactKind.STATUS);
        if (e.uses(Component.THEORY)) {
            offered.add(FactKind.THEORY);
        }
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= e.attempts(); i++) {
            numbers.add(i);
        }
        attempts.setAll(numbers);
        attempt.set(1);
        kinds.setAll(offered);
        kind.set(null);
        kind.set(offered.get(0));
    }

    /**
     * The current facts of the entry shown (what a key holds now). For another entry the value field takes the chosen
     * key's value; for the same entry, read again, only "now" follows, and what the chief is typing stays.
     */
    void facts(List<Fact> entryFacts, boolean otherEntry) {
        facts = List.copyOf(entryFacts);
        // after a recording the field takes the value just recorded once it is read back (unless the chief typed)
        boolean recorded = refill != null && refill.equals(value.get());
        refill = null;
        show(otherEntry || recorded);
    }

    private void kindChosen(FactKind k) {
        choosing = true;
        try {
            List<String> who = new ArrayList<>();
            List<String> what = new ArrayList<>();
            if (k != null && event != null) {
                switch (k) {
                    case TIME -> who.addAll(event.timekeepers());
                    case LAP -> {
                        who.addAll(event.timekeepers());
                        for (int i = 1; i <= event.laps(); i++) {
                            what.add(Integer.toString(i));
                        }
                    }
                    case MARK -> {
                        who.addAll(event.judges());
                        event.quality().criteria().forEach(c -> what.add(c.id()));
                    }
                    case PENALTY -> {
                        who.addAll(event.judges());
                        who.addAll(event.timekeepers());
                        event.penalties().forEach(p -> what.add(p.code()));
                    }
                    default -> { }
                }
            }
            officials.setAll(who);
            official.set(who.isEmpty() ? null : who.get(0));
            items.setAll(what);
            item.set(what.isEmpty() ? null : what.get(0));
        } finally {
            choosing = false;
        }
        keyChosen();
    }

    private void keyChosen() {
        if (!choosing) {
            show(true);
        }
    }

    /** Shows what the chosen key holds now; with {@code fill}, puts it in the value field too. */
    private void show(boolean fill) {
        Fact current = current();
        String shown = current == null ? "" : shown(current, event);
        now.set(current == null ? i18n.get("head.correct.nothing") : i18n.get("head.correct.now", shown));
        if (fill) {
            value.set(shown);
        }
    }

    /** The entry's current fact of the chosen key, or null. */
    private Fact current() {
        FactKind k = kind.get();
        if (k == null) {
            return null;
        }
        Fact found = null;
        for (Fact f : facts) {
            boolean sameAttempt = k == FactKind.STATUS || f.attemptOrFirst() == attemptNumber();
            if (f.kind() == k && sameAttempt && java.util.Objects.equals(f.official(), official.get())
                    && java.util.Objects.equals(f.item(), item.get())) {
                found = f;
            }
        }
        return found;
    }

    private int attemptNumber() {
        return attempt.get() == null ? 1 : attempt.get();
    }

    private static String shown(Fact f, Event event) {
        return switch (f.kind()) {
            case TIME, LAP -> event == null ? RaceTime.ofMillis(f.millis()).format()
                    : RaceTime.ofMillis(f.millis()).format(event.timing().resolutionMillis());
            case MARK, THEORY, PENALTY -> f.amount().toPlainString();
            case STATUS -> f.status().name();
        };
    }

    /** Whether the form asks to take back the entry's recorded status ({@code OK} typed as a status). */
    boolean withdrawsStatus() {
        return kind.get() == FactKind.STATUS && "OK".equals(NumberText.normalise(value.get()).strip().toUpperCase(Locale.ROOT));
    }

    /** The status fact the form would take back, or null when the entry has none recorded. */
    Fact statusToWithdraw() {
        return current();
    }

    /**
     * The fact the form describes for {@code bib} in {@code round}.
     *
     * @throws IllegalArgumentException with the reason in the screen's language
     */
    Fact build(String round, String bib) {
        FactKind k = kind.get();
        String typed = NumberText.normalise(value.get() == null ? "" : value.get()).strip();
        Integer a = event.attempts() > 1 ? Integer.valueOf(attemptNumber()) : null;
        if (k == null || typed.isEmpty()) {
            throw new IllegalArgumentException(i18n.get("head.correct.noValue"));
        }
        return switch (k) {
            case TIME -> Fact.time(event.id(), round, bib, official.get(), millis(typed), a, Origin.NONE);
            case LAP -> Fact.lap(event.id(), round, bib, official.get(), Integer.parseInt(item.get()), millis(typed), a, Origin.NONE);
            case MARK -> {
                BigDecimal m = number(typed);
                Criterion c = event.quality().criterion(item.get());
                Criterion.MarkProblem problem = c.problem(m);
                if (problem != null) {
                    throw new IllegalArgumentException(i18n.get("judging.mark." + problem.name(), m.toPlainString(), c.id(),
                            c.limit(problem)));
                }
                yield Fact.mark(event.id(), round, bib, official.get(), c.id(), m, a, Origin.NONE);
            }
            case PENALTY -> {
                BigDecimal n = number(typed);
                if (n.signum() < 0 || n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(999)) > 0) {
                    throw new IllegalArgumentException(i18n.get("judging.error.badCount", typed));
                }
                Penalty p = event.penalty(item.get());
                yield Fact.penalty(event.id(), round, bib, official.get(), p.code(), n.intValueExact(), a, Origin.NONE);
            }
            case STATUS -> {
                String word = typed.toUpperCase(Locale.ROOT);
                if (!word.equals("DNS") && !word.equals("DNF") && !word.equals("DSQ")) {
                    throw new IllegalArgumentException(i18n.get("head.correct.badStatus", typed));
                }
                yield Fact.status(event.id(), round, bib, null, Status.valueOf(word), a, Origin.NONE);
            }
            case THEORY -> {
                BigDecimal raw = number(typed);
                if (raw.signum() < 0 || raw.compareTo(event.theoryMax()) > 0) {
                    throw new IllegalArgumentException(i18n.get("head.correct.badTheory", typed, event.theoryMax().toPlainString()));
                }
                yield Fact.theory(event.id(), bib, raw, Origin.NONE);
            }
        };
    }

    private long millis(String typed) {
        try {
            long ms = RaceTime.parse(typed).millis();
            if (ms <= 0) {
                throw new IllegalArgumentException(i18n.get("timing.error.zero", typed));
            }
            return ms;
        } catch (RaceTime.FormatException bad) {
            throw new IllegalArgumentException(i18n.get("time.problem", bad.text(), i18n.get("time.problem." + bad.problem().name())));
        }
    }

    private BigDecimal number(String typed) {
        try {
            return new BigDecimal(typed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(i18n.get("judging.error.notANumber", typed));
        }
    }

    /** Clears the value and the reason after a recording. */
    void clear() {
        reason.set("");
        keyChosen();
        refill = value.get();
    }

    public ObservableList<FactKind> kinds() {
        return kinds;
    }

    public ObjectProperty<FactKind> kindProperty() {
        return kind;
    }

    public ObservableList<String> officials() {
        return officials;
    }

    public ObjectProperty<String> officialProperty() {
        return official;
    }

    public ObservableList<String> items() {
        return items;
    }

    public ObjectProperty<String> itemProperty() {
        return item;
    }

    public ObservableList<Integer> attempts() {
        return attempts;
    }

    public ObjectProperty<Integer> attemptProperty() {
        return attempt;
    }

    /** The value to record, as typed (a time, a mark, a count, DNS/DNF/DSQ or OK to take a status back, a theory mark). */
    public StringProperty valueProperty() {
        return value;
    }

    /** Why: every change at the head table gives one. */
    public StringProperty reasonProperty() {
        return reason;
    }

    /** What the chosen key holds now, in words. */
    public ReadOnlyStringProperty nowProperty() {
        return now.getReadOnlyProperty();
    }
}
