package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.contestfile.FactMemory;
import org.podium.domain.FactTable;
import org.podium.store.SqliteContestStore;

/**
 * A database whose facts might not fit the memory at hand is refused in one line naming its size before a row is read
 * (issue 17), never an OutOfMemoryError; one that fits is read into the table after what it held.
 */
class DatabaseReadsMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aJournalTooBigForTheMemoryIsRefusedInOneLineNamingItsSizeAndNothingIsRead() throws Exception {
        ContestFolder folder = ContestFolder.load(FireSafety.folder(dir.resolve("fire-safety")));
        try (SqliteContestStore store = FireSafety.store(folder)) {
            long rows = store.lastRowId();
            assertThat(rows).isGreaterThan(10);
            // an eighth of the memory, 48 bytes a fact: room for rows - 1 facts
            FactMemory tight = new FactMemory((rows - 1) * FactMemory.BYTES_PER_FACT * FactMemory.SHARE);
            FactTable table = new FactTable();
            assertThatThrownBy(() -> DatabaseReads.read(store, table, "contest.db", tight))
                    .isInstanceOf(DatabaseReads.Unreadable.class)
                    .hasMessageStartingWith("contest.db holds " + rows + " journal rows: their facts would take up to about ")
                    .hasMessageContaining("(an eighth of the ")
                    .hasMessageEndingWith("nothing was read")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            assertThat(table.positions()).isZero();

            FactMemory enough = new FactMemory(rows * FactMemory.BYTES_PER_FACT * FactMemory.SHARE);
            DatabaseReads.Read read = DatabaseReads.read(store, table, "contest.db", enough);
            assertThat(read.facts()).isSameAs(table).isEqualTo(store.currentFacts()).isNotEmpty();
            assertThat(read.chainProblem()).isEmpty();
        }
    }
}
