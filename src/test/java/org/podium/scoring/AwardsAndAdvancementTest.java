package org.podium.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.scoring.EventBuilder.byBib;
import static org.podium.scoring.StatusAndRankingTest.marksAreTotals;
import static org.podium.scoring.StatusAndRankingTest.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.podium.domain.Advance;
import org.podium.domain.ContestResult;
import org.podium.domain.Contestant;
import org.podium.domain.EntryResult;
import org.podium.domain.Options;
import org.podium.domain.Round;
import org.podium.domain.RoundResult;
import org.podium.domain.Status;
import org.podium.domain.TeamRules;
import org.podium.domain.TeamStanding;
import org.podium.domain.Tier;
import org.podium.domain.Title;

/** scoring.md sections 10 to 12: tiers, titles, advancement and teams. */
class AwardsAndAdvancementTest {

    /** Ten entries with totals giving ranks 1, 2, 3, 3, 5, 6, 6, 8, 9, 10 (bibs 1..10). */
    private static String[] tenWithTies() {
        String[] marks = {"95", "90", "85", "85", "80", "75", "75", "70", "65", "60"};
        String[] facts = new String[10];
        for (int i = 0; i < 10; i++) {
            facts[i] = (i + 1) + " mark J1 C1 " + marks[i];
        }
        return facts;
    }

