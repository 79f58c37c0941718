package org.podium.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.store.PostgresContestStore;

/**
 * J2-J5 of monitor-stand marking sheets at their own stations (through the venue server's store, each fact with its
 * own key), every C1 and C2 value one of them alone uses (11.5-22.5 and 1.5-8.5: none is J1's in the tests, none a
 * time, an id or a count), and submitting them: what a judge's station must not receive before publishing
 * ({@link PgWire#othersMarks}).
 */
public final class OtherJudges {
    public static final List<String> IDS = List.of("J2", "J3", "J4", "J5");
    private final List<String> values = new ArrayList<>();
    private final List<UUID> keys = new ArrayList<>();
    private int sheets;

    /** The four mark {@code bib}'s sheet (C1, C2, C3 = 2; J2 a penalty P1 too) and submit it. */
    public void mark(PostgresContestStore server, String bib) throws Exception {
        for (int j = 0; j < IDS.size(); j++) {
            String judge = IDS.get(j);
            String c1 = (11 + j + 4 * sheets) + ".5";
            String c2 = (1 + j + 4 * sheets) + ".5";
            for (String[] mark : new String[][] {{"C1", c1}, {"C2", c2}, {"C3", "2"}}) {
                keys.add(record(server, judge, Fact.mark("stand", "final", bib, judge, mark[0], new BigDecimal(mark[1]), null,
                        Origin.NONE)));
            }
            values.add(c1);
            values.add(c2);
            server.submitSheet(judge, "judge-" + judge, "stand", "final", bib, judge, null);
        }
        keys.add(record(server, "J2", Fact.penalty("stand", "final", bib, "J2", "P1", 1, null, Origin.NONE)));
        sheets++;
    }

    private static UUID record(PostgresContestStore server, String judge, Fact fact) throws Exception {
        UUID key = UUID.randomUUID();
        server.recordOnce(key, judge, "judge-" + judge, fact, null);
        return key;
    }

    /** The messages among {@code sent} that carry one of their marks ({@link PgWire#othersMarks}). */
    public List<PgWire.Message> foundIn(List<PgWire.Message> sent) {
        return PgWire.othersMarks(sent, IDS, values, keys);
    }
}
