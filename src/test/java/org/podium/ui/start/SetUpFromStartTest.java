package org.podium.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestDraft;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;

/** The start screen's Set up...: the selected contest's contest.yaml handed to the setup screen, or why it cannot be. */
class SetUpFromStartTest {
    private final List<ContestDraft> handed = new ArrayList<>();
    private final StartViewModel vm = new StartViewModel(Background.sameThread(), I18n.forLocale(Locale.ROOT), Clock.systemUTC(),
            c -> { });

    @Test
    void theSelectedContestIsHandedToTheSetupScreenWithItsContestYaml() {
        assertThat(vm.canSetUp()).isFalse();
        vm.onSetUp((dir, draft) -> handed.add(draft));
        assertThat(vm.canSetUp()).isTrue();
        vm.setUp(Path.of("contests", "fire-safety"));
        assertThat(handed).hasSize(1);
        assertThat(handed.get(0).name).isEqualTo("2022年全市企业微型消防站消防安全技能竞赛");
        assertThat(handed.get(0).events).extracting(e -> e.id).containsExactly("hose", "oilfire");
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aContestYamlThatDoesNotValidateIsNotHandedOnAndSaysWhy(@TempDir Path tmp) throws Exception {
        vm.onSetUp((dir, draft) -> handed.add(draft));
        Files.writeString(tmp.resolve("contest.yaml"), "contest: {name: x}\nevents: []\n");
        vm.setUp(tmp);
        assertThat(handed).isEmpty();
        assertThat(vm.problemProperty().get()).startsWith("Could not open " + tmp).contains("events: the list is empty");
    }
}
