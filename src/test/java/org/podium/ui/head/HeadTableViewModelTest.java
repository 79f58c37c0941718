package org.podium.ui.head;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.Origin;
import org.podium.exchange.HowScored;
import org.podium.service.FireSafety;
import org.podium.service.ResultsService;
import org.podium.service.RoundControl;
import org.podium.store.SqliteContestStore;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;

/** The head table without a screen: every store and engine call on the calling thread. */
class HeadTableViewModelTest {
    @TempDir
    Path dir;
    private SqliteContestStore store;
    private ContestFolder folder;
    private HeadTableViewModel model;

    @BeforeEach
    void open() throws Exception {
        folder = ContestFolder.load(FireSafety.folder(dir.resolve("fire-safety")));
        store = FireSafety.store(folder);
        model = head("C", true);
    }

    private HeadTableViewModel head(String official, boolean chief) {
        return new HeadTableViewModel(new RoundControl(new ResultsService(folder.contest(), folder.theoryFacts(), store)),
                official, chief, Background.sameThread(), I18n.forLocale(Locale.ROOT));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ResultRow row(String bib) {
        return model.rows().stream().filter(r -> r.bib().equals(bib)).findFirst().orElseThrow();
    }

    @Test
    void theFirstRoundOfTheFirstEventIsShownWithItsRankingFlagsAndStage() {
        assertThat(model.eventProperty().get().id()).isEqualTo("hose");
        assertThat(model.roundProperty().get().id()).isEqualTo("prelim");
        assertThat(model.rows()).hasSize(17);
        assertThat(model.rows().get(0)).extracting(ResultRow::rank, ResultRow::bib, ResultRow::officialTime, ResultRow::theory,
                ResultRow::total, ResultRow::advances).containsExactly("1", "7", "0:45.16", "96.00", "95.70", "✓ goes on");
        assertThat(row("6")).extracting(ResultRow::flags, ResultRow::flagged).containsExactly("Time spread", true);
        assertThat(row("8")).extracting(ResultRow::statusText, ResultRow::rank, ResultRow::flagged)
                .containsExactly("Incomplete", "", true);
        assertThat(row("15").statusText()).isEqualTo("DNS");
        assertThat(model.flags()).extracting(FlagRow::bib, FlagRow::flag, FlagRow::evidence, FlagRow::acknowledgement)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("6", "Time spread", "T1 54.800 · T2 55.200", "NOT acknowledged"),
                        org.assertj.core.groups.Tuple.tuple("13", "Judge spread", "J1 2/3/2 · J2 2/1/2 · J3 2/2/2", "NOT acknowledged"),
                        org.assertj.core.groups.Tuple.tuple("8", "Incomplete", "missing: theory", "NOT acknowledged"));
        assertThat(model.openFlagsProperty().get()).isEqualTo(3);
        assertThat(model.stageProperty().get()).isEqualTo("Open: the stations record");
        assertThat(model.publishNoteProperty().get()).isEqualTo("A round is locked before it is published.");
        assertThat(model.preview()).extracting(HowScored.Line::text).contains("Going on to 决赛: 8 of 15 ranked entries",
                "8. 16  杨帆 · 天津地铁运营集团微型消防站", "Passed over by the limit per unit (at most 2 per unit)",
                "5. 14  孙建平 · 天津港第二港埠公司微型消防站", "8. 2  黄晓明 · 天津港第二港埠公司微型消防站");
    }

