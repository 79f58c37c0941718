package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.service.OpenContest;
import org.podium.store.Role;
import org.podium.store.SqliteContestStore;

/** Officials get their own PINs before the day, so the sample PIN 0000 is never given to a real contest. */
class OfficialsCliTest {
    @TempDir
    Path dir;

    private Path contest() throws Exception {
        Path c = Files.createDirectories(dir.resolve("stand"));
        for (String f : List.of("contest.yaml", "roster.csv")) {
            Files.copy(Path.of("contests/monitor-stand", f), c.resolve(f));
        }
        return c;
    }

    private static CliRunner withStdin(String text, String... args) {
        InputStream was = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRunner.run(args);
        } finally {
            System.setIn(was);
        }
    }

    @Test
    void anOfficialAddedWithTheirOwnPinLogsInWithItAndNoSamplePinIsSeeded() throws Exception {
        Path c = contest();
        CliRunner added = withStdin("4711\n", "officials", c.toString(), "--add", "T1", "--name", "张三", "--role", "timekeeper");
        assertThat(added.err()).isEmpty();
        assertThat(added.code()).isZero();
        assertThat(added.out()).isEqualTo("added T1 (timekeeper, 张三)\n");

        CliRunner list = CliRunner.run("officials", c.toString());
        assertThat(list.out()).contains("T1\ttimekeeper\t张三\thas a PIN\n")
                .contains("T2\ttimekeeper\t\tno account yet: podium officials --add T2\n");

        try (OpenContest open = OpenContest.open(c, Clock.systemUTC())) {
            assertThat(open.seeded()).isFalse(); // the contest has its own officials: no PIN 0000 for anyone
            assertThat(open.store().checkPin("T1", "4711".toCharArray()).ok()).isTrue();
            assertThat(open.store().checkPin("T1", "0000".toCharArray()).ok()).isFalse();
            assertThat(open.store().official("T2")).isEmpty();
        }
    }

    @Test
    void aMissingNameOrRoleAShortPinOrAnIdTakenAreRefusedAndAddNothing() throws Exception {
        Path c = contest();
        withStdin("12\n", "officials", c.toString(), "--add", "J1", "--name", "李四", "--role", "judge")
                .assertOneLineInputError("PIN refused: a PIN has at least 4 digits; nothing was added");
        withStdin("1234\n", "officials", c.toString(), "--add", "J1", "--name", "李四", "--role", "referee")
                .assertOneLineInputError("--role must be timekeeper, judge, chief or organiser", "referee");
        withStdin("1234\n", "officials", c.toString(), "--add", "J1", "--role", "judge")
                .assertOneLineInputError("--add J1 needs --name");
        withStdin("", "officials", c.toString(), "--add", "J1", "--name", "李四", "--role", "judge")
                .assertOneLineInputError("no PIN on standard input");
        assertThat(withStdin("1234\n", "officials", c.toString(), "--add", "J1", "--name", "李四", "--role", "judge").code()).isZero();
        withStdin("5678\n", "officials", c.toString(), "--add", "J1", "--name", "王五", "--role", "judge")
                .assertOneLineInputError("official J1 already exists");
        try (SqliteContestStore store = new SqliteContestStore(c.resolve("contest.db"), ContestFolder.load(c).contest(),
                Clock.systemUTC())) {
            assertThat(store.official("J1")).hasValueSatisfying(a -> {
                assertThat(a.name()).isEqualTo("李四");
                assertThat(a.role()).isEqualTo(Role.JUDGE);
            });
            assertThat(store.checkPin("J1", "1234".toCharArray()).ok()).isTrue();
        }
    }
}
