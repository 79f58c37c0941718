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
import org.podium.contestfile.ContestFileException;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.ContestResult;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.FactTable;
import org.podium.domain.Origin;
import org.podium.scoring.LiveScoring;
import org.podium.scoring.ScoringEngine;

/**
 * Benchmark (not a test): generates a contest of 2,000 contestants (3 timekeepers, 5 judges, 3 criteria:
 * 36,000 facts per attempt) and prints the whole-process wall time of {@code podium rank} on it with the peak resident
 * memory of the process, and the in-process time of a full engine recompute after warm-up.
 *
 * <pre>java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" org.podium.bench.RankBenchmark [contestants] [attempts] [--before DIR]</pre>
 *
 * <p>Above {@value #BIG} contestants (issue 17: {@code RankBenchmark 200000 1}) each process runs {@value #BIG_RUNS}
 * times instead of {@value #RUNS}, {@code java -jar} is left out (its default heap is the machine's, not the
 * launcher's) and the recompute is timed fewer times. {@code --before DIR} (a directory holding an older
 * {@code podium.jar}, its {@code lib/} and its {@code podium} launcher, e.g. a copy of an older {@code target/}) runs
 * the same contest through that launcher and {@code target/podium} in turn, and prints both medians and the
 * speed-up. A run that fails (exit code not 0, e.g. an older reader refusing a file above its size limit) is printed
 * as failed with the first line it printed on standard error, and that launcher is not run again.
 */
public final class RankBenchmark {
    /** Contestants above which the benchmark runs fewer times. */
    static final int BIG = 20_000;
    static final int RUNS = 7;
    static final int BIG_RUNS = 3;

    private RankBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        List<String> args = new ArrayList<>(List.of(argv));
        Path before = null;
        int at = args.indexOf("--before");
        if (at >= 0) {
            if (at + 1 >= args.size()) {
                System.err.println("--before needs a directory holding podium.jar, lib/ and the podium launcher");
                System.exit(2);
            }
            before = Path.of(args.get(at + 1));
            args.subList(at, at + 2).clear();
            if (!Files.isExecutable(before.resolve("podium")) || !Files.exists(before.resolve("podium.jar"))) {
                System.err.println(before + " holds no podium launcher beside a podium.jar");
                System.exit(2);
            }
        }
        int contestants = args.size() > 0 ? Integer.parseInt(args.get(0)) : 2000;
        List<Integer> attemptCounts = new ArrayList<>();
        if (args.size() > 1) {
            attemptCounts.add(Integer.parseInt(args.get(1)));
        } else {
            attemptCounts.addAll(List.of(1, 3));
        }
        Path jar = Path.of("target", "podium.jar");
        if (!Files.exists(jar) || !Files.isExecutable(jar.resolveSibling("podium"))) {
            System.err.println("target/podium.jar or target/podium is missing: run 'mvn -B package -DskipTests' first");
            System.exit(1);
        }
        System.out.printf("Podium rank benchmark: %,d contestants, 3 timekeepers, 5 judges, 3 criteria; %d cores, Java %s%n",
                contestants, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.println("peak resident memory: " + PeakMemory.HOW);
        for (int attempts : attemptCounts) {
            Path dir = Files.createTempDirectory("podium-bench");
            try {
                long facts = generate(dir, contestants, attempts, new Random(42));
                System.out.printf("%nattempts: %d (%,d facts, scores.csv %,d MB)%n", attempts, facts,
                        Files.size(dir.resolve("scores.csv")) / 1_000_000);
                wholeProcess(jar, before, dir, contestants > BIG);
                inProcess(dir, contestants > BIG);
                oneNewFactRescored(dir);
            } finally {
                for (String f : List.of("contest.yaml", "roster.csv", "scores.csv")) {
                    Files.deleteIfExists(dir.resolve(f));
                }
                Files.deleteIfExists(dir);
            }
        }
    }

    /** One way of running podium rank: its name in the report and its command line. */
    private record Way(String name, List<String> cmd) {
    }

