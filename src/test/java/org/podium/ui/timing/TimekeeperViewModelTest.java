package org.podium.ui.timing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.Origin;
import org.podium.domain.Role;
import org.podium.service.TimingDesk;
import org.podium.store.SqliteContestStore;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;

/** The timekeeper station without a screen: monitor-stand, T1, a same-thread executor, a real database. */
class TimekeeperViewModelTest {
    @TempDir
    Path dir;
    Contest contest;
    SqliteContestStore store;
    final I18n i18n = I18n.forLocale(Locale.ROOT);

    @BeforeEach
    void open() throws Exception {
        contest = ContestFolder.load(Path.of("contests/monitor-stand")).contest();
        store = new SqliteContestStore(dir.resolve("contest.db"), contest, Clock.systemUTC());
        store.addOfficial("T1", "T1", Role.TIMEKEEPER, "0000".toCharArray());
        store.addOfficial("T2", "T2", Role.TIMEKEEPER, "0000".toCharArray());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private TimekeeperViewModel station(String official) {
        return new TimekeeperViewModel(new TimingDesk(contest, store), official, false, Background.sameThread(), i18n);
    }

    private List<Fact> times() {
        return store.currentFacts().stream().filter(f -> f.kind() == FactKind.TIME).toList();
    }

    @Test
    void theFirstHeatIsShownAsLanesWithBibAndName() {
        TimekeeperViewModel vm = station("T1");
        assertThat(vm.eventProperty().get().id()).isEqualTo("stand");
        assertThat(vm.heats()).containsExactly("1", "2", "3");
        assertThat(vm.lanes()).hasSize(13);
        assertThat(vm.lanes().get(0).bib()).isEqualTo("101");
        assertThat(vm.lanes().get(0).name()).isEqualTo("张伟");
        vm.heatProperty().set("2");
        assertThat(vm.lanes().get(0).bib()).isEqualTo("114");
    }

    @Test
    void enterSavesTheTimeAndShowsItBackFormatted() {
        TimekeeperViewModel vm = station("T1");
        vm.bibProperty().set("102");
        vm.timeProperty().set("12.34");
        vm.save();
        Lane lane = vm.lane("102");
        assertThat(lane.savedProperty().get()).isEqualTo("0:12.34");
        assertThat(lane.stateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(vm.timeProperty().get()).isEmpty();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(times()).singleElement().satisfies(f -> {
            assertThat(f.bib()).isEqualTo("102");
            assertThat(f.official()).isEqualTo("T1");
            assertThat(f.round()).isEqualTo("final");
            assertThat(f.millis()).isEqualTo(12_340);
        });
    }

    @Test
    void fullWidthDigitsAreAcceptedForBibAndTime() {
        TimekeeperViewModel vm = station("T1");
        vm.bibProperty().set("１０３");
        vm.timeProperty().set("１：０２．５");
        vm.save();
        assertThat(vm.lane("103").savedProperty().get()).isEqualTo("1:02.50");
        assertThat(times()).singleElement().extracting(Fact::millis).isEqualTo(62_500L);
    }

    @Test
    void aTimeOf1colon7xIsRefusedInlineWithTheParsersMessageAndNeverStored() {
        TimekeeperViewModel vm = station("T1");
        vm.bibProperty().set("101");
        vm.timeProperty().set("1:7x");
        vm.save();
        assertThat(vm.errorProperty().get()).startsWith("Not saved: '1:7x' is not a time:");
        assertThat(vm.timeProperty().get()).isEqualTo("1:7x");
        assertThat(vm.lane("101").stateProperty().get()).isEqualTo(SaveState.EMPTY);
        assertThat(times()).isEmpty();
    }

    @Test
    void aZeroTimeAndABibOutsideTheHeatAreRefusedInline() {
        TimekeeperViewModel vm = station("T1");
        vm.bibProperty().set("101");
        vm.timeProperty().set("0");
        vm.save();
        assertThat(vm.errorProperty().get()).contains("above 0");
        vm.bibProperty().set("114");
        vm.timeProperty().set("12.34");
        vm.save();
        assertThat(vm.errorProperty().get()).isEqualTo("Bib 114 is not in heat 1.");
        assertThat(times()).isEmpty();
    }

    @Test
    void aDatabaseThatCannotBeWrittenIsShownLoudlyAndTheTypedValueKept() {
        TimekeeperViewModel vm = station("T1");
        store.close();
        vm.bibProperty().set("101");
        vm.timeProperty().set("1:02.5");
        vm.save();
        assertThat(vm.failureProperty().get()).startsWith("NOT SAVED — the database could not be written (bib 101, 1:02.50)");
        assertThat(vm.lane("101").stateProperty().get()).isEqualTo(SaveState.NOT_SAVED);
        assertThat(vm.lane("101").pendingProperty().get()).isEqualTo("1:02.50");
        assertThat(vm.lane("101").savedProperty().get()).isEmpty();
        assertThat(vm.timeProperty().get()).isEqualTo("1:02.5");
        assertThat(vm.bibProperty().get()).isEqualTo("101");
        store = new SqliteContestStore(dir.resolve("contest.db"), contest, Clock.systemUTC());
        assertThat(times()).isEmpty();
    }

    @Test
    void aTimekeeperSeesOnlyTheirOwnSavedTimes() throws Exception {
        store.record("T2", "timekeeper", Fact.time("stand", "final", "104", "T2", 50_000, null, Origin.NONE), null);
        store.record("T1", "timekeeper", Fact.time("stand", "final", "105", "T1", 51_000, null, Origin.NONE), null);
        TimekeeperViewModel vm = station("T1");
        assertThat(vm.lane("104").savedProperty().get()).isEmpty();
        assertThat(vm.lane("105").savedProperty().get()).isEqualTo("0:51.00");
        assertThat(vm.lane("105").stateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void arrowKeysMoveTheBibFromLaneToLane() {
        TimekeeperViewModel vm = station("T1");
        vm.moveBib(1);
        assertThat(vm.bibProperty().get()).isEqualTo("101");
        vm.moveBib(1);
        assertThat(vm.bibProperty().get()).isEqualTo("102");
        vm.moveBib(-1);
        vm.moveBib(-1);
        assertThat(vm.bibProperty().get()).isEqualTo("113");
    }

    @Test
    void aTimekeeperNotListedForTheEventIsOfferedNoEvent() {
        assertThat(station("T9").events()).isEmpty();
    }
}
