package org.podium.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.service.OpenContest;
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
        assertThat(vm.contests()).extracting(p -> p.getFileName().toString())
                .containsExactly("fire-safety", "monitor-stand", "sanitation");
    }

    @Test
    void aFolderWithoutAContestIsRefusedWithTheReasonAndNoDatabaseIsLeft() {
        vm.open(dir);
        assertThat(opened).isEmpty();
        assertThat(vm.problemProperty().get()).startsWith("Could not open " + dir).contains("contest.yaml");
        assertThat(dir.resolve("contest.db")).doesNotExist();
        assertThat(vm.busyProperty().get()).isFalse();
    }
}
