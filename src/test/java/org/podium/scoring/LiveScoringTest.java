package org.podium.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.ContestResult;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.FactTable;
import org.podium.domain.Origin;

/**
 * The engine kept warm (issue 17) gives after every step of a history (facts appended, corrections, withdrawals) exactly
 * the results a fresh engine gives of the current facts: the sample contests' facts replayed with random corrections and
 * withdrawals, read through frozen copies as the head table does.
 */
class LiveScoringTest {

    @ParameterizedTest
    @ValueSource(strings = {"sanitation", "monitor-stand", "fire-safety"})
    void everyStepOfARandomHistoryScoresAsAFreshEngineWould(String slug) throws Exception {
        ContestFolder folder = ContestFolder.load(Path.of("contests", slug));
        List<Fact> facts = folder.readScores(List.of(Path.of("contests", slug, "scores", "sample.csv")));
        for (long seed = 1; seed <= 6; seed++) {
            Random rnd = new Random(seed);
            FactTable table = new FactTable();
            LiveScoring live = new LiveScoring(folder.contest(), seed % 2 == 0 ? 1 : 400);
            List<Integer> positions = new ArrayList<>();
            int step = 0;
            for (Fact f : facts) {
                positions.add(table.append(f));
                if (rnd.nextInt(6) == 0) {
                    Fact a = facts.get(rnd.nextInt(facts.size()));
                    Fact b = facts.get(rnd.nextInt(facts.size()));
                    if (a.kind() == b.kind() && java.util.Objects.equals(a.item(), b.item()) && a.kind() != FactKind.THEORY) {
                        // a correction: fact a's key with fact b's value (valid: same kind and item)
                        positions.add(table.append(new Fact(a.kind(), a.event(), a.round(), a.bib(), a.official(), a.item(),
                                a.attempt(), b.millis(), b.amount(), b.status(), new Origin("correction", step))));
                    }
                }
                if (rnd.nextInt(8) == 0) {
                    table.withdraw(positions.get(rnd.nextInt(positions.size())));
                }
                if (rnd.nextInt(3) == 0 || step == facts.size() - 1) {
                    FactTable frozen = table.freeze();
                    ContestResult incremental = live.score(frozen);
                    ContestResult fresh = new ScoringEngine().score(folder.contest(), new ArrayList<>(frozen));
                    assertSame(incremental, fresh, slug + ", seed " + seed + ", step " + step);
                }
                step++;
            }
        }
    }

