package org.podium.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Event;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.domain.RoundResult;
import org.podium.domain.Status;
import org.podium.scoring.ScoringEngine;
import org.podium.service.RoundReport;
import org.podium.domain.RoundStage;
import org.podium.store.JournalRow;
import org.podium.ui.common.I18n;

/** The board's model without a screen: paging, the latest finishers, the marker and the published-only safeguard. */
class BoardViewModelTest {
    private final I18n en = I18n.forLocale(Locale.ROOT);

    private static List<BoardRow> rows(int n) {
        List<BoardRow> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new BoardRow(String.valueOf(100 + i), "N" + i, "U" + i, i, Status.OK, BigDecimal.valueOf(100 - i), ""));
        }
        return out;
    }

    private static List<String> bibs(List<BoardRow> rows) {
        return rows.stream().map(BoardRow::bib).toList();
    }

    @Test
    void pagesHoldAsManyLinesAsFitAndTurnRound() {
        BoardViewModel model = new BoardViewModel(en);
        model.rowsPerPageProperty().set(10);
        model.show("Contest", "Stand · Final", rows(23), List.of(), BoardStanding.LIVE);
        // 23 lines, 10 a page: 10, 10, 3.
        assertThat(model.pageCountProperty().get()).isEqualTo(3);
        assertThat(model.pageRows()).hasSize(10).first().extracting(BoardRow::bib).isEqualTo("101");
        assertThat(model.pageTextProperty().get()).isEqualTo("page 1 / 3");
        model.nextPage();
        assertThat(model.pageRows()).first().extracting(BoardRow::bib).isEqualTo("111");
        model.nextPage();
        assertThat(bibs(model.pageRows())).containsExactly("121", "122", "123");
        model.nextPage();
        assertThat(model.pageProperty().get()).isZero();
        // A taller window: 12 a page, 2 pages, the first one shown.
        model.rowsPerPageProperty().set(12);
        assertThat(model.pageCountProperty().get()).isEqualTo(2);
        assertThat(model.pageRows()).hasSize(12);
        // Everything fits: one page and no page number.
        model.rowsPerPageProperty().set(30);
        assertThat(model.pageCountProperty().get()).isEqualTo(1);
        assertThat(model.pageTextProperty().get()).isEmpty();
        model.rowsPerPageProperty().set(0);
        assertThat(model.pageRows()).hasSize(1);
    }

    @Test
    void newResultsOfTheSameRoundKeepThePageAndAnotherRoundStartsAtTheFirst() {
        BoardViewModel model = new BoardViewModel(en);
        model.rowsPerPageProperty().set(10);
        model.show("Contest", "Stand · Final", rows(23), List.of(), BoardStanding.LIVE);
        model.nextPage();
        model.show("Contest", "Stand · Final", rows(24), List.of(), BoardStanding.LIVE);
        assertThat(model.pageProperty().get()).isEqualTo(1);
        model.nextPage();
        model.show("Contest", "Stand · Final", rows(15), List.of(), BoardStanding.LIVE);
        assertThat(model.pageProperty().get()).isZero(); // page 3 is gone
        model.nextPage();
        model.show("Contest", "Fire · Final", rows(15), List.of(), BoardStanding.LIVE);
        assertThat(model.pageProperty().get()).isZero();
    }

    @Test
    void theLatestFinishersAreShownNewestFirstUpToTheCount() {
        BoardViewModel model = new BoardViewModel(en);
        List<BoardRow> all = rows(8);
        List<BoardRow> latest = List.of(all.get(6), all.get(2), all.get(7), all.get(0), all.get(5), all.get(1));
        model.show("Contest", "Stand · Final", all, latest, BoardStanding.LIVE);
        assertThat(bibs(model.latest())).containsExactly("107", "103", "108", "101", "106");
        model.latestCountProperty().set(2);
        assertThat(bibs(model.latest())).containsExactly("107", "103");
        assertThat(model.latest()).isSameAs(model.latest());
        assertThat(model.pageRows()).isSameAs(model.pageRows());
    }

    @Test
    void latestFinishersComeFromTheNewestFinishingFactsOfTheRound() {
        List<BoardRow> all = rows(5);
        List<Fact> facts = List.of(
                Fact.time("e", "final", "101", "T1", 60_000, null, Origin.NONE),
                Fact.time("e", "final", "102", "T1", 61_000, null, Origin.NONE),
                Fact.lap("e", "final", "104", "T1", 2, 62_000, null, Origin.NONE), // the last lap: 104 finished
                Fact.status("e", "final", "105", null, Status.DNF, null, Origin.NONE),
                Fact.mark("e", "final", "103", "J1", "C1", BigDecimal.ONE, null, Origin.NONE), // a mark: no finish
                Fact.time("e", "prelim", "103", "T1", 61_000, null, Origin.NONE), // another round
                Fact.lap("e", "final", "103", "T1", 1, 30_000, null, Origin.NONE), // a first split: not finished
                Fact.mark("e", "final", "101", "J1", "C1", BigDecimal.TEN, null, Origin.NONE), // a judge's save
                Fact.penalty("e", "final", "102", "J1", "P1", 1, null, Origin.NONE), // a penalty
                Fact.theory("e", "102", BigDecimal.TEN, Origin.NONE), // theory is not a round's record
                Fact.time("other", "final", "103", "T1", 61_000, null, Origin.NONE), // another event
                Fact.time("e", "final", "999", "T1", 61_000, null, Origin.NONE)); // not on the board
        assertThat(bibs(BoardRows.latest(all, facts, "e", "final", 2, 5))).containsExactly("105", "104", "102", "101");
        assertThat(bibs(BoardRows.latest(all, facts, "e", "final", 2, 2))).containsExactly("105", "104");
        // With one lap, 103's first split is its whole record: 103 finished last.
        assertThat(bibs(BoardRows.latest(all, facts, "e", "final", 1, 2))).containsExactly("103", "105");
    }

    @Test
    void aMarkSavedForAnEntryNeverChangesTheLatestFinishers() throws Exception {
        Sample sample = sample(false);
        List<BoardRow> before = BoardRows.content(sample.report(List.of()), 5).latest();
        // The oldest of the five, and an entry not among them, get a judge's mark, a penalty and a submit.
        for (String bib : List.of(before.get(4).bib(), "101")) {
            List<Fact> facts = new ArrayList<>(sample.facts);
            facts.add(Fact.mark("stand", "final", bib, "J1", "C1", new BigDecimal("30"), null, Origin.NONE));
            facts.add(Fact.penalty("stand", "final", bib, "J1", "P1", 1, null, Origin.NONE));
            RoundReport after = new RoundReport(1, sample.round, List.of(), RoundStage.OPEN, facts,
                    List.of(journal(2, "submit", bib)), List.of(), Map.of());
            assertThat(BoardRows.content(after, 5).latest()).isEqualTo(before);
        }
    }

    @Test
    void aBlindRoundNotYetPublishedShowsNoRankingScoreOrTotal() throws Exception {
        Sample blind = sample(true);
        BoardContent content = BoardRows.content(blind.report(List.of()), 5);
        assertThat(content.blind()).isTrue();
        assertThat(content.rows()).isEmpty();
        assertThat(content.standing()).isEqualTo(BoardStanding.LIVE);
        // The finishers by name only, by their finishing facts (the sample's late mark of 115 is not one).
        assertThat(bibs(content.latest())).containsExactly("130", "140", "138", "137", "136");
        assertThat(content.latest()).allSatisfy(r -> {
            assertThat(r.rank()).isNull();
            assertThat(r.total()).isNull();
            assertThat(r.award()).isEmpty();
            assertThat(r.name()).isNotEmpty();
        });
        // A judge's save changes nothing the board holds.
        List<Fact> marked = new ArrayList<>(blind.facts);
        marked.add(Fact.mark("stand", "final", "136", "J1", "C1", new BigDecimal("12"), null, Origin.NONE));
        BoardContent after = BoardRows.content(new RoundReport(1, blind.round, List.of(), RoundStage.OPEN, marked,
                List.of(), List.of(), Map.of()), 5);
        assertThat(after.rows()).isEqualTo(content.rows());
        assertThat(after.latest()).isEqualTo(content.latest());

        // On the board: no lines, the reason in their place, the finishers as "finished".
        BoardViewModel model = new BoardViewModel(en);
        assertThat(model.show("Contest", content)).isTrue();
        assertThat(model.pageRows()).isEmpty();
        assertThat(model.waitingProperty().get())
                .isEqualTo("Blind judging: the ranking will appear here once this round is published.");
        assertThat(model.latest()).hasSize(5);
        assertThat(model.latestText(model.latest().get(0))).isEqualTo("finished");
        assertThat(model.latestText(new BoardRow("1", "", "", null, Status.DNF, null, ""))).isEqualTo("DNF");
        // Published-only refuses it like any live ranking.
        model.modeProperty().set(BoardMode.PUBLISHED_ONLY);
        assertThat(model.show("Contest", content)).isFalse();
    }

    @Test
    void aBlindRoundOncePublishedShowsTheFullRanking() throws Exception {
        Sample blind = sample(true);
        RoundReport published = new RoundReport(9, blind.round, List.of(), RoundStage.OPEN.after("lock", 8).after("publish", 9),
                blind.facts, List.of(journal(8, "lock", null), journal(9, "publish", null)), List.of(), Map.of());
        BoardContent content = BoardRows.content(published, 5);
        assertThat(content.blind()).isFalse();
        assertThat(content.standing()).isEqualTo(BoardStanding.OFFICIAL);
        assertThat(content.rows()).isEqualTo(BoardRows.of(blind.round)).hasSize(37);
        assertThat(content.rows().get(0).total()).isEqualByComparingTo("96.10");
        assertThat(content.latest().get(0).rank()).isNotNull();
        // Unlocked after publication: live again, and the names stay public (as at the judge station).
        RoundReport unlocked = new RoundReport(10, blind.round, List.of(), RoundStage.OPEN.after("lock", 8).after("publish", 9).after("unlock", 10),
                blind.facts, List.of(journal(8, "lock", null), journal(9, "publish", null),
                journal(10, "unlock", null)), List.of(), Map.of());
        assertThat(BoardRows.content(unlocked, 5).rows()).hasSize(37);
        assertThat(BoardRows.content(unlocked, 5).standing()).isEqualTo(BoardStanding.LIVE);
    }

    @Test
    void aRoundNotJudgedBlindIsShownLiveAsBefore() throws Exception {
        Sample open = sample(false);
        BoardContent content = BoardRows.content(open.report(List.of()), 5);
        assertThat(content.blind()).isFalse();
        assertThat(content.standing()).isEqualTo(BoardStanding.LIVE);
        assertThat(content.rows()).isEqualTo(BoardRows.of(open.round));
        assertThat(content.roundTitle()).isEqualTo("显示器支架组装 · 决赛");
        assertThat(bibs(content.latest())).containsExactly("130", "140", "138", "137", "136");
        BoardViewModel model = new BoardViewModel(en);
        model.show("Contest", content);
        assertThat(model.waitingProperty().get()).isEmpty();
        assertThat(model.latestText(content.latest().get(0))).startsWith("#");
    }

    /** The monitor-stand sample's final, scored, as if its event judged blind or not. */
    private record Sample(RoundResult round, List<Fact> facts) {
        RoundReport report(List<JournalRow> journal) {
            return new RoundReport(0, round, List.of(), RoundStage.OPEN, facts, journal, List.of(), Map.of());
        }
    }

    private static Sample sample(boolean blind) throws Exception {
        Path dir = Path.of("contests/monitor-stand");
        ContestFolder.Loaded loaded = ContestFolder.loadWithScores(dir, List.of(dir.resolve("scores/sample.csv")));
        RoundResult round = new ScoringEngine().score(loaded.folder().contest(), loaded.facts()).rounds().get(0);
        Event e = round.event();
        Event event = new Event(e.id(), e.name(), e.timekeepers(), e.judges(), blind, e.laps(), e.attempts(),
                e.timing(), e.timeScore(), e.quality(), e.theoryMax(), e.penalties(), e.weights(), e.tieBreak(),
                e.rounds(), e.awards());
        return new Sample(new RoundResult(event, round.round(), round.rows(), round.awardRound(), round.quota()),
                loaded.facts());
    }

    /** A lock event of the final (or a submit, with its bib), as the journal holds it. */
    private static JournalRow journal(long id, String kind, String bib) {
        return new JournalRow(id, kind, "stand", "final", bib, bib == null ? "C" : "J1", null, null, null, null, "C",
                "head", "2024-05-01T10:00:00Z", null, null, "h" + id);
    }

    @Test
    void theMarkerSaysLiveOrPublishedProvisionalOrOfficial() {
        BoardViewModel model = new BoardViewModel(en);
        assertThat(model.markerProperty().get()).isEmpty();
        assertThat(model.waitingProperty().get()).isEqualTo("Results will appear here.");
        model.show("Contest", "Stand · Final", rows(3), List.of(), BoardStanding.LIVE);
        assertThat(model.markerProperty().get()).isEqualTo("● LIVE");
        assertThat(model.waitingProperty().get()).isEmpty();
        model.show("Contest", "Stand · Final", rows(3), List.of(), BoardStanding.PROVISIONAL);
        assertThat(model.markerProperty().get()).isEqualTo("PUBLISHED · PROVISIONAL");
        model.show("Contest", "Stand · Final", rows(3), List.of(), BoardStanding.OFFICIAL);
        assertThat(model.markerProperty().get()).isEqualTo("PUBLISHED · OFFICIAL");
        assertThat(model.standingProperty().get()).isEqualTo(BoardStanding.OFFICIAL);
        BoardViewModel zh = new BoardViewModel(I18n.forLocale(Locale.SIMPLIFIED_CHINESE));
        zh.show("Contest", "Stand · Final", rows(3), List.of(), BoardStanding.LIVE);
        assertThat(zh.markerProperty().get()).isEqualTo("● 实时成绩");
        zh.show("Contest", "Stand · Final", rows(3), List.of(), BoardStanding.OFFICIAL);
        assertThat(zh.markerProperty().get()).isEqualTo("已公布 · 正式成绩");
        model.clear();
        assertThat(model.markerProperty().get()).isEmpty();
        assertThat(model.pageRows()).isEmpty();
    }

    @Test
    void publishedOnlyRefusesLiveResultsAndTakesLiveOnesOffTheBoard() {
        BoardViewModel model = new BoardViewModel(en);
        List<BoardRow> all = rows(3);
        model.show("Contest", "Stand · Final", all, List.of(all.get(0)), BoardStanding.LIVE);
        model.modeProperty().set(BoardMode.PUBLISHED_ONLY);
        // The live ranking is gone at once; the contest's name stays.
        assertThat(model.pageRows()).isEmpty();
        assertThat(model.latest()).isEmpty();
        assertThat(model.markerProperty().get()).isEmpty();
        assertThat(model.contestNameProperty().get()).isEqualTo("Contest");
        assertThat(model.waitingProperty().get()).isEqualTo("Results will appear here once they are published.");
        assertThat(model.show("Contest", "Stand · Final", all, List.of(), BoardStanding.LIVE)).isFalse();
        assertThat(model.pageRows()).isEmpty();
        assertThat(model.show("Contest", "Stand · Final", all, List.of(), BoardStanding.PROVISIONAL)).isTrue();
        assertThat(model.pageRows()).hasSize(3);
        // Back to live: the published ranking stays until the head table shows the live one.
        model.modeProperty().set(BoardMode.LIVE);
        assertThat(model.pageRows()).hasSize(3);
        assertThat(model.show("Contest", "Stand · Final", all, List.of(), BoardStanding.LIVE)).isTrue();
        // A published ranking stays when published-only is chosen again.
        model.show("Contest", "Stand · Final", all, List.of(), BoardStanding.OFFICIAL);
        model.modeProperty().set(BoardMode.PUBLISHED_ONLY);
        assertThat(model.pageRows()).hasSize(3);
    }

    @Test
    void unrankedLinesShowTheirStatusInTheBoardsLanguage() {
        BoardViewModel model = new BoardViewModel(I18n.forLocale(Locale.SIMPLIFIED_CHINESE));
        BoardRow dnf = new BoardRow("118", "郭海龙", "车间", null, Status.DNF, null, "");
        assertThat(model.rankText(dnf)).isEqualTo("未完成");
        assertThat(BoardViewModel.totalText(dnf)).isEmpty();
        assertThat(model.rankText(rows(1).get(0))).isEqualTo("1");
        for (Status s : Status.values()) {
            assertThat(model.rankText(new BoardRow("1", "", "", null, s, null, ""))).isNotBlank();
            assertThat(new BoardViewModel(en).rankText(new BoardRow("1", "", "", null, s, null, ""))).isNotBlank();
        }
    }

    @Test
    void theSampleOnTheBoardRankedThenDnfAndDsqWithoutIncompleteOrDns() throws Exception {
        Path dir = Path.of("contests/monitor-stand");
        ContestFolder.Loaded loaded = ContestFolder.loadWithScores(dir, List.of(dir.resolve("scores/sample.csv")));
        RoundResult round = new ScoringEngine().score(loaded.folder().contest(), loaded.facts()).rounds().get(0);
        List<BoardRow> rows = BoardRows.of(round);
        // golden/monitor-stand/rank.csv: 35 ranked, then 122 INCOMPLETE, 118 and 137 DNF, 127 and 139 DNS.
        assertThat(rows).hasSize(37);
        assertThat(rows.get(0)).isEqualTo(new BoardRow("101", "张伟", "冠捷显示总装一车间", 1, Status.OK,
                new BigDecimal("96.10"), "一等奖"));
        assertThat(bibs(rows.subList(35, 37))).containsExactly("118", "137");
        assertThat(BoardRows.title(round)).isEqualTo("显示器支架组装 · 决赛");
        // The sample ends with a late time of 130 after 133's penalty withdrawn, then a late mark of 115: neither a
        // penalty nor a mark is a finish, so 130 is the newest finisher, then the last times recorded (140, 138).
        assertThat(bibs(BoardRows.latest(rows, loaded.facts(), "stand", "final", 1, 3))).containsExactly("130", "140", "138");
    }
}
