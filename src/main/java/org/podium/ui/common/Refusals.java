package org.podium.ui.common;

import org.podium.store.RecordingRefused;
import org.podium.store.StoreException;

/** A store's refusal in the screen's language: the common cases from the bundle, any other as the store says it. */
public final class Refusals {
    private Refusals() {
    }

    public static String text(I18n i18n, RecordingRefused refused) {
        if (refused.why() == RecordingRefused.Why.OTHER) {
            return refused.getMessage();
        }
        return i18n.get("store.refused." + refused.why().name(), refused.details().toArray());
    }

    /**
     * Why the database could not be read or written, in the screen's language when the store said it from the bundle
     * (a full disk, a read-only or damaged file: "the disk is full: ... nothing was saved"), else as it was said.
     */
    public static String failure(I18n i18n, Throwable ex) {
        if (ex instanceof StoreException s && s.key().isPresent()) {
            return i18n.get(s.key().get(), s.args().toArray());
        }
        return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    }
}
