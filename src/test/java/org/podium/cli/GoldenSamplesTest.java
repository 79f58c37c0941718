package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The sample contests in contests/ against their golden CSVs. The goldens were computed by an
 * independent implementation of scoring.md and checked by hand (docs/golden-checks.md).
 */
class GoldenSamplesTest {

    private static String golden(String path) throws IOException {
        return Files.readString(Path.of("src/test/resources/golden", path), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"monitor-stand", "sanitation", "fire-safety"})
    void rankPrintsTheGoldenCsv(String slug) throws IOException {
        CliRunner r = CliRunner.run("rank", "contests/" + slug, "--scores", "contests/" + slug + "/scores/sample.csv");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(golden(slug + "/rank.csv"));
    }

    @Test
    void teamsPrintsTheGoldenCsv() throws IOException {
        CliRunner r = CliRunner.run("teams", "contests/sanitation", "--scores", "contests/sanitation/scores/sample.csv");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(golden("sanitation/teams.csv"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"monitor-stand", "sanitation", "fire-safety"})
    void everySampleValidates(String slug) {
        CliRunner r = CliRunner.run("validate", "contests/" + slug);
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("contests/" + slug + ": valid");
    }
}
