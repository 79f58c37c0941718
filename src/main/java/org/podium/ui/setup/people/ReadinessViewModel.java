package org.podium.ui.setup.people;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.exchange.pdf.LoginSheet;
import org.podium.service.OfficialsDesk;
import org.podium.service.Readiness;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;

/**
 * Ready for the day: what the contest still lacks ({@link Readiness}, checked on the executor), each in the screen's
 * language; ready (green) when nothing is.
 */
public final class ReadinessViewModel {
    private final Path folder;
    private final java.time.Clock clock;
    private final Callable<List<OfficialsDesk.Official>> officials;
    private final Background background;
    private final I18n i18n;
    private final ObservableList<String> missing = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyBooleanWrapper checked = new ReadOnlyBooleanWrapper(this, "checked");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");

    /**
     * @param folder    the contest folder
     * @param officials the officials as the database has them (e.g. {@code desk::officials})
     */
    public ReadinessViewModel(Path folder, Callable<List<OfficialsDesk.Official>> officials, Background background, I18n i18n) {
        this(folder, officials, background, i18n, null);
    }

    /** As above; with a {@code clock}, a real contest whose date is past is named too (a template's date kept). */
    public ReadinessViewModel(Path folder, Callable<List<OfficialsDesk.Official>> officials, Background background, I18n i18n,
                              java.time.Clock clock) {
        this.clock = clock;
        this.folder = folder;
        this.officials = officials;
        this.background = background;
        this.i18n = i18n;
        headline.set(i18n.get("people.ready.checking"));
    }

    /** Checks the contest again. */
    public void check() {
        background.run(() -> clock == null ? Readiness.check(folder, officials.call())
                : Readiness.check(folder, officials.call(), java.time.LocalDate.now(clock)), list -> {
            missing.setAll(list.stream().map(this::text).toList());
            ready.set(list.isEmpty());
            checked.set(true);
            headline.set(list.isEmpty() ? i18n.get("people.ready.yes") : i18n.get("people.ready.no", list.size()));
        }, e -> {
            ready.set(false);
            checked.set(true);
            missing.setAll(String.valueOf(e.getMessage()));
            headline.set(i18n.get("people.ready.no", 1));
        });
    }

    /** A missing item in the screen's language (a role named by its word, not its key). */
    private String text(Readiness.Missing m) {
        Object[] args = m.args().toArray();
        if (m.kind() == Readiness.Kind.OFFICIAL_WITHOUT_PIN) {
            args[1] = i18n.get(LoginSheet.roleKey(org.podium.domain.Role.fromKey((String) args[1])));
        }
        return i18n.get(m.key(), args);
    }

    /** What is still missing, each whole, in the screen's language. */
    public ObservableList<String> missing() {
        return missing;
    }

    /** Nothing is missing. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** Whether a check has finished. */
    public ReadOnlyBooleanProperty checkedProperty() {
        return checked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }
}
