package org.podium.ui.timing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.service.FireSafety;
import org.podium.service.ResultsService;
import org.podium.service.TimingDesk;
import org.podium.store.SqliteContestStore;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;
import org.podium.ui.common.RoundEntrants;

/** In a later round the timekeeper station lists only the contestants the engine lets advance (scoring.md sections 11, 15). */
class LaterRoundLanesTest {
    @TempDir
    Path dir;
    private SqliteContestStore store;
    private ContestFolder folder;
    private RoundEntrants entrants;

    @BeforeEach
    void open() throws Exception {
        folder = ContestFolder.load(FireSafety.folder(dir.resolve("fire-safety")));
        store = FireSafety.store(folder);
        ResultsService results = new ResultsService(folder.contest(), folder.theoryFacts(), store);
        entrants = (event, round) -> results.entrants(event.id(), round.id());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theTimekeeperStationListsEveryoneInThePrelimAndOnlyTheFinalistsInTheFinal() {
        TimekeeperViewModel vm = new TimekeeperViewModel(new TimingDesk(folder.contest(), store), "T1", false, Background.sameThread(),
                I18n.forLocale(Locale.ROOT), System::nanoTime, entrants);
        assertThat(vm.lanes()).hasSize(17);
        vm.roundProperty().set(vm.rounds().get(1));
        assertThat(vm.lanes()).extracting(Lane::bib).containsExactly("1", "3", "5", "7", "9", "10", "12", "16");
        assertThat(vm.lanes()).extracting(Lane::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }
}
