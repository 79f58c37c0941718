package org.podium.ui.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.Status;
import org.podium.service.TimingDesk;
import org.podium.store.JournalRow;
import org.podium.store.JournalRows;
import org.podium.domain.Role;
import org.podium.store.SqliteContestStore;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;

/** Stopwatch mode, laps, DNS/DNF and corrections at the timekeeper station, on a fake monotonic clock. */
class StopwatchAndCorrectionsTest {
    @TempDir
    Path dir;
    SqliteContestStore store;
    final AtomicLong nanos = new AtomicLong(5_000_000_000L);
    final I18n i18n = I18n.forLocale(Locale.ROOT);

    @AfterEach
    void close() {
        store.close();
    }

    private TimekeeperViewModel station(String sample) throws Exception {
        Contest contest = ContestFolder.load(Path.of("contests", sample)).contest();
        store = new SqliteContestStore(dir.resolve("contest.db"), contest, Clock.systemUTC());
        store.addOfficial("T1", "T1", Role.TIMEKEEPER, "0000".toCharArray());
        return new TimekeeperViewModel(new TimingDesk(contest, store), "T1", false, Background.sameThread(), i18n, nanos::get);
    }

    private void advance(long millis) {
        nanos.addAndGet(millis * 1_000_000L + 123); // sub-millisecond noise is cut, never rounded up
    }

    private List<Fact> facts(FactKind kind) {
        return store.currentFacts().stream().filter(f -> f.kind() == kind).toList();
    }

    @Test
    void spaceStartsTheClockAndEachKeySavesTheLanesFinishAtOnce() throws Exception {
        TimekeeperViewModel vm = station("monitor-stand");
        vm.press(1);
        assertThat(vm.errorProperty().get()).isEqualTo("The clock is not running: press Space to start it.");
        assertThat(JournalRows.recorded(store)).isEmpty();

        vm.startClock();
        advance(12_345);
        vm.press(2);
        advance(1_005);
        vm.press(1);
        assertThat(facts(FactKind.TIME)).extracting(Fact::bib, Fact::official, Fact::millis)
                .containsExactly(tuple("102", "T1", 12_345L), tuple("101", "T1", 13_350L));
        assertThat(vm.lane("102").savedProperty().get()).isEqualTo("0:12.345");
        assertThat(vm.lane("101").stateProperty().get()).isEqualTo(SaveState.SAVED);

        vm.press(2);
        assertThat(vm.errorProperty().get()).startsWith("Lane 2 (bib 102) has its finish already");
        vm.press(99);
        assertThat(vm.errorProperty().get()).isEqualTo("There is no lane 99 in this heat.");
        assertThat(facts(FactKind.TIME)).hasSize(2);
    }

    @Test
    void aSecondSpaceDoesNotRestartARunningClock() throws Exception {
        TimekeeperViewModel vm = station("monitor-stand");
        vm.startClock();
        advance(10_000);
        vm.startClock();
        advance(2_000);
        vm.press(3);
        assertThat(facts(FactKind.TIME)).extracting(Fact::millis).containsExactly(12_000L);
    }

    @Test
    void backspaceAsksFirstAndWithdrawsOnlyTheSelectedLanesLastPress() throws Exception {
        TimekeeperViewModel vm = station("monitor-stand");
        vm.startClock();
        advance(30_000);
        vm.press(1);
        advance(1_000);
        vm.press(2);
        vm.askWithdraw();
        assertThat(vm.questionProperty().get()).isEqualTo(
                "Withdraw the last press of lane 2 (bib 102), 0:31.00?  Enter = withdraw · Esc = keep it");
        vm.answer(false);
        assertThat(facts(FactKind.TIME)).hasSize(2);

        vm.askWithdraw();
        vm.enter();
        assertThat(facts(FactKind.TIME)).extracting(Fact::bib).containsExactly("101");
        assertThat(vm.lane("102").savedProperty().get()).isEmpty();
        assertThat(JournalRows.recorded(store)).extracting(JournalRow::kind).containsExactly("time", "time", "withdraw");

        advance(500); // the lane can be pressed again after a withdrawal
        vm.press(2);
        assertThat(facts(FactKind.TIME)).extracting(Fact::bib, Fact::millis)
                .containsExactly(tuple("101", 30_000L), tuple("102", 31_500L));
    }

    @Test
    void onALappedEventEachPressIsTheNextCumulativeSplitAndTheLastOneFinishes() throws Exception {
        TimekeeperViewModel vm = station("sanitation");
        vm.startClock();
        advance(65_000);
        vm.press(1);
        advance(70_000);
        vm.press(1);
        assertThat(facts(FactKind.LAP)).extracting(Fact::item, Fact::millis)
                .containsExactly(tuple("1", 65_000L), tuple("2", 135_000L));
        assertThat(vm.lane("1").savedProperty().get()).isEqualTo("1:05.0 · 2:15.0"); // sanitation times to 0.1 s (issue 15)
        vm.press(1);
        assertThat(vm.errorProperty().get()).startsWith("Lane 1 (bib 1) has its finish already");

        vm.moveSelection(0);
        vm.askWithdraw();
        assertThat(vm.questionProperty().get()).contains("2:15.0?");
        vm.answer(true);
        assertThat(facts(FactKind.LAP)).extracting(Fact::item).containsExactly("1");
    }

