package org.podium.contestfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProblemTest {
    @Test
    void showsFileLineColumnAndMessage() {
        assertThat(new Problem("contests/x/contest.yaml", 14, 7, "unknown key 'agregate'").toString())
                .isEqualTo("contests/x/contest.yaml:14:7: unknown key 'agregate'");
    }

    @Test
    void leavesOutAnUnknownColumn() {
        assertThat(Problem.at("roster.csv", 5, "empty bib").toString()).isEqualTo("roster.csv:5: empty bib");
    }

    @Test
    void leavesOutAnUnknownLine() {
        assertThat(Problem.of("roster.csv", "is empty").toString()).isEqualTo("roster.csv: is empty");
        assertThat(new Problem("roster.csv", 0, 4, "x").toString()).isEqualTo("roster.csv: x");
    }

    @Test
    void refusesNegativePlaces() {
        assertThatThrownBy(() -> new Problem("f", -1, 0, "m")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exceptionMessageIsTheProblemsOnePerLine() {
        ContestFileException e = new ContestFileException(List.of(
                Problem.at("a.csv", 2, "first"), new Problem("b.yaml", 3, 9, "second")));
        assertThat(e.getMessage()).isEqualTo("a.csv:2: first\nb.yaml:3:9: second");
        assertThat(e.problems()).hasSize(2);
        assertThat(e.toString()).doesNotContain("Exception");
    }

    @Test
    void exceptionNeedsAProblem() {
        assertThatThrownBy(() -> new ContestFileException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
