package org.podium.contestfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.podium.domain.Contest;
import org.podium.domain.Contestant;

/** Contest files used by several tests. */
final class Fixtures {
    private Fixtures() {
    }

    /** The contest.yaml of contest-files.md, verbatim. */
    static final String FULL_EXAMPLE = """
            contest:
              name: 2020年岗位练兵首场拉练赛      # shown on sheets and certificates
              date: 2020-07-20
              venue: 冠捷显示厂房
              organiser: 经开区总工会
            decimals: 2                            # places of every published score

            events:
              - id: stand                          # [a-z0-9-]+, unique
                name: 显示器支架组装
                timekeepers: [T1, T2, T3]          # official ids; names and PINs live in the database
                judges: [J1, J2, J3, J4, J5]
                blind_judging: false               # true: judges see a work number, never a name or unit,
                                                   # until the round is published
                laps: 1                            # splits per timekeeper record (default 1)
                attempts: 1                        # tries per entry, the best counts (scoring.md section 14)
                timing:
                  aggregate: median                # median | mean | trimmed-mean | athletics
                  required: 3                      # default: number of timekeepers
                  resolution_ms: 10
                  rounding: half-up                # half-up | up | down
                  tolerance_ms: 500
                  limit: "0:30"                    # optional
                  over_limit: dnf                  # dnf | zero
                time_score:
                  method: ratio-to-best            # ratio-to-best | linear | deduct
                  standard: "0:10"                 # linear, deduct
                  points_per_second: 2             # deduct
                quality:
                  aggregate: trimmed-mean          # mean | median | trimmed-mean
                  trim: 1
                  level: total                     # total | criterion
                  required: 5                      # default: number of judges
                  tolerance: 5                     # optional, measurement spread flag
                  criteria:
                    - {id: C1, name: 螺丝紧固, max: 40, step: 0.5}
                    - {id: C2, name: 扣板到位, max: 30}
                    - {id: C3, name: 工艺规范, max: 30, kind: judgement, scale: 3, max_spread: 1}
                theory:
                  max: 100
                penalties:
                  - {code: P1, name: 违反安全规程, points: 5}
                  - {code: P2, name: 零件掉落, seconds: 2}
                total:
                  weights: {time: 0.4, quality: 0.6}   # must add up to exactly 1
                ranking:
                  tie_break: [quality, time]
                rounds:                            # default: one round, final
                  - {id: prelim, name: 初赛, advance: {count: 8, max_per_unit: 2}}
                  - {id: final, name: 决赛, awards: true}
                awards:
                  tiers:
                    - {name: 一等奖, count: 1}
                    - {name: 二等奖, count: 2}
                    - {name: 三等奖, share: 0.3}
                  quota_rounding: round             # round | floor | ceil
                  ties: share                       # share | strict
                  min_total: 60
                  titles:
                    - {name: 岗位技能标兵, count: 1, tier: 一等奖}
                    - {name: 巾帼建功标兵, count: 1, where: {gender: 女}, min_total: 80}
                    - {name: 青年岗位能手, count: 3, max_age: 35, min_total: 80}

            teams:                                   # optional
              score: sum-best                        # sum-best | mean-best
              k: 3
            """;

    /**
     * A small valid contest, lines 1 to 13; {@link #minimal(String)} appends event keys from line 14.
     */
    static final String MINIMAL = """
            contest:
              name: 拉练赛
              date: 2020-07-20
            events:
              - id: stand
                name: 支架
                timekeepers: [T1, T2, T3]
                judges: [J1, J2, J3]
                quality:
                  criteria:
                    - {id: C1, name: 紧固, max: 40}
                total:
                  weights: {time: 0.4, quality: 0.6}
            """;

    /** {@link #MINIMAL} with {@code eventLines} (indented by 4 spaces) appended to its event, from line 14 on. */
    static String minimal(String eventLines) {
        return MINIMAL + eventLines.stripIndent().lines().map(l -> "    " + l + "\n").reduce("", String::concat);
    }

    /**
     * Two events for the scores tests: {@code stand} (timekeepers T1-T3, judges J1-J3, criteria C1
     * measurement 0..40 step 0.5 and C3 judgement 0..3 of 30, penalties P1 5 points and P2 2 seconds, two laps,
     * time, quality and theory, rounds prelim and final, theory max 50) and {@code weld} (T1, J1, criterion W1,
     * two attempts, one round, no theory).
     */
    static final String TWO_EVENTS = """
            contest:
              name: 拉练赛
            events:
              - id: stand
                name: 支架
                timekeepers: [T1, T2, T3]
                judges: [J1, J2, J3]
                laps: 2
                quality:
                  criteria:
                    - {id: C1, name: 紧固, max: 40}
                    - {id: C3, name: 工艺, max: 30, kind: judgement}
                theory: {max: 50}
                penalties:
                  - {code: P1, name: 安全, points: 5}
                  - {code: P2, name: 掉落, seconds: 2}
                total:
                  weights: {time: 0.4, quality: 0.4, theory: 0.2}
                rounds:
                  - {id: prelim, name: 初赛, advance: {count: 2}}
                  - {id: final, name: 决赛}
              - id: weld
                name: 焊接
                timekeepers: [T1]
                judges: [J1]
                attempts: 2
                quality:
                  criteria:
                    - {id: W1, name: 焊缝, max: 10}
                total:
                  weights: {time: 0.5, quality: 0.5}
            """;

    static Contest twoEvents() throws ContestFileException {
        Contest c = ContestYaml.parse(TWO_EVENTS, "contest.yaml");
        return c.withRoster(List.of(
                contestant("101", "张伟", "stand"),
                contestant("102", "李娜", "stand"),
                contestant("103", "王芳", "stand"),
                contestant("101", "张伟", "weld"),
                contestant("201", "赵强", "weld")));
    }

    static Contestant contestant(String bib, String name, String event) {
        return new Contestant(bib, name, "", "", event, "", null, null);
    }

    static Path write(Path dir, String name, String text) {
        return write(dir, name, text, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, String text, Charset charset) {
        return writeBytes(dir, name, text.getBytes(charset));
    }

    static Path writeBytes(Path dir, String name, byte[] bytes) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems as {@code file:line:column: message} lines. */
    static List<String> lines(ContestFileException e) {
        return e.problems().stream().map(Problem::toString).toList();
    }
}
