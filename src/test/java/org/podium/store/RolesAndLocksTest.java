package org.podium.store;

import org.podium.domain.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.podium.store.StoreFixture.PIN;
import static org.podium.store.StoreFixture.mark;
import static org.podium.store.StoreFixture.time;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.domain.Status;

class RolesAndLocksTest extends StoreContract {
    ContestStore store;

    @BeforeEach
    void open() {
        store = engine.store(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    // --- PINs

    @Test
    void aPinIsKeptOnlyAsASlowSaltedHash() throws Exception {
        assertThat(store.checkPin("T1", PIN).ok()).isTrue();
        assertThat(store.checkPin("T1", "4712".toCharArray()).ok()).isFalse();
        assertThat(store.checkPin("nobody", PIN).ok()).isFalse();
        try (Connection c = engine.connect(dir);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT pin_hash, pin_salt, pin_iterations FROM official ORDER BY id")) {
            byte[] previousSalt = null;
            while (rs.next()) {
                assertThat(new String(rs.getBytes(1), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("4711");
                assertThat(rs.getBytes(1)).hasSize(32);
                assertThat(rs.getBytes(2)).hasSize(16).isNotEqualTo(previousSalt);
                assertThat(rs.getInt(3)).isGreaterThanOrEqualTo(100_000);
                previousSalt = rs.getBytes(2);
            }
        }
    }

    @Test
    void anOfficialIdIsAddedOnceAndImportIsReserved() {
        assertThatThrownBy(() -> store.addOfficial("T1", "Again", Role.JUDGE, PIN)).hasMessage("official T1 already exists");
        assertThatThrownBy(() -> store.addOfficial("import", "x", Role.CHIEF, PIN)).hasMessageContaining("reserved");
        assertThat(store.official("T1")).contains(new OfficialAccount("T1", "Timekeeper One", Role.TIMEKEEPER));
    }

    // --- roles

    @Test
    void aTimekeeperCannotRecordMarks() {
        assertThatThrownBy(() -> store.record("T1", "timing-1", mark("101", "T1", "C1", "30"), null))
                .isInstanceOf(RecordingRefused.class)
                .hasMessage("T1 (timekeeper) may not record mark for stand/final bib 101 official T1 item C1: timekeepers record"
                        + " times, laps, DNS and DNF; a mark is recorded by a judge or the chief");
    }

    @Test
    void aJudgeRecordsOnlyTheirOwnSheets() throws Exception {
        store.record("J1", "judge-1", mark("101", "J1", "C1", "30"), null);
        assertThatThrownBy(() -> store.record("J1", "judge-1", mark("101", "J2", "C1", "30"), null))
                .hasMessage("J1 (judge) may not record mark for stand/final bib 101 official J2 item C1: the record is in the name"
                        + " of J2, and a judge records only their own sheets (official J1)");
        assertThatThrownBy(() -> store.record("J1", "judge-1", time("101", "J1", 60_000), null))
                .hasMessage("J1 (judge) may not record time for stand/final bib 101 official J1: judges record marks and"
                        + " penalties; a time is recorded by a timekeeper or the chief");
        assertThat(StoreFixture.rows(store)).hasSize(1);
    }

    @Test
    void anOfficialRecordsOnlyForAnEventThatListsThem() {
        store.addOfficial("T9", "Spare", Role.TIMEKEEPER, PIN);
        assertThatThrownBy(() -> store.record("T9", "timing-9", time("101", "T9", 60_000), null))
                .hasMessage("T9 (timekeeper) may not record time for stand/final bib 101 official T9: event stand does not list"
                        + " T9 among its timekeepers (T1, T2, T3)");
    }

    @Test
    void statusesAndPenaltiesFollowTheRoles() throws Exception {
        Fact dnf = Fact.status("stand", "final", "101", null, Status.DNF, null, Origin.NONE);
        assertThatThrownBy(() -> store.record("J1", "judge-1", dnf, null))
                .hasMessageStartingWith("J1 (judge) may not record status for stand/final bib 101: judges record marks and penalties");
        assertThatThrownBy(() -> store.record("T1", "timing-1", Fact.penalty("stand", "final", "101", "T1", "P1", 1, null, Origin.NONE), null))
                .hasMessage("T1 (timekeeper) may not record penalty for stand/final bib 101 official T1 item P1: timekeepers"
                        + " record times, laps, DNS and DNF; a penalty is recorded by a judge or the chief");
        store.record("J1", "judge-1", Fact.penalty("stand", "final", "101", "J1", "P1", 1, null, Origin.NONE), null);
        store.record("C", "head", dnf, null);
        store.record("O", "office", time("102", "T2", 60_000), null);
        assertThat(StoreFixture.rows(store)).extracting(JournalRow::kind).containsExactly("penalty", "status", "time");
    }

    @Test
    void anUnknownOfficialRecordsNothing() {
        assertThatThrownBy(() -> store.record("T2", "timing-2", time("101", "T2", 60_000), null))
                .hasMessageStartingWith("official 'T2' is not in the database");
    }

    // --- locks

    @Test
    void afterASheetIsSubmittedAMarkOnItNeedsAReason() throws Exception {
        store.record("J1", "judge-1", mark("101", "J1", "C1", "30"), null);
        store.submitSheet("J1", "judge-1", "stand", "final", "101", "J1", null);
        assertThatThrownBy(() -> store.record("J1", "judge-1", mark("101", "J1", "C1", "31"), " "))
                .hasMessage("J1 may not record mark for stand/final bib 101 official J1 item C1 without a reason: the judge's"
                        + " sheet is submitted, so every change needs a reason");
        store.record("J2", "judge-2", mark("101", "J2", "C1", "31"), null); // another judge's sheet is still open
        long corrected = store.record("J1", "judge-1", mark("101", "J1", "C1", "31"), "misread the torque gauge");
        assertThat(store.journal().get((int) corrected - 1).supersedes()).isEqualTo(StoreFixture.OFFICIAL_ROWS + 1L);
        assertThatThrownBy(() -> store.submitSheet("J1", "judge-1", "stand", "final", "101", "J1", null))
                .hasMessage("the sheet of J1 for stand/final bib 101 is already submitted");
        assertThatThrownBy(() -> store.submitSheet("J1", "judge-1", "stand", "final", "101", "J2", null))
                .hasMessage("J1 (judge) may not record submit sheet of J2 for bib 101: a judge submits only their own sheet (J1)");
    }

    @Test
    void aLockedRoundTakesNothingUntilTheChiefUnlocksItWithAReason() throws Exception {
        store.record("T1", "timing-1", time("101", "T1", 60_000), null);
        assertThatThrownBy(() -> store.lockRound("J1", "judge-1", "stand", "final", null))
                .hasMessage("J1 (judge) may not record lock round of event stand: only a chief locks, unlocks and publishes a round");
        long lock = store.lockRound("C", "head", "stand", "final", null);
        assertThatThrownBy(() -> store.record("T1", "timing-1", time("101", "T1", 61_000), "typo"))
                .hasMessage("round stand/final is locked (#" + lock + "), so nothing more is recorded on it (time for stand/final"
                        + " bib 101 official T1): the chief must unlock it with a reason first");
        assertThatThrownBy(() -> store.record("C", "head", time("101", "T1", 61_000), "typo"))
                .hasMessageStartingWith("round stand/final is locked");
        assertThatThrownBy(() -> store.lockRound("C", "head", "stand", "final", null))
                .hasMessage("C cannot lock round stand/final: it is already locked (#" + lock + ")");
        assertThatThrownBy(() -> store.unlockRound("C", "head", "stand", "final", ""))
                .hasMessage("C cannot unlock round stand/final: unlocking needs a reason (what is to be changed, and why)");

        store.unlockRound("C", "head", "stand", "final", "appeal by bib 101: time misread");
        assertThatThrownBy(() -> store.record("T1", "timing-1", time("101", "T1", 61_000), null))
                .hasMessage("T1 may not record time for stand/final bib 101 official T1 without a reason: the round was locked (#"
                        + lock + ") and unlocked, so every change needs a reason");
        store.record("T1", "timing-1", time("101", "T1", 61_000), "appeal upheld, video checked");
        assertThat(store.currentFacts()).extracting(Fact::millis).containsExactly(61_000L);
    }

    @Test
    void onlyALockedRoundIsPublishedAndEachLockAndPublishLeavesABackup() throws Exception {
        assertThatThrownBy(() -> store.publishRound("C", "head", "stand", "final"))
                .hasMessage("C cannot publish round stand/final: only a locked round is published: lock it first");
        store.record("T1", "timing-1", time("101", "T1", 60_000), null);
        store.lockRound("C", "head", "stand", "final", null);
        store.publishRound("C", "head", "stand", "final");
        assertThatThrownBy(() -> store.publishRound("C", "head", "stand", "final"))
                .hasMessage("C cannot publish round stand/final: it is already published and has not been unlocked since");
        assertThat(StoreFixture.rows(store)).extracting(JournalRow::kind).containsExactly("time", "lock", "publish");
        assertThat(Backups.list(dir.resolve("contest.db"))).extracting(p -> p.getFileName().toString())
                .containsExactly("contest-20200720-013000-auto.db", "contest-20200720-013000-lock-stand-final.db",
                        "contest-20200720-013000-publish-stand-final.db");
        Path publish = Backups.list(dir.resolve("contest.db")).get(2);
        try (SqliteContestStore copy = new SqliteContestStore(publish, StoreFixture.contest(), StoreFixture.CLOCK)) {
            assertThat(StoreFixture.rows(copy)).hasSize(3);
            assertThat(copy.verify().ok()).isTrue();
        }
        assertThat(Files.size(publish)).isPositive();
    }

    @Test
    void aTheoryMarkForAnEventWithoutTheoryIsRefused() {
        assertThatThrownBy(() -> store.record("C", "head", Fact.theory("stand", "101", BigDecimal.TEN, Origin.NONE), null))
                .hasMessage("event stand does not use theory (its total.weights has no theory)");
    }
}
