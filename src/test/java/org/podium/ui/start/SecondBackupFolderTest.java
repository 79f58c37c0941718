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
import org.podium.service.SampleCopies;
import org.podium.service.OpenContest;
import org.podium.service.Settings;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;

/** backup_dir in the app's settings: every backup of a contest opened in the app is also copied there (a USB stick). */
class SecondBackupFolderTest {
    @TempDir
    Path dir;

    @Test
    void theSettingIsKeptAndEveryBackupOfAnOpenedContestGoesThereToo() throws Exception {
        Path settingsFile = dir.resolve("home/podium.properties");
        Path usb = dir.resolve("usb/podium");
        Settings.load(settingsFile).backupDir(usb);
        assertThat(Files.readString(settingsFile)).contains(Settings.BACKUP_DIR + "=");
        Settings settings = Settings.load(settingsFile);
        assertThat(settings.backupDir()).contains(usb);

        Path copy = SampleCopies.withPeople(Path.of("contests/sanitation"), dir.resolve("mine"));
        List<OpenContest> opened = new ArrayList<>();
        new StartViewModel(Background.sameThread(), I18n.forLocale(Locale.ROOT), Clock.systemUTC(), opened::add, settings).open(copy);
        assertThat(opened).hasSize(1);
        try (OpenContest contest = opened.get(0)) {
            Path backup = contest.store().backup("by-hand");
            assertThat(usb.resolve("mine").resolve(backup.getFileName().toString())).hasSameBinaryContentAs(backup);
            assertThat(contest.store().backupProblem()).isEmpty();
        }
    }
}
