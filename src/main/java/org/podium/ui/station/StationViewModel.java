package org.podium.ui.station;

import java.util.List;
import java.util.function.Consumer;
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
import org.podium.service.LoginAnswer;
import org.podium.service.Logins;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;
import org.podium.ui.common.Refusals;

/**
 * Choosing a station and logging in with official id and PIN. The service ({@link Logins}) checks it on the executor
 * (a slow hash); a wrong id or PIN, an id that must wait, or an official whose role does not work at the station, is
 * refused inline. Chiefs and organisers may open any station.
 */
public final class StationViewModel {
    private final Logins logins;
    private final Background background;
    private final I18n i18n;
    private final Consumer<LoginAnswer.LoggedIn> loggedIn;
    private final ObservableList<Role> stations;
    private final ObjectProperty<Role> station = new SimpleObjectProperty<>(this, "station");
    private final StringProperty officialId = new SimpleStringProperty(this, "officialId", "");
    private final StringProperty pin = new SimpleStringProperty(this, "pin", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper noOfficials = new ReadOnlyBooleanWrapper(this, "noOfficials", false);

    /** @param stations the stations whose screens exist, offered in this order (the first one chosen) */
    public StationViewModel(Logins logins, Background background, I18n i18n, List<Role> stations, Consumer<LoginAnswer.LoggedIn> loggedIn) {
        this.logins = logins;
        this.background = background;
        this.i18n = i18n;
        this.loggedIn = loggedIn;
        this.stations = FXCollections.observableArrayList(stations);
        station.set(stations.isEmpty() ? null : stations.get(0));
    }

    public ObservableList<Role> stations() {
        return stations;
    }

    public ObjectProperty<Role> stationProperty() {
        return station;
    }

    public StringProperty officialIdProperty() {
        return officialId;
    }

    public StringProperty pinProperty() {
        return pin;
    }

    /** Why the last login was refused, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the database was found to hold no official: nobody can log in until they are added (with PINs). */
    public ReadOnlyBooleanProperty noOfficialsProperty() {
        return noOfficials.getReadOnlyProperty();
    }

    private String refusal(LoginAnswer answer) {
        if (answer instanceof LoginAnswer.Waiting w) {
            return i18n.get("station.error.waiting", w.id(), Long.toString(w.seconds()));
        }
        if (answer instanceof LoginAnswer.WrongPin w) {
            return w.waitSeconds() > 0 ? i18n.get("station.error.wrongPinWait", Long.toString(w.waitSeconds()))
                    : i18n.get("station.error.wrongPin");
        }
        if (answer instanceof LoginAnswer.WrongStation w) {
            return i18n.get("station.error.wrongRole", w.id(), i18n.get("role." + w.role().key()),
                    i18n.get("role." + w.station().key()));
        }
        LoginAnswer.Disagrees d = (LoginAnswer.Disagrees) answer;
        return i18n.get("station.error.disagrees", d.id(), d.detail());
    }

    /** Looks, on the executor, whether the database holds any official (a real contest adds them before the day). */
    public void lookForOfficials() {
        background.run(logins::noOfficials, noOfficials::set,
                e -> error.set(i18n.get("station.error.store", e.getMessage())));
    }

    /**
     * Checks the id and PIN through the service (after 5 wrong PINs in a row the id waits, which the error says in
     * words: "try again in 30 s"); on success hands on the login, else says why inline. The PIN field is cleared.
     */
    public void logIn() {
        Role at = station.get();
        String id = officialId.get() == null ? "" : officialId.get().strip();
        char[] typed = (pin.get() == null ? "" : pin.get()).toCharArray();
        pin.set("");
        if (at == null || busy.get()) {
            return;
        }
        if (id.isEmpty() || typed.length == 0) {
            error.set(i18n.get("station.error.missing"));
            return;
        }
        busy.set(true);
        error.set("");
        background.run(() -> logins.logIn(id, typed, at), answer -> {
            busy.set(false);
            if (answer instanceof LoginAnswer.LoggedIn in) {
                loggedIn.accept(in);
            } else {
                error.set(refusal(answer));
            }
        }, e -> {
            busy.set(false);
            error.set(i18n.get("station.error.store", Refusals.failure(i18n, e)));
        });
    }
}
