package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.store.JournalRow;
import org.podium.store.RowIndex;

/**
 * The head table's journal as read (issue 17): each snapshot's list is the rows read up to it, shared with the next
 * rather than copied, and unchanged by the rows read after it; a fact row's position is found by its row id.
 */
class JournalLogTest {
    private static JournalRow row(long id) {
        return new JournalRow(id, "time", "hose", "prelim", "6", "T2", null, null, "55.01", null, "T2", "timekeeper",
                "2020-07-20T01:30:00Z", null, null, "h" + id);
    }

    @Test
    void aSnapshotsRowsStayAsTheyWereWhileMoreAreAddedAcrossChunks() {
        JournalLog log = new JournalLog();
        List<JournalRow> all = new ArrayList<>();
        List<List<JournalRow>> views = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (long id = 1; id <= 10_000; id++) {
            JournalRow r = row(id);
            log.add(r);
            all.add(r);
            if (id % 1_999 == 0 || id == 1) {
                views.add(log.upto());
                sizes.add((int) id);
            }
        }
        for (int i = 0; i < views.size(); i++) {
            assertThat(views.get(i)).hasSize(sizes.get(i)).isEqualTo(all.subList(0, sizes.get(i)));
        }
        List<JournalRow> last = log.upto();
        assertThat(last).isEqualTo(all);
        assertThat(last.get(4_096)).isSameAs(all.get(4_096)); // the rows themselves, not copies
        assertThatThrownBy(() -> last.add(row(10_001))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> last.get(10_000)).isInstanceOf(IndexOutOfBoundsException.class);
        CurrentResults.Snapshot snapshot = new CurrentResults.Snapshot(10_000, last, List.of(), null);
        assertThat(snapshot.journal()).isSameAs(last); // shared, not copied
    }

    @Test
    void aFactRowsPositionIsFoundByItsRowIdAndRowsComeInIdOrder() {
        RowIndex index = new RowIndex();
        for (int k = 0; k < 5_000; k++) {
            index.add(3L * k + 7, k + 2); // rows 7, 10, 13...: lock events and withdrawals between them
        }
        assertThat(index.positionOf(7)).isEqualTo(2);
        assertThat(index.positionOf(3L * 4_999 + 7)).isEqualTo(5_001);
        assertThat(index.positionOf(8)).isEqualTo(-1);
        assertThat(index.positionOf(1)).isEqualTo(-1);
        assertThat(index.positionOf(1_000_000)).isEqualTo(-1);
        assertThatThrownBy(() -> index.add(7, 99)).isInstanceOf(IllegalArgumentException.class);
    }
}