    @Test
    void manualEntryTakesEveryCumulativeSplitOfALappedEventInOneSave() throws Exception {
        TimekeeperViewModel vm = station("sanitation");
        vm.bibProperty().set("3");
        vm.timeProperty().set("1:05.2  2:15");
        vm.save();
        assertThat(facts(FactKind.LAP)).extracting(Fact::bib, Fact::item, Fact::millis)
                .containsExactly(tuple("3", "1", 65_200L), tuple("3", "2", 135_000L));
        assertThat(vm.lane("3").savedProperty().get()).isEqualTo("1:05.2 · 2:15.0");

        vm.bibProperty().set("2");
        vm.timeProperty().set("2:15 1:05");
        vm.save();
        assertThat(vm.errorProperty().get()).isEqualTo("Not saved: splits are cumulative, so split 2 (1:05) must be above split 1 (2:15).");
        vm.timeProperty().set("1:05 2:15 3:00");
        vm.save();
        assertThat(vm.errorProperty().get()).startsWith("道路清扫保洁 has 2 laps: type all 2 cumulative splits");
        vm.timeProperty().set("4:31.5");
        vm.save();
        assertThat(facts(FactKind.TIME)).extracting(Fact::bib, Fact::millis).containsExactly(tuple("2", 271_500L));
        assertThat(facts(FactKind.LAP)).hasSize(2);
    }

    @Test
    void aNewValueForASavedLaneIsACorrectionThatWaitsForAReason() throws Exception {
        TimekeeperViewModel vm = station("monitor-stand");
        vm.bibProperty().set("101");
        vm.timeProperty().set("12.34");
        vm.save();
        vm.bibProperty().set("101");
        vm.timeProperty().set("12.43");
        vm.save();
        assertThat(vm.reasonNeededProperty().get()).isTrue();
        assertThat(vm.errorProperty().get()).isEqualTo(
                "Bib 101 already has 0:12.34: this is a correction, so type the reason, then Enter.");
        assertThat(facts(FactKind.TIME)).extracting(Fact::millis).containsExactly(12_340L);

        vm.reasonProperty().set("  digits swapped when typing  ");
        vm.save();
        assertThat(vm.reasonNeededProperty().get()).isFalse();
        assertThat(vm.reasonProperty().get()).isEmpty();
        assertThat(facts(FactKind.TIME)).extracting(Fact::millis).containsExactly(12_430L);
        assertThat(vm.lane("101").savedProperty().get()).isEqualTo("0:12.43");
        JournalRow correction = JournalRows.recorded(store).get(1);
        assertThat(correction.reason()).isEqualTo("digits swapped when typing");
        assertThat(correction.supersedes()).isEqualTo(JournalRows.recorded(store).get(0).id());
    }

    @Test
    void dnsAndDnfAreMarkedForTheEntryAndOkClearsThemWithAReason() throws Exception {
        TimekeeperViewModel vm = station("monitor-stand");
        vm.bibProperty().set("104");
        vm.timeProperty().set("dnf");
        vm.save();
        assertThat(facts(FactKind.STATUS)).extracting(Fact::bib, Fact::official, Fact::status)
                .containsExactly(tuple("104", null, Status.DNF));
        assertThat(vm.lane("104").savedProperty().get()).isEqualTo("DNF");

        vm.stopwatchProperty().set(true);
        vm.startClock();
        advance(10_000);
        vm.press(4);
        assertThat(vm.errorProperty().get()).isEqualTo("Lane 4 (bib 104) is marked DNF: clear it first in manual entry (type OK).");

        vm.bibProperty().set("104");
        vm.timeProperty().set("OK");
        vm.save();
        assertThat(vm.reasonNeededProperty().get()).isTrue();
        vm.reasonProperty().set("contestant came back and finished");
        vm.save();
        assertThat(facts(FactKind.STATUS)).isEmpty();
        assertThat(vm.lane("104").savedProperty().get()).isEmpty();

        vm.bibProperty().set("105");
        vm.timeProperty().set("OK");
        vm.save();
        assertThat(vm.errorProperty().get()).isEqualTo("Bib 105 has no DNS or DNF to clear.");
    }

    @Test
    void reopeningTheHeatShowsTheSavedSplitsAndTheNextPressTakesTheNextLap() throws Exception {
        TimekeeperViewModel first = station("sanitation");
        first.startClock();
        advance(60_000);
        first.press(2);
        Contest contest = ContestFolder.load(Path.of("contests/sanitation")).contest();
        TimekeeperViewModel again = new TimekeeperViewModel(new TimingDesk(contest, store), "T1", false, Background.sameThread(), i18n, nanos::get);
        assertThat(again.lane("2").savedProperty().get()).isEqualTo("1:00.0");
        again.startClock();
        advance(125_000);
        again.press(2);
        assertThat(facts(FactKind.LAP)).extracting(Fact::item, Fact::millis)
                .containsExactly(tuple("1", 60_000L), tuple("2", 125_000L));
    }

