package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.store.LockAction;
import org.podium.domain.Role;
import org.podium.store.SqliteContestStore;

/**
 * The judge read model and submit rule of issue 13, asserted on what the service hands out: monitor-stand (event
 * stand, round final; criteria C1, C2, C3; penalties P1, P2), judges J1 and J2, chief C, organiser O, timekeeper T1.
 */
class JudgeSheetsTest {
    @TempDir
    Path dir;
    SqliteContestStore store;
    JudgeSheets sheets;

    @BeforeEach
    void open() throws Exception {
        Path folder = ServiceFixtures.monitorStand(dir);
        Contest contest = ContestFolder.load(folder).contest();
        store = new SqliteContestStore(folder.resolve("contest.db"), contest, Clock.systemUTC());
        ServiceFixtures.officials(store, Role.JUDGE, "J1", "J2");
        ServiceFixtures.officials(store, Role.CHIEF, "C");
        ServiceFixtures.officials(store, Role.TIMEKEEPER, "T1");
        sheets = new JudgeSheets(contest, store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void mark(String judge, String bib, String criterion, String value) throws Exception {
        store.record(judge, "judge", Fact.mark("stand", "final", bib, judge, criterion, new BigDecimal(value), null,
                Origin.NONE), null);
    }

    private void penalty(String judge, String bib, String code, int count) throws Exception {
        store.record(judge, "judge", Fact.penalty("stand", "final", bib, judge, code, count, null, Origin.NONE), null);
    }

    /** J1 and J2 both mark 101 and 102 and count penalties; J2 submits 101. */
    private void twoJudgesMark() throws Exception {
        mark("J1", "101", "C1", "31");
        mark("J1", "102", "C2", "20");
        penalty("J1", "101", "P1", 1);
        mark("J2", "101", "C1", "35.5");
        mark("J2", "101", "C2", "25");
        mark("J2", "101", "C3", "2");
        mark("J2", "102", "C1", "12");
        penalty("J2", "102", "P2", 2);
        store.submitSheet("J2", "judge", "stand", "final", "101", "J2", null);
    }

    @Test
    void aJudgeIsHandedOnlyTheirOwnMarksPenaltiesAndSubmits() throws Exception {
        twoJudgesMark();

        JudgeHeat j1 = sheets.heat("J1", "J1", "stand", "final", 1);

        assertThat(j1.marks()).isEqualTo(Map.of("101", Map.of("C1", new BigDecimal("31")),
                "102", Map.of("C2", new BigDecimal("20"))));
        assertThat(j1.penalties()).isEqualTo(Map.of("101", Map.of("P1", 1)));
        assertThat(j1.submitted()).isEmpty();
        JudgeHeat j2 = sheets.heat("J2", "J2", "stand", "final", 1);
        assertThat(j2.marks().get("101")).containsOnlyKeys("C1", "C2", "C3");
        assertThat(j2.penalties()).isEqualTo(Map.of("102", Map.of("P2", 2)));
        assertThat(j2.submitted()).containsExactly("101");
    }

    @Test
    void afterPublishingAJudgeIsStillHandedOnlyTheirOwnMarks() throws Exception {
        twoJudgesMark();
        store.lockRound("C", "head", "stand", "final", null);
        store.publishRound("C", "head", "stand", "final");

        JudgeHeat j1 = sheets.heat("J1", "J1", "stand", "final", 1);

        assertThat(j1.published()).isTrue();
        assertThat(j1.locked()).isTrue();
        assertThat(j1.marks().get("101")).isEqualTo(Map.of("C1", new BigDecimal("31")));
        assertThat(j1.penalties()).containsOnlyKeys("101");
    }

    @Test
    void aJudgeCannotAskForAnotherJudgesSheetsButTheChiefCan() throws Exception {
        twoJudgesMark();

        assertThatThrownBy(() -> sheets.heat("J1", "J2", "stand", "final", 1)).isInstanceOf(Refused.class)
                .hasMessageContaining("J1 may see only their own sheets");
        assertThatThrownBy(() -> sheets.heat("T1", "J2", "stand", "final", 1)).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> sheets.heat("nobody", "J2", "stand", "final", 1)).isInstanceOf(Refused.class);

        JudgeHeat typedByChief = sheets.heat("C", "J2", "stand", "final", 1);
        assertThat(typedByChief.marks().get("102")).isEqualTo(Map.of("C1", new BigDecimal("12")));
        assertThat(typedByChief.marks().get("101")).containsEntry("C1", new BigDecimal("35.5"));
    }

    @Test
    void anIncompleteSheetIsRefusedByTheServiceAndNothingIsRecorded() throws Exception {
        twoJudgesMark();
        long before = store.lastRowId();

        assertThatThrownBy(() -> sheets.submit("J1", "script", "stand", "final", "101", "J1", null))
                .isInstanceOfSatisfying(Refused.class, refused -> {
                    assertThat(refused.key()).contains("judging.error.incomplete");
                    assertThat(refused.args()).containsExactly("C2, C3");
                    assertThat(refused.getMessage()).isEqualTo(
                            "Not submitted: C2, C3 still without a mark. A sheet is submitted when every criterion has a mark.");
                });

        assertThat(store.lastRowId()).isEqualTo(before);
        assertThat(sheets.heat("J1", "J1", "stand", "final", 1).submitted()).isEmpty();
    }

    @Test
    void anotherJudgesMarksDoNotCompleteASheet() throws Exception {
        twoJudgesMark(); // J2 has C1, C2, C3 on 101; J1 only C1

        assertThatThrownBy(() -> sheets.submit("C", "head", "stand", "final", "101", "J1", null))
                .isInstanceOf(Refused.class);
    }

    @Test
    void aCompleteSheetIsSubmittedAndReopenedWithAReason() throws Exception {
        twoJudgesMark();
        mark("J1", "101", "C2", "28");
        mark("J1", "101", "C3", "3");

        sheets.submit("J1", "judge", "stand", "final", "101", "J1", null);

        assertThat(sheets.heat("J1", "J1", "stand", "final", 1).submitted()).containsExactly("101");
        assertThat(store.journal()).filteredOn(r -> r.lockAction() == LockAction.SUBMIT && "J1".equals(r.official()))
                .hasSize(1);
        assertThatThrownBy(() -> sheets.reopen("J1", "judge", "stand", "final", "101", "J1", null, " "))
                .isInstanceOf(Refused.class);
        assertThat(sheets.heat("J1", "J1", "stand", "final", 1).submitted()).containsExactly("101");
        sheets.reopen("J1", "judge", "stand", "final", "101", "J1", null, "C2 misread");
        assertThat(sheets.heat("J1", "J1", "stand", "final", 1).submitted()).isEmpty();
    }

    @Test
    void theStoresRefusalComesOutAsASheetRefusal() throws Exception {
        store.lockRound("C", "head", "stand", "final", null);

        assertThatThrownBy(() -> sheets.record("J1", "judge", Fact.mark("stand", "final", "101", "J1", "C1",
                new BigDecimal("30"), null, Origin.NONE)))
                .isInstanceOfSatisfying(Refused.class, refused -> {
                    assertThat(refused.key()).contains("store.refused.ROUND_LOCKED");
                    assertThat(refused.args()).containsExactly("stand", "final");
                });
    }
}
