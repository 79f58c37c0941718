package org.podium.contestfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Event;
import org.podium.domain.Round;

/** Issue 15 point 7: an event of one round that contest.yaml does not name is not called 决赛; a named one keeps its name. */
class SingleRoundNameTest {
    @TempDir
    Path dir;

    @Test
    void anEventWithoutRoundsHasOneRoundWithNoNameAndTitlesShowTheEventAlone() throws Exception {
        Files.copy(Path.of("contests/monitor-stand/roster.csv"), dir.resolve("roster.csv"));
        String yaml = Files.readString(Path.of("contests/monitor-stand/contest.yaml"))
                .replace("    rounds:\n      - {id: final, name: 决赛}\n", "");
        Files.writeString(dir.resolve("contest.yaml"), yaml);
        Event stand = ContestFolder.load(dir).contest().event("stand");
        Round only = stand.rounds().get(0);
        assertThat(only.id()).isEqualTo("final");
        assertThat(only.named()).isFalse();
        assertThat(only.title(stand.name())).isEqualTo("显示器支架组装").doesNotContain("决赛");

        Round named = ContestFolder.load(Path.of("contests/monitor-stand")).contest().event("stand").rounds().get(0);
        assertThat(named.title("显示器支架组装")).isEqualTo("显示器支架组装 · 决赛");
    }
}
