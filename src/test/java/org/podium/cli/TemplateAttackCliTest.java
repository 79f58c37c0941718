package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.exchange.pdf.PdfFixtures;

/**
 * Issue 12, point 1: a contest folder's certificate template must run no code. The attacks of the issue, through
 * {@code podium export certificates}: the template is refused before anything is compiled, filled or written, naming
 * the file, the line and the expression; exit 1; the file the expression would create does not appear.
 */
class TemplateAttackCliTest {
    @TempDir
    Path tmp;

    /** A copy of monitor-stand whose certificate prints {@code expression} on line 9 of its template. */
    private Path contestWithTemplate(String expression) throws IOException {
        Path dir = PdfFixtures.copy("monitor-stand", tmp.resolve("contest"));
        PdfFixtures.attackTemplate(dir, expression);
        return dir;
    }

    private static String[] files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return new String[0];
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    private void assertRefused(String expression, Path created, String... fragments) throws IOException {
        Path dir = contestWithTemplate(expression);
        Path out = tmp.resolve("out");

        CliRunner r = CliRunner.run("export", "certificates", dir.toString(), "--scores",
                dir.resolve("scores/sample.csv").toString(), "--out", out.toString(), "--lang", "en");

        assertThat(created).doesNotExist();
        assertThat(r.code()).isEqualTo(1);
        assertThat(files(out)).isEmpty();
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines()).singleElement().asString()
                .startsWith(dir.resolve("templates/certificate.jrxml") + ":9: ")
                .contains(fragments)
                .doesNotContain("Exception");
    }

    @Test
    void theIssuesFileCreatingExpressionIsRefusedAndCreatesNoFile() throws IOException {
        Path victim = tmp.resolve("x");
        assertRefused(PdfFixtures.creatingFile(victim), victim, "new java.io.File", "“new”");
    }

    @Test
    void anExpressionRunningAProgramIsRefusedAndRunsNothing() throws IOException {
        Path victim = tmp.resolve("ran");
        assertRefused("$F{name} + Runtime.getRuntime().exec(new String[] {\"touch\", \"" + victim + "\"}).waitFor()",
                victim, "Runtime.getRuntime()", "“Runtime”");
    }
}
