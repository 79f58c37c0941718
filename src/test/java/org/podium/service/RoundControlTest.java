package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.EntryResult;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.domain.Status;
import org.podium.store.JournalRow;
import org.podium.domain.RoundStage;
import org.podium.store.SqliteContestStore;

/** The head table's rules that need the engine: no publishing over an unacknowledged flag; no orphaned records. */
class RoundControlTest {
    @TempDir
    Path dir;
    private SqliteContestStore store;
    private RoundControl control;

    @BeforeEach
    void open() throws Exception {
        ContestFolder folder = ContestFolder.load(FireSafety.folder(dir.resolve("fire-safety")));
        store = FireSafety.store(folder);
        control = new RoundControl(new ResultsService(folder.contest(), folder.theoryFacts(), store));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Fact time(String round, String bib, String timekeeper, long millis) {
        return Fact.time("hose", round, bib, timekeeper, millis, null, Origin.NONE);
    }

    private List<String> flags() throws Refused {
        return control.report("C", "hose", "prelim").flags().stream()
                .map(f -> f.flag().kind() + " " + f.flag().bib() + " " + f.flag().asItStands() + (f.acknowledged() ? " ok" : "")
                        + (f.changedSince() ? " changed" : "")).toList();
    }

    @Test
    void theFlagsOfTheSamplePrelimStandOnTheirEvidence() throws Refused {
        assertThat(flags()).containsExactly(
                "TIME_SPREAD 6 T1 54.800 · T2 55.200",
                "JUDGE_SPREAD 13 J1 2/3/2 · J2 2/1/2 · J3 2/2/2",
                "INCOMPLETE 8 theory");
        RoundReport report = control.report("C", "hose", "prelim");
        assertThat(report.stage()).isEqualTo(RoundStage.OPEN);
        assertThat(report.asOf()).isEqualTo(store.lastRowId());
        assertThat(report.journal(("6"))).extracting(JournalRow::kind).containsExactly("time", "time", "mark", "mark", "mark",
                "mark", "mark", "mark", "mark", "mark", "mark");
        assertThat(report.facts("8")).hasSize(11);
    }

    @Test
    void aRoundWithAnUnacknowledgedFlagIsNotPublishedAndOnceEveryFlagIsAcknowledgedItIs() throws Exception {
        control.lock("C", "hose", "prelim", control.missing("C", "hose", "prelim"));
        assertThatThrownBy(() -> control.publish("C", "hose", "prelim", control.publishSummary("C", "hose", "prelim"))).isInstanceOf(PublishBlocked.class)
                .hasMessageContaining("3 flag(s) not acknowledged")
                .satisfies(e -> assertThat(((PublishBlocked) e).unacknowledged()).extracting(RoundFlag::bib)
                        .containsExactly("6", "13", "8"));
        RoundReport report = control.report("C", "hose", "prelim");
        for (FlagState f : report.flags().subList(0, 2)) {
            control.acknowledge("C", "hose", "prelim", f.flag(), "checked with the officials");
        }
        assertThatThrownBy(() -> control.publish("C", "hose", "prelim", control.publishSummary("C", "hose", "prelim"))).isInstanceOf(PublishBlocked.class)
                .hasMessageContaining("1 flag(s)").hasMessageContaining("INCOMPLETE 8");
        assertThat(store.journal()).extracting(JournalRow::kind).doesNotContain("publish");

        control.acknowledge("C", "hose", "prelim", report.flags().get(2).flag(), "8 sat no theory test: stays unranked");
        long published = control.publish("C", "hose", "prelim", control.publishSummary("C", "hose", "prelim"));
        assertThat(store.journal().get((int) published - 1).kind()).isEqualTo("publish");
        assertThat(control.report("C", "hose", "prelim").stage()).isEqualTo(new RoundStage(true, true, true, published - 4, true));
    }

    @Test
    void anAcknowledgementHoldsWhileTheFlagStandsOnTheSameEvidenceAndIsAskedForAgainWhenNewDataRaisesItAgain()
            throws Exception {
        RoundFlag spread = control.report("C", "hose", "prelim").flags().get(0).flag();
        control.acknowledge("C", "hose", "prelim", spread, "T2 pressed late; the mean stands");
        assertThat(flags().get(0)).endsWith(" ok");

        control.correct("C", Fact.penalty("hose", "prelim", "6", "J1", "P2", 1, null, Origin.NONE), "valve left open");
        assertThat(flags().get(0)).isEqualTo("TIME_SPREAD 6 T1 54.800 · T2 55.200 ok");

        control.correct("C", time("prelim", "6", "T2", 55_300), "T2's sheet read again: 55.30");
        assertThat(flags().get(0)).isEqualTo("TIME_SPREAD 6 T1 54.800 · T2 55.300 changed");
        assertThatThrownBy(() -> {
            control.lock("C", "hose", "prelim", control.missing("C", "hose", "prelim"));
            control.publish("C", "hose", "prelim", control.publishSummary("C", "hose", "prelim"));
        }).isInstanceOf(PublishBlocked.class).hasMessageContaining("TIME_SPREAD 6");
        control.unlock("C", "hose", "prelim", "T2's time is checked once more");

        control.correct("C", time("prelim", "6", "T2", 55_000), "video: 55.00");
        assertThat(flags()).noneMatch(f -> f.startsWith("TIME_SPREAD"));
    }

    @Test
    void aCorrectionWithAReasonChangesTheRankingAndTheTrail() throws Exception {
        assertThat(control.report("C", "hose", "prelim").row("8").status()).isEqualTo(Status.INCOMPLETE);
        assertThatThrownBy(() -> control.correct("C", Fact.theory("hose", "8", new BigDecimal("91"), Origin.NONE), " "))
                .isInstanceOf(Refused.class).hasMessageContaining("needs a reason");

        control.correct("C", Fact.theory("hose", "8", new BigDecimal("91"), Origin.NONE), "theory paper found");
        RoundReport report = control.report("C", "hose", "prelim");
        EntryResult eight = report.row("8");
        assertThat(eight.status()).isEqualTo(Status.OK);
        assertThat(eight.rank()).isEqualTo(6);
        assertThat(report.flags()).noneMatch(f -> f.flag().bib().equals("8"));
        assertThat(report.journal("8")).last().extracting(JournalRow::kind, JournalRow::reason)
                .containsExactly("theory", "theory paper found");
    }

    @Test
    void theFinalsEntrantsAreThoseTheEngineLetsAdvanceAndACorrectionThatWouldOrphanAFinalRecordIsRefused() throws Exception {
        assertThat(control.results().entrants("hose", "final")).containsExactlyInAnyOrderElementsOf(FireSafety.FINALISTS);
        assertThat(control.results().entrants("hose", "prelim")).hasSize(17);

        control.correct("C", time("final", "9", "T1", 49_660), "paper sheet of the final");
        assertThatThrownBy(() -> control.correct("C", Fact.status("hose", "prelim", "9", null, Status.DSQ, null, Origin.NONE),
                "unsafe hose handling")).isInstanceOf(Refused.class)
                .hasMessageContaining("bib 9 has no entry in round final of event hose (it did not advance from round prelim)");
        assertThatThrownBy(() -> control.correct("C", time("final", "14", "T1", 50_000), "paper sheet"))
                .isInstanceOf(Refused.class).hasMessageContaining("bib 14 has no entry in round final");
        assertThat(control.results().entrants("hose", "final")).contains("9").doesNotContain("14");
    }
}
