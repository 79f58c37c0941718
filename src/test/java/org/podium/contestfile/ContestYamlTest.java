package org.podium.contestfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.podium.contestfile.Fixtures.MINIMAL;
import static org.podium.contestfile.Fixtures.minimal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Advance;
import org.podium.domain.AwardRules;
import org.podium.domain.Component;
import org.podium.domain.Contest;
import org.podium.domain.Criterion;
import org.podium.domain.Event;
import org.podium.domain.Options;
import org.podium.domain.Penalty;
import org.podium.domain.QualityRules;
import org.podium.domain.Round;
import org.podium.domain.TeamRules;
import org.podium.domain.Tier;
import org.podium.domain.TimeScoreRules;
import org.podium.domain.TimingRules;
import org.podium.domain.Title;

class ContestYamlTest {
    @TempDir
    Path dir;

    private static Contest ok(String yaml) throws ContestFileException {
        return ContestYaml.parse(yaml, "contest.yaml");
    }

    private static List<String> problems(String yaml) {
        try {
            ContestYaml.parse(yaml, "contest.yaml");
        } catch (ContestFileException e) {
            return Fixtures.lines(e);
        }
        return fail("expected problems in:\n" + yaml);
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    // ---- a valid file ----

    @Test
    void theFullExampleReadsWithEveryField() throws Exception {
        Path f = Fixtures.write(dir, "contest.yaml", Fixtures.FULL_EXAMPLE);
        Contest c = ContestYaml.read(f);
        assertThat(c.name()).isEqualTo("2020年岗位练兵首场拉练赛");
        assertThat(c.date()).isEqualTo(LocalDate.of(2020, 7, 20));
        assertThat(c.venue()).isEqualTo("冠捷显示厂房");
        assertThat(c.organiser()).isEqualTo("经开区总工会");
        assertThat(c.decimals()).isEqualTo(2);
        assertThat(c.roster()).isEmpty();
        assertThat(c.teams()).isEqualTo(new TeamRules(Options.TeamScore.SUM_BEST, 3));
        assertThat(c.events()).hasSize(1);
        Event e = c.events().get(0);
        assertThat(e.id()).isEqualTo("stand");
        assertThat(e.name()).isEqualTo("显示器支架组装");
        assertThat(e.timekeepers()).containsExactly("T1", "T2", "T3");
        assertThat(e.judges()).containsExactly("J1", "J2", "J3", "J4", "J5");
        assertThat(e.blindJudging()).isFalse();
        assertThat(e.laps()).isEqualTo(1);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.timing()).isEqualTo(new TimingRules(Options.TimeAggregate.MEDIAN, 3, 10, Options.TimeRounding.HALF_UP,
                500, 30_000L, Options.OverLimit.DNF));
        assertThat(e.timeScore()).isEqualTo(new TimeScoreRules(Options.TimeScoreMethod.RATIO_TO_BEST, 10_000L, d("2")));
        assertThat(e.quality()).isEqualTo(new QualityRules(Options.QualityAggregate.TRIMMED_MEAN, 1, Options.QualityLevel.TOTAL, 5,
                d("5"), List.of(
                        new Criterion("C1", "螺丝紧固", d("40"), Options.CriterionKind.MEASUREMENT, d("0.5"), 3, 1),
                        new Criterion("C2", "扣板到位", d("30"), Options.CriterionKind.MEASUREMENT, d("0.5"), 3, 1),
                        new Criterion("C3", "工艺规范", d("30"), Options.CriterionKind.JUDGEMENT, d("0.5"), 3, 1))));
        assertThat(e.theoryMax()).isEqualTo(d("100"));
        assertThat(e.penalties()).containsExactly(
                new Penalty("P1", "违反安全规程", d("5"), null),
                new Penalty("P2", "零件掉落", null, 2000L));
        assertThat(e.weights()).isEqualTo(Map.of(Component.TIME, d("0.4"), Component.QUALITY, d("0.6")));
        assertThat(e.tieBreak()).containsExactly(Options.TieBreak.QUALITY, Options.TieBreak.TIME);
        assertThat(e.rounds()).containsExactly(
                new Round("prelim", "初赛", new Advance(8, null, 2), false),
                new Round("final", "决赛", null, true));
        assertThat(e.awards()).isEqualTo(new AwardRules(
                List.of(new Tier("一等奖", 1, null), new Tier("二等奖", 2, null), new Tier("三等奖", null, d("0.3"))),
                Options.QuotaRounding.ROUND, Options.TiePolicy.SHARE, d("60"),
                List.of(new Title("岗位技能标兵", 1, null, null, null, "一等奖", Map.of(), null),
                        new Title("巾帼建功标兵", 1, d("80"), null, null, null, Map.of("gender", "女"), null),
                        new Title("青年岗位能手", 3, d("80"), null, null, null, Map.of(), 35))));
    }

