package org.podium.ui.common;

import java.util.Optional;
import org.podium.service.Refused;
import org.podium.service.StoreTrouble;

/** A refusal or a failure of the services in the screen's language: from the bundle when it was said from it. */
public final class Refusals {
    private Refusals() {
    }

    /** A recording the rules refused ({@link Refused}): from the bundle when it has a key, else as the service said it. */
    public static String text(I18n i18n, Refused refused) {
        return refused.key().map(k -> i18n.get(k, refused.args().toArray()))
                .or(() -> refused.said().map(s -> s.in(i18n.locale()))).orElse(refused.getMessage());
    }

    /**
     * Why the database could not be read or written, in the screen's language when the store said it from the bundle
     * (a full disk, a read-only or damaged file: "the disk is full: ... nothing was saved"), else as it was said.
     */
    public static String failure(I18n i18n, Throwable ex) {
        Optional<StoreTrouble> trouble = StoreTrouble.of(ex);
        if (trouble.isPresent()) {
            return i18n.get(trouble.get().key(), trouble.get().args().toArray());
        }
        return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    }
}
