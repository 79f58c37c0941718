package org.podium.exchange.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.exchange.excel.Xlsx.cell;
import static org.podium.exchange.excel.Xlsx.decimal;
import static org.podium.exchange.excel.Xlsx.millis;
import static org.podium.exchange.excel.Xlsx.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.podium.domain.AttemptResult;
import org.podium.domain.AwardQuota;
import org.podium.domain.Contest;
import org.podium.domain.EntryResult;
import org.podium.domain.RoundResult;
import org.podium.exchange.ExportFile;
import org.podium.exchange.ExportInput;
import org.podium.exchange.Samples;

/**
 * The result sheet of monitor-stand's final, reopened with POI: every value is the engine's (compared with the
 * engine's own result objects, not with numbers written here), in the ranking's order, printable as the rules ask.
 */
class ResultWorkbookTest {
    private static ExportInput input;
    private static RoundResult round;
    private static XSSFWorkbook zh;
    private static Sheet results;
    private static int headerRow;
    private static Map<String, Integer> col;

    @BeforeAll
    static void writeTheMonitorStandSheet() {
        input = Samples.input("monitor-stand");
        round = input.result().round("stand", "final");
        List<ExportFile> files = ExcelExports.results(input, Locale.SIMPLIFIED_CHINESE);
        assertThat(files).extracting(ExportFile::fileName).containsExactly("results-stand-final.xlsx");
        zh = Xlsx.write(files.get(0));
        results = zh.getSheet("成绩");
        headerRow = Xlsx.rowStarting(results, "名次");
        col = Xlsx.headers(results, headerRow);
    }

    private static EntryResult entry(int i) {
        return round.rows().get(i);
    }

    @Test
    void theSheetsAreResultsMarksAndHowScored() {
        assertThat(zh.getNumberOfSheets()).isEqualTo(3);
        assertThat(List.of(zh.getSheetName(0), zh.getSheetName(1), zh.getSheetName(2))).containsExactly("成绩", "评分明细", "计分说明");
    }

    @Test
    void theHeaderNamesTheContestEventRoundDateVenueAndOrganiser() {
        Contest c = input.contest();
        assertThat(text(cell(results, 0, 0))).isEqualTo(c.name());
        assertThat(text(cell(results, 1, 0))).contains("显示器支架组装", "决赛", "成绩表");
        assertThat(text(cell(results, 2, 0))).contains("2020年7月20日", c.venue(), c.organiser());
        assertThat(results.getHeader().getLeft()).contains(c.name(), "显示器支架组装", "决赛");
    }

    @Test
    void everyTimekeeperAndJudgeHasAColumnAndUnusedComponentsHaveNone() {
        assertThat(col.keySet()).containsSubsequence("名次", "号码", "姓名", "单位", "T1 计时", "T2 计时", "T3 计时", "官方时间",
                "时间分", "J1 评分", "J2 评分", "J3 评分", "J4 评分", "J5 评分", "质量分", "处罚扣分", "处罚", "总分", "奖项", "称号",
                "状态", "提示");
        assertThat(col).doesNotContainKeys("理论分", "晋级", "代表队", "计分次序");
    }

