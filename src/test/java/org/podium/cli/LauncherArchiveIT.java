package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, start-up: target/podium maps the class-data archive the build wrote beside it (target/podium.jsa), and a
 * run prints the same ranking, and nothing more, whether the archive fits, is missing, is not an archive or was made
 * for another jar. Runs after {@code mvn package} (failsafe), as PackagesIT does.
 */
class LauncherArchiveIT {
    private static final Path TARGET = Path.of("target");
    private static final Path SAMPLE = Path.of("contests", "monitor-stand").toAbsolutePath();

    @TempDir
    Path dir;

    private record Ran(int code, String out, String err, String classes) {
    }

    /** {@code LAUNCHER rank SAMPLE}, its java logging which classes it loaded from where. */
    private Ran rank(Path launcher) throws Exception {
        Path log = dir.resolve("classes.log");
        Files.deleteIfExists(log);
        Path java = dir.resolve("java-logging");
        Files.writeString(java, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' '-Xlog:class+load:file=" + log + "' \"$@\"\n");
        java.toFile().setExecutable(true);
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "rank", SAMPLE.toString(), "--scores",
                SAMPLE.resolve("scores/sample.csv").toString()).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = pb.environment();
        env.put("JAVA", java.toString());
        int code = pb.start().waitFor();
        return new Ran(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8),
                Files.readString(log));
    }

    @Test
    void theArchiveIsMappedWhenItFitsAndNeverSaysSoNorStopsTheRunWhenItDoesNot() throws Exception {
        assertThat(TARGET.resolve("podium.jsa")).as("the build's training run wrote it").isRegularFile();
        Process plain = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                TARGET.resolve("podium.jar").toString(), "rank", SAMPLE.toString(), "--scores",
                SAMPLE.resolve("scores/sample.csv").toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String expected = new String(plain.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(plain.waitFor()).isZero();
        assertThat(expected.lines().count()).isGreaterThan(10);

        // as built: podium's own classes and picocli's come from the archive
        Ran built = rank(TARGET.resolve("podium").toAbsolutePath());
        assertThat(built).extracting(Ran::code, Ran::out, Ran::err).containsExactly(0, expected, "");
        assertThat(built.classes()).contains("org.podium.cli.RankCommand source: shared objects file")
                .contains("org.podium.scoring.ScoringEngine source: shared objects file")
                .contains("picocli.CommandLine source: shared objects file");

        // a copy of target/ (its jar newer than the archive, its lib/ elsewhere), with no archive, a file that is no
        // archive, the archive made for target/'s jar
        Path copy = Files.createDirectory(dir.resolve("copy"));
        Files.copy(TARGET.resolve("podium"), copy.resolve("podium"));
        Files.copy(TARGET.resolve("podium.jar"), copy.resolve("podium.jar"));
        Files.createSymbolicLink(copy.resolve("lib"), TARGET.resolve("lib").toAbsolutePath());
        List<String> cases = new ArrayList<>();
        for (String archive : List.of("missing", "not an archive", "another jar's")) {
            switch (archive) {
                case "missing" -> Files.deleteIfExists(copy.resolve("podium.jsa"));
                case "not an archive" -> Files.writeString(copy.resolve("podium.jsa"), "not a class-data archive\n".repeat(200));
                default -> Files.copy(TARGET.resolve("podium.jsa"), copy.resolve("podium.jsa"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Ran ran = rank(copy.resolve("podium"));
            assertThat(ran).as(archive).extracting(Ran::code, Ran::out, Ran::err).containsExactly(0, expected, "");
            assertThat(ran.classes()).as(archive).doesNotContain("org.podium.cli.RankCommand source: shared objects file")
                    .contains("org.podium.cli.RankCommand source: file:");
            if (archive.equals("missing")) {
                // the JDK's own archive still mapped: the launcher leaves the option out
                assertThat(ran.classes()).contains("java.lang.Object source: shared objects file");
            }
            cases.add(archive);
        }
        assertThat(cases).hasSize(3);
        Files.delete(copy.resolve("lib")); // the link, not target/lib
    }
}
