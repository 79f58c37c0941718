package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.Origin;
import org.podium.domain.Role;
import org.podium.contestfile.ContestFolder;
import org.podium.store.JournalRow;
import org.podium.store.SqliteContestStore;

/**
 * The one recording service's rules (issue 13), asked as each official would: who may lock, unlock, publish and
 * acknowledge; who corrects at the head table and with what; the reason after a lock; and that no service method hands a
 * judge another judge's marks.
 */
class RecordingTest {
    @TempDir
    Path dir;
    private SqliteContestStore store;
    private ResultsService results;
    private Recording recording;

    @BeforeEach
    void open() throws Exception {
        ContestFolder folder = ContestFolder.load(FireSafety.folder(dir.resolve("fire-safety")));
        store = FireSafety.store(folder);
        ServiceFixtures.officials(store, Role.JUDGE, "J2");
        results = new ResultsService(folder.contest(), folder.theoryFacts(), store);
        recording = new Recording(results);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> kinds() {
        return store.journal().stream().map(JournalRow::kind).toList();
    }

    private static Fact time(String bib, String timekeeper, long millis) {
        return Fact.time("hose", "prelim", bib, timekeeper, millis, null, Origin.NONE);
    }

    @Test
    void anOrganiserNeitherLocksUnlocksPublishesNorAcknowledges() throws Exception {
        List<String> before = kinds();
        for (ThrowingCall call : List.<ThrowingCall>of(
                () -> recording.lock("O", "hose", "prelim", List.of()),
                () -> recording.unlock("O", "hose", "prelim", "to correct a time"),
                () -> recording.publish("O", "hose", "prelim", null))) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(Refused.class, r -> {
                assertThat(r.key()).hasValue("service.refused.chiefOnly");
                assertThat(r.args()).containsExactly("O");
                assertThat(r).hasMessageContaining("only a chief locks, unlocks and publishes");
            });
        }
        RoundFlag flag = new RoundControl(results).report("O", "hose", "prelim").flags().get(0).flag();
        assertThatThrownBy(() -> recording.acknowledge("O", "hose", "prelim", flag, "video checked"))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).hasValue("service.refused.chiefOnly"));
        // A judge and a timekeeper neither; nothing was recorded by any of them.
        assertThatThrownBy(() -> recording.lock("J1", "hose", "prelim", List.of())).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> recording.lock("T1", "hose", "prelim", List.of())).isInstanceOf(Refused.class);
        assertThat(kinds()).isEqualTo(before);
        // The chief does.
        recording.lock("C", "hose", "prelim", recording.missing("C", "hose", "prelim"));
        assertThat(kinds()).last().isEqualTo("lock");
    }

    @Test
    void anOrganiserRecordsACorrectionWithAReasonAndOnlyTheHeadTableCorrects() throws Exception {
        assertThatThrownBy(() -> recording.correct("O", time("6", "T2", 55_300), " "))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).hasValue("service.refused.reasonNeeded"));
        long id = recording.correct("O", time("6", "T2", 55_300), "T2's paper sheet read again");
        JournalRow row = store.journal().get(store.journal().size() - 1);
        assertThat(row.id()).isEqualTo(id);
        assertThat(row.recordedBy()).isEqualTo("O");
        assertThat(row.station()).isEqualTo(Recording.HEAD);
        assertThat(row.reason()).isEqualTo("T2's paper sheet read again");
        // A timekeeper's or judge's own correction goes through their station, not the head table.
        assertThatThrownBy(() -> recording.correct("T2", time("6", "T2", 55_000), "pressed late"))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).hasValue("service.refused.headOnly"));
        assertThatThrownBy(() -> recording.withdrawAtHead("J1", time("6", "T2", 1), "wrong lane"))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).hasValue("service.refused.headOnly"));
        assertThat(store.lastRowId()).isEqualTo(id);
    }

    @Test
    void afterALockEveryChangeAsksAReasonAndALockedRoundTakesNone() throws Exception {
        recording.lock("C", "hose", "prelim", recording.missing("C", "hose", "prelim"));
        assertThatThrownBy(() -> recording.record("T1", "timekeeper", time("6", "T1", 54_700), null))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).hasValue("store.refused.ROUND_LOCKED"));
        assertThatThrownBy(() -> recording.unlock("C", "hose", "prelim", ""))
                .isInstanceOf(Refused.class).hasMessageContaining("unlocking needs a reason");
        recording.unlock("C", "hose", "prelim", "T1's time is to be checked");
        assertThatThrownBy(() -> recording.record("T1", "timekeeper", time("6", "T1", 54_700), null))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reasonNeeded()).isTrue());
        recording.record("T1", "timekeeper", time("6", "T1", 54_700), "video: 54.70");
        assertThat(store.journal().get(store.journal().size() - 1).reason()).isEqualTo("video: 54.70");
    }

    @Test
    void aJudgeReceivesNoOtherJudgesMarksThroughAnyServiceMethod() throws Exception {
        JudgeSheets sheets = new JudgeSheets(recording);
        sheets.record("J2", "judge", Fact.mark("hose", "prelim", "6", "J2", "A1", new BigDecimal("1"), null, Origin.NONE));
        // The judge's own read model: only their own sheets.
        JudgeHeat own = sheets.heat("J1", "J1", "hose", "prelim", 1);
        assertThat(own.marks()).isNotEmpty();
        assertThatThrownBy(() -> sheets.heat("J1", "J2", "hose", "prelim", 1)).isInstanceOf(Refused.class)
                .hasMessageContaining("only their own sheets");
        // The head table's report holds every judge's marks: refused to a judge and to a timekeeper.
        RoundControl head = new RoundControl(results);
        for (String official : List.of("J1", "T1")) {
            assertThatThrownBy(() -> head.report(official, "hose", "prelim"))
                    .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).hasValue("service.refused.notHead"));
        }
        assertThat(head.report("C", "hose", "prelim").facts()).anyMatch(f -> "J2".equals(f.official()));
        // The timekeeper's read model hands out no mark at all.
        assertThat(new TimingDesk(recording).heat("J1", "hose", "prelim", 1))
                .noneMatch(f -> f.kind() == FactKind.MARK || f.kind() == FactKind.PENALTY);
    }

    @Test
    void anIncompleteSheetIsNotSubmittedAndAJudgeSubmitsOnlyTheirOwn() throws Exception {
        JudgeSheets sheets = new JudgeSheets(recording);
        sheets.record("J2", "judge", mark("J2", "A1", "2"));
        assertThatThrownBy(() -> recording.submit("J2", "judge", "hose", "final", "9", "J2", null))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.key()).hasValue("judging.error.incomplete");
                    assertThat(r.args()).containsExactly("A2, A3");
                });
        sheets.record("J2", "judge", mark("J2", "A2", "3"));
        sheets.record("J2", "judge", mark("J2", "A3", "2"));
        assertThatThrownBy(() -> recording.submit("J1", "judge", "hose", "final", "9", "J2", null))
                .isInstanceOf(Refused.class).hasMessageContaining("only their own sheet");
        assertThat(kinds()).doesNotContain("submit");
        recording.submit("J2", "judge", "hose", "final", "9", "J2", null);
        assertThat(kinds()).last().isEqualTo("submit");
    }

    private static Fact mark(String judge, String criterion, String value) {
        return Fact.mark("hose", "final", "9", judge, criterion, new BigDecimal(value), null, Origin.NONE);
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws Exception;
    }

    /**
     * Issue 15 point 8: a refusal of the store without a station's key still carries what the store said from the
     * bundles, so a station shows it in its own language (Chinese here) and the message is the run's language.
     */
    @Test
    void aStoreRefusalIsSaidInTheStationsLanguage() {
        String bib = "1";
        assertThatThrownBy(() -> recording.record("J1", "judge-1", time(bib, "J1", 61_000), null))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.key()).isEmpty();
                    assertThat(r.said()).isPresent();
                    assertThat(r.said().get().in(java.util.Locale.SIMPLIFIED_CHINESE))
                            .startsWith("J1（裁判员）不能记录 hose/prelim 参赛号 " + bib).contains("裁判员记录评分和扣分");
                    assertThat(r.said().get().in(java.util.Locale.ENGLISH))
                            .startsWith("J1 (judge) may not record time for hose/prelim bib " + bib)
                            .contains("judges record marks and penalties");
                });
    }
}
