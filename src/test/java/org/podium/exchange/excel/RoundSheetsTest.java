package org.podium.exchange.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.exchange.excel.Xlsx.cell;
import static org.podium.exchange.excel.Xlsx.decimal;
import static org.podium.exchange.excel.Xlsx.millis;
import static org.podium.exchange.excel.Xlsx.text;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.podium.domain.AttemptResult;
import org.podium.domain.EntryResult;
import org.podium.domain.RoundResult;
import org.podium.exchange.ExportFile;
import org.podium.exchange.ExportInput;
import org.podium.exchange.Samples;

/**
 * What the columns follow: a preliminary's advancement, theory, several attempts (fire-safety), laps and teams
 * (sanitation); and the order against the golden CSVs (an independent implementation of scoring.md).
 */
class RoundSheetsTest {

    private static XSSFWorkbook sheet(ExportInput input, String fileName) {
        for (ExportFile f : ExcelExports.results(input, Locale.SIMPLIFIED_CHINESE)) {
            if (f.fileName().equals(fileName)) {
                return Xlsx.write(f);
            }
        }
        throw new AssertionError("no " + fileName);
    }

    /** Bib and total (as printed) of each row of a result sheet. */
    private static List<String> bibsAndTotals(Sheet s) {
        int header = Xlsx.rowStarting(s, "名次");
        Map<String, Integer> col = Xlsx.headers(s, header);
        List<String> out = new ArrayList<>();
        for (int r = header + 1; cell(s, r, col.get("号码")) != null && !text(cell(s, r, col.get("号码"))).isEmpty(); r++) {
            BigDecimal total = decimal(cell(s, r, col.get("总分")), 2);
            out.add(text(cell(s, r, col.get("号码"))) + "," + (total == null ? "" : total.toPlainString()));
        }
        return out;
    }

