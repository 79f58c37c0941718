package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.store.SqliteContestStore;

/** podium restore refuses, in one line with exit 1 and nothing changed, whatever is not a backup of this contest. */
class RestoreCliTest {
    @TempDir
    Path tmp;

    private Path imported() {
        Path db = tmp.resolve("contest.db");
        assertThat(CliRunner.run("import", "contests/monitor-stand", "--db", db.toString(), "--scores",
                "contests/monitor-stand/scores/sample.csv").code()).isZero();
        return db;
    }

    private void assertRefusedAndUnchanged(Path db, Path backup, String... fragments) throws Exception {
        byte[] before = Files.readAllBytes(db);
        int backups = CliRunner.run("restore", "contests/monitor-stand", "--db", db.toString()).out().lines().toList().size();
        CliRunner r = CliRunner.run("restore", "contests/monitor-stand", "--db", db.toString(), backup.toString());
        r.assertOneLineInputError(fragments);
        assertThat(r.err()).contains("nothing was restored");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(CliRunner.run("restore", "contests/monitor-stand", "--db", db.toString()).out().lines()).hasSize(backups);
    }

    @Test
    void aPasswordFileIsNotRestored() throws Exception {
        Path db = imported();
        Path passwd = Files.writeString(tmp.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n", StandardCharsets.UTF_8);
        assertRefusedAndUnchanged(db, passwd, passwd + " is not a backup: it is not an SQLite database");
    }

    @Test
    void anEmptyFileIsNotRestored() throws Exception {
        Path db = imported();
        Path empty = Files.createFile(tmp.resolve("backups/contest-20200101-000000-auto.db"));
        assertRefusedAndUnchanged(db, empty, "is an empty file (0 bytes), not a backup");
    }

    @Test
    void noRestoreWhileTheAppHasTheDatabaseOpen() throws Exception {
        Path db = imported();
        Path backup = CliRunner.run("restore", "contests/monitor-stand", "--db", db.toString()).out().lines()
                .map(n -> tmp.resolve("backups").resolve(n)).findFirst().orElseThrow();
        try (SqliteContestStore app = new SqliteContestStore(db,
                ContestFolder.load(Path.of("contests/monitor-stand")).contest(), Clock.systemUTC())) {
            assertRefusedAndUnchanged(db, backup, db + " is open in the app or in another command");
        }
        CliRunner restored = CliRunner.run("restore", "contests/monitor-stand", "--db", db.toString(), backup.getFileName().toString());
        assertThat(restored.err()).isEmpty();
        assertThat(restored.out()).startsWith("restored " + db + " from " + backup.getFileName()
                + "; the database before it is kept as ").endsWith("ok: 692 rows\n");
    }

    @Test
    void anUnreadableDatabaseIsMovedAsideAndSaidSo() throws Exception {
        Path db = imported();
        Path backup = tmp.resolve("backups").resolve(CliRunner.run("restore", "contests/monitor-stand", "--db", db.toString())
                .out().lines().findFirst().orElseThrow());
        Files.writeString(db, "not a database any more ".repeat(500));
        CliRunner restored = CliRunner.run("restore", "contests/monitor-stand", "--db", db.toString(), backup.toString());
        assertThat(restored.err()).isEmpty();
        assertThat(restored.out()).contains("; the database before it could not be read and was moved aside as contest-unreadable-");
        try (var files = Files.list(tmp)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("contest-unreadable-")).findFirst().orElseThrow();
            assertThat(Files.readString(aside)).startsWith("not a database any more");
        }
    }
}