    @Test
    void rowsAreTheEngineRowsInRankOrderWithTheirValues() {
        int decimals = input.contest().decimals();
        for (int i = 0; i < round.rows().size(); i++) {
            EntryResult e = entry(i);
            int row = headerRow + 1 + i;
            assertThat(text(cell(results, row, col.get("号码")))).as("row %d", i).isEqualTo(e.bib());
            assertThat(text(cell(results, row, col.get("姓名")))).isEqualTo(e.contestant().name());
            assertThat(text(cell(results, row, col.get("单位")))).isEqualTo(e.contestant().unit());
            assertThat(decimal(cell(results, row, col.get("名次")), 0)).isEqualTo(e.rank() == null ? null : BigDecimal.valueOf(e.rank()));
            assertThat(millis(cell(results, row, col.get("官方时间")))).isEqualTo(e.officialTime());
            assertThat(decimal(cell(results, row, col.get("时间分")), decimals)).isEqualTo(e.timeScore());
            assertThat(decimal(cell(results, row, col.get("质量分")), decimals)).isEqualTo(e.qualityScore());
            assertThat(decimal(cell(results, row, col.get("处罚扣分")), decimals)).isEqualTo(e.penaltyPoints());
            assertThat(decimal(cell(results, row, col.get("总分")), decimals)).isEqualTo(e.total());
            assertThat(text(cell(results, row, col.get("奖项")))).isEqualTo(e.award() == null ? "" : e.award());
            assertThat(text(cell(results, row, col.get("称号")))).isEqualTo(String.join("、", e.titles()));
            AttemptResult a = e.attempts().get(0);
            for (String tk : List.of("T1", "T2", "T3")) {
                assertThat(millis(cell(results, row, col.get(tk + " 计时")))).isEqualTo(a.timekeeperTimes().get(tk));
            }
            for (String j : List.of("J1", "J2", "J3", "J4", "J5")) {
                BigDecimal exact = a.sheetTotals().get(j) == null ? null : a.sheetTotals().get(j).round(decimals, RoundingMode.HALF_UP);
                assertThat(decimal(cell(results, row, col.get(j + " 评分")), decimals)).isEqualTo(exact);
            }
        }
        // the sample has ranked, incomplete, DNF and DNS entries, awards and a title: the loop saw them all
        assertThat(round.rows()).extracting(EntryResult::status).extracting(Enum::name).contains("OK", "INCOMPLETE", "DNF", "DNS");
        assertThat(text(cell(results, headerRow + 1, col.get("称号")))).isEqualTo("岗位技能标兵");
    }

    @Test
    void statusesAndFlagsAreWords() {
        Map<String, String> words = Map.of("OK", "正常", "INCOMPLETE", "成绩不全", "DNF", "未完成", "DNS", "未参赛");
        for (int i = 0; i < round.rows().size(); i++) {
            EntryResult e = entry(i);
            assertThat(text(cell(results, headerRow + 1 + i, col.get("状态")))).isEqualTo(words.get(e.status().name()));
            String flags = text(cell(results, headerRow + 1 + i, col.get("提示")));
            assertThat(flags.isEmpty()).isEqualTo(e.flags().isEmpty());
        }
        assertThat(Xlsx.texts(results)).contains("计时差异大", "评分差异大", "P1×1");
    }

