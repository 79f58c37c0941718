package org.podium.exchange.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.exchange.excel.Xlsx.cell;
import static org.podium.exchange.excel.Xlsx.decimal;
import static org.podium.exchange.excel.Xlsx.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.podium.domain.AwardRules;
import org.podium.domain.Contest;
import org.podium.domain.EntryResult;
import org.podium.domain.Event;
import org.podium.domain.RoundResult;
import org.podium.domain.Tier;
import org.podium.exchange.ExportFile;
import org.podium.exchange.ExportInput;
import org.podium.exchange.Samples;
import org.podium.scoring.ScoringEngine;

/** awards.xlsx: each tier's and title's winners exactly as the engine gave them, in ranking order. */
class AwardListWorkbookTest {

    private static XSSFWorkbook awards(ExportInput input) {
        List<ExportFile> files = ExcelExports.awards(input, Locale.SIMPLIFIED_CHINESE);
        assertThat(files).extracting(ExportFile::fileName).containsExactly("awards.xlsx");
        return Xlsx.write(files.get(0));
    }

    /** (prize, bib) of each line of the tiers table and then of the titles table, read from the sheet. */
    private static List<String> lines(Sheet s) {
        List<String> out = new ArrayList<>();
        for (int header : List.of(Xlsx.rowStarting(s, "奖项"), rowOrMinus(s, "称号"))) {
            if (header < 0) {
                continue;
            }
            for (int r = header + 1; cell(s, r, 0) != null && !text(cell(s, r, 0)).isEmpty()
                    && cell(s, r, 1) != null; r++) {
                out.add(text(cell(s, r, 0)) + " " + text(cell(s, r, 2)));
            }
        }
        return out;
    }

    private static int rowOrMinus(Sheet s, String text) {
        try {
            return Xlsx.rowStarting(s, text);
        } catch (AssertionError none) {
            return -1;
        }
    }

    /** The same lines from the engine: each tier's entries, then each title's holders, in ranking order. */
    private static List<String> expected(Event event, RoundResult round) {
        List<String> out = new ArrayList<>();
        for (Tier t : event.awards().tiers()) {
            round.rows().stream().filter(r -> t.name().equals(r.award())).forEach(r -> out.add(t.name() + " " + r.bib()));
        }
        for (var title : event.awards().titles()) {
            round.rows().stream().filter(r -> r.titles().contains(title.name())).forEach(r -> out.add(title.name() + " " + r.bib()));
        }
        return out;
    }

    @Test
    void monitorStandListsEveryTierAndTitleWithTheEnginesWinnersNamesUnitsAndTotals() {
        ExportInput input = Samples.input("monitor-stand");
        RoundResult round = input.result().round("stand", "final");
        XSSFWorkbook wb = awards(input);
        assertThat(wb.getNumberOfSheets()).isEqualTo(1);
        Sheet s = wb.getSheet("显示器支架组装");
        assertThat(text(cell(s, 0, 0))).isEqualTo(input.contest().name());
        assertThat(text(cell(s, 1, 0))).contains("获奖名单");

        assertThat(lines(s)).isEqualTo(expected(round.event(), round));
        assertThat(lines(s)).contains("岗位技能标兵 " + round.rows().get(0).bib());

        int header = Xlsx.rowStarting(s, "奖项");
        Map<String, Integer> col = Xlsx.headers(s, header);
        assertThat(col.keySet()).containsExactly("奖项", "名次", "号码", "姓名", "单位", "总分");
        int r = header + 1;
        for (EntryResult e : round.rows()) {
            if (e.award() == null) {
                continue;
            }
            assertThat(text(cell(s, r, col.get("姓名")))).isEqualTo(e.contestant().name());
            assertThat(text(cell(s, r, col.get("单位")))).isEqualTo(e.contestant().unit());
            assertThat(decimal(cell(s, r, col.get("名次")), 0)).isEqualTo(BigDecimal.valueOf(e.rank()));
            assertThat(decimal(cell(s, r, col.get("总分")), 2)).isEqualTo(e.total());
            r++;
        }
        assertThat(Xlsx.texts(s)).anySatisfy(t -> assertThat(t).startsWith("获奖名额（按有效名次人数 N = " + round.quota().ranked()));
        assertThat(Xlsx.texts(s)).anySatisfy(t -> assertThat(t).startsWith("裁判长（签字）"));
        assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(s.getPrintSetup().getLandscape()).isTrue();
    }

    @Test
    void fireSafetyHasASheetPerEventFromItsAwardRound() {
        ExportInput input = Samples.input("fire-safety");
        XSSFWorkbook wb = awards(input);
        assertThat(wb.getNumberOfSheets()).isEqualTo(2);
        for (Event event : input.contest().events()) {
            RoundResult round = input.result().round(event.id(), event.awardRound().id());
            assertThat(lines(wb.getSheet(event.name()))).as(event.id()).isEqualTo(expected(event, round));
        }
    }

    @Test
    void aTierNobodyReachesSaysSo() {
        // monitor-stand with a fourth tier below the others: min_total 78 leaves it empty.
        ExportInput sample = Samples.input("monitor-stand");
        Event e = sample.contest().events().get(0);
        List<Tier> tiers = new ArrayList<>(e.awards().tiers());
        tiers.add(new Tier("优秀奖", 5, null));
        AwardRules rules = new AwardRules(tiers, e.awards().quotaRounding(), e.awards().ties(), e.awards().minTotal(),
                e.awards().titles());
        Event changed = new Event(e.id(), e.name(), e.timekeepers(), e.judges(), e.blindJudging(), e.laps(), e.attempts(),
                e.timing(), e.timeScore(), e.quality(), e.theoryMax(), e.penalties(), e.weights(), e.tieBreak(), e.rounds(), rules);
        Contest c = sample.contest();
        Contest contest = new Contest(c.name(), c.date(), c.venue(), c.organiser(), c.decimals(), List.of(changed), c.teams(),
                c.roster());
        ExportInput input = new ExportInput(contest, new ScoringEngine().score(contest, sample.facts()), sample.facts(), null);
        assertThat(input.result().rounds().get(0).rows()).noneMatch(r -> "优秀奖".equals(r.award()));
        assertThat(lines(awards(input).getSheet("显示器支架组装"))).contains("优秀奖 ");
        assertThat(Xlsx.texts(awards(input).getSheet("显示器支架组装"))).contains("（空缺）");
    }
}
