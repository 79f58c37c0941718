package org.podium.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.podium.contestfile.ContestFolder;

class WorkNumbersTest {
    private static Contest monitorStand() throws Exception {
        return ContestFolder.load(Path.of("contests/monitor-stand")).contest();
    }

    @Test
    void everyEntrantGetsADistinctFourDigitNumberThatDoesNotFollowTheBibs() throws Exception {
        Contest contest = monitorStand();
        Map<String, String> numbers = WorkNumbers.of(contest, contest.event("stand"));

        assertThat(numbers).hasSize(40);
        assertThat(new HashSet<>(numbers.values())).hasSize(40);
        assertThat(numbers.values()).allMatch(n -> n.matches("[1-9][0-9]{3}"));
        List<String> byNumber = new ArrayList<>(numbers.keySet());
        byNumber.sort((a, b) -> numbers.get(a).compareTo(numbers.get(b)));
        assertThat(byNumber).isNotEqualTo(new ArrayList<>(numbers.keySet()));
    }

    @Test
    void theSameContestAlwaysGivesTheSameNumbersAndANewEntrantMovesNoOther() throws Exception {
        Contest contest = monitorStand();
        Map<String, String> before = WorkNumbers.of(contest, contest.event("stand"));
        assertThat(WorkNumbers.of(monitorStand(), contest.event("stand"))).isEqualTo(before);

        List<Contestant> roster = new ArrayList<>(contest.roster());
        roster.add(new Contestant("141", "新选手", "", "", "stand", "3", null, Map.of()));
        Map<String, String> after = WorkNumbers.of(contest.withRoster(roster), contest.event("stand"));

        assertThat(after).hasSize(41).containsAllEntriesOf(before);
    }

    @Test
    void aLargeEventGetsFiveDigits() throws Exception {
        Contest contest = monitorStand();
        List<Contestant> roster = new ArrayList<>();
        for (int i = 1; i <= 5000; i++) {
            roster.add(new Contestant(Integer.toString(i), "选手" + i, "", "", "stand", "", null, Map.of()));
        }
        Map<String, String> numbers = WorkNumbers.of(contest.withRoster(roster), contest.event("stand"));

        assertThat(new HashSet<>(numbers.values())).hasSize(5000);
        assertThat(numbers.values()).allMatch(n -> n.matches("[1-9][0-9]{4}"));
    }
}