    private static void wholeProcess(Path jar, Path before, Path dir, boolean big) throws IOException, InterruptedException {
        List<String> args = List.of("rank", dir.toString(), "--scores", dir.resolve("scores.csv").toString());
        List<Way> ways = new ArrayList<>();
        ways.add(new Way("target/podium rank", concat(List.of(jar.resolveSibling("podium").toString()), args)));
        if (before != null) {
            ways.add(new Way(before.resolve("podium") + " rank", concat(List.of(before.resolve("podium").toString()), args)));
        } else if (!big) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ways.add(new Way("java -jar target/podium.jar rank", concat(List.of(java, "-jar", jar.toString()), args)));
        }
        int runs = big ? BIG_RUNS : RUNS;
        List<List<Run>> done = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Way way : ways) {
            done.add(new ArrayList<>());
            failed.add(null);
        }
        if (!big) {
            for (int w = 0; w < ways.size(); w++) {
                Run warm = run(ways.get(w).cmd()); // the first run warms the file cache
                if (warm.code() != 0) {
                    failed.set(w, warm.failure());
                }
            }
        }
        // the ways in turn, so that what else the machine does falls on each alike
        for (int i = 0; i < runs; i++) {
            for (int w = 0; w < ways.size(); w++) {
                if (failed.get(w) != null) {
                    continue;
                }
                Run r = run(ways.get(w).cmd());
                if (r.code() != 0) {
                    failed.set(w, r.failure());
                } else {
                    done.get(w).add(r);
                }
            }
        }
        long[] medians = new long[ways.size()];
        for (int w = 0; w < ways.size(); w++) {
            String what = ways.get(w).name();
            List<Run> rs = done.get(w);
            if (failed.get(w) != null) {
                System.out.printf("  whole process '%s': FAILED, %s%n", what, failed.get(w));
                medians[w] = -1;
                continue;
            }
            long[] ms = rs.stream().mapToLong(Run::ms).sorted().toArray();
            long[] kb = rs.stream().mapToLong(Run::peakKb).sorted().toArray();
            medians[w] = ms[ms.length / 2];
            System.out.printf("  whole process '%s': median %,d ms, best %,d ms, worst %,d ms (%d runs); peak resident %s;"
                    + " printed %,d lines%n", what, medians[w], ms[0], ms[ms.length - 1], ms.length,
                    kb[0] < 0 ? "not measured" : String.format("%,d MB (median; most %,d MB)", kb[kb.length / 2] >> 10,
                            kb[kb.length - 1] >> 10), rs.get(0).lines());
        }
        if (before != null) {
            if (medians[0] > 0 && medians[1] > 0) {
                System.out.printf("  speed-up against %s: %.1f %% less time (%,d ms -> %,d ms)%n", before,
                        100.0 * (medians[1] - medians[0]) / medians[1], medians[1], medians[0]);
            } else {
                System.out.printf("  speed-up against %s: not measured (a run failed)%n", before);
            }
        }
    }

    /** A whole run of podium: its exit code, wall time, peak resident memory (KB, -1 when unknown), lines printed. */
    private record Run(int code, long ms, long peakKb, int lines, String firstError) {
        String failure() {
            return "exit code " + code + (firstError == null ? "" : ": " + firstError);
        }
    }

    private static Run run(List<String> cmd) throws IOException, InterruptedException {
        Path err = Files.createTempFile("podium-bench", ".err");
        Path mem = Files.createTempFile("podium-bench", ".mem");
        try {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(PeakMemory.wrap(cmd, mem)).redirectError(err.toFile()).start();
            PeakMemory peak = PeakMemory.watch(p);
            int lines = 0;
            try (java.io.InputStream in = p.getInputStream()) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0;) {
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
            int code = p.waitFor();
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            long kb = peak.kb(mem);
            String first = Files.readAllLines(err, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("Command exited with")).findFirst().orElse(null);
            return new Run(code, ms, kb, lines, first);
        } finally {
            Files.deleteIfExists(err);
            Files.deleteIfExists(mem);
        }
    }

    /**
     * The peak resident memory of a child process: {@code /usr/bin/time -f %M} around it where there is one (the
     * kernel's maximum resident set of the process, exact), else its {@code VmHWM} in {@code /proc/PID/status} read
     * every 10 ms while it runs (Linux; the last 10 ms may be missed), else none.
     */
    private static final class PeakMemory {
        static final boolean TIME = Files.isExecutable(Path.of("/usr/bin/time"));
        static final boolean PROC = Files.isDirectory(Path.of("/proc/self"));
        static final String HOW = TIME ? "/usr/bin/time -f %M (maximum resident set of the process)"
                : PROC ? "VmHWM of /proc/PID/status, read every 10 ms while the process runs" : "not measured on this system";

        private final java.util.concurrent.atomic.AtomicLong hwm = new java.util.concurrent.atomic.AtomicLong(-1);

        static List<String> wrap(List<String> cmd, Path out) {
            return TIME ? concat(List.of("/usr/bin/time", "-f", "%M", "-o", out.toString()), cmd) : cmd;
        }

        static PeakMemory watch(Process p) {
            PeakMemory peak = new PeakMemory();
            if (!TIME && PROC) {
                Path status = Path.of("/proc", Long.toString(p.pid()), "status");
                Thread t = new Thread(() -> {
                    while (p.isAlive()) {
                        try {
                            for (String line : Files.readAllLines(status)) {
                                if (line.startsWith("VmHWM:")) {
                                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                                    peak.hwm.accumulateAndGet(kb, Math::max);
                                }
                            }
                            Thread.sleep(10);
                        } catch (IOException | RuntimeException | InterruptedException gone) {
                            return;
                        }
                    }
                }, "peak-memory");
                t.setDaemon(true);
                t.start();
            }
            return peak;
        }

        long kb(Path out) throws IOException {
            if (!TIME) {
                return hwm.get();
            }
            List<String> lines = Files.readAllLines(out);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).strip().matches("[0-9]+")) {
                    return Long.parseLong(lines.get(i).strip());
                }
            }
            return -1;
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    private static void inProcess(Path dir, boolean big) throws Exception {
        List<Fact> facts;
        ContestFolder folder;
        try {
            folder = ContestFolder.load(dir);
            facts = folder.readScores(List.of(dir.resolve("scores.csv")));
        } catch (ContestFileException e) {
            System.out.printf("  in-process full recompute: not measured, the files were refused: %s%n",
                    e.getMessage().lines().findFirst().orElse(""));
            return;
        } catch (OutOfMemoryError e) {
            System.out.printf("  in-process full recompute: not measured, out of memory reading the facts (heap %,d MB)%n",
                    Runtime.getRuntime().maxMemory() >> 20);
            return;
        }
        ScoringEngine engine = new ScoringEngine();
        ContestResult sink = null;
        int warmUps = big ? 5 : 200;
        for (int i = 0; i < warmUps; i++) {
            sink = engine.score(folder.contest(), facts);
        }
        long[] us = new long[big ? 10 : 50];
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

    /**
     * Issue 17's "one new fact rescored (its round only)": the engine kept warm over the contest's facts
     * ({@link LiveScoring}, as the head table and the venue server keep it) is given one more fact, a correction of a
     * random recorded time or mark (another timekeeper's reading a little off, another mark of the same criterion), and
     * the time to the new results is taken; in process, after warm-up. Then once a new best time (every time score of
     * the round moves, so the whole round is worked out), and a check that the results equal a fresh engine's.
     */
    static void oneNewFactRescored(Path dir) {
        ContestFolder folder;
        FactTable table;
        try {
            folder = ContestFolder.load(dir);
            table = FactTable.of(folder.readScores(List.of(dir.resolve("scores.csv"))));
        } catch (ContestFileException e) {
            System.out.printf("  one new fact rescored: not measured, the files were refused: %s%n",
                    e.getMessage().lines().findFirst().orElse(""));
            return;
        }
        LiveScoring live = new LiveScoring(folder.contest());
        live.score(table.freeze());
        System.gc(); // the full recomputes' garbage collected before, not during, the timed steps
        Random rnd = new Random(7);
        long[] us = new long[100];
        for (int i = -50; i < us.length; i++) { // 50 warm-ups
            Fact f = correction(table, rnd);
            table.append(f);
            long t0 = System.nanoTime();
            live.score(table.freeze());
            long took = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - t0);
            if (i >= 0) {
                us[i] = took;
            }
        }
        Arrays.sort(us);
        System.out.printf("  one new fact rescored (its round only): median %.1f ms, 95th percentile %.1f ms, worst %.1f ms"
                + " (%d corrections of a random time or mark)%n", us[us.length / 2] / 1000.0,
                us[us.length * 95 / 100] / 1000.0, us[us.length - 1] / 1000.0, us.length);
        Fact any = table.fact(0);
        long fastest = Long.MAX_VALUE;
        for (int p = 0; p < table.positions(); p++) {
            if (table.kind(p) == FactKind.TIME) {
                fastest = Math.min(fastest, table.millis(p));
            }
        }
        String bib = table.bib(rnd.nextInt(table.positions()));
        for (String tk : List.of("T1", "T2", "T3")) {
            table.append(Fact.time(any.event(), any.round(), bib, tk, fastest - 1_000, null, Origin.NONE));
        }
        long t0 = System.nanoTime();
        ContestResult result = live.score(table.freeze());
        System.out.printf("  a new best time (three timekeepers' times, every time score moves): %.1f ms%n",
                (System.nanoTime() - t0) / 1e6);
        boolean same = result.equals(new ScoringEngine().score(folder.contest(), table.freeze()));
        System.out.printf("  the results kept warm equal a fresh engine's: %s%n", same ? "yes" : "NO");
    }

    /** A later record of a random time or mark's key: a time a little off, or another mark of the same criterion. */
    private static Fact correction(FactTable table, Random rnd) {
        while (true) {
            Fact f = table.fact(rnd.nextInt(table.positions()));
            if (f.kind() == FactKind.TIME) {
                return Fact.time(f.event(), f.round(), f.bib(), f.official(), f.millis() + 10 * (1 + rnd.nextInt(30)),
                        f.attempt(), Origin.NONE);
            }
            if (f.kind() == FactKind.MARK) {
                Fact other = table.fact(rnd.nextInt(table.positions()));
                if (other.kind() == FactKind.MARK && other.item().equals(f.item())) {
                    return Fact.mark(f.event(), f.round(), f.bib(), f.official(), f.item(), other.amount(), f.attempt(),
                            Origin.NONE);
                }
            }
        }
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
