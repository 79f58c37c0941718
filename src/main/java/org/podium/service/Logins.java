package org.podium.service;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.podium.domain.Role;
import org.podium.store.ContestStore;
import org.podium.store.OfficialAccount;
import org.podium.store.PinCheck;
import org.podium.store.StoreException;

/**
 * Logging in at a station: the store checks the PIN (a slow hash, with the wait after wrong PINs it keeps), then the
 * service checks that the official's role works at the station chosen. Chiefs and organisers may open any station.
 * Blocking: call it on an executor, never on the FX thread.
 */
public final class Logins {
    private final ContestStore store;

    public Logins(ContestStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Whether the database holds no official yet (nobody can log in until they are added, with PINs). */
    public boolean noOfficials() {
        return store.officials().isEmpty();
    }

    /**
     * Checks {@code id} and {@code pin} for the {@code station} chosen; the PIN's characters are wiped afterwards.
     *
     * @throws StoreException when the database cannot be read
     */
    public LoginAnswer logIn(String id, char[] pin, Role station) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(station, "station");
        try {
            PinCheck check = store.checkPin(id, pin);
            if (check.outcome() == PinCheck.Outcome.WAITING) {
                return new LoginAnswer.Waiting(id, check.waitSeconds());
            }
            Optional<OfficialAccount> account = check.ok() ? store.official(id) : Optional.empty();
            if (account.isEmpty()) {
                return new LoginAnswer.WrongPin(check.ok() ? 0 : check.waitSeconds());
            }
            OfficialAccount official = account.get();
            if (official.role() != station && !official.role().head()) {
                store.bind(null); // a venue server's station: not bound to an official who may not work here
                return new LoginAnswer.WrongStation(id, official.role(), station);
            }
            LoginAnswer.Official who = new LoginAnswer.Official(official.id(), official.name(), official.role());
            return new LoginAnswer.LoggedIn(who, station);
        } catch (StoreException e) {
            if (e.disagreeingOfficial().isPresent()) {
                return new LoginAnswer.Disagrees(e.disagreeingOfficial().get(), e.getMessage());
            }
            throw e;
        } finally {
            Arrays.fill(pin, '\0');
        }
    }
}