    @Test
    void defaultsAreThoseOfTheSpec() throws Exception {
        Contest c = ok(MINIMAL);
        assertThat(c.decimals()).isEqualTo(2);
        assertThat(c.venue()).isEmpty();
        assertThat(c.organiser()).isEmpty();
        assertThat(c.teams()).isNull();
        Event e = c.events().get(0);
        assertThat(e.blindJudging()).isFalse();
        assertThat(e.laps()).isEqualTo(1);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.timing()).isEqualTo(new TimingRules(Options.TimeAggregate.MEDIAN, 3, 10, Options.TimeRounding.HALF_UP,
                500, null, Options.OverLimit.DNF));
        assertThat(e.timeScore()).isEqualTo(new TimeScoreRules(Options.TimeScoreMethod.RATIO_TO_BEST, null, null));
        assertThat(e.quality()).isEqualTo(new QualityRules(Options.QualityAggregate.TRIMMED_MEAN, 1, Options.QualityLevel.TOTAL, 3,
                null, List.of(new Criterion("C1", "紧固", d("40"), Options.CriterionKind.MEASUREMENT, d("0.5"), 3, 1))));
        assertThat(e.theoryMax()).isEqualTo(d("100"));
        assertThat(e.penalties()).isEmpty();
        assertThat(e.tieBreak()).isEmpty();
        assertThat(e.rounds()).containsExactly(new Round("final", "", null, false)); // no name of its own (issue 15)
        assertThat(e.awards()).isEqualTo(AwardRules.none());
    }

    @Test
    void aContestIsASampleOnlyWhenItSaysSo() throws Exception {
        assertThat(ok(MINIMAL).sample()).isFalse();
        assertThat(ok(MINIMAL.replace("  date: 2020-07-20\n", "  date: 2020-07-20\n  sample: true\n")).sample()).isTrue();
        assertThat(ok(MINIMAL.replace("  date: 2020-07-20\n", "  date: 2020-07-20\n  sample: false\n")).sample()).isFalse();
        assertThat(problems(MINIMAL.replace("  date: 2020-07-20\n", "  date: 2020-07-20\n  sample: yes\n")))
                .containsExactly("contest.yaml:4:11: contest.sample: expected true or false, found 'yes'");
        assertThat(problems(MINIMAL.replace("  date: 2020-07-20\n", "  date: 2020-07-20\n  sampel: true\n")))
                .singleElement().asString().contains("unknown key 'sampel'", "did you mean 'sample'?");
        for (String slug : List.of("monitor-stand", "sanitation", "fire-safety")) {
            assertThat(ContestYaml.read(Path.of("contests", slug, "contest.yaml")).sample()).as(slug).isTrue();
        }
    }

    @Test
    void awardsAndTitleDefaults() throws Exception {
        Contest c = ok(minimal("""
                awards:
                  tiers:
                    - {name: 一等奖, count: 0}
                  titles:
                    - {name: 标兵}
                """));
        AwardRules a = c.events().get(0).awards();
        assertThat(a.quotaRounding()).isEqualTo(Options.QuotaRounding.ROUND);
        assertThat(a.ties()).isEqualTo(Options.TiePolicy.SHARE);
        assertThat(a.minTotal()).isNull();
        assertThat(a.tiers()).containsExactly(new Tier("一等奖", 0, null));
        assertThat(a.titles()).containsExactly(new Title("标兵", 1, null, null, null, null, Map.of(), null));
    }

    @Test
    void defaultRequiredCountsFollowTheOfficials() throws Exception {
        Event e = ok(minimal("""
                timing: {aggregate: athletics}
                quality: {criteria: [{id: C1, name: a, max: 10, kind: judgement, scale: 4, max_spread: 2}], level: criterion}
                """).replace("    quality:\n      criteria:\n        - {id: C1, name: 紧固, max: 40}\n", "")).events().get(0);
        assertThat(e.timing().required()).isEqualTo(3);
        assertThat(e.timing().aggregate()).isEqualTo(Options.TimeAggregate.ATHLETICS);
        assertThat(e.quality().required()).isEqualTo(3);
        assertThat(e.quality().level()).isEqualTo(Options.QualityLevel.CRITERION);
        assertThat(e.quality().criteria()).containsExactly(
                new Criterion("C1", "a", d("10"), Options.CriterionKind.JUDGEMENT, d("0.5"), 4, 2));
    }

    @Test
    void everyScalarIsReadAsTheTextWritten() throws Exception {
        // YAML 1.1 would make 0:30 the number 30 (base 60), 2020-07-20 a Date, yes a boolean and 0.10 the number 0.1
        Contest c = ok("""
                contest:
                  name: yes
                  date: 2020-07-20
                  venue: 0123
                events:
                  - id: 2020-a
                    name: 1:30
                    timekeepers: [T1]
                    timing: {limit: 0:30}
                    time_score: {method: linear, standard: 0:10}
                    penalties: [{code: 007, name: on, seconds: 0.5}]
                    total: {weights: {time: 1.00}}
                """);
        assertThat(c.name()).isEqualTo("yes");
        assertThat(c.date()).isEqualTo(LocalDate.of(2020, 7, 20));
        assertThat(c.venue()).isEqualTo("0123");
        Event e = c.events().get(0);
        assertThat(e.id()).isEqualTo("2020-a");
        assertThat(e.name()).isEqualTo("1:30");
        assertThat(e.timing().limitMillis()).isEqualTo(30_000L);
        assertThat(e.timeScore().standardMillis()).isEqualTo(10_000L);
        assertThat(e.penalties()).containsExactly(new Penalty("007", "on", null, 500L));
        assertThat(e.weights().get(Component.TIME)).isEqualTo(d("1.00"));
    }

    @Test
    void readsAFileAndNamesItAsGiven() throws Exception {
        Path f = Fixtures.write(dir, "contests/x/contest.yaml", minimal("laps: 0"));
        assertThatThrownBy(() -> ContestYaml.read(f))
                .hasMessage(f + ":14:11: events[0].laps: must be 1 or more, found 0");
    }

    @Test
    void readsGb18030Yaml() throws Exception {
        Path f = Fixtures.write(dir, "contest.yaml", MINIMAL, java.nio.charset.Charset.forName("GB18030"));
        assertThat(ContestYaml.read(f).name()).isEqualTo("拉练赛");
    }

    // ---- keys ----

    @Test
    void anUnknownKeyIsNamedWithItsPlaceAndTheClosestAllowedKey() throws Exception {
        String yaml = Fixtures.FULL_EXAMPLE.replace("      aggregate: median", "      agregate: median");
        Path f = Fixtures.write(dir, "contest.yaml", yaml);
        assertThatThrownBy(() -> ContestYaml.read(f)).hasMessage(f + ":18:7: unknown key 'agregate' under events[0].timing"
                + " (did you mean 'aggregate'? allowed: aggregate, required, resolution_ms, rounding, tolerance_ms, limit, over_limit)");
    }

    @Test
    void anUnknownTopLevelKeyWithoutACloseOneListsTheAllowed() {
        assertThat(problems(MINIMAL + "venue: x\nevent: y\n")).containsExactly(
                "contest.yaml:14:1: unknown key 'venue' at the top level (allowed: contest, decimals, events, teams)",
                "contest.yaml:15:1: unknown key 'event' at the top level (did you mean 'events'? allowed: contest, decimals,"
                        + " events, teams)");
    }

    @Test
    void aDuplicateKeyIsAProblem() {
        assertThat(problems(minimal("laps: 2\nlaps: 3"))).containsExactly(
                "contest.yaml:15:5: duplicate key 'laps' under events[0] (first given at line 14): give each key once");
    }

    @Test
    void missingRequiredKeys() {
        assertThat(problems("contest: {date: 2020-07-20}\ndecimals: 3\n")).containsExactly(
                "contest.yaml:1:1: the file: missing key 'events' (a list of events, each starting with '- id: ...')",
                "contest.yaml:1:10: contest: missing key 'name' (the contest's name, shown on sheets and certificates)");
    }

    @Test
    void anEventWithoutIdNameOrWeights() {
        assertThat(problems("contest: {name: x}\nevents:\n  - timekeepers: [T1]\n")).containsExactly(
                "contest.yaml:3:5: events[0]: missing key 'id' (an id of lower-case letters, digits and '-', like stand)",
                "contest.yaml:3:5: events[0]: missing key 'name' (the event's name, shown on sheets and certificates)",
                "contest.yaml:3:5: events[0]: missing key 'total' (how the components make the total, like"
                        + " total: {weights: {time: 0.4, quality: 0.6}}, adding up to exactly 1)");
    }

    // ---- types and values ----

    @Test
    void aWrongTypeSaysWhatWasExpectedAndFound() {
        assertThat(problems(minimal("laps: abc\nblind_judging: yes\ntimekeepers: T1"))).containsExactly(
                "contest.yaml:14:11: events[0].laps: expected a whole number, found 'abc'",
                "contest.yaml:15:20: events[0].blind_judging: expected true or false, found 'yes'",
                "contest.yaml:16:5: duplicate key 'timekeepers' under events[0] (first given at line 7): give each key once");
    }

    @Test
    void aListWhereOneIsExpected() {
        assertThat(problems(MINIMAL.replace("timekeepers: [T1, T2, T3]", "timekeepers: T1"))).containsExactly(
                "contest.yaml:7:18: events[0].timekeepers: expected a list (like [T1, T2, T3]), found 'T1'",
                "contest.yaml:13:17: events[0].total.weights: time has a weight but the event has no timekeepers: list them"
                        + " (like timekeepers: [T1, T2, T3]) or drop time from the weights");
    }

    @Test
    void aBadEnumValueListsTheAllowedOnes() {
        assertThat(problems(minimal("timing: {rounding: nearest, over_limit: zeor}"))).containsExactly(
                "contest.yaml:14:24: events[0].timing.rounding: unknown value 'nearest' (allowed: half-up, up, down)",
                "contest.yaml:14:45: events[0].timing.over_limit: unknown value 'zeor' (did you mean 'zero'? allowed: dnf, zero)");
    }

    @Test
    void anEventIdMustBeLowerCaseLettersDigitsAndDashes() {
        assertThat(problems(MINIMAL.replace("id: stand", "id: Stand_1"))).containsExactly(
                "contest.yaml:5:9: events[0].id: 'Stand_1' is not a valid event id: use lower-case letters, digits and '-' only"
                        + " (like stand or weld-2)");
    }

    @Test
    void anEventIdUsedTwice() {
        assertThat(problems(MINIMAL + "  - id: stand\n    name: 另一个\n    total: {weights: {theory: 1}}\n")).containsExactly(
                "contest.yaml:14:9: event id 'stand' is used twice (first at line 5): each event id must be different");
    }

    @Test
    void idsUsedTwiceInsideAnEvent() {
        List<String> p = problems(MINIMAL.replace("        - {id: C1, name: 紧固, max: 40}\n",
                "        - {id: C1, name: 紧固, max: 40}\n        - {id: C1, name: 又, max: 10}\n") + """
                    penalties: [{code: P1, points: 1}, {code: P1, points: 2}]
                    rounds: [{id: final}, {id: final}]
                    judges: [J1, J1]
                    awards:
                      tiers: [{name: 一等奖, count: 1}, {name: 一等奖, count: 2}]
                      titles: [{name: 标兵}, {name: 标兵}]
                """);
        assertThat(p).containsExactly(
                "contest.yaml:12:16: criterion id 'C1' is used twice in this event (first at line 11): each criterion id must be different",
                "contest.yaml:15:47: penalty code 'P1' is used twice in this event (first at line 15, column 24): each penalty code must be different",
                "contest.yaml:16:32: round id 'final' is used twice in this event (first at line 16, column 19): each round id must be different",
                "contest.yaml:17:5: duplicate key 'judges' under events[0] (first given at line 8): give each key once",
                "contest.yaml:19:45: tier name '一等奖' is used twice in this event (first at line 19, column 22): each tier name must be different",
                "contest.yaml:20:35: title name '标兵' is used twice in this event (first at line 20, column 23): each title name must be different");
    }

    @Test
    void anOfficialListedTwice() {
        assertThat(problems(MINIMAL.replace("[J1, J2, J3]", "[J1, J2, J1]"))).containsExactly(
                "contest.yaml:8:22: judge 'J1' is used twice in events[0].judges (first at line 8, column 14): each judge must be different");
    }

    // ---- weights ----

    @Test
    void weightsThatDoNotAddUpToOneSayTheirSum() {
        assertThat(problems(MINIMAL.replace("quality: 0.6}", "quality: 0.59}"))).containsExactly(
                "contest.yaml:13:16: events[0].total.weights: weights add up to 0.99, they must add up to exactly 1 (0.01 is missing)");
    }

    @Test
    void weightsMustBeZeroOrMoreAndOnlyTimeQualityTheory() {
        assertThat(problems(MINIMAL.replace("{time: 0.4, quality: 0.6}", "{time: -0.4, quality: 1.4, theroy: 0}"))).containsExactly(
                "contest.yaml:13:23: events[0].total.weights.time: must be 0 or more, found -0.4",
                "contest.yaml:13:43: unknown key 'theroy' under events[0].total.weights (did you mean 'theory'? allowed: time, quality, theory)");
    }

    @Test
    void weightsAreExactDecimals() throws Exception {
        Event e = ok(MINIMAL.replace("{time: 0.4, quality: 0.6}", "{time: 0.1, quality: 0.2, theory: 0.7}")).events().get(0);
        assertThat(e.weights()).isEqualTo(Map.of(Component.TIME, d("0.1"), Component.QUALITY, d("0.2"), Component.THEORY, d("0.7")));
        assertThat(e.uses(Component.THEORY)).isTrue();
    }

    // ---- ranking, rounds, awards ----

    @Test
    void anUnknownTieBreakKey() {
        assertThat(problems(minimal("ranking: {tie_break: [quality, total, quality]}"))).containsExactly(
                "contest.yaml:14:36: events[0].ranking.tie_break[1]: unknown value 'total' (allowed: quality, time, theory, time_score)",
                "contest.yaml:14:43: events[0].ranking.tie_break[2]: 'quality' is listed twice (first at line 14, column 27):"
                        + " each tie-break key is tried once, list it once");
    }

    @Test
    void aTitleTierThatIsNotATier() {
        assertThat(problems(minimal("""
                awards:
                  tiers:
                    - {name: 一等奖, count: 1}
                  titles:
                    - {name: 标兵, tier: 一等}
                """))).containsExactly(
                "contest.yaml:18:28: events[0].awards.titles[0].tier: title '标兵' names tier '一等', which is not a tier of this"
                        + " event (did you mean '一等奖'? tiers: 一等奖)");
    }

    @Test
    void tiersAndAdvanceTakeExactlyOneOfCountAndShare() {
        assertThat(problems(minimal("""
                awards:
                  tiers:
                    - {name: 一等奖}
                    - {name: 二等奖, count: 1, share: 0.5}
                    - {name: 三等奖, count: -1}
                    - {name: 四等奖, share: 1.5}
                rounds:
                  - {id: prelim, advance: {max_per_unit: 0}}
                  - {id: semi, advance: {count: 0}}
                  - {id: final}
                """))).containsExactly(
                "contest.yaml:16:11: events[0].awards.tiers[0]: gives neither count nor share: a tier takes count (like count: 3)"
                        + " or share (a fraction of the ranked entries, like share: 0.3)",
                "contest.yaml:17:11: events[0].awards.tiers[1]: gives both count and share: a tier takes count (like count: 3)"
                        + " or share (a fraction of the ranked entries, like share: 0.3)",
                "contest.yaml:18:30: events[0].awards.tiers[2].count: must be 0 or more, found -1",
                "contest.yaml:19:30: events[0].awards.tiers[3].share: must be above 0 and at most 1 (a fraction, like 0.3), found 1.5",
                "contest.yaml:21:31: events[0].rounds[0].advance: gives neither count nor share: advance takes count (how many"
                        + " advance, like count: 8) or share (a fraction of the ranked entries, like share: 0.5)",
                "contest.yaml:21:46: events[0].rounds[0].advance.max_per_unit: must be 1 or more, found 0",
                "contest.yaml:22:37: events[0].rounds[1].advance.count: must be 1 or more, found 0");
    }

    @Test
    void advanceByShareAndTierByShare() throws Exception {
        Event e = ok(minimal("""
                rounds:
                  - {id: prelim, name: 初赛, advance: {share: 0.5}}
                  - {id: final}
                awards: {tiers: [{name: 一等奖, share: 1}], quota_rounding: ceil, ties: strict, min_total: 59.5}
                """)).events().get(0);
        assertThat(e.rounds()).containsExactly(new Round("prelim", "初赛", new Advance(null, d("0.5"), null), false),
                new Round("final", "final", null, false));
        assertThat(e.awards()).isEqualTo(new AwardRules(List.of(new Tier("一等奖", null, d("1"))), Options.QuotaRounding.CEIL,
                Options.TiePolicy.STRICT, d("59.5"), List.of()));
    }

    @Test
    void oneAwardRoundAndNoAdvanceOnTheLastRound() {
        assertThat(problems(minimal("""
                rounds:
                  - {id: prelim, awards: true}
                  - {id: final, awards: true, advance: {count: 3}}
                """))).containsExactly(
                "contest.yaml:16:29: events[0].rounds[1].awards: only one round can have awards: true (already given at line 15)",
                "contest.yaml:16:35: events[0].rounds[1].advance: the last round cannot have advance (no round follows it):"
                        + " remove advance, or add the round that follows");
    }

    @Test
    void emptyRoundsList() {
        assertThat(problems(minimal("rounds: []"))).containsExactly(
                "contest.yaml:14:13: events[0].rounds: the list is empty: give at least one round, or leave rounds out for one round 'final'");
    }

    // ---- timing and time score ----

    @Test
    void linearNeedsLimitAndStandard() {
        assertThat(problems(minimal("time_score: {method: linear}"))).containsExactly(
                "contest.yaml:14:26: events[0].time_score.method: linear needs timing.limit (the time that scores 0),"
                        + " like timing: {limit: \"0:30\"}",
                "contest.yaml:14:26: events[0].time_score.method: linear needs time_score.standard (the time that scores 100),"
                        + " like standard: \"0:10\"");
        assertThat(problems(minimal("time_score: {method: linear, standard: \"0:10\"}"))).containsExactly(
                "contest.yaml:14:26: events[0].time_score.method: linear needs timing.limit (the time that scores 0),"
                        + " like timing: {limit: \"0:30\"}");
    }

    @Test
    void linearStandardMustBeBelowTheLimit() {
        assertThat(problems(minimal("timing: {limit: 30}\ntime_score: {method: linear, standard: 30}"))).containsExactly(
                "contest.yaml:15:44: events[0].time_score.standard: 0:30.00 must be below timing.limit 0:30.00 (linear scores 100"
                        + " at the standard and 0 at the limit)");
    }

    @Test
    void deductNeedsStandardAndPointsPerSecond() {
        assertThat(problems(minimal("time_score: {method: deduct}"))).containsExactly(
                "contest.yaml:14:26: events[0].time_score.method: deduct needs time_score.standard (the time that still scores"
                        + " 100), like standard: \"0:10\"",
                "contest.yaml:14:26: events[0].time_score.method: deduct needs time_score.points_per_second (points off per"
                        + " second over the standard), like points_per_second: 2");
    }

    @Test
    void deductWithBoth() throws Exception {
        Event e = ok(minimal("time_score: {method: deduct, standard: \"1:02.5\", points_per_second: 1.5}")).events().get(0);
        assertThat(e.timeScore()).isEqualTo(new TimeScoreRules(Options.TimeScoreMethod.DEDUCT, 62_500L, d("1.5")));
    }

    @Test
    void timesThatRaceTimeRefusesUseItsMessage() {
        assertThat(problems(minimal("timing: {limit: \"1:75\"}\ntime_score: {standard: 10.1234}"))).containsExactly(
                "contest.yaml:14:21: events[0].timing.limit: '1:75' is not a time: seconds after a colon must be below 60"
                        + " (write seconds like 83.42, or m:ss.xx like 1:23.42, or h:mm:ss.x)",
                "contest.yaml:15:28: events[0].time_score.standard: '10.1234' is not a time: more than 3 decimals (times are kept"
                        + " to the millisecond) (write seconds like 83.42, or m:ss.xx like 1:23.42, or h:mm:ss.x)");
    }

    @Test
    void requiredCountsMustFitTheOfficials() {
        assertThat(problems(minimal("timing: {required: 4}\n").replace("    quality:\n", "    quality:\n      required: 0\n")))
                .containsExactly(
                        "contest.yaml:10:17: events[0].quality.required: must be from 1 to the number of judges (3), found 0",
                        "contest.yaml:15:24: events[0].timing.required: must be from 1 to the number of timekeepers (3), found 4");
    }

    @Test
    void requiredWithoutOfficials() {
        assertThat(problems(MINIMAL.replace("timekeepers: [T1, T2, T3]", "timing: {required: 1}")
                .replace("{time: 0.4, quality: 0.6}", "{quality: 1}"))).containsExactly(
                "contest.yaml:7:24: events[0].timing.required: the event has no timekeepers, so no record can be required:"
                        + " list the timekeepers or remove required");
    }

    @Test
    void aUsedComponentNeedsItsOfficials() {
        assertThat(problems("""
                contest: {name: x}
                events:
                  - id: a
                    name: A
                    total:
                      weights: {time: 0.5, quality: 0.5}
                """)).containsExactly(
                "contest.yaml:6:17: events[0].total.weights: time has a weight but the event has no timekeepers: list them"
                        + " (like timekeepers: [T1, T2, T3]) or drop time from the weights",
                "contest.yaml:6:28: events[0].total.weights: quality has a weight but the event has no judges: list them"
                        + " (like judges: [J1, J2, J3]) or drop quality from the weights",
                "contest.yaml:6:28: events[0].total.weights: quality has a weight but the event has no criteria: list them under"
                        + " quality.criteria (like - {id: C1, name: ..., max: 40}) or drop quality from the weights");
    }

    // ---- quality, theory, penalties ----

    @Test
    void criterionLimits() {
        assertThat(problems(MINIMAL.replace("{id: C1, name: 紧固, max: 40}",
                "{id: C1, max: 0, step: 0, scale: 0, kind: judgment}") + "    theory: {max: -1}\n")).containsExactly(
                "contest.yaml:11:25: events[0].quality.criteria[0].max: must be above 0, found 0",
                "contest.yaml:11:34: events[0].quality.criteria[0].step: must be above 0, found 0",
                "contest.yaml:11:44: events[0].quality.criteria[0].scale: must be 1 or more, found 0",
                "contest.yaml:11:53: events[0].quality.criteria[0].kind: unknown value 'judgment' (did you mean 'judgement'?"
                        + " allowed: measurement, judgement)",
                "contest.yaml:14:19: events[0].theory.max: must be above 0, found -1");
    }

    @Test
    void aCriterionNeedsAMax() {
        assertThat(problems(MINIMAL.replace("{id: C1, name: 紧固, max: 40}", "{id: C1}"))).containsExactly(
                "contest.yaml:11:11: events[0].quality.criteria[0]: missing key 'max' (the criterion's full marks, above 0, like max: 40)");
    }

    @Test
    void trimAndDecimalsAreNotNegative() {
        assertThat(problems(MINIMAL.replace("    quality:\n", "    quality:\n      trim: -1\n") + "decimals: -2\n")).containsExactly(
                "contest.yaml:10:13: events[0].quality.trim: must be 0 or more, found -1",
                "contest.yaml:15:11: decimals: must be 0 or more, found -2");
    }

    @Test
    void aPenaltyTakesExactlyOneOfPointsAndSeconds() {
        assertThat(problems(minimal("""
                penalties:
                  - {code: P1, name: a}
                  - {code: P2, points: 1, seconds: 2}
                  - {code: P3, seconds: 1.2345}
                """))).containsExactly(
                "contest.yaml:15:9: events[0].penalties[0]: gives neither points nor seconds: a penalty takes exactly one,"
                        + " points (off the total) or seconds (added to the time)",
                "contest.yaml:16:9: events[0].penalties[1]: gives both points and seconds: a penalty takes exactly one,"
                        + " points (off the total) or seconds (added to the time)",
                "contest.yaml:17:29: events[0].penalties[2].seconds: '1.2345' is not a time: more than 3 decimals (times are"
                        + " kept to the millisecond) (write seconds like 83.42, or m:ss.xx like 1:23.42, or h:mm:ss.x)");
    }

    @Test
    void penaltySecondsMayBeDecimal() throws Exception {
        Event e = ok(minimal("penalties: [{code: P2, name: 掉落, seconds: 1.5}, {code: P3, seconds: 0.125}, {code: P4, points: 2.5}]"))
                .events().get(0);
        assertThat(e.penalties()).containsExactly(new Penalty("P2", "掉落", null, 1500L), new Penalty("P3", "P3", null, 125L),
                new Penalty("P4", "P4", d("2.5"), null));
    }

    @Test
    void lapsAttemptsMustBeOneOrMore() {
        assertThat(problems(minimal("laps: 0\nattempts: 0"))).containsExactly(
                "contest.yaml:14:11: events[0].laps: must be 1 or more, found 0",
                "contest.yaml:15:15: events[0].attempts: must be 1 or more, found 0");
    }

    @Test
    void attemptsAreRead() throws Exception {
        assertThat(ok(minimal("attempts: 2\nlaps: 3")).events().get(0)).extracting(Event::attempts, Event::laps).containsExactly(2, 3);
    }

    // ---- titles ----

    @Test
    void titleConditionsOnAComponentTheEventDoesNotUse() {
        assertThat(problems(MINIMAL.replace("{time: 0.4, quality: 0.6}", "{theory: 1}") + """
                    awards:
                      titles:
                        - {name: 标兵, min_quality: 80, min_time_score: 90}
                """)).containsExactly(
                "contest.yaml:16:22: events[0].awards.titles[0].min_quality: title '标兵' sets min_quality but the event does not"
                        + " use quality (total.weights has no quality): remove min_quality or give quality a weight",
                "contest.yaml:16:39: events[0].awards.titles[0].min_time_score: title '标兵' sets min_time_score but the event"
                        + " does not use time (total.weights has no time): remove min_time_score or give time a weight");
    }

    @Test
    void maxAgeNeedsTheContestDate() {
        assertThat(problems(MINIMAL.replace("  date: 2020-07-20\n", "") + """
                    awards:
                      titles:
                        - {name: 青年, max_age: 35}
                """)).containsExactly(
                "contest.yaml:15:22: events[0].awards.titles[0].max_age: title '青年' sets max_age but contest.date is missing"
                        + " (ages are counted on the contest date): add date: yyyy-MM-dd under contest");
    }

    @Test
    void titleConditionsAreRead() throws Exception {
        Title t = ok(minimal("""
                awards:
                  titles:
                    - {name: 标兵, count: 2, min_total: 80, min_quality: 85.5, min_time_score: 70, where: {gender: 女, heat: 1}, max_age: 35}
                """)).events().get(0).awards().titles().get(0);
        assertThat(t).isEqualTo(new Title("标兵", 2, d("80"), d("85.5"), d("70"), null, Map.of("gender", "女", "heat", "1"), 35));
    }

    @Test
    void aBadContestDate() {
        assertThat(problems(MINIMAL.replace("2020-07-20", "2020-02-30"))).containsExactly(
                "contest.yaml:3:9: contest.date: expected a date written yyyy-MM-dd (like 2020-07-20), found '2020-02-30'");
    }

    // ---- teams ----

    @Test
    void teams() throws Exception {
        assertThat(ok(MINIMAL + "teams: {score: mean-best, k: 2}\n").teams()).isEqualTo(new TeamRules(Options.TeamScore.MEAN_BEST, 2));
        assertThat(ok(MINIMAL + "teams: {k: 4}\n").teams()).isEqualTo(new TeamRules(Options.TeamScore.SUM_BEST, 4));
        assertThat(problems(MINIMAL + "teams: {k: 0}\n")).containsExactly("contest.yaml:14:12: teams.k: must be 1 or more, found 0");
        assertThat(problems(MINIMAL + "teams: {score: sum}\n")).containsExactly(
                "contest.yaml:14:8: teams: missing key 'k' (how many best-ranked members count, like k: 3)",
                "contest.yaml:14:16: teams.score: unknown value 'sum' (allowed: sum-best, mean-best)");
    }

    // ---- all at once, syntax, empty ----

    @Test
    void severalProblemsAreReportedAtOnceInFileOrder() {
        assertThat(problems(minimal("laps: 0\ntiming: {agregate: mean}").replace("quality: 0.6}", "quality: 0.7}")
                + "  - id: stand\n    name: b\n    total: {weights: {theory: 1}}\n")).containsExactly(
                "contest.yaml:13:16: events[0].total.weights: weights add up to 1.1, they must add up to exactly 1 (0.1 too much)",
                "contest.yaml:14:11: events[0].laps: must be 1 or more, found 0",
                "contest.yaml:15:14: unknown key 'agregate' under events[0].timing (did you mean 'aggregate'? allowed: aggregate,"
                        + " required, resolution_ms, rounding, tolerance_ms, limit, over_limit)",
                "contest.yaml:16:9: event id 'stand' is used twice (first at line 5): each event id must be different");
    }

    @Test
    void aYamlSyntaxErrorHasItsPlace() {
        List<String> p = problems("contest:\n  name: x\n   venue: y\n");
        assertThat(p).containsExactly("contest.yaml:3:9: not valid YAML: mapping values are not allowed here (check the"
                + " indentation, and put values holding ': ' or '#' in quotes)");
    }

    @Test
    void tabsAreNamed() {
        assertThat(problems("contest:\n\tname: x\n")).singleElement().asString()
                .startsWith("contest.yaml:2:1: not valid YAML: ").endsWith("(YAML indents with spaces, never tabs)");
    }

    @Test
    void anEmptyOrCommentOnlyFile() throws Exception {
        assertThat(problems("# nothing yet\n")).containsExactly(
                "contest.yaml: is empty: expected a contest: section and an events: list");
        Path f = Fixtures.write(dir, "contest.yaml", "\n  \n");
        assertThatThrownBy(() -> ContestYaml.read(f)).hasMessage(f + ": is empty: expected the contest scheme: a contest: section"
                + " and an events: list (see contest-files.md)");
    }

    @Test
    void aFileThatIsNotAMapping() {
        assertThat(problems("- a\n- b\n")).containsExactly("contest.yaml:1:1: the file: expected a mapping (key: value lines), found a list");
    }

    @Test
    void messagesNeverShowExceptionNames() {
        List<String> p = problems("contest: {name: [x\n");
        assertThat(p).singleElement().asString().doesNotContain("Exception").doesNotContain("org.yaml").doesNotContain("\tat ");
    }
}
