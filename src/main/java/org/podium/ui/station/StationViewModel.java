package org.podium.ui.station;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
import org.podium.store.ContestStore;
import org.podium.store.OfficialAccount;
import org.podium.store.PinCheck;
import org.podium.store.Role;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;
import org.podium.ui.common.Refusals;

/**
 * Choosing a station and logging in with official id and PIN. The PIN is checked by the store on the executor
 * (a slow hash); a wrong id or PIN, or an official whose role does not work at the station, is refused inline.
 * Chiefs and organisers may open any station.
 */
public final class StationViewModel {
    private final ContestStore store;
    private final Background background;
    private final I18n i18n;
    private final Consumer<Login> loggedIn;
    private final ObservableList<Role> stations;
    private final ObjectProperty<Role> station = new SimpleObjectProperty<>(this, "station");
    private final StringProperty officialId = new SimpleStringProperty(this, "officialId", "");
    private final StringProperty pin = new SimpleStringProperty(this, "pin", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper noOfficials = new ReadOnlyBooleanWrapper(this, "noOfficials", false);

    /** @param stations the stations whose screens exist, offered in this order (the first one chosen) */
    public StationViewModel(ContestStore store, Background background, I18n i18n, List<Role> stations, Consumer<Login> loggedIn) {
        this.store = store;
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

    /** Looks, on the executor, whether the database holds any official (a real contest adds them before the day). */
    public void lookForOfficials() {
        background.run(() -> store.officials().isEmpty(), noOfficials::set,
                e -> error.set(i18n.get("station.error.store", e.getMessage())));
    }

    /** What a login try came to: the PIN's check, and the official when it was right. */
    private record Tried(PinCheck check, Optional<OfficialAccount> account) {
    }

    /**
     * Checks the id and PIN (after 5 wrong PINs in a row the id waits, which the error says in words: "try again in
     * 30 s"); on success hands on the login, else says why inline. The PIN field is cleared.
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
        background.run(() -> {
            try {
                PinCheck check = store.checkPin(id, typed);
                return new Tried(check, check.ok() ? store.official(id) : Optional.empty());
            } finally {
                Arrays.fill(typed, '\0');
            }
        }, tried -> {
            busy.set(false);
            Optional<OfficialAccount> account = tried.account();
            if (tried.check().outcome() == PinCheck.Outcome.WAITING) {
                error.set(i18n.get("station.error.waiting", id, Long.toString(tried.check().waitSeconds())));
            } else if (account.isEmpty()) {
                long wait = tried.check().waitSeconds();
                error.set(wait > 0 ? i18n.get("station.error.wrongPinWait", Long.toString(wait)) : i18n.get("station.error.wrongPin"));
            } else if (account.get().role() != at && !account.get().role().head()) {
                error.set(i18n.get("station.error.wrongRole", id, i18n.get("role." + account.get().role().key()),
                        i18n.get("role." + at.key())));
            } else {
                loggedIn.accept(new Login(account.get(), at));
            }
        }, e -> {
            busy.set(false);
            error.set(i18n.get("station.error.store", Refusals.failure(i18n, e)));
        });
    }
}
