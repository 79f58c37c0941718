package org.podium.ui.common;

import org.podium.store.RecordingRefused;

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
}
