package org.podium;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BigRunTest {
    private static final List<String> LAUNCHER = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx2g", "-Xms1g",
            "-Xmn640m", "-XX:SharedArchiveFile=/opt/podium/podium.jsa", "-Xlog:cds*=off");

    @Test
    void aBigRunKeepsTheHeapAndEverySettingButTheCompilerAndTheCollector() {
        assertThat(BigRun.command(LAUNCHER, "/jdk/bin/java", "/opt/podium/podium.jar", new String[] {"rank", "c", "--scores", "s.csv"}))
                .containsExactly("/jdk/bin/java", "-XX:+UseParallelGC", "-XX:MaxTenuringThreshold=0", "-Xmx2g", "-Xms2g", "-Xmn640m",
                        "-XX:SharedArchiveFile=/opt/podium/podium.jsa", "-Xlog:cds*=off", "-jar", "/opt/podium/podium.jar",
                        "rank", "c", "--scores", "s.csv");
        String cp = "/a/classes" + File.pathSeparator + "/a/lib.jar";
        assertThat(BigRun.command(LAUNCHER, "java", cp, new String[] {"rank", "c"}))
                .containsSequence("-cp", cp, "org.podium.Launcher", "rank", "c");
    }

    @Test
    void aJavaWithTheOptimisingCompilerAlreadyRunsTheCommandItself() {
        assertThat(BigRun.command(List.of("-Xmx2g", "-XX:+UseParallelGC"), "java", "p.jar", new String[] {"rank"})).isNull();
        assertThat(BigRun.command(List.of(), "java", "p.jar", new String[] {"rank"})).isNull();
    }

    @Test
    void theScoresFilesOfEveryFormAreCountedAndNothingElse(@TempDir Path dir) throws Exception {
        Path a = Files.write(dir.resolve("a.csv"), new byte[1000]);
        Path b = Files.write(dir.resolve("b.csv"), new byte[300]);
        Files.write(dir.resolve("roster.csv"), new byte[5000]);
        assertThat(BigRun.scoresBytes(new String[] {"rank", dir.toString(), "--scores", a.toString(), "--scores=" + b})).isEqualTo(1300);
        assertThat(BigRun.scoresBytes(new String[] {"import", dir.toString(), "--scores", a.toString(), b.toString(), "--db", "x"}))
                .isEqualTo(1300);
        assertThat(BigRun.scoresBytes(new String[] {"rank", dir.toString(), "--scores", dir.resolve("missing.csv").toString()}))
                .isZero();
        assertThat(BigRun.scoresBytes(new String[] {"validate", dir.toString()})).isZero();
    }

    @Test
    void aDatabaseCountsAtASeventhOfItsSizeBesideTheScoresFiles(@TempDir Path dir) throws Exception {
        Path db = Files.write(dir.resolve("contest.db"), new byte[7000]);
        Path a = Files.write(dir.resolve("a.csv"), new byte[300]);
        assertThat(BigRun.databaseBytes(new String[] {"rank", dir.toString(), "--db", db.toString()})).isEqualTo(7000);
        assertThat(BigRun.countedBytes(new String[] {"rank", dir.toString(), "--db=" + db, "--scores", a.toString()}))
                .isEqualTo(1300);
        assertThat(BigRun.countedBytes(new String[] {"verify", dir.toString(), "--db", dir.resolve("missing.db").toString()}))
                .isZero();
        assertThat(BigRun.countedBytes(new String[] {"verify", dir.toString(), "--db"})).isZero();
    }
}
