package org.podium.ui.judging;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.Origin;
import org.podium.service.JudgeSheets;
import org.podium.store.JournalRow;
import org.podium.store.JournalRows;
import org.podium.store.LockAction;
import org.podium.domain.Role;
import org.podium.store.SqliteContestStore;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;

/**
 * The judge station without a screen: a sample contest, a same-thread executor, a real database. monitor-stand has
 * C1 (max 40, step 0.5), C2 (max 30, step 0.5), C3 (judgement 0-3) and penalties P1 (points), P2 (seconds).
 */
class JudgeViewModelTest {
    @TempDir
    Path dir;
    Contest contest;
    SqliteContestStore store;
    final I18n i18n = I18n.forLocale(Locale.ROOT);

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    /** A copy of a sample, optionally judged blind, with judges J1 and J2 and a chief C in a new database. */
    private void open(String sample, boolean blind) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(sample));
        for (String f : List.of("contest.yaml", "roster.csv")) {
            Files.copy(Path.of("contests", sample, f), folder.resolve(f));
        }
        if (blind) {
            Path yaml = folder.resolve("contest.yaml");
            Files.writeString(yaml, Files.readString(yaml).replace("blind_judging: false", "blind_judging: true"));
        }
        contest = ContestFolder.load(folder).contest();
        store = new SqliteContestStore(folder.resolve("contest.db"), contest, Clock.systemUTC());
        for (String j : List.of("J1", "J2")) {
            store.addOfficial(j, j, Role.JUDGE, "0000".toCharArray());
        }
        store.addOfficial("C", "C", Role.CHIEF, "0000".toCharArray());
    }

    private JudgeViewModel station(String official, boolean head) {
        return new JudgeViewModel(new JudgeSheets(contest, store), official, head, Background.sameThread(), i18n);
    }

    private JudgeViewModel standJ1() throws Exception {
        open("monitor-stand", false);
        return station("J1", false);
    }

    private static SheetField line(Sheet sheet, String id) {
        return java.util.stream.Stream.concat(sheet.marks().stream(), sheet.penalties().stream())
                .filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    private static boolean type(JudgeViewModel vm, Sheet sheet, String id, String text) {
        SheetField f = line(sheet, id);
        f.textProperty().set(text);
        return vm.commit(f);
    }

    private List<Fact> facts(FactKind kind) {
        return store.currentFacts().stream().filter(f -> f.kind() == kind).toList();
    }

    private Sheet sheet(JudgeViewModel vm, String bib) {
        return vm.sheets().stream().filter(s -> s.bib().equals(bib)).findFirst().orElseThrow();
    }

    @Test
    void theJudgeSeesTheHeatsSheetsAndStartsOnTheFirst() throws Exception {
        JudgeViewModel vm = standJ1();
        assertThat(vm.eventProperty().get().id()).isEqualTo("stand");
        assertThat(vm.heats()).containsExactly("1", "2", "3");
        assertThat(vm.judges()).containsExactly("J1");
        assertThat(vm.sheets()).hasSize(13);
        Sheet first = vm.sheets().get(0);
        assertThat(vm.currentProperty().get()).isSameAs(first);
        assertThat(first.label()).isEqualTo("101  张伟");
        assertThat(first.detail()).isEqualTo("冠捷显示总装一车间");
        assertThat(first.marks()).extracting(SheetField::id).containsExactly("C1", "C2", "C3");
        assertThat(first.penalties()).extracting(SheetField::id).containsExactly("P1", "P2");
        assertThat(line(first, "C3").choices()).containsExactly("0", "1", "2", "3");
        assertThat(line(first, "C1").choices()).isEmpty();
        assertThat(vm.blindProperty().get()).isFalse();
    }

    @Test
    void aValidMarkIsSavedAtOnceAndShownSaved() throws Exception {
        JudgeViewModel vm = standJ1();
        Sheet s = vm.sheets().get(0);
        assertThat(type(vm, s, "C1", "38.5")).isTrue();
        assertThat(line(s, "C1").stateProperty().get()).isEqualTo(FieldState.SAVED);
        assertThat(line(s, "C1").savedProperty().get()).isEqualTo("38.5");
        assertThat(facts(FactKind.MARK)).singleElement().satisfies(f -> {
            assertThat(f.bib()).isEqualTo("101");
            assertThat(f.official()).isEqualTo("J1");
            assertThat(f.item()).isEqualTo("C1");
            assertThat(f.amount()).isEqualByComparingTo("38.5");
            assertThat(f.attempt()).isNull();
        });
        assertThat(JournalRows.recorded(store)).extracting(JournalRow::station).containsExactly(JudgeViewModel.STATION);
        // Typing the same mark again, or leaving the line again, records nothing more.
        assertThat(type(vm, s, "C1", "38.50")).isTrue();
        assertThat(JournalRows.recorded(store)).hasSize(1);
        // Full-width digits and punctuation, as a Chinese input method types them.
        assertThat(type(vm, s, "C2", "２９．５")).isTrue();
        assertThat(line(s, "C2").textProperty().get()).isEqualTo("29.5");
        assertThat(facts(FactKind.MARK)).extracting(f -> f.amount().toPlainString()).containsExactly("38.5", "29.5");
    }

    @Test
    void aMarkOf41OnAMax40CriterionIsRefusedInlineAndNeverStored() throws Exception {
        JudgeViewModel vm = standJ1();
        Sheet s = vm.sheets().get(0);
        assertThat(type(vm, s, "C1", "41")).isFalse();
        SheetField c1 = line(s, "C1");
        assertThat(c1.errorProperty().get()).isEqualTo("Not saved: mark 41 on C1 is out of range: it must be from 0 to 40");
        assertThat(c1.stateProperty().get()).isEqualTo(FieldState.NOT_SAVED);
        assertThat(c1.textProperty().get()).isEqualTo("41");
        assertThat(s.notSavedProperty().get()).isTrue();
        assertThat(JournalRows.recorded(store)).isEmpty();
        // Corrected: saved, and the refusal goes.
        assertThat(type(vm, s, "C1", "40")).isTrue();
        assertThat(c1.errorProperty().get()).isEmpty();
        assertThat(s.notSavedProperty().get()).isFalse();
        assertThat(facts(FactKind.MARK)).hasSize(1);
        // A refused correction of a saved mark: the saved 40 still counts, and Submit names the line NOT SAVED.
        type(vm, s, "C2", "30");
        type(vm, s, "C3", "3");
        assertThat(type(vm, s, "C1", "41")).isFalse();
        assertThat(s.stateProperty().get()).isEqualTo(SheetState.COMPLETE);
        vm.submit();
        assertThat(vm.errorProperty().get()).startsWith("Not submitted: a line of this sheet is NOT SAVED.");
        assertThat(JournalRows.recorded(store)).extracting(JournalRow::kind).doesNotContain("submit");
        assertThat(facts(FactKind.MARK)).extracting(f -> f.amount().toPlainString()).containsExactly("40", "30", "3");
    }

    @Test
    void offStepNegativeAndTextMarksAreRefusedInline() throws Exception {
        JudgeViewModel vm = standJ1();
        Sheet s = vm.sheets().get(0);
        assertThat(type(vm, s, "C1", "38.3")).isFalse();
        assertThat(line(s, "C1").errorProperty().get())
                .isEqualTo("Not saved: mark 38.3 on C1 is off its step: it must be a multiple of 0.5");
        assertThat(type(vm, s, "C2", "-1")).isFalse();
        assertThat(line(s, "C2").errorProperty().get())
                .isEqualTo("Not saved: mark -1 on C2 is out of range: it must be from 0 to 30");
        assertThat(type(vm, s, "C2", "twenty")).isFalse();
        assertThat(line(s, "C2").errorProperty().get()).isEqualTo("Not saved: 'twenty' is not a number.");
        assertThat(JournalRows.recorded(store)).isEmpty();
    }

    @Test
    void aJudgementCriterionTakesAWholeNumberFrom0To3() throws Exception {
        JudgeViewModel vm = standJ1();
        Sheet s = vm.sheets().get(0);
        assertThat(type(vm, s, "C3", "4")).isFalse();
        assertThat(line(s, "C3").errorProperty().get())
                .isEqualTo("Not saved: mark 4 on C3 must be a whole number from 0 to 3");
        assertThat(type(vm, s, "C3", "1.5")).isFalse();
        assertThat(type(vm, s, "C3", "０")).isTrue();
        assertThat(type(vm, s, "C3", "2")).isTrue();
        assertThat(facts(FactKind.MARK)).singleElement().satisfies(f -> assertThat(f.amount()).isEqualByComparingTo("2"));
        assertThat(JournalRows.recorded(store)).hasSize(2); // 0, then 2 correcting it
    }

    @Test
    void penaltiesAreCountedByCodeAndZeroWithdrawsTheCount() throws Exception {
        JudgeViewModel vm = standJ1();
        Sheet s = vm.sheets().get(1);
        assertThat(type(vm, s, "P1", "0")).isTrue();
        assertThat(JournalRows.recorded(store)).isEmpty(); // nothing to withdraw
        assertThat(type(vm, s, "P1", "2")).isTrue();
        assertThat(type(vm, s, "P2", "1.5")).isFalse();
        assertThat(line(s, "P2").errorProperty().get())
                .isEqualTo("Not saved: a penalty count is a whole number from 0 to 999 ('1.5').");
        assertThat(type(vm, s, "P2", "-1")).isFalse();
        assertThat(facts(FactKind.PENALTY)).singleElement().satisfies(f -> {
            assertThat(f.bib()).isEqualTo("102");
            assertThat(f.official()).isEqualTo("J1");
            assertThat(f.item()).isEqualTo("P1");
            assertThat(f.amount()).isEqualByComparingTo("2");
        });
        assertThat(type(vm, s, "P1", "0")).isTrue();
        assertThat(facts(FactKind.PENALTY)).singleElement().satisfies(f -> assertThat(f.amount()).isEqualByComparingTo("0"));
        assertThat(s.stateProperty().get()).isEqualTo(SheetState.EMPTY); // penalties are not marks
        assertThat(station("J1", false).sheets().get(1).penalties().get(0).savedProperty().get()).isEqualTo("0");
    }

    @Test
    void aSheetGoesFromEmptyToPartialToCompleteToSubmittedAndTheNextOpenSheetFollows() throws Exception {
        JudgeViewModel vm = standJ1();
        Sheet s = vm.sheets().get(0);
        assertThat(s.stateProperty().get()).isEqualTo(SheetState.EMPTY);
        type(vm, s, "C1", "38");
        assertThat(s.stateProperty().get()).isEqualTo(SheetState.PARTIAL);
        type(vm, s, "C2", "27.5");
        assertThat(vm.complete()).isFalse();
        type(vm, s, "C3", "3");
        assertThat(s.stateProperty().get()).isEqualTo(SheetState.COMPLETE);
        assertThat(vm.complete()).isTrue();
        vm.submit();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(s.stateProperty().get()).isEqualTo(SheetState.SUBMITTED);
        assertThat(s.readOnlyProperty().get()).isTrue();
        assertThat(vm.currentProperty().get()).isSameAs(vm.sheets().get(1));
        assertThat(JournalRows.recorded(store)).last().satisfies(r -> {
            assertThat(r.lockAction()).isEqualTo(LockAction.SUBMIT);
            assertThat(r.bib()).isEqualTo("101");
            assertThat(r.official()).isEqualTo("J1");
            assertThat(r.attempt()).isNull();
        });
        // A submitted sheet takes nothing from this station until it is reopened.
        assertThat(type(vm, s, "C1", "20")).isTrue();
        assertThat(facts(FactKind.MARK)).hasSize(3);
        // Opened again: the marks are there, the sheet still submitted, and the first open sheet is current.
        JudgeViewModel again = station("J1", false);
        assertThat(again.sheets().get(0).stateProperty().get()).isEqualTo(SheetState.SUBMITTED);
        assertThat(line(again.sheets().get(0), "C2").savedProperty().get()).isEqualTo("27.5");
        assertThat(again.currentProperty().get().label()).startsWith("102");
    }

    @Test
    void submittingAnIncompleteSheetIsRefusedInlineNamingTheMissingCriteria() throws Exception {
        JudgeViewModel vm = standJ1();
        Sheet s = vm.sheets().get(0);
        vm.submit();
        assertThat(vm.errorProperty().get()).isEqualTo(
                "Not submitted: C1, C2, C3 still without a mark. A sheet is submitted when every criterion has a mark.");
        type(vm, s, "C1", "38");
        type(vm, s, "C2", "31"); // refused: out of range
        vm.submit();
        assertThat(vm.errorProperty().get()).startsWith("Not submitted: C2, C3 still without a mark.");
        assertThat(JournalRows.recorded(store)).extracting(JournalRow::kind).containsExactly("mark");
        assertThat(s.stateProperty().get()).isEqualTo(SheetState.PARTIAL);
    }

    @Test
    void aSubmittedSheetIsReopenedOnlyWithAReasonThenTakesMarksAndIsSubmittedAgain() throws Exception {
        JudgeViewModel vm = standJ1();
        Sheet s = vm.sheets().get(0);
        type(vm, s, "C1", "38");
        type(vm, s, "C2", "27.5");
        type(vm, s, "C3", "3");
        vm.submit();
        vm.currentProperty().set(s);
        vm.reopenReasonProperty().set("   ");
        vm.reopen();
        assertThat(vm.errorProperty().get())
                .isEqualTo("A submitted sheet is reopened only with a reason: type why (what is to be changed).");
        assertThat(s.submittedProperty().get()).isTrue();
        vm.reopenReasonProperty().set("C2 typed as 27.5, the gauge read 25");
        vm.reopen();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(s.stateProperty().get()).isEqualTo(SheetState.COMPLETE);
        assertThat(vm.reopenReasonProperty().get()).isEmpty();
        assertThat(JournalRows.recorded(store)).last().satisfies(r -> {
            assertThat(r.lockAction()).isEqualTo(LockAction.REOPEN);
            assertThat(r.reason()).isEqualTo("C2 typed as 27.5, the gauge read 25");
        });
        assertThat(type(vm, s, "C2", "25")).isTrue();
        // the reason for reopening goes with the change in hand (issue 15): the mark's row says why
        assertThat(JournalRows.recorded(store)).last().satisfies(r -> assertThat(r.reason()).isEqualTo("C2 typed as 27.5, the gauge read 25"));
        vm.submit();
        assertThat(s.stateProperty().get()).isEqualTo(SheetState.SUBMITTED);
        assertThat(JournalRows.recorded(store)).extracting(JournalRow::kind)
                .containsExactly("mark", "mark", "mark", "submit", "reopen", "mark", "submit");
    }

    @Test
    void aJudgeSeesOnlyTheirOwnMarks() throws Exception {
        open("monitor-stand", false);
        store.record("J2", "judge", Fact.mark("stand", "final", "101", "J2", "C1", new BigDecimal("12"), null, Origin.NONE), null);
        store.record("J2", "judge", Fact.penalty("stand", "final", "101", "J2", "P1", 1, null, Origin.NONE), null);
        store.submitSheet("J2", "judge", "stand", "final", "101", "J2", null);
        store.record("J1", "judge", Fact.mark("stand", "final", "101", "J1", "C1", new BigDecimal("30"), null, Origin.NONE), null);

        Sheet mine = station("J1", false).sheets().get(0);
        assertThat(mine.marks()).extracting(f -> f.savedProperty().get()).containsExactly("30", "", "");
        assertThat(mine.penalties()).extracting(f -> f.savedProperty().get()).containsOnly("");
        assertThat(mine.stateProperty().get()).isEqualTo(SheetState.PARTIAL);

        JudgeViewModel chief = station("C", true);
        assertThat(chief.judges()).containsExactly("J1", "J2", "J3", "J4", "J5");
        chief.judgeProperty().set("J2");
        Sheet j2 = chief.sheets().get(0);
        assertThat(line(j2, "C1").savedProperty().get()).isEqualTo("12");
        assertThat(j2.stateProperty().get()).isEqualTo(SheetState.SUBMITTED);
    }

    @Test
    void aChiefTypesInAJudgesPaperSheetInTheJudgesName() throws Exception {
        open("monitor-stand", false);
        JudgeViewModel chief = station("C", true);
        chief.judgeProperty().set("J3");
        assertThat(type(chief, chief.sheets().get(0), "C1", "35")).isTrue();
        assertThat(JournalRows.recorded(store)).singleElement().satisfies(r -> {
            assertThat(r.official()).isEqualTo("J3");
            assertThat(r.recordedBy()).isEqualTo("C");
        });
    }

    @Test
    void blindJudgingShowsWorkNumbersNeverNamesOrUnitsUntilTheRoundIsPublished() throws Exception {
        open("monitor-stand", true);
        JudgeViewModel vm = station("J1", false);
        assertThat(vm.blindProperty().get()).isTrue();
        Map<String, String> numbers = store.workNumbers("stand", "final");
        assertThat(vm.sheets()).hasSize(13);
        for (Sheet s : vm.sheets()) {
            assertThat(s.label()).isEqualTo("Work " + numbers.get(s.bib()));
            assertThat(s.detail()).isEmpty();
            assertThat(s.label()).doesNotContain(s.bib());
        }
        List<String> shown = vm.sheets().stream().map(s -> numbers.get(s.bib())).toList();
        assertThat(shown).isSortedAccordingTo(java.util.Comparator.comparing(Integer::valueOf));

        // A refusal by the store never names the bib at a blind station.
        Sheet s = vm.sheets().get(0);
        store.lockRound("C", "head", "stand", "final", null);
        assertThat(type(vm, s, "C1", "30")).isTrue();
        assertThat(line(s, "C1").errorProperty().get()).contains("is locked").doesNotContain(s.bib());
        assertThat(line(s, "C1").stateProperty().get()).isEqualTo(FieldState.NOT_SAVED);

        store.publishRound("C", "head", "stand", "final");
        JudgeViewModel after = station("J1", false);
        assertThat(after.blindProperty().get()).isFalse();
        assertThat(after.lockedProperty().get()).isTrue();
        assertThat(after.sheets().get(0).label()).isEqualTo("101  张伟");
        assertThat(after.sheets().get(0).readOnlyProperty().get()).isTrue();
    }

    @Test
    void aDatabaseThatCannotBeWrittenShowsNotSavedLoudlyAndKeepsTheValue() throws Exception {
        JudgeViewModel vm = standJ1();
        Sheet s = vm.sheets().get(0);
        store.close();
        assertThat(type(vm, s, "C1", "38.5")).isTrue();
        SheetField c1 = line(s, "C1");
        assertThat(c1.stateProperty().get()).isEqualTo(FieldState.NOT_SAVED);
        assertThat(c1.textProperty().get()).isEqualTo("38.5");
        assertThat(s.notSavedProperty().get()).isTrue();
        assertThat(s.stateProperty().get()).isEqualTo(SheetState.EMPTY);
        assertThat(vm.failureProperty().get())
                .startsWith("NOT SAVED — the database could not be written (101  张伟, C1 = 38.5): ");
        assertThat(vm.failureProperty().get()).endsWith("The value is kept; press Enter on it to try again.");
        store = null;
    }

    @Test
    void aTimekeeperIsOfferedNoEventAtTheJudgeStationAndTheStoreRefusesTheirMarks() throws Exception {
        open("monitor-stand", false);
        store.addOfficial("T1", "T1", Role.TIMEKEEPER, "0000".toCharArray());
        JudgeViewModel vm = station("T1", false);
        assertThat(vm.events()).isEmpty();
        assertThat(vm.sheets()).isEmpty();
        assertThat(vm.currentProperty().get()).isNull();
        vm.submit();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> store.record("T1", JudgeViewModel.STATION,
                Fact.mark("stand", "final", "101", "T1", "C1", BigDecimal.TEN, null, Origin.NONE), null)))
                .isInstanceOf(org.podium.store.RecordingRefused.class)
                .hasMessageContaining("timekeepers record times, laps, DNS and DNF");
        assertThat(JournalRows.recorded(store)).isEmpty();
    }

    @Test
    void anEventWithTwoAttemptsHasASheetPerAttempt() throws Exception {
        open("fire-safety", false);
        JudgeViewModel vm = station("J1", false);
        vm.eventProperty().set(contest.event("oilfire"));
        assertThat(vm.attempts()).containsExactly(1, 2);
        vm.attemptProperty().set(2);
        Sheet s = vm.currentProperty().get();
        assertThat(type(vm, s, "B1", "3")).isTrue();
        assertThat(type(vm, s, "B2", "2")).isTrue();
        assertThat(type(vm, s, "B3", "30")).isTrue();
        vm.submit();
        assertThat(JournalRows.recorded(store)).extracting(JournalRow::attempt).containsOnly(2);
        vm.attemptProperty().set(1);
        assertThat(sheet(vm, s.bib()).stateProperty().get()).isEqualTo(SheetState.EMPTY);
    }

    @Test
    void afterAnUnlockAMarkAsksForTheReasonInAFieldOnceForTheChangeInHand() throws Exception {
        JudgeViewModel vm = standJ1();
        store.lockRound("C", "head", "stand", "final", null);
        store.unlockRound("C", "head", "stand", "final", "J1's sheets were not all in");
        Sheet s = vm.sheets().get(0);
        assertThat(type(vm, s, "C1", "38.5")).isTrue();
        assertThat(line(s, "C1").stateProperty().get()).isEqualTo(FieldState.NOT_SAVED);
        assertThat(vm.reasonNeededProperty().get()).isTrue();
        assertThat(vm.waitingLine()).isSameAs(line(s, "C1"));
        assertThat(vm.saveWithReason()).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo("Type the reason for the change, then Enter.");
        vm.changeReasonProperty().set("marked on paper during the power cut");
        assertThat(vm.saveWithReason()).isTrue();
        assertThat(line(s, "C1").stateProperty().get()).isEqualTo(FieldState.SAVED);
        assertThat(vm.reasonNeededProperty().get()).isFalse();
        // the next line of the same sheet goes with the same reason, not asked again
        assertThat(type(vm, s, "C2", "29")).isTrue();
        assertThat(line(s, "C2").stateProperty().get()).isEqualTo(FieldState.SAVED);
        assertThat(store.journal()).filteredOn(r -> "mark".equals(r.kind())).extracting(JournalRow::reason)
                .containsOnly("marked on paper during the power cut").hasSize(2);
        // another sheet is another change: asked again
        vm.currentProperty().set(vm.sheets().get(1));
        assertThat(vm.changeReasonProperty().get()).isEmpty();
    }

    @Test
    void aPaperSheetTypedInByTheChiefIsSubmittedInTheChiefsNameOnceComplete() throws Exception {
        open("monitor-stand", false);
        JudgeViewModel vm = station("C", true);
        vm.judgeProperty().set("J2");
        Sheet s = vm.sheets().get(0);
        type(vm, s, "C1", "38");
        type(vm, s, "C2", "28");
        assertThat(s.submittedProperty().get()).isFalse();
        type(vm, s, "C3", "2");
        assertThat(s.submittedProperty().get()).isTrue();
        assertThat(store.journal()).filteredOn(r -> "submit".equals(r.kind())).singleElement()
                .satisfies(r -> {
                    assertThat(r.official()).isEqualTo("J2");
                    assertThat(r.recordedBy()).isEqualTo("C");
                    assertThat(r.bib()).isEqualTo(s.bib());
                });
    }
}
