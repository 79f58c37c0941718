package org.podium.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.ContestResult;
import org.podium.domain.EntryResult;
import org.podium.exchange.ExportInput;
import org.podium.exchange.Progress;
import org.podium.exchange.pdf.PdfExports;
import org.podium.scoring.ScoringEngine;

/**
 * Benchmark (not a test): 2,000 one-page certificates, in the same run,
 * <ol>
 *   <li>bare JasperReports: Podium's certificate.jrxml compiled once, filled from a plain map data source whose
 *       2,000 records are ready-made, and exported to one PDF (fill and export timed);</li>
 *   <li>Podium: {@link PdfExports#certificates(ExportInput, Path, Progress)} on the engine's results of a generated
 *       2,000-contestant contest in which every entry wins a prize (records built from the results, every text checked
 *       against the font, fill, export, atomic move: all timed).</li>
 * </ol>
 * Warm: median of 15 runs each after 2 warm-up runs each, taking turns which goes first; wall time, and the CPU time of
 * the exporting thread (steadier on a shared machine: fill and export run on the caller's thread). Cold: the first run of each in a fresh JVM (a
 * child process with the podium launcher's JVM settings: quick compiler only, serial collector), class loading and
 * font loading included; the bare run's compile is timed too, since Podium's first export compiles its template.
 *
 * <pre>java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" org.podium.bench.CertificateBenchmark [contestants]</pre>
 */