    @Test
    void theFilterKeepsTheRowsThatHoldTheTextAndTheDetailShowsEveryRecordAndTheTrail() {
        model.filterProperty().set("医科");
        assertThat(model.rows()).extracting(ResultRow::bib).containsExactly("3", "5", "10", "15");
        model.filterProperty().set("time SPREAD");
        assertThat(model.rows()).extracting(ResultRow::bib).containsExactly("6");
        model.filterProperty().set("");
        assertThat(model.rows()).hasSize(17);

        model.selectedBibProperty().set("6");
        EntryDetail d = model.detailProperty().get();
        assertThat(d.heading()).isEqualTo("6  郑海涛 · 泰达时代中心物业微型消防站");
        assertThat(d.summary()).isEqualTo("Rank 11 · OK · total 70.17");
        assertThat(d.times()).containsExactly("T1  0:54.80", "T2  0:55.20", "Official time 0:55.00");
        assertThat(d.sheets()).containsExactly("J1  A1 2 · A2 2 · A3 2  points 66.67  complete, not submitted",
                "J2  A1 2 · A2 2 · A3 2  points 66.67  complete, not submitted",
                "J3  A1 3 · A2 2 · A3 2  points 73.33  complete, not submitted");
        assertThat(d.other()).containsExactly("Theory 75 → score 75.00");
        assertThat(d.audit()).hasSize(11).first().asString().contains("import @import time hose/prelim 6 T1: 54.8");
        assertThat(model.correction().kindProperty().get()).isEqualTo(FactKind.TIME);
        assertThat(model.correction().valueProperty().get()).isEqualTo("0:54.80");
        assertThat(model.correction().nowProperty().get()).isEqualTo("now: 0:54.80");
    }

    @Test
    void aFlaggedRoundIsNotPublishedUntilEveryFlagIsAcknowledgedWithANote() {
        model.publish();
        assertThat(model.errorProperty().get()).contains("only a locked round is published");
        model.lock();
        assertThat(model.lockedProperty().get()).isFalse();
        assertThat(model.askingProperty().get()).isEqualTo(HeadTableViewModel.Asking.LOCK);
        assertThat(model.askLines()).first().asString().startsWith("Heat ");
        model.confirm();
        assertThat(model.lockedProperty().get()).isTrue();
        assertThat(model.stageProperty().get()).startsWith("Locked (#");
        assertThat(model.publishNoteProperty().get()).isEqualTo("To publish: 3 flag(s) still to acknowledge (tab Flags).");
        model.publish();
        assertThat(model.errorProperty().get()).isEqualTo(
                "Not published: 3 flag(s) not acknowledged as they stand: Time spread 6, Judge spread 13, Incomplete 8.");
        assertThat(model.publishedProperty().get()).isFalse();

        model.selectedFlagProperty().set(model.flags().get(0));
        model.acknowledge();
        assertThat(model.errorProperty().get()).startsWith("Acknowledging Time spread of bib 6 needs a note");
        for (int i = 0; i < 3; i++) {
            FlagRow open = model.flags().stream().filter(f -> !f.acknowledged()).findFirst().orElseThrow();
            model.selectedFlagProperty().set(open);
            model.ackNoteProperty().set("checked " + open.bib());
            model.acknowledge();
            assertThat(model.errorProperty().get()).isEmpty();
        }
        assertThat(model.flags()).extracting(FlagRow::acknowledgement).containsExactly("acknowledged by C: checked 6",
                "acknowledged by C: checked 13", "acknowledged by C: checked 8");
        assertThat(model.openFlagsProperty().get()).isZero();
        assertThat(row("6").flagged()).isFalse();
        model.publish();
        assertThat(model.askingProperty().get()).isEqualTo(HeadTableViewModel.Asking.PUBLISH);
        assertThat(model.publishedProperty().get()).isFalse();
        assertThat(model.askLines()).first().asString().startsWith("Ranked: ");
        model.confirm();
        assertThat(model.publishedProperty().get()).isTrue();
        assertThat(model.infoProperty().get()).startsWith("Round published");
        assertThat(store.journal()).filteredOn(r -> r.kind().equals("publish")).hasSize(1);
    }

