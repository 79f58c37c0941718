package org.podium.store;

import org.podium.domain.Role;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The child process of {@link CrashTest}: records facts as fast as it can into the database named by its argument
 * and prints each acknowledged id on its own line once {@code record} has returned (committed); "ready" first.
 */
public final class CrashRecorder {
    private CrashRecorder() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        try (SqliteContestStore store = new SqliteContestStore(Path.of(args[0]), StoreFixture.contest(), Clock.systemUTC())) {
            if (store.official("T1").isEmpty()) {
                store.addOfficial("T1", "Timekeeper One", Role.TIMEKEEPER, StoreFixture.PIN);
            }
            out.println("ready");
            for (long n = 0; ; n++) {
                String bib = Long.toString(101 + n % 40);
                long id = store.record("T1", "timing-1", StoreFixture.time(bib, "T1", 60_000 + n % 50_000), null);
                out.println(id);
            }
        }
    }
}
