package org.podium.store;

import org.podium.domain.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The PIN rules of contest-files.md ("Samples and PINs") and the growing wait after wrong PINs. */
class PinsTest extends StoreContract {

    private static PinProblem problem(String pin, Role role) {
        return PinRules.problem(pin.toCharArray(), role, false);
    }

    @Test
    void weakPinsAreRefusedOnARealContest() {
        assertThat(problem("0000", Role.JUDGE)).isEqualTo(PinProblem.ONE_DIGIT);
        assertThat(problem("777777", Role.CHIEF)).isEqualTo(PinProblem.ONE_DIGIT);
        assertThat(problem("1234", Role.TIMEKEEPER)).isEqualTo(PinProblem.RUN);
        assertThat(problem("9876", Role.JUDGE)).isEqualTo(PinProblem.RUN);
        assertThat(problem("3210", Role.JUDGE)).isEqualTo(PinProblem.RUN);
        assertThat(problem("456789", Role.ORGANISER)).isEqualTo(PinProblem.RUN);
        assertThat(problem("123", Role.JUDGE)).isEqualTo(PinProblem.TOO_SHORT);
        assertThat(problem("12a4", Role.JUDGE)).isEqualTo(PinProblem.NOT_DIGITS);
        assertThat(problem("5823", Role.CHIEF)).isEqualTo(PinProblem.TOO_SHORT_FOR_HEAD);
        assertThat(problem("58231", Role.ORGANISER)).isEqualTo(PinProblem.TOO_SHORT_FOR_HEAD);
        assertThat(problem("5823", Role.JUDGE)).isNull();
        assertThat(problem("1235", Role.JUDGE)).isNull();
        assertThat(problem("482915", Role.CHIEF)).isNull();
        // a sample asks only 4 digits: its officials have 0000
        assertThat(PinRules.problem("0000".toCharArray(), Role.CHIEF, true)).isNull();
        assertThat(PinRules.problem("000".toCharArray(), Role.JUDGE, true)).isEqualTo(PinProblem.TOO_SHORT);
    }

    @Test
    void pin0000IsRefusedWhenAddingAnOfficialToARealContestAndNothingIsAdded() {
        try (ContestStore store = engine.open(dir, StoreFixture.realContest(),
                StoreFixture.CLOCK)) {
            assertThatThrownBy(() -> store.addOfficial("T1", "张三", Role.TIMEKEEPER, "0000".toCharArray()))
                    .isInstanceOf(WeakPin.class).hasMessageContaining("one digit repeated");
            assertThatThrownBy(() -> store.addOfficial("C", "Chief", Role.CHIEF, "4711".toCharArray()))
                    .isInstanceOf(WeakPin.class).hasMessage("a chief's or organiser's PIN has at least 6 digits");
            assertThat(store.journal()).isEmpty();
            assertThat(store.officials()).isEmpty();
        }
    }

    @Test
    void theWaitGrowsAfterFiveWrongPinsHoldsEvenForTheRightOneAndSurvivesReopening() {
        PeriodicBackupTest.Hand clock = new PeriodicBackupTest.Hand();
        Path db = dir.resolve("contest.db");
        char[] right = "5823".toCharArray();
        char[] wrong = "5824".toCharArray();
        try (ContestStore store = engine.open(dir, StoreFixture.realContest(), clock)) {
            store.addOfficial("J1", "Judge One", Role.JUDGE, right);
            for (int i = 1; i <= 4; i++) {
                assertThat(store.checkPin("J1", wrong)).isEqualTo(new PinCheck(PinCheck.Outcome.WRONG, Duration.ZERO));
            }
            assertThat(store.checkPin("J1", wrong)).isEqualTo(new PinCheck(PinCheck.Outcome.WRONG, Duration.ofSeconds(30)));
            assertThat(store.checkPin("J1", right)).isEqualTo(new PinCheck(PinCheck.Outcome.WAITING, Duration.ofSeconds(30)));
            clock.now = clock.now.plusSeconds(29);
            assertThat(store.checkPin("J1", right).waitSeconds()).isEqualTo(1);
            assertThat(store.checkPin("J2", wrong).waitSeconds()).isZero(); // another id does not wait
        }
        clock.now = clock.now.plusSeconds(1);
        try (ContestStore store = engine.open(dir, StoreFixture.realContest(), clock)) {
            assertThat(store.checkPin("J1", wrong)).isEqualTo(new PinCheck(PinCheck.Outcome.WRONG, Duration.ofSeconds(60)));
        }
        clock.now = clock.now.plusSeconds(59);
        try (ContestStore store = engine.open(dir, StoreFixture.realContest(), clock)) {
            // restarting the app resets nothing
            assertThat(store.checkPin("J1", right)).isEqualTo(new PinCheck(PinCheck.Outcome.WAITING, Duration.ofSeconds(1)));
            clock.now = clock.now.plusSeconds(1);
            assertThat(store.checkPin("J1", right).ok()).isTrue();
            // a right PIN starts the count again
            assertThat(store.checkPin("J1", wrong)).isEqualTo(new PinCheck(PinCheck.Outcome.WRONG, Duration.ZERO));
        }
    }

    @Test
    void theWaitDoublesWithEachMissUpToAnHourAndAnIdWithNoOfficialWaitsToo() {
        assertThat(PinWait.after(4)).isZero();
        assertThat(PinWait.after(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(PinWait.after(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(PinWait.after(7)).isEqualTo(Duration.ofSeconds(120));
        assertThat(PinWait.after(12)).isEqualTo(Duration.ofMinutes(64));
        assertThat(PinWait.after(13)).isEqualTo(Duration.ofMinutes(64));
        assertThat(PinWait.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(64));
        try (ContestStore store = engine.open(dir, StoreFixture.realContest(),
                StoreFixture.CLOCK)) {
            for (int i = 0; i < 5; i++) {
                store.checkPin("T7", "1357".toCharArray());
            }
            assertThat(store.checkPin("T7", "1357".toCharArray()).outcome()).isEqualTo(PinCheck.Outcome.WAITING);
        }
    }
}
