package org.podium.store;

import org.podium.domain.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.podium.store.StoreFixture.mark;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podium.domain.Contestant;
import org.podium.domain.Fact;

/** Reopening a submitted sheet with a reason (schema 2), the work numbers of blind judging, and the move to schema 2. */
class SheetReopenAndWorkNumbersTest extends StoreContract {
    ContestStore store;

    @BeforeEach
    void open() {
        store = engine.store(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void submit(String by, String judge) throws RecordingRefused {
        store.submitSheet(by, "judge", "stand", "final", "101", judge, null);
    }

    private void reopen(String by, String judge, String reason) throws RecordingRefused {
        store.reopenSheet(by, "judge", "stand", "final", "101", judge, null, reason);
    }

    @Test
    void aReopenedSheetTakesMarksWithoutAReasonAndIsSubmittedAgain() throws Exception {
        store.record("J1", "judge", mark("101", "J1", "C1", "30"), null);
        submit("J1", "J1");
        reopen("J1", "J1", "  C2 was typed on C1  ");
        store.record("J1", "judge", mark("101", "J1", "C1", "31"), null);
        submit("J1", "J1");
        assertThatThrownBy(() -> store.record("J1", "judge", mark("101", "J1", "C1", "32"), null))
                .hasMessageEndingWith("the judge's sheet is submitted, so every change needs a reason");

        List<JournalRow> rows = StoreFixture.rows(store);
        assertThat(rows).extracting(JournalRow::kind).containsExactly("mark", "submit", "reopen", "mark", "submit");
        assertThat(rows.get(2)).extracting(JournalRow::lockAction, JournalRow::official, JournalRow::bib,
                JournalRow::recordedBy, JournalRow::reason)
                .containsExactly(LockAction.REOPEN, "J1", "101", "J1", "C2 was typed on C1");
        assertThat(rows.get(3).reason()).isNull();
        assertThat(store.currentFacts()).extracting(f -> f.amount().toPlainString()).containsExactly("31");
        assertThat(store.verify().ok()).isTrue();
        assertThat(Audit.lines(rows).get(2)).endsWith("reopen stand/final 101 J1 reason: C2 was typed on C1");
    }

    @Test
    void reopeningNeedsAReasonAndASubmittedSheet() throws Exception {
        assertThatThrownBy(() -> reopen("J1", "J1", "typo"))
                .hasMessage("the sheet of J1 for stand/final bib 101 is not submitted, so there is nothing to reopen");
        submit("J1", "J1");
        assertThatThrownBy(() -> reopen("J1", "J1", " "))
                .hasMessage("J1 cannot reopen the sheet of J1 for stand/final bib 101 without a reason (what is to be changed,"
                        + " and why)");
        assertThatThrownBy(() -> reopen("J1", "J1", null)).isInstanceOf(RecordingRefused.class);
        reopen("J1", "J1", "typo on C3");
        assertThatThrownBy(() -> reopen("J1", "J1", "again"))
                .hasMessage("the sheet of J1 for stand/final bib 101 is not submitted, so there is nothing to reopen");
        assertThat(StoreFixture.rows(store)).extracting(JournalRow::kind).containsExactly("submit", "reopen");
    }

    @Test
    void aJudgeReopensOnlyTheirOwnSheetAndTheChiefAnySheet() throws Exception {
        submit("J1", "J1");
        assertThatThrownBy(() -> reopen("J2", "J1", "typo"))
                .hasMessage("J2 (judge) may not record reopen sheet of J1 for bib 101: a judge reopens only their own sheet (J2)");
        reopen("C", "J1", "J1 asked at the head table");
        assertThat(StoreFixture.rows(store).get(1).recordedBy()).isEqualTo("C");
    }

    @Test
    void aTimekeeperCannotOpenSubmitOrReopenAJudgeSheet() throws Exception {
        assertThatThrownBy(() -> store.record("T1", "judge", mark("101", "T1", "C1", "30"), null))
                .hasMessageStartingWith("T1 (timekeeper) may not record mark for stand/final bib 101");
        assertThatThrownBy(() -> store.record("T1", "judge", mark("101", "J1", "C1", "30"), null))
                .hasMessageStartingWith("T1 (timekeeper) may not record mark");
        assertThatThrownBy(() -> submit("T1", "J1"))
                .hasMessage("T1 (timekeeper) may not record submit sheet of J1 for bib 101: a sheet is submitted by a judge of"
                        + " event stand (J1, J2, J3, J4, J5) or the chief");
        submit("J1", "J1");
        assertThatThrownBy(() -> reopen("T1", "J1", "typo"))
                .hasMessage("T1 (timekeeper) may not record reopen sheet of J1 for bib 101: a sheet is reopened by a judge of"
                        + " event stand (J1, J2, J3, J4, J5) or the chief");
        assertThat(StoreFixture.rows(store)).extracting(JournalRow::kind).containsExactly("submit");
    }

    @Test
    void aLockedRoundReopensNoSheet() throws Exception {
        submit("J1", "J1");
        long lock = store.lockRound("C", "head", "stand", "final", null);
        assertThatThrownBy(() -> reopen("J1", "J1", "typo"))
                .hasMessage("round stand/final is locked (#" + lock + "), so nothing more is recorded on it (reopen the sheet"
                        + " of J1 for bib 101): the chief must unlock it with a reason first");
    }

    @Test
    void workNumbersAreDrawnOnceKeptAndDifferPerRound() {
        Map<String, String> numbers = store.workNumbers("stand", "final");
        List<String> bibs = StoreFixture.contest().entrants("stand").stream().map(Contestant::bib).toList();
        assertThat(numbers.keySet()).containsExactlyElementsOf(bibs);
        assertThat(new HashSet<>(numbers.values())).hasSize(bibs.size());
        assertThat(numbers.values()).allMatch(n -> n.matches("[1-9][0-9]{2}"));
        assertThat(store.workNumbers("stand", "final")).isEqualTo(numbers);
        // Not the bibs, nor the bibs in order: 40 numbers drawn from 900 do not follow the roster.
        assertThat(numbers.values()).isNotEqualTo(bibs);
        assertThat(numbers.entrySet()).anyMatch(e -> !e.getKey().equals(e.getValue()));
        // Never a number that is also a bib (40 of 900 numbers are bibs here: a plain draw hits one most times).
        assertThat(numbers.values()).doesNotContainAnyElementsOf(bibs);
        assertThatThrownBy(() -> store.workNumbers("stand", "prelim")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no round stand/prelim in contest.yaml");
        store.close();
        store = engine.open(dir, StoreFixture.contest(), StoreFixture.CLOCK);
        assertThat(store.workNumbers("stand", "final")).isEqualTo(numbers);
        assertThat(StoreFixture.rows(store)).isEmpty(); // the numbers are not facts
    }
}