    @Test
    void timesAndScoresAreNumbersWithFormatsNotText() {
        int row = headerRow + 1;
        var time = cell(results, row, col.get("官方时间"));
        assertThat(time.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(time.getCellStyle().getDataFormatString()).isEqualTo("[m]:ss.00");
        assertThat(time.getNumericCellValue()).isEqualTo(entry(0).officialTime() / 86_400_000.0);
        var total = cell(results, row, col.get("总分"));
        assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("0.00");
        assertThat(cell(results, row, col.get("名次")).getCellType()).isEqualTo(CellType.NUMERIC);
    }

    @Test
    void thePageIsA4LandscapeOnePageWideWithTheHeaderRowRepeatedAndPageNumbers() {
        for (Sheet s : List.of(results, zh.getSheet("评分明细"), zh.getSheet("计分说明"))) {
            PrintSetup ps = s.getPrintSetup();
            assertThat(ps.getLandscape()).as(s.getSheetName()).isTrue();
            assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(ps.getFitWidth()).isEqualTo((short) 1);
            assertThat(ps.getFitHeight()).isEqualTo((short) 0);
            assertThat(s.getFitToPage()).isTrue();
            assertThat(s.getFooter().getCenter()).isEqualTo("第 &P 页 / 共 &N 页");
        }
        assertThat(results.getRepeatingRows()).isEqualTo(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    @Test
    void theChiefJudgeJudgesAndTimekeepersSignUnderTheTable() {
        int last = headerRow + round.rows().size();
        List<String> below = new java.util.ArrayList<>();
        for (int r = last + 1; r <= results.getLastRowNum(); r++) {
            below.add(text(cell(results, r, 0)));
        }
        assertThat(below).anySatisfy(s -> assertThat(s).startsWith("计时员（签字）：").contains("T1 ___", "T2 ___", "T3 ___"));
        assertThat(below).anySatisfy(s -> assertThat(s).startsWith("裁判员（签字）：").contains("J1 ___", "J3 ___", "J5 ___"));
        assertThat(below).anySatisfy(s -> assertThat(s).startsWith("裁判长（签字）：___").contains("日期：___"));
    }

    @Test
    void theMarksSheetHoldsEachJudgesMarksPerCriterionAsRecorded() {
        Sheet marks = zh.getSheet("评分明细");
        int header = Xlsx.rowStarting(marks, "名次");
        Map<String, Integer> mc = Xlsx.headers(marks, header);
        assertThat(mc.keySet()).containsSubsequence("名次", "号码", "姓名", "裁判", "C1 螺丝紧固力矩", "C2 底座与立柱装配间隙",
                "C3 工艺规范与现场6S", "评分表得分");
        int row = header + 1;
        for (EntryResult e : round.rows()) {
            AttemptResult a = e.attempts().get(0);
            for (Map.Entry<String, List<BigDecimal>> sheet : a.marks().entrySet()) {
                assertThat(text(cell(marks, row, mc.get("号码")))).isEqualTo(e.bib());
                assertThat(text(cell(marks, row, mc.get("裁判")))).isEqualTo(sheet.getKey());
                List<String> criteria = List.of("C1 螺丝紧固力矩", "C2 底座与立柱装配间隙", "C3 工艺规范与现场6S");
                for (int i = 0; i < criteria.size(); i++) {
                    BigDecimal recorded = sheet.getValue().get(i);
                    var c = cell(marks, row, mc.get(criteria.get(i)));
                    assertThat(c.getCellType() == CellType.BLANK ? null : BigDecimal.valueOf(c.getNumericCellValue()))
                            .usingComparator(java.util.Comparator.nullsFirst(BigDecimal::compareTo)).isEqualTo(recorded);
                }
                row++;
            }
        }
        assertThat(row).isGreaterThan(header + 100);
        assertThat(marks.getLastRowNum()).isGreaterThan(row); // the judges sign under it
    }

    @Test
    void theHowScoredSheetStatesTheRulesAndTheQuotaArithmeticWithTheEnginesNumbers() {
        String all = String.join("\n", Xlsx.texts(zh.getSheet("计分说明")));
        AwardQuota q = round.quota();
        assertThat(all).contains("3 名计时员（T1、T2、T3）", "中位数", "0.01 秒四舍五入", "限时 2:30.00",
                "5 名裁判", "去掉 1 个最高分和 1 个最低分后的平均值", "质量分 = 100 × Q ÷ 100",
                "总分 = 0.4 × 时间分 + 0.6 × 质量分 − 处罚扣分", "保留 2 位小数", "质量分（高者在前）、官方时间（短者在前）",
                "P1 违反安全操作规程：每次从总分中扣 5 分", "总分低于 78 分者不获奖");
        assertThat(all).contains("N = " + q.ranked() + " 人");
        assertThat(all).contains("一等奖：N × 10% = " + new BigDecimal("0.1").multiply(BigDecimal.valueOf(q.ranked())).stripTrailingZeros()
                .toPlainString() + "，四舍五入为 " + q.counts().get(0) + " 名");
        assertThat(all).contains("一等奖至第 " + q.cumulative().get(0) + " 名", "三等奖至第 " + q.cumulative().get(2) + " 名");
        // the sample's tie at rank 4 straddles the first tier's boundary, and both get it (ties: share)
        assertThat(q.cumulative().get(0)).isEqualTo(4);
        assertThat(all).contains("第 4 名 2 人并列，跨过一等奖名次线（第 4 名）：均获一等奖");
        long firsts = round.rows().stream().filter(e -> "一等奖".equals(e.award())).count();
        assertThat(all).contains("实际获奖：一等奖 " + firsts + " 名");
        assertThat(all).contains("岗位技能标兵（至多 1 名、须获一等奖）：" + entry(0).contestant().name());
    }

    @Test
    void englishSheetsTakeTheirWordsFromTheEnglishBundle() {
        XSSFWorkbook en = Xlsx.write(ExcelExports.results(input, Locale.ENGLISH).get(0));
        Sheet s = en.getSheet("Results");
        Map<String, Integer> h = Xlsx.headers(s, Xlsx.rowStarting(s, "Rank"));
        assertThat(h.keySet()).containsSubsequence("Rank", "Bib", "Name", "Unit", "Time T1", "Official time", "Time score",
                "J1 points", "Quality", "Total", "Award", "Status");
        assertThat(s.getFooter().getCenter()).isEqualTo("Page &P of &N");
        assertThat(en.getSheetName(1)).isEqualTo("Marks");
        assertThat(String.join("\n", Xlsx.texts(en.getSheet("How scored")))).contains("N = " + round.quota().ranked());
    }
}
