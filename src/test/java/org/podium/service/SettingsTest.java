package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void recentFoldersAreKeptNewestFirstOnceEachAndAtMostEight() throws Exception {
        Path file = dir.resolve("podium.properties");
        Settings s = Settings.load(file);
        for (int i = 0; i < 10; i++) {
            s.opened(dir.resolve("c" + i));
        }
        s.opened(dir.resolve("c5"));
        s.language("zh-CN");

        Settings again = Settings.load(file);
        assertThat(again.recent()).hasSize(Settings.RECENT).startsWith(dir.resolve("c5"), dir.resolve("c9"), dir.resolve("c8"));
        assertThat(again.recent()).doesNotContain(dir.resolve("c0"), dir.resolve("c1"));
        assertThat(again.language()).contains("zh-CN");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void aMissingOrDamagedFileIsAnEmptyMemory() throws Exception {
        assertThat(Settings.load(dir.resolve("none.properties")).recent()).isEmpty();
        Path bad = dir.resolve("bad.properties");
        Files.writeString(bad, "recent.0=\\uZZZZ\n");
        assertThat(Settings.load(bad).recent()).isEmpty();
        assertThat(Settings.load(bad).language()).isEmpty();
    }
}
