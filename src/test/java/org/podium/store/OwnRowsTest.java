package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.store.StoreFixture.mark;
import static org.podium.store.StoreFixture.time;

import org.junit.jupiter.api.Test;
import org.podium.domain.Fact;

/**
 * The reads of a judge's station (contest-files.md "Several stations": a judge's station receives only that judge's
 * own marks until the round is published): {@link ContestStore#journalOf} and {@link ContestStore#currentFactsOf} hand
 * out the round's lock events and the official's own rows, nothing of another judge and no other round;
 * {@link ContestStore#currentFactsOfRound} the round's facts, every official's.
 */
class OwnRowsTest extends StoreContract {
    @Test
    void aJudgesReadHoldsTheirOwnRowsAndTheRoundsLockEventsOnly() throws Exception {
        try (ContestStore store = engine.store(dir)) {
            store.record("J2", "judge-2", mark("101", "J2", "C1", "13.5"), null);
            long own = store.record("J1", "judge-1", mark("101", "J1", "C1", "38.5"), null);
            store.record("T1", "timing-1", time("101", "T1", 31_000), null);
            store.record("C", "head", mark("102", "J1", "C1", "20"), "paper sheet typed in"); // J1's sheet, a clerk's hand
            store.withdraw("J1", "judge-1", mark("102", "J1", "C1", "0"), null);
            store.record("J2", "judge-2", mark("102", "J2", "C1", "14.5"), null);
            store.submitSheet("J2", "judge-2", "stand", "final", "102", "J2", null);
            long lock = store.lockRound("C", "head", "stand", "final", null);

            assertThat(store.journalOf("J1", "stand", "final")).extracting(JournalRow::kind, JournalRow::official)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("mark", "J1"),
                            org.assertj.core.groups.Tuple.tuple("mark", "J1"),
                            org.assertj.core.groups.Tuple.tuple("withdraw", "J1"),
                            org.assertj.core.groups.Tuple.tuple("lock", null));
            assertThat(store.journalOf("J1", "stand", "final").get(3).id()).isEqualTo(lock);
            assertThat(store.currentFactsOf("J1", "stand", "final")).extracting(Fact::bib, Fact::official, Fact::item)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("101", "J1", "C1"));
            assertThat(store.currentFactsOf("J1", "stand", "final").get(0).origin().line()).isEqualTo((int) own);
            assertThat(store.journalOf("J1", "stand", "heat")).isEmpty(); // another round: nothing
            assertThat(store.currentFactsOfRound("stand", "final")).extracting(Fact::official)
                    .containsExactly("J2", "J1", "T1", "J2");
        }
    }
}
