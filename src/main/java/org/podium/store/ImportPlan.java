package org.podium.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.podium.domain.Fact;

/**
 * What an import records (contest-files.md, "The command line"): per key (event, round, bib, kind, official, item,
 * attempt) the file's last line is what the file says. When the database's current fact of that key has the same
 * value, every line of the key is already recorded and skipped, so that importing a file twice changes nothing. When
 * it has another value, the lines of the key correct a fact in the database, which needs a reason. Keys the database
 * does not hold are recorded line by line (a later line of the same key corrects an earlier one, as in the app).
 *
 * @param record     the lines to record, in file order
 * @param skipped    how many lines are already recorded
 * @param correction the first line that would correct a fact already in the database, or null
 * @param corrected  the database's current fact that line would correct (its origin's line is its row id), or null
 */
record ImportPlan(List<Fact> record, int skipped, Fact correction, Fact corrected) {

    /**
     * @param lines   the facts read from the files, in order
     * @param current the database's current facts (before this import), each with its row id as its origin's line
     */
    static ImportPlan of(List<Fact> lines, List<Fact> current) {
        Map<String, Fact> now = new HashMap<>();
        for (Fact f : current) {
            now.put(f.key(), f);
        }
        Map<String, Fact> last = new LinkedHashMap<>();
        for (Fact f : lines) {
            last.put(f.key(), f);
        }
        List<Fact> record = new ArrayList<>();
        int skipped = 0;
        Fact correction = null;
        Fact corrected = null;
        for (Fact f : lines) {
            Fact inDatabase = now.get(f.key());
            if (inDatabase != null && sameValue(inDatabase, last.get(f.key()))) {
                skipped++;
                continue;
            }
            if (inDatabase != null && correction == null && !sameValue(inDatabase, f)) {
                correction = f;
                corrected = inDatabase;
            }
            record.add(f);
        }
        return new ImportPlan(List.copyOf(record), skipped, correction, corrected);
    }

    /** Whether two facts of one key hold the same value: 68.1 and 68.10 s are one time, 38.5 and 38.50 one mark. */
    static boolean sameValue(Fact a, Fact b) {
        return switch (a.kind()) {
            case TIME, LAP -> a.millis() == b.millis();
            case MARK, THEORY, PENALTY -> a.amount().compareTo(b.amount()) == 0;
            case STATUS -> a.status() == b.status();
        };
    }
}