    /** Bib and total of each line of a golden rank.csv for one event and round. */
    private static List<String> golden(String slug, String event, String round) throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/golden", slug, "rank.csv"), StandardCharsets.UTF_8)) {
            String[] f = line.split(",", -1);
            if (f[0].equals(event) && f[1].equals(round)) {
                out.add(f[3] + "," + f[13]);
            }
        }
        return out;
    }

    @Test
    void everySampleSheetFollowsTheGoldenRankingRowForRow() throws Exception {
        for (String slug : List.of("monitor-stand", "sanitation", "fire-safety")) {
            ExportInput input = Samples.input(slug);
            for (RoundResult round : input.result().rounds()) {
                String file = "results-" + round.event().id() + "-" + round.round().id() + ".xlsx";
                List<String> rows = bibsAndTotals(sheet(input, file).getSheet("成绩"));
                assertThat(rows).as(file).isEqualTo(golden(slug, round.event().id(), round.round().id())).isNotEmpty();
            }
        }
    }

    @Test
    void aPreliminaryShowsWhoAdvancesAndTheHowScoredSheetSaysHowMany() {
        ExportInput input = Samples.input("fire-safety");
        RoundResult prelim = input.result().round("hose", "prelim");
        XSSFWorkbook wb = sheet(input, "results-hose-prelim.xlsx");
        Sheet s = wb.getSheet("成绩");
        int header = Xlsx.rowStarting(s, "名次");
        Map<String, Integer> col = Xlsx.headers(s, header);
        assertThat(col).containsKeys("晋级", "理论分").doesNotContainKeys("奖项", "称号");
        int going = 0;
        for (int i = 0; i < prelim.rows().size(); i++) {
            EntryResult e = prelim.rows().get(i);
            assertThat(text(cell(s, header + 1 + i, col.get("晋级")))).isEqualTo(e.advances() ? "晋级" : "");
            assertThat(decimal(cell(s, header + 1 + i, col.get("理论分")), 2)).isEqualTo(e.theoryScore());
            going += e.advances() ? 1 : 0;
        }
        assertThat(going).isPositive();
        String rules = String.join("\n", Xlsx.texts(wb.getSheet("计分说明")));
        assertThat(rules).contains("本轮有效名次人数的 50%", "每个单位至多 2 人晋级",
                "本轮有效名次 " + prelim.rankedCount() + " 人，晋级 " + going + " 人", "理论分 = 100 × 理论考试成绩 ÷ 100",
                "0.3 × 时间分 + 0.4 × 质量分 + 0.3 × 理论分");
        assertThat(rules).doesNotContain("获得有效名次的选手 N =");
    }

    @Test
    void severalAttemptsShowTheCountingOneAndEveryAttemptOnItsOwnSheet() {
        ExportInput input = Samples.input("fire-safety");
        RoundResult round = input.result().round("oilfire", "final");
        XSSFWorkbook wb = sheet(input, "results-oilfire-final.xlsx");
        assertThat(wb.getSheet("各次成绩")).isNotNull();
        Sheet s = wb.getSheet("成绩");
        int header = Xlsx.rowStarting(s, "名次");
        Map<String, Integer> col = Xlsx.headers(s, header);
        for (int i = 0; i < round.rows().size(); i++) {
            EntryResult e = round.rows().get(i);
            int r = header + 1 + i;
            assertThat(decimal(cell(s, r, col.get("计分次序")), 0))
                    .isEqualTo(e.countingAttempt() == null ? null : BigDecimal.valueOf(e.countingAttempt()));
            AttemptResult shown = e.countingAttempt() == null ? null : e.attempts().get(e.countingAttempt() - 1);
            assertThat(millis(cell(s, r, col.get("T1 计时")))).isEqualTo(shown == null ? null : shown.timekeeperTimes().get("T1"));
            assertThat(millis(cell(s, r, col.get("官方时间")))).isEqualTo(e.officialTime());
        }
        assertThat(round.rows()).anyMatch(e -> e.countingAttempt() != null && e.countingAttempt() == 2);

        Sheet attempts = wb.getSheet("各次成绩");
        int ah = Xlsx.rowStarting(attempts, "名次");
        Map<String, Integer> ac = Xlsx.headers(attempts, ah);
        int r = ah + 1;
        for (EntryResult e : round.rows()) {
            for (AttemptResult a : e.attempts()) {
                assertThat(text(cell(attempts, r, ac.get("号码")))).isEqualTo(e.bib());
                assertThat(decimal(cell(attempts, r, ac.get("次序")), 0)).isEqualTo(BigDecimal.valueOf(a.number()));
                assertThat(decimal(cell(attempts, r, ac.get("总分")), 2)).isEqualTo(a.total());
                assertThat(text(cell(attempts, r, ac.get("计分")))).isEqualTo(Integer.valueOf(a.number()).equals(e.countingAttempt()) ? "计分" : "");
                r++;
            }
        }
        assertThat(String.join("\n", Xlsx.texts(wb.getSheet("计分说明")))).contains("每人 2 次机会");
    }

    @Test
    void lapsAndTeamsHaveColumns() {
        ExportInput input = Samples.input("sanitation");
        Sheet s = sheet(input, "results-sweep-final.xlsx").getSheet("成绩");
        int header = Xlsx.rowStarting(s, "名次");
        Map<String, Integer> col = Xlsx.headers(s, header);
        assertThat(col.keySet()).containsSubsequence("单位", "代表队", "T1 计时", "T2 计时", "T3 计时", "第1圈", "第2圈", "官方时间");
        EntryResult first = input.result().rounds().get(0).rows().get(0);
        assertThat(text(cell(s, header + 1, col.get("代表队")))).isEqualTo(first.contestant().team());
        assertThat(millis(cell(s, header + 1, col.get("第1圈")))).isEqualTo(first.attempts().get(0).laps().get(0));
        assertThat(millis(cell(s, header + 1, col.get("第2圈")))).isEqualTo(first.attempts().get(0).laps().get(1));
    }
}
