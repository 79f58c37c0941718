package org.podium.ui.setup.people;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.controlsfx.control.spreadsheet.GridBase;
import org.controlsfx.control.spreadsheet.SpreadsheetView;
import org.podium.contestfile.HrSheets;
import org.podium.contestfile.Preview;
import org.podium.service.PeopleImport;
import org.podium.ui.common.I18n;

/**
 * How long the import pane takes to preview a 50,000-row roster (issue 14: within 2 s, cold): the engine's reading and
 * checking (on the executor), then the spreadsheet of the first {@link RosterImportPane#FIRST_ROWS} rows (grid and
 * {@link SpreadsheetView}, also on the executor, as {@link RosterImportPane} does; with it the preview is on screen:
 * summary, problems, Import and the first rows), then the whole spreadsheet that replaces it; each file run
 * 5 times in one JVM, the first run of the first file being the cold one: a fresh JVM whose JavaFX is started, as the
 * app's is when the organiser chooses a file. The files are written beforehand by another JVM (so that writing the
 * workbook with POI warms nothing here), into {@code target/roster-bench/}. Run with the test class path, after
 * {@code mvn -B -q -o test-compile}:
 * {@code java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" org.podium.ui.setup.people.RosterPreviewBenchmark [xlsx|csv]...}
 * (default: xlsx, then csv; the figures are in README and docs/setup-people.md). Headless (Monocle) unless
 * {@code -Dglass.platform} says otherwise.
 */
public final class RosterPreviewBenchmark {
    private static final Path FILES = Path.of("target/roster-bench");

    private RosterPreviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--write")) {
            write(Path.of(args[1]));
            return;
        }
        Path xlsx = FILES.resolve("roster-50000.xlsx");
        Path csv = FILES.resolve("roster-50000.csv");
        if (!Files.exists(xlsx) || !Files.exists(csv)) {
            writeInAnotherJvm();
        }
        List<Path> files = new ArrayList<>();
        for (String a : args.length == 0 ? new String[] {"xlsx", "csv"} : args) {
            files.add(a.equals("csv") ? csv : xlsx);
        }
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        Platform.startup(() -> { });
        new SpreadsheetView(new GridBase(0, 0)); // the pane's empty spreadsheet, there before a file is chosen

        Path folder = Files.createDirectories(Files.createTempDirectory("podium-preview-bench").resolve("drill"));
        Files.copy(HrSheets.FOLDER.resolve("contest.yaml"), folder.resolve("contest.yaml"));
        PeopleImport people = new PeopleImport(folder);
        I18n i18n = I18n.forLocale(Locale.SIMPLIFIED_CHINESE);
        for (Path f : files) {
            for (int run = 1; run <= 5; run++) {
                long c0 = cpu();
                long t0 = System.nanoTime();
                Preview<?> p = people.preview(PeopleImport.Kind.ROSTER, f, Map.of(), i18n.locale());
                long t1 = System.nanoTime();
                long c1 = cpu();
                new SpreadsheetView(RosterImportPane.grid(p, i18n, s -> s, RosterImportPane.FIRST_ROWS));
                long t2 = System.nanoTime();
                long c2 = cpu();
                SpreadsheetView whole = new SpreadsheetView(RosterImportPane.grid(p, i18n, s -> s));
                long t3 = System.nanoTime();
                long c3 = cpu();
                System.out.printf("%s run %d: %d rows; read and checked %d ms; first %d rows' spreadsheet %d ms, so the preview on"
                        + " screen at %d ms; the whole spreadsheet %d ms more, at %d ms (the process's CPU time %d + %d + %d ms;"
                        + " load average %.1f)%n", f.getFileName(), run, whole.getGrid().getRowCount(), ms(t1 - t0),
                        RosterImportPane.FIRST_ROWS, ms(t2 - t1), ms(t2 - t0), ms(t3 - t2), ms(t3 - t0), ms(c1 - c0), ms(c2 - c1),
                        ms(c3 - c2), java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
        Platform.exit();
    }

    /** The CPU time of the whole process (every thread: the JIT compiler's and the collector's too), in ns. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static void writeInAnotherJvm() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), RosterPreviewBenchmark.class.getName(),
                "--write", FILES.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("could not write the rosters into " + FILES);
        }
    }

    /** The 50,000-row GB18030 CSV of {@link LargeRosterFxTest} and the same people as a workbook. */
    private static void write(Path dir) throws Exception {
        Files.createDirectories(dir);
        LargeRosterFxTest.roster(dir);
        HrSheets.workbook(dir.resolve("roster-50000.xlsx"), rows());
    }

    /** The same 50,000 people as a workbook: a title row, the header, numeric bibs and heats. */
    private static Object[][] rows() {
        Object[][] rows = new Object[LargeRosterFxTest.ROWS + 3][];
        rows[0] = new Object[] {"2020年岗位练兵 参赛人员名单"};
        rows[1] = new Object[] {"编号", "姓名", "性别", "出生年月", "所在单位", "组别"};
        for (int i = 0; i < LargeRosterFxTest.ROWS; i++) {
            rows[i + 2] = new Object[] {100_000 + i, "职工" + i, i % 2 == 0 ? "男" : "女",
                    (1970 + i % 30) + "/" + (1 + i % 12) + "/" + (1 + i % 28), "冠捷显示第" + i % 40 + "车间", 1 + i % 200};
        }
        rows[LargeRosterFxTest.ROWS + 2] = new Object[] {"合计", "50000人"};
        return rows;
    }
}
