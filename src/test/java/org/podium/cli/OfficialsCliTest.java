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
import org.podium.domain.Role;
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

    /** monitor-stand as a real contest: its contest.yaml says sample: false. */
    private Path realContest() throws Exception {
        Path c = contest();
        Path yaml = c.resolve("contest.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("sample: true", "sample: false"));
        return c;
    }

    private static CliRunner withStdin(String text, String... args) {
        return withStdin(Clock.systemUTC(), text, args);
    }

    private static CliRunner withStdin(Clock clock, String text, String... args) {
        return CliRunner.withStdin(clock, text, args);
    }

    @Test
    void aRealContestGetsNoSampleOfficialsAndRefusesPin0000AndWeakPins() throws Exception {
        Path c = realContest();
        try (OpenContest open = OpenContest.open(c, Clock.systemUTC())) {
            assertThat(open.seeded()).isFalse();
            assertThat(open.store().officials()).isEmpty();
            assertThat(open.store().checkPin("C", "0000".toCharArray()).ok()).isFalse();
        }
        withStdin("0000\n", "officials", c.toString(), "--add", "T1", "--name", "张三", "--role", "timekeeper")
                .assertOneLineInputError("PIN refused: a PIN of one digit repeated (like 0000) is the first one tried",
                        "nothing was added");
        withStdin("1234\n", "officials", c.toString(), "--add", "T1", "--name", "张三", "--role", "timekeeper")
                .assertOneLineInputError("PIN refused: a PIN that runs up or down (like 1234 or 9876)");
        withStdin("4711\n", "officials", c.toString(), "--add", "C", "--name", "赵六", "--role", "chief")
                .assertOneLineInputError("PIN refused: a chief's or organiser's PIN has at least 6 digits");
        assertThat(CliRunner.run("officials", c.toString()).out()).doesNotContain("has a PIN");
    }

    @Test
    void everyPinRuleHasItsWords() {
        for (org.podium.store.PinProblem p : org.podium.store.PinProblem.values()) {
            assertThat(CliText.get("cli.pin.weak." + p.name())).isNotBlank();
        }
    }

    @Test
    void theListHasEveryOfficialOfTheDatabaseChiefsAndOrganisersToo() throws Exception {
        Path c = realContest();
        assertThat(withStdin("482915\n", "officials", c.toString(), "--add", "C", "--name", "赵六", "--role", "chief").code()).isZero();
        assertThat(withStdin("739164\n", "officials", c.toString(), "--add", "O", "--name", "钱七", "--role", "organiser")
                .code()).isZero();
        assertThat(withStdin("4711\n", "officials", c.toString(), "--add", "T1", "--name", "张三", "--role", "timekeeper")
                .code()).isZero();
        assertThat(CliRunner.run("officials", c.toString()).out()).startsWith("C\tchief\t赵六\thas a PIN\n"
                + "O\torganiser\t钱七\thas a PIN\nT1\ttimekeeper\t张三\thas a PIN\n"
                + "T2\ttimekeeper\t\tno account yet: podium officials --add T2\n");
    }

    @Test
    void aPinIsChangedWithTheOldPinOrAChiefsAndTheJournalSaysWho() throws Exception {
        Path c = realContest();
        withStdin("482915\n", "officials", c.toString(), "--add", "C", "--name", "赵六", "--role", "chief");
        withStdin("5823\n", "officials", c.toString(), "--add", "J1", "--name", "李四", "--role", "judge");

        CliRunner own = withStdin("5823\n9402\n", "officials", c.toString(), "--pin", "J1");
        assertThat(own.err()).isEmpty();
        assertThat(own.out()).isEqualTo("changed the PIN of J1 (by J1)\n");
        CliRunner chief = withStdin("482915\n6170\n", "officials", c.toString(), "--pin", "J1", "--by", "C");
        assertThat(chief.out()).isEqualTo("changed the PIN of J1 (by C)\n");
        withStdin("9402\n7395\n", "officials", c.toString(), "--pin", "J1")
                .assertOneLineInputError("wrong PIN for J1; nothing was changed");
        withStdin("6170\n1111\n", "officials", c.toString(), "--pin", "J1")
                .assertOneLineInputError("PIN refused: a PIN of one digit repeated", "nothing was changed");
        withStdin("482915\n", "officials", c.toString(), "--change", "J1", "--name", "李四四", "--by", "C");

        String audit = CliRunner.run("audit", c.toString()).out();
        assertThat(audit).contains("J1 @cli official J1 pin: judge, 李四, new PIN", "C @cli official J1 pin: judge, 李四, new PIN",
                "C @cli official J1 name: judge, 李四四").doesNotContain("hash=");
        try (OpenContest open = OpenContest.open(c, Clock.systemUTC())) {
            assertThat(open.store().checkPin("J1", "6170".toCharArray()).ok()).isTrue();
        }
        assertThat(CliRunner.run("verify", c.toString()).code()).isZero();
    }

    @Test
    void afterFiveWrongPinsTheIdWaitsAndTheCommandSaysHowLong() throws Exception {
        Path c = realContest();
        java.time.Clock fixed = java.time.Clock.fixed(java.time.Instant.parse("2020-07-20T01:30:00Z"), java.time.ZoneOffset.UTC);
        withStdin(fixed, "5823\n", "officials", c.toString(), "--add", "J1", "--name", "李四", "--role", "judge");
        for (int i = 0; i < 4; i++) {
            withStdin(fixed, "1357\n9402\n", "officials", c.toString(), "--pin", "J1")
                    .assertOneLineInputError("wrong PIN for J1; nothing was changed");
        }
        withStdin(fixed, "1357\n9402\n", "officials", c.toString(), "--pin", "J1").assertOneLineInputError(
                "wrong PIN for J1; nothing was changed; too many wrong PINs in a row: try again in 30 s");
        withStdin(fixed, "5823\n9402\n", "officials", c.toString(), "--pin", "J1").assertOneLineInputError(
                "too many wrong PINs for J1: try again in 30 s; nothing was changed");
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
