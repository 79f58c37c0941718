package org.podium.store;

import org.podium.domain.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.podium.store.StoreFixture.time;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.domain.Fact;
import org.podium.domain.Origin;

/** A stopwatch press made by mistake is withdrawn: the journal keeps it, the engine no longer sees it. */
class WithdrawTest extends StoreContract {
    @Test
    void aWithdrawnFactLeavesTheCurrentFactsButStaysInTheJournal() throws Exception {
        try (ContestStore store = engine.store(dir)) {
            long kept = store.record("T1", "timekeeper", time("102", "T1", 40_000), null);
            long pressed = store.record("T1", "timekeeper", time("101", "T1", 31_200), null);
            long withdrawal = store.withdraw("T1", "timekeeper", time("101", "T1", 1), null);

            assertThat(store.currentFacts()).extracting(Fact::bib, Fact::millis).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("102", 40_000L));
            List<JournalRow> rows = StoreFixture.rows(store);
            assertThat(rows).extracting(JournalRow::id).containsExactly(kept, pressed, withdrawal);
            assertThat(rows.get(2)).extracting(JournalRow::kind, JournalRow::bib, JournalRow::official, JournalRow::value,
                    JournalRow::supersedes).containsExactly("withdraw", "101", "T1", "time", pressed);
            assertThat(Audit.lines(rows).get(2)).contains("withdraw stand/final 101 T1: withdraws 31.2 (#" + pressed + ")");
            assertThat(store.verify().ok()).isTrue();
        }
    }

    @Test
    void aLapIsWithdrawnByItsNumberAndTheOtherLapsStay() throws Exception {
        // sanitation's sweep has 2 laps (a lap beyond an event's laps is refused, as in a scores file)
        org.podium.domain.Contest sanitation = org.podium.contestfile.ContestFolder.load(Path.of("contests/sanitation")).contest();
        try (ContestStore store = engine.open(dir, sanitation, StoreFixture.CLOCK)) {
            store.addOfficial("T1", "Timekeeper One", Role.TIMEKEEPER, StoreFixture.PIN);
            assertThatThrownBy(() -> store.record("T1", "timekeeper", Fact.lap("sweep", "final", "1", "T1", 3, 30_000, null,
                    Origin.NONE), null)).hasMessage("lap '3' is not a lap of event sweep: a lap is a whole number from 1 to 2 (laps)");
            store.record("T1", "timekeeper", Fact.lap("sweep", "final", "1", "T1", 1, 10_000, null, Origin.NONE), null);
            store.record("T1", "timekeeper", Fact.lap("sweep", "final", "1", "T1", 2, 20_000, null, Origin.NONE), null);
            store.withdraw("T1", "timekeeper", Fact.lap("sweep", "final", "1", "T1", 2, 1, null, Origin.NONE), null);

            assertThat(store.currentFacts()).extracting(Fact::item, Fact::millis)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("1", 10_000L));
        }
    }

    @Test
    void aFactRecordedAgainAfterAWithdrawalCountsAndCorrectsNothing() throws Exception {
        try (ContestStore store = engine.store(dir)) {
            store.record("T1", "timekeeper", time("101", "T1", 31_200), null);
            store.withdraw("T1", "timekeeper", time("101", "T1", 1), null);
            long again = store.record("T1", "timekeeper", time("101", "T1", 32_500), null);

            assertThat(store.currentFacts()).extracting(Fact::millis).containsExactly(32_500L);
            assertThat(store.journal().get((int) again - 1).supersedes()).isNull();
        }
    }

    @Test
    void nothingToWithdrawIsRefusedAndWritesNothing() throws Exception {
        try (ContestStore store = engine.store(dir)) {
            assertThatThrownBy(() -> store.withdraw("T1", "timekeeper", time("101", "T1", 1), null))
                    .isInstanceOf(RecordingRefused.class).hasMessageContaining("there is no such record to withdraw");
            store.record("T1", "timekeeper", time("101", "T1", 31_200), null);
            store.withdraw("T1", "timekeeper", time("101", "T1", 1), null);
            assertThatThrownBy(() -> store.withdraw("T1", "timekeeper", time("101", "T1", 1), null))
                    .isInstanceOf(RecordingRefused.class).hasMessageContaining("there is no such record to withdraw");
            assertThat(StoreFixture.rows(store)).hasSize(2);
        }
    }

    @Test
    void aTimekeeperWithdrawsOnlyTheirOwnRecordsAndNotOnALockedRound() throws Exception {
        try (ContestStore store = engine.store(dir)) {
            store.addOfficial("T2", "Timekeeper Two", Role.TIMEKEEPER, StoreFixture.PIN);
            store.record("T2", "timekeeper", time("101", "T2", 31_200), null);
            assertThatThrownBy(() -> store.withdraw("T1", "timekeeper", time("101", "T2", 1), null))
                    .isInstanceOf(RecordingRefused.class).hasMessageContaining("records only their own times");

            store.lockRound("C", "head", "stand", "final", null);
            assertThatThrownBy(() -> store.withdraw("T2", "timekeeper", time("101", "T2", 1), null))
                    .isInstanceOf(RecordingRefused.class).hasMessageContaining("is locked");
            store.unlockRound("C", "head", "stand", "final", "bib 101 restarted");
            assertThatThrownBy(() -> store.withdraw("T2", "timekeeper", time("101", "T2", 1), null))
                    .isInstanceOf(RecordingRefused.class).hasMessageContaining("without a reason");
            store.withdraw("T2", "timekeeper", time("101", "T2", 1), "false start, restarted");
            assertThat(store.currentFacts()).isEmpty();
        }
    }

    private static Fact status(String official, org.podium.domain.Status status) {
        return Fact.status("stand", "final", "101", official, status, null, Origin.NONE);
    }

    @Test
    void aTimekeeperMarksAndWithdrawsDnsOrDnfButNeverTouchesADisqualification() throws Exception {
        try (ContestStore store = engine.store(dir)) {
            store.record("T1", "timekeeper", status(null, org.podium.domain.Status.DNF), null);
            assertThat(store.currentFacts()).extracting(Fact::status).containsExactly(org.podium.domain.Status.DNF);
            assertThat(StoreFixture.rows(store).get(0).recordedBy()).isEqualTo("T1");
            store.withdraw("T1", "timekeeper", status(null, org.podium.domain.Status.DNF), null);
            assertThat(store.currentFacts()).isEmpty();

            assertThatThrownBy(() -> store.record("T1", "timekeeper", status(null, org.podium.domain.Status.DSQ), null))
                    .isInstanceOf(RecordingRefused.class).hasMessageContaining("timekeepers record times, laps, DNS and DNF");
            assertThatThrownBy(() -> store.record("T1", "timekeeper", status("T1", org.podium.domain.Status.DNS), null))
                    .isInstanceOf(RecordingRefused.class).hasMessageContaining("record it with no official");
            assertThatThrownBy(() -> store.record("J1", "judge", status(null, org.podium.domain.Status.DNS), null))
                    .isInstanceOf(RecordingRefused.class);

            store.record("C", "head", status(null, org.podium.domain.Status.DSQ), null);
            assertThatThrownBy(() -> store.withdraw("T1", "timekeeper", status(null, org.podium.domain.Status.DNS), null))
                    .isInstanceOf(RecordingRefused.class).hasMessageContaining("status is DSQ, which only the chief changes");
            assertThat(store.currentFacts()).extracting(Fact::status).containsExactly(org.podium.domain.Status.DSQ);
        }
    }
}
