package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 point 8: a global {@code --lang zh|en} before the command says every line of the run in that language. */
class GlobalLangTest {
    @TempDir
    Path dir;

    private record Ran(int code, String out, String err) {
    }

    private static Ran run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Podium.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Ran(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theCommandLineSpeaksTheLanguageOfLangAndTheSystemsOtherwise() throws Exception {
        Locale before = Locale.getDefault();
        Ran zh = run("--lang", "zh");
        assertThat(zh.code()).isEqualTo(Podium.USAGE_ERROR);
        assertThat(zh.err()).contains("请写出命令：rank、teams").contains("用法：podium ...");
        Ran en = run("--lang=en");
        assertThat(en.err()).contains("name a command: rank, teams").contains("Usage: podium ...");
        assertThat(Locale.getDefault()).isEqualTo(before);
        Ran bad = run("--lang", "fr", "rank");
        assertThat(bad.code()).isEqualTo(Podium.USAGE_ERROR);
        assertThat(bad.err()).contains("--lang fr is not a language of Podium: write --lang zh or --lang en");

        // a parser's line about contest.yaml, in Chinese and in English
        Files.copy(Path.of("contests/monitor-stand/roster.csv"), dir.resolve("roster.csv"));
        Files.writeString(dir.resolve("contest.yaml"), Files.readString(Path.of("contests/monitor-stand/contest.yaml"))
                .replace("resolution_ms: 10", "resolution_ms: 0"));
        Ran zhYaml = run("--lang", "zh", "validate", dir.toString());
        Ran enYaml = run("--lang", "en", "validate", dir.toString());
        assertThat(zhYaml.code()).isEqualTo(Podium.INPUT_ERROR);
        assertThat(enYaml.code()).isEqualTo(Podium.INPUT_ERROR);
        assertThat(zhYaml.err()).contains("resolution_ms").isNotEqualTo(enYaml.err());
        assertThat(zhYaml.err()).containsPattern("\\p{IsHan}");
        assertThat(Locale.getDefault()).isEqualTo(before);
    }
}
