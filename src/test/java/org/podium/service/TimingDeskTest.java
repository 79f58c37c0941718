package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.Origin;
import org.podium.domain.Status;
import org.podium.domain.Role;
import org.podium.store.SqliteContestStore;

/**
 * The timekeeper's way in of issue 13, asserted on what the service records and hands out: sanitation (event sweep,
 * round final, 2 laps), timekeepers T1 and T2, chief C, judge J1.
 */
class TimingDeskTest {
    @TempDir
    Path dir;
    SqliteContestStore store;
    TimingDesk desk;

    @BeforeEach
    void open() throws Exception {
        Contest contest = ContestFolder.load(Path.of("contests", "sanitation")).contest();
        store = new SqliteContestStore(dir.resolve("contest.db"), contest, Clock.systemUTC());
        ServiceFixtures.officials(store, Role.TIMEKEEPER, "T1", "T2");
        ServiceFixtures.officials(store, Role.CHIEF, "C");
        ServiceFixtures.officials(store, Role.JUDGE, "J1");
        desk = new TimingDesk(contest, store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Fact lap(String bib, String official, int lap, long ms) {
        return Fact.lap("sweep", "final", bib, official, lap, ms, null, Origin.NONE);
    }

    private static Fact dnf(String bib) {
        return Fact.status("sweep", "final", bib, null, Status.DNF, null, Origin.NONE);
    }

    @Test
    void theLapsOfOneEntryAreRecordedTogetherOrNotAtAll() throws Exception {
        assertThat(desk.record("T1", "timekeeper", List.of(lap("1", "T1", 1, 130_000), lap("1", "T1", 2, 262_000)), null))
                .hasSize(2);
        // the second split names another timekeeper: the store refuses it, and the first is not kept either
        assertThatThrownBy(() -> desk.record("T1", "timekeeper", List.of(lap("2", "T1", 1, 131_000),
                lap("2", "T2", 2, 263_000)), null)).isInstanceOf(Refused.class);
        assertThat(store.currentFacts()).extracting(Fact::bib, Fact::item, Fact::millis)
                .containsExactly(tuple("1", "1", 130_000L), tuple("1", "2", 262_000L));
    }

    @Test
    void aTimekeeperIsHandedTheirOwnTimesAndEveryDnsOrDnfButNeverAnotherTimekeepersTimes() throws Exception {
        desk.record("T1", "timekeeper", List.of(lap("1", "T1", 1, 130_000), lap("1", "T1", 2, 262_000)), null);
        desk.record("T2", "timekeeper", List.of(lap("1", "T2", 1, 130_500), lap("1", "T2", 2, 262_400)), null);
        desk.record("T2", "timekeeper", List.of(dnf("3")), null);
        store.record("J1", "judge", Fact.mark("sweep", "final", "1", "J1", "Q1", BigDecimal.ONE, null,
                Origin.NONE), null);

        assertThat(desk.heat("T1", "sweep", "final", 1)).extracting(Fact::kind, Fact::bib, Fact::official)
                .containsExactly(tuple(FactKind.LAP, "1", "T1"), tuple(FactKind.LAP, "1", "T1"),
                        tuple(FactKind.STATUS, "3", null));
        assertThat(desk.heat("T2", "sweep", "final", 1)).extracting(Fact::official).containsOnly("T2", null);
        // a chief at the timekeeper station is handed their own times too, not the timekeepers'
        assertThat(desk.heat("C", "sweep", "final", 1)).extracting(Fact::kind).containsExactly(FactKind.STATUS);
    }

    @Test
    void aWithdrawalAndACorrectionWithAReasonGoThroughTheService() throws Exception {
        long first = desk.record("T1", "timekeeper", lap("4", "T1", 1, 120_000));
        desk.withdraw("T1", "timekeeper", lap("4", "T1", 1, 1), null);
        assertThat(desk.heat("T1", "sweep", "final", 1)).isEmpty();

        desk.record("T1", "timekeeper", List.of(dnf("4")), null);
        desk.withdraw("T1", "timekeeper", dnf("4"), "bib 4 did finish: the DNF was typed on the wrong lane");
        desk.record("T1", "timekeeper", List.of(lap("4", "T1", 1, 121_000), lap("4", "T1", 2, 250_000)), "late entry");
        assertThat(desk.heat("T1", "sweep", "final", 1)).extracting(Fact::millis).containsExactly(121_000L, 250_000L);
        assertThat(first).isPositive();

        Refused nothing = catchThrowableOfType(
                () -> desk.withdraw("T1", "timekeeper", lap("5", "T1", 1, 1), null), Refused.class);
        assertThat(nothing.key()).contains("store.refused.NOTHING_TO_WITHDRAW");
        assertThat(nothing.args()).containsExactly("sweep", "final", "5");
        assertThat(nothing.reasonNeeded()).isFalse();
    }

    @Test
    void aLockedRoundRefusesAndAnUnlockedOneAsksForAReasonSaidFromTheBundle() throws Exception {
        store.lockRound("C", "head", "sweep", "final", null);
        Refused locked = catchThrowableOfType(
                () -> desk.record("T1", "timekeeper", lap("6", "T1", 1, 125_000)), Refused.class);
        assertThat(locked.key()).contains("store.refused.ROUND_LOCKED");
        assertThat(locked.args()).containsExactly("sweep", "final");
        assertThat(locked.reasonNeeded()).isFalse();

        store.unlockRound("C", "head", "sweep", "final", "T1 was late with lane 6");
        Refused reason = catchThrowableOfType(
                () -> desk.record("T1", "timekeeper", List.of(lap("6", "T1", 1, 125_000), lap("6", "T1", 2, 251_000)),
                        null), Refused.class);
        assertThat(reason.reasonNeeded()).isTrue();
        assertThat(desk.record("T1", "timekeeper", List.of(lap("6", "T1", 1, 125_000), lap("6", "T1", 2, 251_000)),
                "T1 was late with lane 6")).hasSize(2);
        assertThat(desk.heat("T1", "sweep", "final", 1)).extracting(Fact::bib).containsOnly("6");
    }

    @Test
    void aJudgesTimeIsRefusedWithTheStoresWords() {
        Refused refused = catchThrowableOfType(
                () -> desk.record("J1", "timekeeper", Fact.time("sweep", "final", "1", "J1", 250_000, null,
                        Origin.NONE)), Refused.class);
        assertThat(refused.key()).isEmpty();
        assertThat(refused.getMessage()).contains("J1");
    }
}
