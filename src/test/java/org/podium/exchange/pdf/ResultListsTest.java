package org.podium.exchange.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.EntryResult;
import org.podium.domain.RoundResult;
import org.podium.exchange.ExportInput;
import org.podium.exchange.Progress;

/** The award list and the results notice read back from the PDF. */
class ResultListsTest {
    @TempDir
    Path tmp;

    private final PdfExports pdf = PdfFixtures.chinese();

    @Test
    void theAwardListNamesEveryWinnerWithAwardRankTotalAndTitles() throws Exception {
        ExportInput in = PdfFixtures.sample("monitor-stand");
        Path file = tmp.resolve("awards.pdf");

        assertThat(pdf.awardList(in, file, Progress.NONE)).isEqualTo(1);

        String text = PdfFile.read(file).text();
        assertThat(text).contains("获奖名单", "2020年岗位练兵首场拉练赛", "项目：显示器支架组装", "获奖人数：19",
                "101 张伟 冠捷显示总装一车间 96.10 岗位技能标兵", "114 朱琳", "78.23", "经开区总工会", "2020年7月20日",
                "Podium 打印于 2020年7月20日 16:30");
        RoundResult round = in.result().rounds().get(0);
        for (EntryResult e : round.rows()) {
            if (e.award() != null) {
                assertThat(text).contains(e.award() + " " + e.rank() + " " + e.bib() + " " + e.contestant().name());
            } else {
                assertThat(text).doesNotContain(e.contestant().name());
            }
        }
    }

    @Test
    void theNoticeListsEveryEntryOfEveryRunRoundWithStatusesAndAdvancing() throws Exception {
        Path file = tmp.resolve("notice.pdf");

        pdf.resultsNotice(PdfFixtures.sample("fire-safety"), file, Progress.NONE);

        PdfFile read = PdfFile.read(file);
        String text = read.text();
        assertThat(text).contains("成绩公示", "以上成绩现予公示", "晋级", "巾帼建功标兵");
        assertThat(read.pageCount()).isEqualTo(3); // hose prelim, hose final, oil fire: a page each
        assertThat(read.pages().get(0)).contains("轮次：初赛").contains("第 1 页", "共 1 页");
    }

    @Test
    void monitorStandNoticeShowsUnrankedEntriesByStatusAndEveryBib() throws Exception {
        ExportInput in = PdfFixtures.sample("monitor-stand");
        Path file = tmp.resolve("notice.pdf");

        pdf.resultsNotice(in, file, Progress.NONE);

        String text = PdfFile.read(file).text();
        for (EntryResult e : in.result().rounds().get(0).rows()) {
            assertThat(text).contains(e.bib() + " " + e.contestant().name());
        }
        assertThat(text).contains("122 宋佳琪 冠捷显示注塑车间 成绩不完整", "139 彭丹 冠捷显示总装一车间 缺赛", "未完成",
                "参赛人数：40", "第 1 页 共 2 页", "第 2 页 共 2 页");
    }
}
