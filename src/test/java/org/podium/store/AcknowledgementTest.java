package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.podium.store.StoreFixture.time;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.podium.domain.Fact;

/** The chief's acknowledgement of a flag is a row of the journal (schema 4), and the journal's last id is cheap to poll. */
class AcknowledgementTest extends StoreContract {
    @Test
    void theChiefAcknowledgesAFlagWithANoteAsARowOfTheChainThatChangesNoFact() throws Exception {
        try (ContestStore store = engine.store(dir)) {
            store.record("T1", "timekeeper", time("101", "T1", 31_200), null);
            long ack = store.acknowledge("C", "head", "stand", "final", "101", "TIME_SPREAD", "T1 31.200 · T2 31.900",
                    "  video checked: T2 stopped late  ");

            JournalRow row = store.journal().get((int) ack - 1);
            assertThat(row).extracting(JournalRow::kind, JournalRow::event, JournalRow::round, JournalRow::bib, JournalRow::item,
                    JournalRow::value, JournalRow::reason, JournalRow::recordedBy, JournalRow::station).containsExactly(
                    "ack", "stand", "final", "101", "TIME_SPREAD", "T1 31.200 · T2 31.900", "video checked: T2 stopped late", "C",
                    "head");
            assertThat(row.factKind()).isNull();
            assertThat(row.lockAction()).isNull();
            assertThat(store.currentFacts()).extracting(Fact::millis).containsExactly(31_200L);
            assertThat(Audit.lines(StoreFixture.rows(store)).get(1)).endsWith("C @head ack stand/final 101 TIME_SPREAD: as it stood:"
                    + " T1 31.200 · T2 31.900 reason: video checked: T2 stopped late");
            assertThat(store.verify().ok()).isTrue();
        }
    }

    @Test
    void anAcknowledgementIsTakenOnALockedRound() throws Exception {
        try (ContestStore store = engine.store(dir)) {
            store.lockRound("C", "head", "stand", "final", null);
            store.acknowledge("C", "head", "stand", "final", "102", "INCOMPLETE", "J2", "J2's sheet was lost; 102 stays unranked");
            assertThat(StoreFixture.rows(store)).extracting(JournalRow::kind).containsExactly("lock", "ack");
        }
    }

    @Test
    void onlyAChiefAcknowledgesAndOnlyWithANoteForABibOfTheRoster() throws Exception {
        try (ContestStore store = engine.store(dir)) {
            assertThatThrownBy(() -> store.acknowledge("O", "head", "stand", "final", "101", "TIME_SPREAD", "x", "fine"))
                    .isInstanceOf(RecordingRefused.class).hasMessageContaining("only a chief acknowledges a flag (O is a organiser)");
            assertThatThrownBy(() -> store.acknowledge("J1", "head", "stand", "final", "101", "TIME_SPREAD", "x", "fine"))
                    .isInstanceOf(RecordingRefused.class).hasMessageContaining("only a chief");
            assertThatThrownBy(() -> store.acknowledge("C", "head", "stand", "final", "101", "TIME_SPREAD", "x", "  "))
                    .isInstanceOf(RecordingRefused.class).satisfies(e -> {
                        RecordingRefused r = (RecordingRefused) e;
                        assertThat(r.why()).isEqualTo(RecordingRefused.Why.NOTE_NEEDED);
                        assertThat(r.details()).containsExactly("stand", "final", "101", "TIME_SPREAD");
                    });
            assertThatThrownBy(() -> store.acknowledge("C", "head", "stand", "final", "999", "TIME_SPREAD", "x", "fine"))
                    .isInstanceOf(RecordingRefused.class).hasMessageContaining("bib 999 is not entered");
            assertThatThrownBy(() -> store.acknowledge("C", "head", "stand", "semi", "101", "TIME_SPREAD", "x", "fine"))
                    .isInstanceOf(RecordingRefused.class).hasMessageContaining("round 'semi'");
            assertThatThrownBy(() -> store.acknowledge("C", "head", "stand", "final", "101", "spread", "x", "fine"))
                    .isInstanceOf(RecordingRefused.class).hasMessageContaining("in capitals");
            assertThat(StoreFixture.rows(store)).isEmpty();
        }
    }

    @Test
    void theLastRowIdSeesWhatAnotherConnectionAppends() throws Exception {
        try (ContestStore store = engine.store(dir)) {
            assertThat(store.lastRowId()).isEqualTo(StoreFixture.OFFICIAL_ROWS);
            long first = store.record("T1", "timekeeper", time("101", "T1", 31_200), null);
            assertThat(store.lastRowId()).isEqualTo(first);
            try (ContestStore other = engine.open(dir, StoreFixture.contest(),
                    StoreFixture.CLOCK)) {
                long second = other.record("T1", "timekeeper", time("102", "T1", 32_000), null);
                assertThat(store.lastRowId()).isEqualTo(second).isEqualTo(first + 1);
            }
        }
    }
}