    /**
     * A generated two-round contest of 60 entrants with coarse marks and times (many ties), tiers, titles, a quota to the
     * final with a limit per unit, and two attempts in the final: every fact appended one at a time (so a change of
     * one entry is worked out in its window), with corrections and withdrawals, scored after each.
     */
    @Test
    void oneFactAtATimeInABigRoundWithTiesScoresAsAFreshEngineWould(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("contest.yaml"), String.join("\n",
                "contest: {name: 窗口测试赛, date: 2026-11-23, venue: 车间, organiser: 工会}",
                "decimals: 0",
                "events:",
                "  - id: e",
                "    name: 装配",
                "    timekeepers: [T1, T2, T3]",
                "    judges: [J1, J2, J3]",
                "    attempts: 2",
                "    timing: {aggregate: median, limit: \"5:00\"}",
                "    quality:",
                "      aggregate: trimmed-mean",
                "      criteria:",
                "        - {id: C1, name: 紧固, max: 10}",
                "        - {id: C2, name: 规范, max: 10, kind: judgement}",
                "    total:",
                "      weights: {time: 0.5, quality: 0.5}",
                "    ranking:",
                "      tie_break: [quality]",
                "    rounds:",
                "      - {id: prelim, name: 初赛, advance: {share: 0.5, max_per_unit: 9}}",
                "      - {id: final, name: 决赛, awards: true}",
                "    awards:",
                "      tiers:",
                "        - {name: 一等奖, share: 0.1}",
                "        - {name: 二等奖, share: 0.2}",
                "        - {name: 三等奖, share: 0.3}",
                "      ties: strict",
                "      titles:",
                "        - {name: 技能标兵, count: 2}",
                "        - {name: 巾帼标兵, count: 1, where: {gender: 女}}",
                ""));
        StringBuilder roster = new StringBuilder("bib,name,unit,team,event,heat,gender\n");
        for (int i = 1; i <= 60; i++) {
            roster.append(i).append(",选手").append(i).append(",车间").append(i % 7).append(",,e,1,").append(i % 3 == 0 ? "女" : "男")
                    .append('\n');
        }
        java.nio.file.Files.writeString(dir.resolve("roster.csv"), roster);
        ContestFolder folder = ContestFolder.load(dir);
        Random rnd = new Random(17);
        List<Fact> facts = new ArrayList<>();
        for (String round : List.of("prelim", "final")) {
            for (int i = 1; i <= 60; i++) {
                for (int a = 1; a <= (round.equals("final") ? 2 : 1); a++) {
                    Integer attempt = round.equals("final") ? a : null;
                    int base = 60_000 + rnd.nextInt(6) * 1000;
                    for (String tk : List.of("T1", "T2", "T3")) {
                        facts.add(Fact.time("e", round, Integer.toString(i), tk, base + rnd.nextInt(2) * 1000, attempt, Origin.NONE));
                    }
                    for (String j : List.of("J1", "J2", "J3")) {
                        facts.add(Fact.mark("e", round, Integer.toString(i), j, "C1", java.math.BigDecimal.valueOf(6 + rnd.nextInt(4)), attempt, Origin.NONE));
                        facts.add(Fact.mark("e", round, Integer.toString(i), j, "C2", java.math.BigDecimal.valueOf(1 + rnd.nextInt(3)), attempt, Origin.NONE));
                    }
                }
            }
        }
        java.util.Collections.shuffle(facts, rnd);
        FactTable table = new FactTable();
        LiveScoring live = new LiveScoring(folder.contest());
        List<Integer> positions = new ArrayList<>();
        int step = 0;
        for (Fact f : facts) {
            positions.add(table.append(f));
            if (rnd.nextInt(10) == 0) {
                table.withdraw(positions.get(rnd.nextInt(positions.size())));
            }
            if (step > 600 && rnd.nextInt(4) == 0) {
                Fact a = facts.get(rnd.nextInt(facts.size()));
                Fact b = facts.get(rnd.nextInt(facts.size()));
                if (a.kind() == b.kind() && java.util.Objects.equals(a.item(), b.item())) {
                    positions.add(table.append(new Fact(a.kind(), a.event(), a.round(), a.bib(), a.official(), a.item(),
                            a.attempt(), b.millis(), b.amount(), b.status(), Origin.NONE)));
                }
            }
            FactTable frozen = table.freeze();
            assertSame(live.score(frozen), new ScoringEngine().score(folder.contest(), new ArrayList<>(frozen)), "step " + step);
            step++;
        }
        assertThat(live.windowed()).as("rounds worked out in a window").isGreaterThan(300);
    }

    /** Equal results; on a difference, the first differing row (the whole results are too long to read). */
    static void assertSame(ContestResult incremental, ContestResult fresh, String what) {
        for (int r = 0; r < Math.min(incremental.rounds().size(), fresh.rounds().size()); r++) {
            List<org.podium.domain.EntryResult> a = incremental.rounds().get(r).rows();
            List<org.podium.domain.EntryResult> b = fresh.rounds().get(r).rows();
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                assertThat(a.get(i)).as("%s: round %d, row %d", what, r, i).isEqualTo(b.get(i));
            }
            assertThat(a).as("%s: round %d", what, r).hasSameSizeAs(b);
            assertThat(incremental.rounds().get(r)).as("%s: round %d", what, r).isEqualTo(fresh.rounds().get(r));
        }
        assertThat(incremental.rejected()).as("%s: rejected", what).containsExactlyElementsOf(fresh.rejected());
        assertThat(incremental.teams()).as("%s: teams", what).containsExactlyElementsOf(fresh.teams());
        assertThat(incremental).as(what).isEqualTo(fresh);
    }

    @Test
    void whatTheSecondThreadThrowsIsThrownByTheCallerAndNeverPrinted() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream was = System.err;
        System.setErr(new java.io.PrintStream(err, true));
        try {
            OutOfMemoryError full = new OutOfMemoryError("Java heap space");
            boolean[] firstRan = new boolean[1];
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.podium.domain.TwoThreads.run("podium-engine", () -> firstRan[0] = true, () -> {
                throw full;
            })).isSameAs(full);
            assertThat(firstRan[0]).isTrue();
            IllegalStateException bad = new IllegalStateException("bad");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.podium.domain.TwoThreads.run("podium-engine", () -> { }, () -> {
                throw bad;
            })).isSameAs(bad);
        } finally {
            System.setErr(was);
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anotherTableIsScoredWhole() throws Exception {
        ContestFolder folder = ContestFolder.load(Path.of("contests", "sanitation"));
        List<Fact> facts = folder.readScores(List.of(Path.of("contests", "sanitation", "scores", "sample.csv")));
        LiveScoring live = new LiveScoring(folder.contest());
        live.score(FactTable.of(facts));
        List<Fact> half = facts.subList(0, facts.size() / 2);
        assertThat(live.score(FactTable.of(new ArrayList<>(half))))
                .isEqualTo(new ScoringEngine().score(folder.contest(), half));
    }
}
