package org.podium.ui.setup.people;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.podium.contestfile.HrSheets;
import org.podium.contestfile.Preview;
import org.podium.service.PeopleImport;
import org.podium.ui.common.I18n;

/**
 * How long the import pane takes to preview a 50,000-row roster (issue 14: within 2 s): the engine's reading and checking
 * (on the executor) and the building of the spreadsheet's grid (also on the executor), each run 5 times in one JVM, the
 * first run being the cold one. Run with the test class path (after {@code mvn -q -o test-compile}; {@code cp.txt} from {@code mvn dependency:build-classpath}):
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.podium.ui.setup.people.RosterPreviewBenchmark}
 * (docs/rosters.md gives the figures measured).
 */
public final class RosterPreviewBenchmark {
    private RosterPreviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("podium-preview-bench");
        Path folder = Files.createDirectories(dir.resolve("drill"));
        Files.copy(HrSheets.FOLDER.resolve("contest.yaml"), folder.resolve("contest.yaml"));
        Path csv = LargeRosterFxTest.roster(dir);
        Path xlsx = dir.resolve("roster-50000.xlsx");
        HrSheets.workbook(xlsx, rows());
        PeopleImport people = new PeopleImport(folder);
        I18n i18n = I18n.forLocale(Locale.SIMPLIFIED_CHINESE);
        for (Path f : new Path[] {csv, xlsx}) {
            for (int run = 1; run <= 5; run++) {
                long t0 = System.nanoTime();
                Preview<?> p = people.preview(PeopleImport.Kind.ROSTER, f, Map.of(), i18n.locale());
                long t1 = System.nanoTime();
                RosterImportPane.grid(p, i18n, s -> s);
                long t2 = System.nanoTime();
                System.out.printf("%s run %d: %d rows, read and checked %d ms, grid %d ms, preview %d ms%n",
                        f.getFileName(), run, p.rows().size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t2 - t0) / 1_000_000);
            }
        }
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