    private static EventBuilder ten() {
        return marksAreTotals("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    }

    private static List<String> awards(RoundResult round) {
        List<String> out = new ArrayList<>();
        for (EntryResult r : round.rows()) {
            out.add(r.award() == null ? "-" : r.award());
        }
        return out;
    }

    @Test
    void sharesBecomeCountsAndTiedGroupsAtABoundaryAllGetTheBetterTier() {
        // N = 10; shares 0.1, 0.2, 0.3 -> counts 1, 2, 3; C = 1, 3, 6.
        // share: rank 1 -> A; 2 -> B (2 <= 3); 3, 3 -> B (3 <= 3); 5 -> C; 6, 6 -> C (6 <= 6); 8.. -> none.
        EventBuilder b = ten();
        b.tiers = List.of(new Tier("A", null, new BigDecimal("0.1")), new Tier("B", null, new BigDecimal("0.2")),
                new Tier("C", null, new BigDecimal("0.3")));
        RoundResult round = b.score(b.facts(tenWithTies())).rounds().get(0);
        assertThat(round.quota().cumulative()).containsExactly(1, 3, 6);
        assertThat(awards(round)).containsExactly("A", "B", "B", "B", "C", "C", "C", "-", "-", "-");
    }

    @Test
    void strictTiesDropAGroupThatDoesNotFitWhole() {
        // strict: rank 3 with g = 2: 3 + 1 = 4 > C_2 = 3, but <= C_3 = 6 -> C. rank 5 -> C.
        // rank 6 with g = 2: 7 > 6 -> none.
        EventBuilder b = ten();
        b.ties = Options.TiePolicy.STRICT;
        b.tiers = List.of(new Tier("A", 1, null), new Tier("B", 2, null), new Tier("C", 3, null));
        RoundResult round = b.score(b.facts(tenWithTies())).rounds().get(0);
        assertThat(awards(round)).containsExactly("A", "B", "C", "C", "C", "-", "-", "-", "-", "-");
    }

    @Test
    void quotaRoundingOfAShare() {
        // N = 7: share 0.25 -> 1.75: round 2, floor 1, ceil 2. share 0.5 -> 3.5: round 4, floor 3, ceil 4.
        for (Object[] c : new Object[][] {{Options.QuotaRounding.ROUND, List.of(2, 6)},
                {Options.QuotaRounding.FLOOR, List.of(1, 4)}, {Options.QuotaRounding.CEIL, List.of(2, 6)}}) {
            EventBuilder b = marksAreTotals("1", "2", "3", "4", "5", "6", "7");
            b.quotaRounding = (Options.QuotaRounding) c[0];
            b.tiers = List.of(new Tier("A", null, new BigDecimal("0.25")), new Tier("B", null, new BigDecimal("0.5")));
            RoundResult round = b.score(b.facts("1 mark J1 C1 70", "2 mark J1 C1 60", "3 mark J1 C1 50",
                    "4 mark J1 C1 40", "5 mark J1 C1 30", "6 mark J1 C1 20", "7 mark J1 C1 10")).rounds().get(0);
            assertThat(round.quota().cumulative()).as(c[0].toString()).isEqualTo(c[1]);
        }
    }

    @Test
    void belowMinTotalGetsNoTier() {
        // min_total 80: ranks 1..3 would get A, B, B but bibs 3 and 4 have 85 -> B; bib 5 (80) -> C; 6, 7 (75) none.
        EventBuilder b = ten();
        b.minTotal = new BigDecimal("80");
        b.tiers = List.of(new Tier("A", 1, null), new Tier("B", 2, null), new Tier("C", 5, null));
        RoundResult round = b.score(b.facts(tenWithTies())).rounds().get(0);
        assertThat(awards(round)).containsExactly("A", "B", "B", "B", "C", "-", "-", "-", "-", "-");
    }

    @Test
    void titlesGoDownTheRankingToThoseWhoQualify() {
        // Titles: champion (1, tier A); women's (1, gender 女, min_total 80); youth (2, max_age 35 on 2020-07-20).
        // Women: bibs 3, 4 (tied 85), 6. Share ties: the tied 3 and 4 both get the women's title.
        // Youth: born after 1985-07-20 (35 or younger): bibs 2 (1985-07-21: 34), 4 (1990), 5 (2000);
        //   bib 1 was born 1985-07-20: exactly 35 on the contest date -> qualifies too (age <= 35).
        //   In ranking order 1, 2 -> count 2 reached.
        EventBuilder b = ten();
        b.tiers = List.of(new Tier("A", 1, null), new Tier("B", 2, null));
        b.titles = List.of(new Title("champion", 1, null, null, null, "A", null, null),
                new Title("women", 1, new BigDecimal("80"), null, null, null, Map.of("gender", "女"), null),
                new Title("youth", 2, null, null, null, null, null, 35));
        b.roster.clear();
        String[][] people = {{"1", "男", "1985-07-20"}, {"2", "男", "1985-07-21"}, {"3", "女", "1970-01-01"},
                {"4", "女", "1990-01-01"}, {"5", "男", "2000-01-01"}, {"6", "女", ""}, {"7", "男", ""},
                {"8", "男", ""}, {"9", "男", ""}, {"10", "男", ""}};
        for (String[] p : people) {
            b.entrant(new Contestant(p[0], "N" + p[0], "", "", "e", "", p[2].isEmpty() ? null : LocalDate.parse(p[2]),
                    Map.of("gender", p[1])));
        }
        Map<String, EntryResult> r = byBib(b.score(b.facts(tenWithTies())).rounds().get(0));
        assertThat(r.get("1").titles()).containsExactly("champion", "youth");
        assertThat(r.get("2").titles()).containsExactly("youth");
        assertThat(r.get("3").titles()).containsExactly("women");
        assertThat(r.get("4").titles()).containsExactly("women");
        assertThat(r.get("5").titles()).isEmpty();
        assertThat(r.get("6").titles()).isEmpty();
    }

    @Test
    void aStrictTitleStopsAtATiedGroupThatDoesNotFit() {
        // Title count 3, strict: ranks 1, 2 get it (2 given); the tied 3, 3 would make 4 > 3: none, and it stops,
        // so rank 5 does not get it either. With share, 3 and 3 both get it (4 holders) and it stops.
        EventBuilder strict = ten();
        strict.ties = Options.TiePolicy.STRICT;
        strict.titles = List.of(new Title("t", 3, null, null, null, null, null, null));
        Map<String, EntryResult> s = byBib(strict.score(strict.facts(tenWithTies())).rounds().get(0));
        assertThat(List.of("1", "2", "3", "4", "5").stream().map(x -> s.get(x).titles().size()).toList())
                .containsExactly(1, 1, 0, 0, 0);
        EventBuilder share = ten();
        share.titles = List.of(new Title("t", 3, null, null, null, null, null, null));
        Map<String, EntryResult> h = byBib(share.score(share.facts(tenWithTies())).rounds().get(0));
        assertThat(List.of("1", "2", "3", "4", "5").stream().map(x -> h.get(x).titles().size()).toList())
                .containsExactly(1, 1, 1, 1, 0);
    }

    @Test
    void advancementTakesTheFirstKWithTiesAtTheBoundaryAndRefusesOthersInTheNextRound() {
        // prelim advance count 3: ranks 1, 2, 3, 3, 5 -> bibs 1, 2, 3, 4 advance (tie at the boundary).
        EventBuilder b = marksAreTotals("1", "2", "3", "4", "5");
        b.rounds = List.of(new Round("prelim", "初赛", new Advance(3, null, null), false), new Round("final", "决赛", null, false));
        ContestResult result = b.score(b.facts("1 mark J1 C1 90", "2 mark J1 C1 80", "3 mark J1 C1 70", "4 mark J1 C1 70",
                "5 mark J1 C1 60", "@final", "1 mark J1 C1 50", "5 mark J1 C1 99"));
        RoundResult prelim = result.rounds().get(0);
        assertThat(prelim.rows().stream().filter(EntryResult::advances).map(EntryResult::bib).toList())
                .containsExactly("1", "2", "3", "4");
        RoundResult fin = result.rounds().get(1);
        assertThat(order(fin)).containsExactly("1:1", "2:DNS", "3:DNS", "4:DNS");
        assertThat(result.rejected()).hasSize(1);
        assertThat(result.rejected().get(0).reason())
                .isEqualTo("bib 5 has no entry in round final of event e (it did not advance from round prelim)");
        assertThat(fin.awardRound()).isTrue();
        assertThat(prelim.awardRound()).isFalse();
    }

    @Test
    void aShareOfRankedEntriesAndARoundWithoutAdvanceSendsEveryone() {
        // share 0.5 of 5 ranked = 2.5 -> round 3: bibs 1, 2, 3. DNS bib 6 is not ranked and stays.
        EventBuilder b = marksAreTotals("1", "2", "3", "4", "5", "6");
        b.rounds = List.of(new Round("prelim", "初赛", new Advance(null, new BigDecimal("0.5"), null), false),
                new Round("semi", "半决赛", null, false), new Round("final", "决赛", null, false));
        ContestResult result = b.score(b.facts("1 mark J1 C1 90", "2 mark J1 C1 80", "3 mark J1 C1 70",
                "4 mark J1 C1 60", "5 mark J1 C1 50"));
        assertThat(result.rounds().get(1).rows().stream().map(EntryResult::bib).toList()).containsExactly("1", "2", "3");
        // The semi-final has no advance: all its entries (here all DNS) have entries in the final.
        assertThat(result.rounds().get(2).rows().stream().map(EntryResult::bib).toList()).containsExactly("1", "2", "3");
    }

    @Test
    void aUnitAtItsLimitIsPassedOver() {
        // K = 4, at most 2 per unit. Ranks: 1 A, 2 A, 3 A, 4 B, 5 A, 6 C, 7 D.
        // 1 A (A=1), 2 A (A=2), 3 A passed over, 4 B, 5 A passed over, 6 C -> 4 advanced: 1, 2, 4, 6.
        EventBuilder b = marksAreTotals();
        String[] units = {"A", "A", "A", "B", "A", "C", "D"};
        List<String> facts = new ArrayList<>();
        for (int i = 0; i < units.length; i++) {
            b.entrant(String.valueOf(i + 1), units[i], "");
            facts.add((i + 1) + " mark J1 C1 " + (90 - i));
        }
        b.rounds = List.of(new Round("prelim", "初赛", new Advance(4, null, 2), false), new Round("final", "决赛", null, false));
        ContestResult result = b.score(b.facts(facts.toArray(new String[0])));
        assertThat(result.rounds().get(1).rows().stream().map(EntryResult::bib).toList()).containsExactly("1", "2", "4", "6");
    }

    @Test
    void aTieAtAUnitsLimitAdvancesWholeAndAnEmptyUnitIsNeverLimited() {
        // K = 3, U = 2. Rank 1 A; rank 2 tied A, A (A had 1 before the group: both advance, A = 3);
        // then 3 advanced = K. Unit-less entries: K = 3, U = 1, ranks 1, 2, 3 all with empty unit -> all advance.
        EventBuilder b = marksAreTotals();
        b.entrant("1", "A", "").entrant("2", "A", "").entrant("3", "A", "").entrant("4", "B", "");
        b.rounds = List.of(new Round("prelim", "初赛", new Advance(3, null, 2), false), new Round("final", "决赛", null, false));
        ContestResult result = b.score(b.facts("1 mark J1 C1 90", "2 mark J1 C1 80", "3 mark J1 C1 80", "4 mark J1 C1 70"));
        assertThat(result.rounds().get(1).rows().stream().map(EntryResult::bib).toList()).containsExactly("1", "2", "3");
        EventBuilder e = marksAreTotals("1", "2", "3", "4");
        e.rounds = List.of(new Round("prelim", "初赛", new Advance(3, null, 1), false), new Round("final", "决赛", null, false));
        ContestResult r2 = e.score(e.facts("1 mark J1 C1 90", "2 mark J1 C1 80", "3 mark J1 C1 70", "4 mark J1 C1 60"));
        assertThat(r2.rounds().get(1).rows().stream().map(EntryResult::bib).toList()).containsExactly("1", "2", "3");
    }

    @Test
    void teamsSumTheirKBestAndBreakTiesByTheBestMember() {
        // k = 2, sum-best. X: 90, 80, 70 -> 170 (best 90). Y: 85, 85 -> 170 (best 85). Z: one ranked member -> INCOMPLETE.
        // W: 80 + 75 = 155. X 1st (tie on 170 broken by best member 90 > 85), Y 2nd, W 3rd, Z unranked.
        EventBuilder b = marksAreTotals();
        b.teams = new TeamRules(Options.TeamScore.SUM_BEST, 2);
        String[][] rows = {{"1", "X", "90"}, {"2", "X", "80"}, {"3", "X", "70"}, {"4", "Y", "85"}, {"5", "Y", "85"},
                {"6", "Z", "60"}, {"7", "Z", ""}, {"8", "W", "80"}, {"9", "W", "75"}};
        List<String> facts = new ArrayList<>();
        for (String[] r : rows) {
            b.entrant(r[0], "", r[1]);
            if (!r[2].isEmpty()) {
                facts.add(r[0] + " mark J1 C1 " + r[2]);
            }
        }
        List<TeamStanding> teams = b.score(b.facts(facts.toArray(new String[0]))).teams();
        assertThat(teams).extracting(TeamStanding::team, TeamStanding::rank, TeamStanding::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("X", 1, Status.OK), org.assertj.core.groups.Tuple.tuple("Y", 2, Status.OK),
                org.assertj.core.groups.Tuple.tuple("W", 3, Status.OK),
                org.assertj.core.groups.Tuple.tuple("Z", null, Status.INCOMPLETE));
        assertThat(teams.get(0).score()).isEqualTo(new BigDecimal("170.00"));
        assertThat(teams.get(0).counted()).containsExactly("1", "2");
        assertThat(teams.get(3).counted()).containsExactly("6");
        assertThat(teams.get(3).score()).isNull();
    }

    @Test
    void meanBestRoundsTheMeanAndEqualTeamsShareARankListedByName() {
        // k = 2, mean-best: P: (85 + 84.99) / 2 = 84.995 -> 85.00; Q: (90 + 80) / 2 = 85.00 (best 90 > 85 -> Q first).
        // R and S both 70 + 70 -> 70.00 with best 70: shared rank 3, listed by name.
        EventBuilder b = marksAreTotals();
        b.criteria = List.of(new org.podium.domain.Criterion("C1", "C1", new BigDecimal("100"),
                Options.CriterionKind.MEASUREMENT, new BigDecimal("0.01"), 3, 1));
        b.teams = new TeamRules(Options.TeamScore.MEAN_BEST, 2);
        String[][] rows = {{"1", "P", "85"}, {"2", "P", "84.99"}, {"3", "Q", "90"}, {"4", "Q", "80"}, {"5", "S", "70"},
                {"6", "S", "70"}, {"7", "R", "70"}, {"8", "R", "70"}};
        List<String> facts = new ArrayList<>();
        for (String[] r : rows) {
            b.entrant(r[0], "", r[1]);
            facts.add(r[0] + " mark J1 C1 " + r[2]);
        }
        List<TeamStanding> teams = b.score(b.facts(facts.toArray(new String[0]))).teams();
        assertThat(teams).extracting(TeamStanding::team, TeamStanding::rank, t -> t.score().toPlainString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Q", 1, "85.00"), org.assertj.core.groups.Tuple.tuple("P", 2, "85.00"),
                org.assertj.core.groups.Tuple.tuple("R", 3, "70.00"), org.assertj.core.groups.Tuple.tuple("S", 3, "70.00"));
    }
}
