package org.podium.ui.setup.people;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.domain.Role;
import org.podium.exchange.pdf.LoginSheet;
import org.podium.exchange.pdf.PdfExportException;
import org.podium.service.OfficialsDesk;
import org.podium.service.SetupRefused;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;

/**
 * The officials pane: the officials of the database and those contest.yaml names without an account; a form that adds
 * one (id, name, role, the PIN twice), renames the selected one or changes their role (a chief's id and PIN asked), or
 * sets their PIN (their old PIN, or a chief's); and the login sheet as a PDF. Every call goes to the service on the
 * executor; a refusal is said in the screen's language, nothing changed.
 */
public final class OfficialsViewModel {
    private final OfficialsDesk desk;
    private final Background background;
    private final I18n i18n;
    private final Clock clock;
    private final ObservableList<OfficialsDesk.Official> officials = FXCollections.observableArrayList();
    private final ObjectProperty<OfficialsDesk.Official> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty id = new SimpleStringProperty(this, "id", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role", Role.TIMEKEEPER);
    private final StringProperty chief = new SimpleStringProperty(this, "chief", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");

    public OfficialsViewModel(OfficialsDesk desk, Background background, I18n i18n, Clock clock) {
        this.desk = desk;
        this.background = background;
        this.i18n = i18n;
        this.clock = clock;
        selected.addListener((o, was, now) -> {
            if (now != null) {
                id.set(now.id());
                name.set(now.name());
                role.set(now.role());
            }
        });
    }

    /** Reads the officials again. */
    public void refresh() {
        background.run(desk::officials, officials::setAll, this::fail);
    }

    /** Adds the official of the form with the PIN typed twice. */
    public void add(char[] pin, char[] again) {
        run(() -> desk.add(id.get(), name.get(), role.get(), pin, again), "people.officials.added", id.get().strip());
    }

    /** Renames the official of the form and/or changes their role, with the chief's PIN. */
    public void change(char[] chiefPin) {
        OfficialsDesk.Official now = selected.get();
        String newName = now != null && now.name().equals(name.get().strip()) ? null : name.get();
        Role newRole = now != null && now.role() == role.get() ? null : role.get();
        run(() -> desk.change(id.get().strip(), newName, newRole, chief.get(), chiefPin), "people.officials.changed",
                id.get().strip());
    }

    /**
     * Sets the new PIN of the official of the form, typed twice, with {@code byPin}: the chief's when a chief is given,
     * else the official's old PIN.
     */
    public void setPin(char[] pin, char[] again, char[] byPin) {
        run(() -> desk.setPin(id.get().strip(), pin, again, chief.get(), byPin), "people.officials.pinSet", id.get().strip());
    }

    /** Writes the login sheet (officials with an account) to {@code out}. */
    public void printLoginSheet(Path out) {
        busy.set(true);
        background.run(() -> desk.loginSheet(out, i18n.locale(), clock), pages -> {
            busy.set(false);
            say(false, pages == 0 ? i18n.get("people.officials.sheet.nobody")
                    : i18n.get("people.officials.sheet.written", out.toString()));
        }, e -> {
            busy.set(false);
            fail(e instanceof PdfExportException p ? new IllegalStateException(String.join("\n", p.problems())) : e);
        });
    }

    private interface Change {
        void run() throws Exception;
    }

    private void run(Change change, String doneKey, String who) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        background.run(() -> {
            change.run();
            return desk.officials();
        }, list -> {
            busy.set(false);
            officials.setAll(list);
            say(false, i18n.get(doneKey, who));
        }, e -> {
            busy.set(false);
            fail(e);
        });
    }

    private void fail(Throwable e) {
        say(true, e instanceof SetupRefused r ? i18n.get(r.key(), r.args().toArray())
                : String.valueOf(e.getMessage()));
    }

    private void say(boolean refusal, String text) {
        failed.set(refusal);
        message.set(text);
    }

    /** A role as the screen says it. */
    public String roleText(Role r) {
        return r == null ? "" : i18n.get(LoginSheet.roleKey(r));
    }

    /** Whether an official has an account (a PIN), as the screen says it. */
    public String accountText(OfficialsDesk.Official o) {
        return i18n.get(o.account() ? "people.officials.hasPin" : "people.officials.noPin");
    }

    public List<Role> roles() {
        return List.of(Role.values());
    }

    public ObservableList<OfficialsDesk.Official> officials() {
        return officials;
    }

    public ObjectProperty<OfficialsDesk.Official> selectedProperty() {
        return selected;
    }

    public StringProperty idProperty() {
        return id;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    /** The chief who authorises a change (their PIN is typed with it); empty: the official's own old PIN. */
    public StringProperty chiefProperty() {
        return chief;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the message is a refusal. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
