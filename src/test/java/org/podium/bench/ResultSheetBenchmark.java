package org.podium.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.podium.domain.AwardRules;
import org.podium.domain.Component;
import org.podium.domain.Contest;
import org.podium.domain.ContestResult;
import org.podium.domain.Contestant;
import org.podium.domain.Criterion;
import org.podium.domain.Event;
import org.podium.domain.Fact;
import org.podium.domain.Options;
import org.podium.domain.Penalty;
import org.podium.domain.QualityRules;
import org.podium.domain.Round;
import org.podium.domain.Tier;
import org.podium.domain.TimeScoreRules;
import org.podium.domain.TimingRules;
import org.podium.domain.Title;
import org.podium.exchange.ExportInput;
import org.podium.exchange.ExportText;
import org.podium.exchange.Progress;
import org.podium.scoring.ScoringEngine;
import org.podium.service.ExportService;

/**
 * Benchmark (not a test): a 2,000-entry event built in memory (one round, 3 timekeepers, 5 judges, 4 criteria, a
 * penalty now and then), scored once by the engine; then the whole results export (the .xlsx with its ranking, marks
 * and how-scored sheets, written through ExportService into a folder) timed: the first, cold run (what a command sees)
 * and the median of warm runs. With target/podium.jar built, also the whole process of {@code podium export results}
 * on a generated contest folder of the same size (RankBenchmark's: 3 criteria).
 *
 * <pre>java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" org.podium.bench.ResultSheetBenchmark [entries]</pre>
 */
public final class ResultSheetBenchmark {
    private static final int WARM_RUNS = 9;

    private ResultSheetBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        System.out.printf("Podium result sheet benchmark: %d entries, 3 timekeepers, 5 judges, 4 criteria; %d cores, Java %s%n",
                entries, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        Path loadavg = Path.of("/proc/loadavg");
        if (Files.isReadable(loadavg)) {
            System.out.println("  load average at start (1, 5, 15 min): " + Files.readString(loadavg).split(" ", 4)[0] + ", "
                    + Files.readString(loadavg).split(" ", 4)[1] + ", " + Files.readString(loadavg).split(" ", 4)[2]);
        }
        Contest contest = contest(entries);
        List<Fact> facts = facts(contest, new Random(42));
        long t0 = System.nanoTime();
        ContestResult result = new ScoringEngine().score(contest, facts);
        System.out.printf("  engine, once: %d ms (%,d facts)%n", ms(t0), facts.size());
        ExportInput input = new ExportInput(contest, result, facts, null);
        ExportService service = new ExportService();

        Path out = Files.createTempDirectory("podium-sheet-bench");
        long[] runs = new long[WARM_RUNS];
        for (int i = -1; i < runs.length; i++) {
            long start = System.nanoTime();
            List<Path> written = service.results(input, out, ExportText.DEFAULT_LOCALE, Progress.NONE);
            long took = ms(start);
            if (i < 0) {
                System.out.printf("  results export, first (cold) run: %d ms (%s, %,d bytes)%n", took,
                        written.get(0).getFileName(), Files.size(written.get(0)));
            } else {
                runs[i] = took;
            }
        }
        Arrays.sort(runs);
        System.out.printf("  results export, warm: median %d ms, best %d ms, worst %d ms (%d runs)%n",
                runs[runs.length / 2], runs[0], runs[runs.length - 1], runs.length);
        delete(out);
        wholeProcess(entries);
    }

