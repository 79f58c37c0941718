package org.podium.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.ContestResult;
import org.podium.domain.Fact;
import org.podium.scoring.ScoringEngine;

/**
 * Benchmark (not a test): generates a contest of 2,000 contestants (3 timekeepers, 5 judges, 3 criteria:
 * 36,000 facts per attempt) and prints the whole-process wall time of {@code podium rank} on it and the
 * in-process time of a full engine recompute after warm-up.
 *
 * <pre>java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" org.podium.bench.RankBenchmark [contestants] [attempts]</pre>
 */
public final class RankBenchmark {
    private RankBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int contestants = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        List<Integer> attemptCounts = new ArrayList<>();
        if (args.length > 1) {
            attemptCounts.add(Integer.parseInt(args[1]));
        } else {
            attemptCounts.addAll(List.of(1, 3));
        }
        Path jar = Path.of("target", "podium.jar");
        if (!Files.exists(jar)) {
            System.err.println("target/podium.jar is missing: run 'mvn -B package -DskipTests' first");
            System.exit(1);
        }
        System.out.printf("Podium rank benchmark: %d contestants, 3 timekeepers, 5 judges, 3 criteria; %d cores, Java %s%n",
                contestants, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        for (int attempts : attemptCounts) {
            Path dir = Files.createTempDirectory("podium-bench");
            long facts = generate(dir, contestants, attempts, new Random(42));
            System.out.printf("%nattempts: %d (%,d facts)%n", attempts, facts);
            wholeProcess(jar, dir);
            inProcess(dir);
        }
    }

    private static void wholeProcess(Path jar, Path dir) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> args = List.of("rank", dir.toString(), "--scores", dir.resolve("scores.csv").toString());
        Path launcher = jar.resolveSibling("podium");
        if (Files.isExecutable(launcher)) {
            List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
            cmd.addAll(args);
            wholeProcess("target/podium rank", cmd);
        }
        List<String> cmd = new ArrayList<>(List.of(java, "-jar", jar.toString()));
        cmd.addAll(args);
        wholeProcess("java -jar target/podium.jar rank", cmd);
    }

    private static void wholeProcess(String what, List<String> cmd) throws IOException, InterruptedException {
        run(cmd); // the first run warms the file cache
        long[] ms = new long[7];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            int lines = run(cmd);
            ms[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            if (i == 0) {
                System.out.printf("  podium rank printed %,d lines%n", lines);
            }
        }
        Arrays.sort(ms);
        System.out.printf("  whole process '%s': median %d ms, best %d ms, worst %d ms (%d runs)%n",
                what, ms[ms.length / 2], ms[0], ms[ms.length - 1], ms.length);
    }

    private static int run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("podium rank failed with exit code " + p.exitValue());
        }
        int lines = 0;
        for (byte b : out) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static void inProcess(Path dir) throws Exception {
        ContestFolder folder = ContestFolder.load(dir);
        List<Fact> facts = folder.readScores(List.of(dir.resolve("scores.csv")));
        ScoringEngine engine = new ScoringEngine();
        ContestResult sink = null;
        for (int i = 0; i < 200; i++) {
            sink = engine.score(folder.contest(), facts);
        }
        long[] us = new long[50];
        for (int i = 0; i < us.length; i++) {
            long t0 = System.nanoTime();
            sink = engine.score(folder.contest(), facts);
            us[i] = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - t0);
        }
        Arrays.sort(us);
        System.out.printf("  in-process full recompute after warm-up: median %.1f ms, best %.1f ms, worst %.1f ms (%d runs; %d rows)%n",
                us[us.length / 2] / 1000.0, us[0] / 1000.0, us[us.length - 1] / 1000.0, us.length,
                sink.rounds().get(0).rows().size());
    }

    /** Writes contest.yaml, roster.csv and scores.csv; returns the number of facts. */
    static long generate(Path dir, int contestants, int attempts, Random rnd) throws IOException {
        Files.writeString(dir.resolve("contest.yaml"), String.join("\n",
                "contest:",
                "  name: 基准测试赛",
                "  date: 2026-11-23",
                "  venue: 测试车间",
                "  organiser: 测试工会",
                "decimals: 2",
                "events:",
                "  - id: bench",
                "    name: 装配",
                "    timekeepers: [T1, T2, T3]",
                "    judges: [J1, J2, J3, J4, J5]",
                "    attempts: " + attempts,
                "    timing: {aggregate: median, limit: \"5:00\"}",
                "    quality:",
                "      aggregate: trimmed-mean",
                "      criteria:",
                "        - {id: C1, name: 紧固, max: 40}",
                "        - {id: C2, name: 到位, max: 30}",
                "        - {id: C3, name: 规范, max: 30, kind: judgement}",
                "    total:",
                "      weights: {time: 0.4, quality: 0.6}",
                "    ranking:",
                "      tie_break: [quality, time]",
                "    awards:",
                "      tiers:",
                "        - {name: 一等奖, share: 0.1}",
                "        - {name: 二等奖, share: 0.2}",
                "        - {name: 三等奖, share: 0.3}",
                "      titles:",
                "        - {name: 技能标兵, count: 1}",
                ""), StandardCharsets.UTF_8);
        try (Writer w = Files.newBufferedWriter(dir.resolve("roster.csv"), StandardCharsets.UTF_8)) {
            w.write("bib,name,unit,team,event,heat\n");
            for (int i = 1; i <= contestants; i++) {
                w.write(i + ",选手" + i + ",车间" + (i % 40) + ",,bench," + (i % 10 + 1) + "\n");
            }
        }
        long facts = 0;
        try (Writer w = Files.newBufferedWriter(dir.resolve("scores.csv"), StandardCharsets.UTF_8)) {
            w.write("event,round,bib,kind,official,item,value" + (attempts > 1 ? ",attempt" : "") + "\n");
            for (int i = 1; i <= contestants; i++) {
                for (int a = 1; a <= attempts; a++) {
                    String att = attempts > 1 ? "," + a : "";
                    int base = 60_000 + rnd.nextInt(60_000);
                    for (String tk : List.of("T1", "T2", "T3")) {
                        int t = base + rnd.nextInt(400);
                        w.write("bench,final," + i + ",time," + tk + ",," + t / 1000 + "." + String.format("%03d", t % 1000) + att + "\n");
                        facts++;
                    }
                    for (String j : List.of("J1", "J2", "J3", "J4", "J5")) {
                        w.write("bench,final," + i + ",mark," + j + ",C1," + (50 + rnd.nextInt(31)) / 2.0 + att + "\n");
                        w.write("bench,final," + i + ",mark," + j + ",C2," + (30 + rnd.nextInt(31)) / 2.0 + att + "\n");
                        w.write("bench,final," + i + ",mark," + j + ",C3," + (1 + rnd.nextInt(3)) + att + "\n");
                        facts += 3;
                    }
                }
            }
        }
        return facts;
    }
}
