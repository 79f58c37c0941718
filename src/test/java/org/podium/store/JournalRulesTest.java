package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.podium.store.StoreFixture.mark;
import static org.podium.store.StoreFixture.time;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.Origin;
import org.podium.domain.Status;

/** Corrections, keys, imports and values in the journal, run against both stores (docs/venue-server.md). */
class JournalRulesTest extends StoreContract {
    @Test
    void aCorrectionIsANewFactThatSupersedesTheLatestOfItsKey() throws Exception {
        try (ContestStore store = engine.store(dir)) {
            long first = store.record("T1", "timing-1", time("101", "T1", 31_200), null);
            store.record("T1", "timing-1", time("102", "T1", 40_000), null);
            long second = store.record("T1", "timing-1", time("101", "T1", 13_200), null);
            long third = store.record("C", "head", time("101", "T1", 13_250), "stopwatch read again");

            List<JournalRow> rows = StoreFixture.rows(store);
            assertThat(rows).extracting(JournalRow::id).containsExactly(6L, 7L, 8L, 9L);
            assertThat(rows.get(0).supersedes()).isNull();
            assertThat(rows.get(2).supersedes()).isEqualTo(first);
            assertThat(rows.get(3).supersedes()).isEqualTo(second);
            assertThat(rows.get(3)).extracting(JournalRow::value, JournalRow::recordedBy, JournalRow::station,
                    JournalRow::recordedAt, JournalRow::reason)
                    .containsExactly("13.25", "C", "head", "2020-07-20T01:30:00Z", "stopwatch read again");
            assertThat(store.currentFacts()).extracting(Fact::bib, Fact::millis)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("102", 40_000L),
                            org.assertj.core.groups.Tuple.tuple("101", 13_250L));
            assertThat(store.currentFacts().get(1).origin()).isEqualTo(new Origin(engine.where(dir), (int) third));
        }
    }

    @Test
    void aStatusWithoutAttemptAndOneForAttemptOneAreDifferentKeys() throws Exception {
        try (ContestStore store = engine.store(dir)) {
            store.record("C", "head", Fact.status("stand", "final", "101", "C", Status.DNF, null, Origin.NONE), null);
            store.record("C", "head", Fact.status("stand", "final", "101", "C", Status.DSQ, null, Origin.NONE), null);
            assertThat(StoreFixture.rows(store).get(1).supersedes()).isEqualTo(StoreFixture.OFFICIAL_ROWS + 1L);
            assertThat(StoreFixture.rows(store).get(1).status()).isEqualTo("DSQ");
            assertThat(store.currentFacts()).extracting(Fact::status).containsExactly(Status.DSQ);
        }
    }

    @Test
    void anImportIsOneTransactionAllOrNothing() throws Exception {
        try (ContestStore store = engine.store(dir)) {
            List<Fact> facts = List.of(time("101", "T1", 60_000), mark("101", "J1", "C1", "38.5"),
                    Fact.time("stand", "final", "999", "T1", 60_000, null, new Origin("x.csv", 4)));
            assertThatThrownBy(() -> store.importFacts(facts, null)).isInstanceOf(RecordingRefused.class)
                    .hasMessage("x.csv:4: bib 999 is not entered in event stand (roster); nothing was imported");
            assertThat(StoreFixture.rows(store)).isEmpty();

            assertThat(store.importFacts(facts.subList(0, 2), null)).containsExactly(6L, 7L);
            assertThat(StoreFixture.rows(store)).extracting(JournalRow::recordedBy, JournalRow::station)
                    .containsOnly(org.assertj.core.groups.Tuple.tuple("import", "import"));
        }
    }

    @Test
    void factsNamingNoThingOfTheContestAreRefused() {
        try (ContestStore store = engine.store(dir)) {
            assertThatThrownBy(() -> store.record("C", "head", Fact.time("stnd", "final", "101", "T1", 1000, null, Origin.NONE), null))
                    .hasMessage("event 'stnd' is not in contest.yaml (events: stand)");
            assertThatThrownBy(() -> store.record("C", "head", Fact.time("stand", "prelim", "101", "T1", 1000, null, Origin.NONE), null))
                    .hasMessage("round 'prelim' is not a round of event stand");
            assertThatThrownBy(() -> store.record("J1", "judge-1", mark("101", "J1", "C1", "41"), null))
                    .isInstanceOf(RecordingRefused.class).hasMessageContaining("41");
            assertThat(StoreFixture.rows(store)).isEmpty();
        }
    }

    @Test
    void valuesAreKeptAsTheScoresCsvWritesThem() throws Exception {
        try (ContestStore store = engine.store(dir)) {
            store.record("T1", "t", time("101", "T1", 83_000), null);
            store.record("T1", "t", time("102", "T1", 68_125), null);
            store.record("J1", "j", mark("101", "J1", "C1", "38.50"), null);
            store.record("C", "h", Fact.penalty("stand", "final", "101", null, "P1", 2, null, Origin.NONE), null);
            assertThat(StoreFixture.rows(store)).extracting(JournalRow::value).containsExactly("83", "68.125", "38.50", "2");
            assertThat(store.currentFacts()).extracting(Fact::kind)
                    .containsExactly(FactKind.TIME, FactKind.TIME, FactKind.MARK, FactKind.PENALTY);
        }
    }
}
