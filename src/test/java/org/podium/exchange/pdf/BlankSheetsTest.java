package org.podium.exchange.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Contestant;
import org.podium.exchange.ExportInput;
import org.podium.exchange.Progress;

/** Blank judge and timekeeper sheets read back from the PDF. */
class BlankSheetsTest {
    @TempDir
    Path tmp;

    private final PdfExports pdf = PdfFixtures.chinese();

    private PdfFile write(PdfDocument doc) throws Exception {
        Path file = tmp.resolve("sheets-" + System.nanoTime() + ".pdf");
        doc.write(file, Progress.NONE);
        return PdfFile.read(file);
    }

    private static String squeezed(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void aJudgeSheetPerJudgePerHeatListsEveryContestantAndEveryCriterionWithItsMax() throws Exception {
        ExportInput in = PdfFixtures.sample("monitor-stand");

        PdfFile sheets = write(pdf.judgeSheets(in, null, null));

        assertThat(sheets.pageCount()).isEqualTo(15); // 3 heats of 13-14, 5 judges, a page each
        for (String heat : List.of("1", "2", "3")) {
            for (String judge : List.of("J1", "J2", "J3", "J4", "J5")) {
                assertThat(sheets.pages()).anySatisfy(p -> assertThat(p).contains("组别：" + heat + "　　裁判：" + judge));
            }
        }
        for (int p = 0; p < sheets.pageCount(); p++) {
            String page = squeezed(sheets.pages().get(p));
            assertThat(page).contains("裁判评分表", "螺丝紧固力矩满分40（0.5分一档）", "底座与立柱装配间隙满分30（0.5分一档）",
                    "工艺规范与现场6S评判0–3（满分30）", "违规（代码×次数）", "P1违反安全操作规程（扣5分）",
                    "P2零件掉落（加5秒）", "裁判员签名");
        }
        String text = sheets.text();
        for (Contestant c : in.contest().entrants("stand")) {
            assertThat(text).contains(c.bib() + " " + c.name() + " " + c.unit());
        }
    }

    @Test
    void aTimekeeperSheetPerTimekeeperPerHeatHasABoxPerLapAndForTheTime() throws Exception {
        ExportInput in = PdfFixtures.sample("sanitation"); // laps: 2, one heat (none named), 28 teams' sweepers

        PdfFile sheets = write(pdf.timekeeperSheets(in, null, null));

        String text = squeezed(sheets.text());
        assertThat(text).contains("计时记录表", "第1圈（累计）", "第2圈（累计）", "成绩（分:秒.百分秒）", "计时员：T1", "计时员：T2",
                "计时员：T3", "组别：—", "各圈写从起点起的累计时间", "计时员签名");
        for (Contestant c : in.contest().entrants("sweep")) {
            assertThat(text).contains(squeezed(c.bib() + c.name() + c.unit()));
        }
        assertThat(sheets.a4Landscape(0)).isTrue(); // two lap columns do not fit a portrait page
    }

    @Test
    void eachAttemptHasARowAndALaterRoundListsOnlyTheEntriesThatAdvanced() throws Exception {
        ExportInput in = PdfFixtures.sample("fire-safety");

        PdfFile oilFire = write(pdf.judgeSheets(in, "oilfire", null));
        PdfFile hoseFinal = write(pdf.timekeeperSheets(in, "hose", "final"));

        assertThat(oilFire.text()).contains("第1次", "第2次").doesNotContain("水带");
        String finalText = hoseFinal.text();
        assertThat(finalText).contains("轮次：决赛").doesNotContain("轮次：初赛");
        for (var e : in.result().round("hose", "prelim").rows()) {
            if (e.advances()) {
                assertThat(finalText).contains(" " + e.contestant().name() + " ");
            } else {
                assertThat(finalText).doesNotContain(e.contestant().name());
            }
        }
    }

    @Test
    void blindJudgingSheetsShowWorkNumbersAndNeverABibNameOrUnit() throws Exception {
        Path dir = PdfFixtures.copy("monitor-stand", tmp.resolve("blind"));
        PdfFixtures.replace(dir.resolve("contest.yaml"), "blind_judging: false", "blind_judging: true");
        ExportInput scored = PdfFixtures.scored(dir, List.of(dir.resolve("scores/sample.csv")));
        Map<String, String> work = new java.util.HashMap<>();
        int n = 500;
        for (Contestant c : scored.contest().entrants("stand")) {
            work.put(c.bib(), Integer.toString(n += 7)); // as the venue database would give them: not the bib
        }
        assertThatThrownBy(() -> pdf.judgeSheets(scored, null, null)).isInstanceOf(PdfExportException.class)
                .hasMessageContaining("work numbers of round final live in the venue database");
        ExportInput in = new ExportInput(scored.contest(), scored.result(), scored.facts(), scored.folder(),
                Map.of(ExportInput.roundKey("stand", "final"), work));

        PdfFile sheets = write(pdf.judgeSheets(in, null, null));
        PdfFile key = write(pdf.workNumberKey(in, null));

        String text = sheets.text();
        List<String> words = List.of(text.split("\\s+"));
        assertThat(text).contains("作品编号", "盲评：本表只列作品编号");
        for (Contestant c : in.contest().entrants("stand")) {
            assertThat(words).contains(work.get(c.bib())).doesNotContain(c.bib());
            assertThat(text).doesNotContain(c.name()).doesNotContain(c.unit());
            assertThat(key.text()).contains(work.get(c.bib()) + " " + c.bib() + " " + c.name() + " " + c.unit());
        }
        assertThat(key.text()).contains("盲评作品编号对照表", "不得交给评分裁判");
        assertThat(write(pdf.timekeeperSheets(in, null, null)).text()).contains("101 张伟");
    }

    @Test
    void aContestWithoutBlindJudgingHasNoWorkNumberKey() throws Exception {
        assertThat(pdf.workNumberKey(PdfFixtures.sample("monitor-stand"), null).isEmpty()).isTrue();
    }
}