    private static long ms(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** {@code target/podium export results} on a generated folder, as a user runs it. */
    private static void wholeProcess(int entries) throws IOException, InterruptedException {
        Path launcher = Path.of("target", "podium");
        if (!Files.isExecutable(launcher)) {
            System.out.println("  (target/podium is missing: run 'mvn -B package -DskipTests' for the whole-process figure)");
            return;
        }
        Path dir = Files.createTempDirectory("podium-sheet-bench-folder");
        RankBenchmark.generate(dir, entries, 1, new Random(42));
        Path out = dir.resolve("out");
        List<String> cmd = List.of(launcher.toString(), "export", "results", dir.toString(), "--scores",
                dir.resolve("scores.csv").toString(), "--out", out.toString());
        long[] runs = new long[5];
        for (int i = -1; i < runs.length; i++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("podium export results failed with exit code " + p.exitValue());
            }
            if (i >= 0) { // the first run warms the file cache
                runs[i] = ms(start);
            }
        }
        Arrays.sort(runs);
        System.out.printf("  whole process 'target/podium export results' (%d entries, 3 criteria; read, score, write):"
                + " median %d ms, best %d ms, worst %d ms (%d runs)%n", entries, runs[runs.length / 2], runs[0],
                runs[runs.length - 1], runs.length);
        delete(dir);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static Contest contest(int entries) {
        List<Criterion> criteria = List.of(
                new Criterion("C1", "紧固力矩", new BigDecimal("30"), Options.CriterionKind.MEASUREMENT, new BigDecimal("0.5"), 3, 1),
                new Criterion("C2", "装配间隙", new BigDecimal("30"), Options.CriterionKind.MEASUREMENT, new BigDecimal("0.5"), 3, 1),
                new Criterion("C3", "外观", new BigDecimal("10"), Options.CriterionKind.MEASUREMENT, new BigDecimal("0.5"), 3, 1),
                new Criterion("C4", "工艺规范", new BigDecimal("30"), Options.CriterionKind.JUDGEMENT, new BigDecimal("0.5"), 3, 1));
        Event event = new Event("bench", "装配", List.of("T1", "T2", "T3"), List.of("J1", "J2", "J3", "J4", "J5"), false, 1, 1,
                new TimingRules(Options.TimeAggregate.MEDIAN, 3, 10, Options.TimeRounding.HALF_UP, 500, 300_000L,
                        Options.OverLimit.DNF),
                new TimeScoreRules(Options.TimeScoreMethod.RATIO_TO_BEST, null, null),
                new QualityRules(Options.QualityAggregate.TRIMMED_MEAN, 1, Options.QualityLevel.TOTAL, 5, null, criteria),
                new BigDecimal("100"), List.of(new Penalty("P1", "违规", new BigDecimal("5"), null)),
                Map.of(Component.TIME, new BigDecimal("0.4"), Component.QUALITY, new BigDecimal("0.6")),
                List.of(Options.TieBreak.QUALITY, Options.TieBreak.TIME), List.of(new Round("final", "决赛", null, false)),
                new AwardRules(List.of(new Tier("一等奖", null, new BigDecimal("0.1")), new Tier("二等奖", null, new BigDecimal("0.2")),
                        new Tier("三等奖", null, new BigDecimal("0.3"))), Options.QuotaRounding.ROUND, Options.TiePolicy.SHARE,
                        null, List.of(new Title("技能标兵", 1, null, null, null, null, Map.of(), null))));
        List<Contestant> roster = new ArrayList<>(entries);
        for (int i = 1; i <= entries; i++) {
            roster.add(new Contestant(Integer.toString(i), "选手" + i, "第" + (i % 40 + 1) + "车间", "", "bench",
                    Integer.toString(i % 10 + 1), null, Map.of()));
        }
        return new Contest("基准测试赛", LocalDate.of(2026, 11, 23), "测试车间", "测试工会", 2, List.of(event), null, roster);
    }

    static List<Fact> facts(Contest contest, Random rnd) {
        List<Fact> facts = new ArrayList<>();
        for (Contestant c : contest.roster()) {
            int base = 60_000 + rnd.nextInt(60_000);
            for (String tk : List.of("T1", "T2", "T3")) {
                facts.add(Fact.time("bench", "final", c.bib(), tk, base + rnd.nextInt(400), null, null));
            }
            for (String j : List.of("J1", "J2", "J3", "J4", "J5")) {
                facts.add(Fact.mark("bench", "final", c.bib(), j, "C1", BigDecimal.valueOf(40 + rnd.nextInt(21), 0)
                        .divide(BigDecimal.valueOf(2)), null, null));
                facts.add(Fact.mark("bench", "final", c.bib(), j, "C2", BigDecimal.valueOf(40 + rnd.nextInt(21), 0)
                        .divide(BigDecimal.valueOf(2)), null, null));
                facts.add(Fact.mark("bench", "final", c.bib(), j, "C3", BigDecimal.valueOf(10 + rnd.nextInt(11), 0)
                        .divide(BigDecimal.valueOf(2)), null, null));
                facts.add(Fact.mark("bench", "final", c.bib(), j, "C4", BigDecimal.valueOf(1 + rnd.nextInt(3)), null, null));
            }
            if (rnd.nextInt(20) == 0) {
                facts.add(Fact.penalty("bench", "final", c.bib(), "J1", "P1", 1, null, null));
            }
        }
        return facts;
    }
}
