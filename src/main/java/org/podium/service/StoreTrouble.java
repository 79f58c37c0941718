package org.podium.service;

import java.util.List;
import java.util.Optional;
import org.podium.store.StoreException;

/**
 * Why the database could not be opened, read or written (a full disk, a read-only or damaged file, a newer schema), as
 * a screen says it in its own language: the bundle key and its arguments, when the store said it from the bundle. A
 * screen reaches it here, never through the store's own exception type.
 *
 * @param key  the bundle key ({@code store.*})
 * @param args the values to fill in
 */
public record StoreTrouble(String key, List<String> args) {
    public StoreTrouble {
        args = List.copyOf(args);
    }

    /**
     * Whether {@code failure} is the database's (it cannot be opened, read or written, or a restore is refused): its
     * message is one line for the user.
     */
    public static boolean fromStore(Throwable failure) {
        return failure instanceof StoreException;
    }

    /** The bundled reason of {@code failure}, when it is the store's and said from the bundle; else empty. */
    public static Optional<StoreTrouble> of(Throwable failure) {
        if (failure instanceof StoreException s && s.key().isPresent()) {
            return Optional.of(new StoreTrouble(s.key().get(), s.args()));
        }
        return Optional.empty();
    }
}
