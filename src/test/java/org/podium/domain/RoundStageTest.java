package org.podium.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lock stage of a round, worked out in one place from its lock events (issue 13). */
class RoundStageTest {

    @Test
    void aRoundMovesFromOpenThroughLockPublishAndUnlock() {
        RoundStage open = RoundStage.OPEN.after("time", 1).after("submit", 2).after("ack", 3);
        assertThat(open).isEqualTo(RoundStage.OPEN);

        RoundStage locked = open.after("lock", 4);
        assertThat(locked).isEqualTo(new RoundStage(true, false, true, 4L, false));
        RoundStage published = locked.after("publish", 5);
        assertThat(published).isEqualTo(new RoundStage(true, true, true, 4L, true));
        RoundStage unlocked = published.after("unlock", 6);
        // Unlocked: open to facts again (each with a reason), no longer published, but published once.
        assertThat(unlocked).isEqualTo(new RoundStage(false, false, true, 4L, true));
        RoundStage lockedAgain = unlocked.after("lock", 9);
        assertThat(lockedAgain).isEqualTo(new RoundStage(true, false, true, 9L, true));
    }

    @Test
    void onlyLockUnlockAndPublishAreLockEvents() {
        assertThat(RoundStage.lockEvent("lock")).isTrue();
        assertThat(RoundStage.lockEvent("unlock")).isTrue();
        assertThat(RoundStage.lockEvent("publish")).isTrue();
        assertThat(RoundStage.lockEvent("submit")).isFalse();
        assertThat(RoundStage.lockEvent("reopen")).isFalse();
        assertThat(RoundStage.lockEvent(null)).isFalse();
        assertThat(RoundStage.OPEN.after(null, 1)).isEqualTo(RoundStage.OPEN);
    }
}
