package org.podium.ui.head;

import java.util.ArrayList;
import java.util.List;
import org.podium.service.FlagState;
import org.podium.service.RoundFlag;
import org.podium.ui.common.I18n;

/**
 * A line of the flags panel: the entry, the flag and what it stands on, and whether (and how) the chief has
 * acknowledged it as it stands.
 */
public record FlagRow(FlagState state, String bib, String name, String flag, String evidence, String acknowledgement,
                      boolean acknowledged) {

    static FlagRow of(FlagState state, String name, I18n i18n) {
        RoundFlag f = state.flag();
        String ack;
        if (state.acknowledged()) {
            ack = i18n.get("head.flags.acknowledged", state.latest().by(), state.latest().note());
        } else if (state.changedSince()) {
            ack = i18n.get("head.flags.changedSince", state.latest().by(), state.latest().asItStood());
        } else {
            ack = i18n.get("head.flags.open");
        }
        return new FlagRow(state, f.bib(), name, i18n.get("head.flag." + f.kind().name()), evidence(f, i18n), ack,
                state.acknowledged());
    }

    /** The evidence in the screen's words: a missing theory result is named; times, marks and ids are as they are. */
    static String evidence(RoundFlag f, I18n i18n) {
        List<String> items = new ArrayList<>();
        for (String item : f.evidence()) {
            items.add(item.equals(RoundFlag.THEORY) ? i18n.get("head.flags.theory") : item);
        }
        String joined = String.join(" · ", items);
        return switch (f.kind()) {
            case INCOMPLETE -> i18n.get("head.flags.missing", joined);
            case MISSING_SHEET -> i18n.get("head.flags.noSheet", joined);
            default -> joined;
        };
    }
}