    @Test
    void aCorrectionNeedsAReasonChangesTheRankingAndIsInTheTrail() {
        model.selectedBibProperty().set("8");
        Correction c = model.correction();
        c.kindProperty().set(FactKind.THEORY);
        c.valueProperty().set("９１");
        model.recordCorrection();
        assertThat(model.errorProperty().get()).startsWith("A change at the head table needs a reason");
        c.reasonProperty().set("theory paper found in the office");
        model.recordCorrection();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(row("8")).extracting(ResultRow::rank, ResultRow::statusText, ResultRow::flagged).containsExactly("6", "OK", false);
        assertThat(model.detailProperty().get().audit()).last().asString()
                .endsWith("C @head theory hose 8: 91 reason: theory paper found in the office");
        assertThat(c.reasonProperty().get()).isEmpty();
        assertThat(c.valueProperty().get()).as("the field shows what is recorded now, not what was there before")
                .isEqualTo("91");
        assertThat(c.nowProperty().get()).isEqualTo("now: 91");

        c.kindProperty().set(FactKind.MARK);
        c.officialProperty().set("J2");
        c.itemProperty().set("A1");
        c.valueProperty().set("4");
        c.reasonProperty().set("typo");
        model.recordCorrection();
        assertThat(model.errorProperty().get()).isEqualTo("Not recorded: mark 4 on A1 must be a whole number from 0 to 3");
    }

    @Test
    void aFactRecordedByAnotherConnectionAppearsAtTheNextPoll() throws Exception {
        model.poll();
        assertThat(row("8").rank()).isEmpty();
        try (SqliteContestStore other = new SqliteContestStore(folder.dir().resolve("contest.db"), folder.contest(),
                FireSafety.CLOCK)) {
            other.record("C", "head", Fact.theory("hose", "8", new java.math.BigDecimal("91"), Origin.NONE), "found");
        }
        assertThat(row("8").rank()).isEmpty();
        model.poll();
        assertThat(row("8").rank()).isEqualTo("6");
    }

    @Test
    void theNextRoundListsExactlyTheAdvancingContestantsWithNoRecordYet() {
        model.openNextRound();
        assertThat(model.roundProperty().get().id()).isEqualTo("final");
        assertThat(model.rows()).extracting(ResultRow::bib).containsExactlyElementsOf(FireSafety.FINALISTS);
        assertThat(model.rows()).extracting(ResultRow::statusText).containsOnly("no record yet");
        assertThat(model.nextRoundProperty().get()).isNull();
        assertThat(model.preview()).extracting(HowScored.Line::text).contains("Awards as the engine gives them now (N = 0 ranked)");
    }

    @Test
    void anOrganiserSeesTheTableButTheStoreLeavesLockingToTheChief() {
        model = head("O", false);
        assertThat(model.chief()).isFalse();
        model.lock();
        assertThat(model.errorProperty().get()).contains("only a chief locks, unlocks and publishes a round");
        assertThat(model.lockedProperty().get()).isFalse();
    }

    @Test
    void aBlindEventShowsTheWorkNumbersTheDatabaseKeepsAndTheFilterFindsAnEntryByOne() throws Exception {
        store.close();
        Path blind = dir.resolve("blind");
        Path copy = FireSafety.folder(blind);
        Path yaml = copy.resolve("contest.yaml");
        java.nio.file.Files.writeString(yaml, java.nio.file.Files.readString(yaml).replaceFirst(
                "\n    judges: \\[J1, J2, J3\\]\n", "\n    judges: [J1, J2, J3]\n    blind_judging: true\n"));
        folder = ContestFolder.load(copy);
        store = FireSafety.store(folder);
        model = head("C", true);
        String event = model.eventProperty().get().id();
        assertThat(model.eventProperty().get().blindJudging()).isTrue();
        java.util.Map<String, String> kept = store.workNumbers(event, model.roundProperty().get().id());
        assertThat(model.rows()).allSatisfy(r -> assertThat(r.workNumber()).isEqualTo(kept.get(r.bib())).isNotEmpty());

        String wanted = model.rows().get(3).bib();
        model.filterProperty().set(kept.get(wanted));
        assertThat(model.rows()).extracting(ResultRow::bib).contains(wanted);
    }
}
