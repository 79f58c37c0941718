package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestDraft;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Contest;
import org.podium.service.ContestSetup;
import org.podium.ui.common.FxBackground;
import org.podium.ui.common.I18n;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The setup screen on screen (headless Monocle, in Chinese), driven as an organiser would: the monitor-stand drill set
 * up from nothing by keyboard and mouse; its contest.yaml validates, makes the shipped sample's contest (a real one, not
 * a sample), and ranks the sample's scores exactly as the shipped sample does. On the way, the inline checks: a weight
 * remainder, a duplicate event id and a step that does not divide the maximum, each said in Chinese beside its field.
 */
@ExtendWith(ApplicationExtension.class)
class SetupFxTest {
    private static final Path SAMPLE = Path.of("contests", "monitor-stand");
    @TempDir
    static Path tmp;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = tmp.resolve("drill-" + System.nanoTime());
        ContestDraft draft = ContestSetup.open(dir);
        Shell shell = new Shell(stage, I18n.forLocale(Locale.SIMPLIFIED_CHINESE), new FxBackground(executor), Clock.systemUTC());
        shell.showSetup(dir, draft);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        executor.shutdown();
        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theMonitorStandDrillSetUpFromNothingRanksTheSampleScoresExactlyAsTheShippedSample(org.testfx.api.FxRobot robot) throws Exception {
        SetupSteps.monitorStandDrill(robot);

        // the roster is the import page's (another pane): copied here as an organiser would have imported it
        Files.copy(SAMPLE.resolve("roster.csv"), dir.resolve("roster.csv"));
        Contest made = ContestFolder.load(dir).contest();
        Contest shipped = ContestFolder.load(SAMPLE).contest();
        assertThat(made.sample()).isFalse();
        assertThat(made).isEqualTo(new Contest(shipped.name(), shipped.date(), shipped.venue(), shipped.organiser(),
                shipped.decimals(), shipped.events(), shipped.teams(), shipped.roster(), false));

        assertThat(SetupSteps.run("validate", dir.toString())).startsWith("0\n");
        String scores = SAMPLE.resolve("scores/sample.csv").toString();
        String mine = SetupSteps.run("rank", dir.toString(), "--scores", scores);
        assertThat(mine).startsWith("0\n").contains("一等奖");
        assertThat(mine).isEqualTo(SetupSteps.run("rank", SAMPLE.toString(), "--scores", scores));
    }
}
