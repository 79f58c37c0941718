package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.store.JournalRow;
import org.podium.store.SqliteContestStore;

/** Publishing is refused while the database's audit trail does not verify (contest-files.md, "Trust"). */
class PublishOverABrokenChainTest {
    @TempDir
    Path dir;

    /** Rewrites a value of row 1 (a time of the prelim) behind Podium's back, in the test's own connection. */
    static void tamper(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("DROP TRIGGER fact_no_update");
            assertThat(st.executeUpdate("UPDATE fact SET value = '40.00' WHERE id = 1")).isEqualTo(1);
        }
    }

    @Test
    void aRoundReadyToPublishIsNotPublishedOverAnAlteredJournal() throws Exception {
        ContestFolder folder = ContestFolder.load(FireSafety.folder(dir.resolve("fire-safety")));
        try (SqliteContestStore store = FireSafety.store(folder)) {
            RoundControl control = new RoundControl(new ResultsService(folder.contest(), folder.theoryFacts(), store));
            control.lock("C", "hose", "prelim", control.missing("C", "hose", "prelim"));
            for (FlagState f : control.report("C", "hose", "prelim").flags()) {
                control.acknowledge("C", "hose", "prelim", f.flag(), "checked with the officials");
            }
            PublishSummary shown = control.publishSummary("C", "hose", "prelim");
            tamper(folder.dir().resolve("contest.db"));
            assertThatThrownBy(() -> control.publish("C", "hose", "prelim", shown))
                    .isInstanceOfSatisfying(PublishBlocked.class, e -> {
                        assertThat(e.chainProblem()).hasValueSatisfying(p -> assertThat(p).startsWith("row 1 "));
                        assertThat(e.unacknowledged()).isEmpty();
                    });
            assertThat(store.journal()).extracting(JournalRow::kind).doesNotContain("publish");
        }
    }
}