    @Test
    void aPressTheDatabaseRefusesIsShownNotSavedAndTheLaneCanBePressedAgain() throws Exception {
        TimekeeperViewModel vm = station("monitor-stand");
        vm.startClock();
        advance(20_000);
        store.close();
        vm.press(1);
        assertThat(vm.lane("101").stateProperty().get()).isEqualTo(SaveState.NOT_SAVED);
        assertThat(vm.failureProperty().get()).startsWith("NOT SAVED — the database could not be written (bib 101, 0:20.00)");
        store = new SqliteContestStore(dir.resolve("contest.db"), ContestFolder.load(Path.of("contests/monitor-stand")).contest(),
                Clock.systemUTC());
        assertThat(store.currentFacts()).isEmpty();
    }

    @Test
    void aLockedRoundIsRefusedInTheScreensLanguageAndAfterUnlockingASaveWaitsForAReason() throws Exception {
        TimekeeperViewModel vm = station("monitor-stand");
        store.addOfficial("C", "Chief", Role.CHIEF, "0000".toCharArray());
        store.lockRound("C", "head", "stand", "final", null);
        vm.bibProperty().set("101");
        vm.timeProperty().set("12.34");
        vm.save();
        assertThat(vm.errorProperty().get()).isEqualTo("Refused: round stand/final is locked, so nothing more is recorded on it:"
                + " the chief must unlock it with a reason first");
        assertThat(vm.lane("101").stateProperty().get()).isEqualTo(SaveState.NOT_SAVED);

        store.unlockRound("C", "head", "stand", "final", "T1's sheet was missed");
        vm.save();
        assertThat(vm.reasonNeededProperty().get()).isTrue();
        assertThat(facts(FactKind.TIME)).isEmpty();
        vm.reasonProperty().set("typed from T1's paper sheet after unlocking");
        vm.save();
        assertThat(facts(FactKind.TIME)).extracting(Fact::millis).containsExactly(12_340L);

        TimekeeperViewModel chinese = new TimekeeperViewModel(new TimingDesk(ContestFolder.load(Path.of("contests/monitor-stand")).contest(),
                store), "T1", false, Background.sameThread(), I18n.forLocale(Locale.SIMPLIFIED_CHINESE), nanos::get);
        store.lockRound("C", "head", "stand", "final", null);
        chinese.bibProperty().set("102");
        chinese.timeProperty().set("12.5");
        chinese.save();
        assertThat(chinese.errorProperty().get()).contains("stand/final 轮次已锁定");
    }

    @Test
    void afterAnUnlockTheStopwatchKeepsRecordingAndSavesTheHeldPressesWithTheReasonTypedOnce() throws Exception {
        TimekeeperViewModel vm = station("monitor-stand");
        store.addOfficial("C", "Chief", Role.CHIEF, "0000".toCharArray());
        store.lockRound("C", "head", "stand", "final", null);
        store.unlockRound("C", "head", "stand", "final", "heat 1 is run again");
        vm.stopwatchProperty().set(true);
        vm.startClock();
        advance(61_000);
        vm.press(1);
        advance(2_000);
        vm.press(3);
        assertThat(vm.heldPresses()).isEqualTo(2);
        assertThat(vm.reasonNeededProperty().get()).isTrue();
        assertThat(vm.lane("101").stateProperty().get()).isEqualTo(SaveState.HELD);
        assertThat(vm.lane("103").stateProperty().get()).isEqualTo(SaveState.HELD);
        assertThat(vm.errorProperty().get()).startsWith("2 press(es) held: the round was unlocked");
        assertThat(vm.runningProperty().get()).isTrue();
        assertThat(facts(FactKind.TIME)).isEmpty();

        vm.reasonEntered(); // no reason yet: still held, nothing lost
        assertThat(vm.heldPresses()).isEqualTo(2);
        vm.reasonProperty().set("heat 1 run again after the jig broke");
        vm.reasonEntered();
        assertThat(facts(FactKind.TIME)).extracting(Fact::bib, Fact::millis)
                .containsExactly(tuple("101", 61_000L), tuple("103", 63_000L));
        assertThat(store.journal()).filteredOn(r -> "time".equals(r.kind())).extracting(r -> r.reason())
                .containsOnly("heat 1 run again after the jig broke");
        assertThat(vm.heldPresses()).isZero();
        assertThat(vm.reasonNeededProperty().get()).isFalse();
        assertThat(vm.reasonProperty().get()).isEmpty();
        assertThat(vm.lane("101").stateProperty().get()).isEqualTo(SaveState.SAVED);
    }
}
