package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM records facts as fast as it can and prints each acknowledged id; it is killed with SIGKILL at a
 * random moment, 20 times over the same database. Every acknowledged fact must be there afterwards, the file
 * must pass {@code PRAGMA integrity_check}, and the hash chain must hold.
 */
class CrashTest {
    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedFactSurvivesAKillAtARandomMoment() throws Exception {
        Path db = dir.resolve("contest.db");
        Random random = new Random();
        long totalAcknowledged = 0;
        for (int round = 1; round <= 20; round++) {
            Path errors = dir.resolve("child-" + round + ".err");
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    CrashRecorder.class.getName(), db.toString())
                    .redirectError(errors.toFile()).start();
            List<Long> acknowledged = new CopyOnWriteArrayList<>();
            CountDownLatch ready = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        if (line.equals("ready")) {
                            ready.countDown();
                        } else if (!line.isEmpty()) {
                            acknowledged.add(Long.parseLong(line));
                        }
                    }
                } catch (java.io.IOException | NumberFormatException e) {
                    // the pipe breaks when the child dies; a cut-off last line is a prefix of an earlier id
                }
            });
            reader.start();
            assertThat(ready.await(20, TimeUnit.SECONDS)).as("child ready; stderr: %s", Files.readString(errors)).isTrue();
            Thread.sleep(100 + random.nextInt(501));
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);

            assertThat(acknowledged).as("round %d recorded something; stderr: %s", round, Files.readString(errors)).isNotEmpty();
            assertThat(integrityCheck(db)).isEqualTo("ok");
            try (SqliteContestStore store = new SqliteContestStore(db, StoreFixture.contest(), StoreFixture.CLOCK)) {
                Set<Long> present = new HashSet<>();
                for (JournalRow row : store.journal()) {
                    present.add(row.id());
                }
                assertThat(present).as("round %d", round).containsAll(acknowledged);
                assertThat(store.verify().ok()).isTrue();
            }
            totalAcknowledged += acknowledged.size();
        }
        assertThat(totalAcknowledged).isGreaterThan(20);
    }

    private static String integrityCheck(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
