package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 17, start-up: a run that names its command first registers that command alone (picocli builds each registered
 * command's spec by reflection); every run prints exactly what it printed when every command was registered.
 */
class PodiumStartTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private record Ran(int code, String out, String err) {
    }

    private static Ran run(boolean everyCommand, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Podium.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK, everyCommand);
        return new Ran(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theListedNamesAreTheCommandsOwnNamesInTheUsagesOrder() {
        Output out = new Output(System.out, System.err);
        for (String name : Podium.COMMANDS) {
            Object command = name.equals("export") ? new Podium.Export() : Podium.command(name, out, CLOCK);
            assertThat(new CommandLine(command).getCommandName()).isEqualTo(name);
        }
        for (String name : Podium.EXPORTS) {
            assertThat(new CommandLine(Podium.command(name, out, CLOCK)).getCommandName()).isEqualTo(name);
        }
        Ran help = run(false, "--help");
        assertThat(help.code()).isZero();
        List<Integer> at = new ArrayList<>();
        for (String name : Podium.COMMANDS) {
            int i = help.out().indexOf("\n  " + name + " ");
            assertThat(i).as(name).isPositive();
            at.add(i);
        }
        assertThat(at).isSorted();
        Ran export = run(false, "export", "--help");
        for (String name : Podium.EXPORTS) {
            assertThat(export.out()).contains("\n  " + name + " ");
        }
    }

    @Test
    void everyRunPrintsWhatItPrintedWithEveryCommandRegistered() throws Exception {
        Files.writeString(dir.resolve("contest.yaml"), "contest: [\n");
        List<String[]> runs = new ArrayList<>();
        for (String[] top : List.of(new String[0], new String[] {"--help"}, new String[] {"-h"}, new String[] {"--version"},
                new String[] {"-V"}, new String[] {"help"}, new String[] {"rnak"}, new String[] {"Rank"}, new String[] {"exprot"},
                new String[] {"--bogus", "rank"}, new String[] {"--help", "rank"}, new String[] {"--", "rank"},
                new String[] {"--lang", "zh"}, new String[] {"--lang", "zh", "rnak"}, new String[] {"--lang=en", "--help"},
                new String[] {""})) {
            runs.add(top);
        }
        List<String> commands = new ArrayList<>(Podium.COMMANDS);
        Podium.EXPORTS.forEach(e -> commands.add("export " + e));
        commands.add("export resluts");
        for (String command : commands) {
            String[] words = command.split(" ");
            for (String[] tail : List.of(new String[0], new String[] {"--help"}, new String[] {"-V"}, new String[] {"--bogus"},
                    new String[] {dir.toString(), "--bogus"}, new String[] {"--lang", "zh"})) {
                runs.add(concat(words, tail));
                runs.add(concat(new String[] {"--lang", "zh"}, concat(words, tail)));
            }
        }
        // runs that go as far as the command: a contest.yaml that does not parse; a sample ranked
        for (String command : List.of("rank", "teams", "validate")) {
            runs.add(new String[] {command, dir.toString()});
        }
        runs.add(new String[] {"rank", "contests/monitor-stand", "--scores", "contests/monitor-stand/scores/sample.csv",
                "--format", "table"});
        runs.add(new String[] {"--lang", "zh", "teams", "contests/monitor-stand", "--scores",
                "contests/monitor-stand/scores/sample.csv"});
        for (String[] args : runs) {
            Ran all = run(true, args);
            Ran one = run(false, args);
            assertThat(one).as(String.join(" ", args)).isEqualTo(all);
        }
        // the runs above do differ from each other: a usage error, a ranking
        assertThat(run(false, "rnak")).isEqualTo(new Ran(Podium.USAGE_ERROR, "",
                "podium: unknown option or argument: rnak\nUsage: podium ... (see 'podium --help')\n"));
        assertThat(run(false, "rank", "contests/monitor-stand", "--scores", "contests/monitor-stand/scores/sample.csv")
                .out().lines().count()).isGreaterThan(5);
    }

    @Test
    void aRunNamingItsCommandLoadsNoOtherCommand() throws Exception {
        Path log = dir.resolve("classes.log");
        Path scores = Path.of("contests/monitor-stand/scores/sample.csv");
        assertThat(loaded(log, "rank", "contests/monitor-stand", "--scores", scores.toString()))
                .contains("org.podium.cli.RankCommand ").doesNotContain("org.podium.cli.ServeCommand ")
                .doesNotContain("org.podium.cli.ExportSheetsCommand ").doesNotContain("org.podium.cli.OfficialsCommand ");
        assertThat(loaded(log, "export", "awards", "--help"))
                .contains("org.podium.cli.ExportAwardsCommand ").doesNotContain("org.podium.cli.ExportSheetsCommand ")
                .doesNotContain("org.podium.cli.RankCommand ");
        assertThat(loaded(log, "--help")).contains("org.podium.cli.RankCommand ").contains("org.podium.cli.ServeCommand ")
                .contains("org.podium.cli.ExportSheetsCommand ");
    }

    /** The classes a podium process of {@code args} loaded (-Xlog:class+load), after checking that it succeeded. */
    private static String loaded(Path log, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xlog:class+load:file=" + log, "-cp", System.getProperty("java.class.path"),
                Podium.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor()).as(String.join(" ", args)).isZero();
        return Files.readString(log);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
