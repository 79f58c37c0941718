package org.podium.ui.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.service.SampleCopies;
import org.podium.service.OpenContest;
import org.podium.service.Settings;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;

class StartViewModelTest {
    @TempDir
    Path dir;
    final List<OpenContest> opened = new ArrayList<>();
    final StartViewModel vm = new StartViewModel(Background.sameThread(), I18n.forLocale(Locale.ROOT), Clock.systemUTC(),
            opened::add);

    @Test
    void theSampleContestsAreOfferedOnceEach() {
        vm.findContests(List.of(Path.of("contests"), Path.of("contests"), dir.resolve("missing")));
        assertThat(vm.contests()).extracting(c -> c.dir().getFileName().toString(), ContestChoice::sample)
                .containsExactly(tuple("fire-safety", true), tuple("monitor-stand", true), tuple("sanitation", true));
        assertThat(vm.contests().get(1).name()).isEqualTo("2020年岗位练兵首场拉练赛");
    }

    @Test
    void anOpenedFolderIsRememberedAndOfferedFirstNextTime() throws Exception {
        Path settingsFile = dir.resolve("home/podium.properties");
        Path copy = SampleCopies.withPeople(Path.of("contests/sanitation"), dir.resolve("mine"));
        StartViewModel first = new StartViewModel(Background.sameThread(), I18n.forLocale(Locale.ROOT), Clock.systemUTC(),
                opened::add, Settings.load(settingsFile));
        first.open(copy);
        opened.forEach(OpenContest::close);

        StartViewModel next = new StartViewModel(Background.sameThread(), I18n.forLocale(Locale.ROOT), Clock.systemUTC(),
                opened::add, Settings.load(settingsFile));
        next.findContests(List.of(Path.of("contests")));
        assertThat(next.contests()).extracting(ContestChoice::dir, ContestChoice::sample).startsWith(tuple(copy, false));
        assertThat(next.contests()).hasSize(4);
    }

    @Test
    void createHandsTheChosenSampleOnToTheStartingPointAndMakesNothingItself() throws Exception {
        List<Path> handed = new ArrayList<>();
        vm.onCreate(handed::add);
        vm.findContests(List.of(Path.of("contests")));
        ContestChoice monitor = vm.contests().get(1);
        vm.create(monitor);
        vm.create(null);
        vm.create(new ContestChoice(dir, "mine", false)); // a contest of the laptop's own is no template
        assertThat(handed).containsExactly(monitor.dir(), null, null);
        assertThat(opened).isEmpty();
        try (var left = java.nio.file.Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFolderWithoutAContestIsRefusedWithTheReasonAndNoDatabaseIsLeft() {
        vm.open(dir);
        assertThat(opened).isEmpty();
        assertThat(vm.problemProperty().get()).startsWith("Could not open " + dir).contains("contest.yaml");
        assertThat(dir.resolve("contest.db")).doesNotExist();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aRosterWithHundredsOfProblemsListsAHundredThenHowManyMore() throws Exception {
        Path copy = SampleCopies.withPeople(Path.of("contests/monitor-stand"), dir.resolve("bad"));
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 130; i++) {
            rows.append(9000 + i).append(",,U,,stand,1,,\n"); // no name
        }
        java.nio.file.Files.writeString(copy.resolve("roster.csv"), rows, java.nio.file.StandardOpenOption.APPEND);

        vm.open(copy);

        assertThat(opened).isEmpty();
        assertThat(vm.problemProperty().get().lines()).hasSize(101)
                .last().isEqualTo("... and 30 more problems (the first 100 are listed)");
    }
}
