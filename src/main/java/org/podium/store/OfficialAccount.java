package org.podium.store;

import org.podium.domain.Role;
import java.util.Objects;

/** An official known to the venue database (the PIN hash never leaves the store). */
public record OfficialAccount(String id, String name, Role role) {
    public OfficialAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (id.isBlank()) {
            throw new IllegalArgumentException(StoreText.get("store.officials.blankId"));
        }
    }
}