public final class CertificateBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int WARM_UPS = 2;
    private static final int RUNS = 15;

    private CertificateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--cold")) {
            System.out.println(cold(args[1], Path.of(args[2])));
            return;
        }
        int contestants = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path dir = Files.createTempDirectory("podium-certificate-bench");
        generate(dir, contestants);
        System.out.printf("Podium certificate benchmark: %,d contestants, every one awarded; %d cores, Java %s%n", contestants,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        long coldBare = child("bare", dir);
        long coldPodium = child("podium", dir);

        ExportInput input = input(dir);
        JasperReport report = compile();
        List<Map<String, ?>> rows = bareRows(input);
        PdfExports pdf = new PdfExports(Locale.SIMPLIFIED_CHINESE, Clock.systemDefaultZone());
        int pages = 0;
        for (int i = 0; i < WARM_UPS; i++) {
            bare(report, rows, dir.resolve("bare.pdf"));
            pages = pdf.certificates(input, dir.resolve("podium.pdf"), Progress.NONE);
        }
        long[][] bare = new long[2][RUNS];
        long[][] podium = new long[2][RUNS];
        for (int i = 0; i < RUNS; i++) {
            int barePages = 0;
            for (int turn = 0; turn < 2; turn++) {
                boolean bareNow = (turn == 0) == (i % 2 == 0);
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                if (bareNow) {
                    barePages = bare(report, rows, dir.resolve("bare.pdf"));
                } else {
                    pages = pdf.certificates(input, dir.resolve("podium.pdf"), Progress.NONE);
                }
                long[][] into = bareNow ? bare : podium;
                into[0][i] = System.nanoTime() - t0;
                into[1][i] = THREADS.getCurrentThreadCpuTime() - cpu0;
            }
            if (pages != barePages || pages != contestants) {
                throw new IllegalStateException("pages: Podium " + pages + ", bare " + barePages + ", expected " + contestants);
            }
        }
        for (long[] a : bare) {
            Arrays.sort(a);
        }
        for (long[] a : podium) {
            Arrays.sort(a);
        }
        int mid = RUNS / 2;
        System.out.printf("%,d pages; Podium PDF %,d bytes, bare PDF %,d bytes%n", pages, Files.size(dir.resolve("podium.pdf")),
                Files.size(dir.resolve("bare.pdf")));
        System.out.printf("warm, median of %d (best..worst)    wall                    thread CPU   | cold: fresh JVM, compile%n",
                RUNS);
        System.out.printf("bare JasperReports fill+export  %6d ms (%d..%d)  %6d ms      | %6d ms%n", ms(bare[0][mid]),
                ms(bare[0][0]), ms(bare[0][RUNS - 1]), ms(bare[1][mid]), coldBare);
        System.out.printf("Podium PdfExports.certificates  %6d ms (%d..%d)  %6d ms      | %6d ms%n", ms(podium[0][mid]),
                ms(podium[0][0]), ms(podium[0][RUNS - 1]), ms(podium[1][mid]), coldPodium);
        System.out.printf("ratio Podium / bare: %.2f wall median, %.2f wall best, %.2f CPU, %.2f cold"
                + " (targets: at most 1.3, Podium under 5 s)%n", (double) podium[0][mid] / bare[0][mid],
                (double) podium[0][0] / bare[0][0], (double) podium[1][mid] / bare[1][mid], (double) coldPodium / coldBare);
    }

    /** Runs one cold export in a fresh JVM; returns its time in ms. */
    private static long child(String mode, Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the JVM settings of the podium launcher (src/main/launcher/podium), as `podium export certificates` runs
        Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx2g", "-cp",
                System.getProperty("java.class.path"), CertificateBenchmark.class.getName(), "--cold", mode, dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the cold " + mode + " run failed: " + out);
        }
        return Long.parseLong(out);
    }

    /** The first export of a fresh JVM, timed from the first JasperReports (or Podium) call, compile included. */
    private static long cold(String mode, Path dir) throws Exception {
        ExportInput input = input(dir);
        if (mode.equals("bare")) {
            List<Map<String, ?>> rows = bareRows(input);
            long t0 = System.nanoTime();
            bare(compile(), rows, dir.resolve("cold-bare.pdf"));
            return ms(System.nanoTime() - t0);
        }
        long t0 = System.nanoTime();
        new PdfExports(Locale.SIMPLIFIED_CHINESE, Clock.systemDefaultZone()).certificates(input, dir.resolve("cold-podium.pdf"),
                Progress.NONE);
        return ms(System.nanoTime() - t0);
    }

    private static ExportInput input(Path dir) throws Exception {
        ContestFolder.Loaded loaded = ContestFolder.loadWithScores(dir, List.of(dir.resolve("scores.csv")));
        ContestResult result = new ScoringEngine().score(loaded.folder().contest(), loaded.facts());
        return new ExportInput(loaded.folder().contest(), result, loaded.facts(), dir);
    }

    private static JasperReport compile() throws Exception {
        try (InputStream in = CertificateBenchmark.class.getResourceAsStream("/org/podium/reports/certificate.jrxml")) {
            return JasperCompileManager.compileReport(in);
        }
    }

    /** Fills the records and exports one PDF, as any JasperReports program would; returns the pages. */
    private static int bare(JasperReport report, List<Map<String, ?>> rows, Path out) throws Exception {
        Map<String, Object> params = new HashMap<>();
        params.put(JRParameter.REPORT_RESOURCE_BUNDLE, ResourceBundle.getBundle("org.podium.i18n.messages", Locale.SIMPLIFIED_CHINESE));
        JasperPrint print = JasperFillManager.fillReport(report, params, new JRMapCollectionDataSource(rows));
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out.toFile()));
        exporter.exportReport();
        return print.getPages().size();
    }

    /** The same texts as Podium's records, made beforehand (not timed). */
    private static List<Map<String, ?>> bareRows(ExportInput input) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (EntryResult e : input.result().rounds().get(0).rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("salutation", e.contestant().unit() + " " + e.contestant().name() + " 同志：");
            row.put("body", "在" + input.contest().name() + "“" + input.contest().events().get(0).name() + "”项目中荣获");
            row.put("honourText", e.award());
            row.put("organiser", input.contest().organiser());
            row.put("date", "二〇二六年十一月二十三日");
            rows.add(row);
        }
        return rows;
    }

    /** The rank benchmark's contest, with prize tiers that reach every ranked entry and no title. */
    private static void generate(Path dir, int contestants) throws Exception {
        RankBenchmark.generate(dir, contestants, 1, new Random(42));
        String yaml = Files.readString(dir.resolve("contest.yaml"), StandardCharsets.UTF_8);
        int awards = yaml.indexOf("    awards:");
        Files.writeString(dir.resolve("contest.yaml"), yaml.substring(0, awards) + String.join("\n",
                "    awards:",
                "      tiers:",
                "        - {name: 一等奖, share: 0.1}",
                "        - {name: 二等奖, share: 0.3}",
                "        - {name: 三等奖, share: 0.6}",
                ""), StandardCharsets.UTF_8);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
