package org.podium.exchange.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.exchange.excel.Xlsx.cell;
import static org.podium.exchange.excel.Xlsx.decimal;
import static org.podium.exchange.excel.Xlsx.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.podium.domain.TeamStanding;
import org.podium.exchange.ExportFile;
import org.podium.exchange.ExportInput;
import org.podium.exchange.Samples;

/** teams.xlsx (sanitation: eight district teams, the sum of each team's three best): the engine's standings. */
class TeamWorkbookTest {

    @Test
    void sanitationListsTheEnginesTeamStandingsWithTheirCountedMembers() {
        ExportInput input = Samples.input("sanitation");
        List<ExportFile> files = ExcelExports.results(input, Locale.SIMPLIFIED_CHINESE);
        assertThat(files).extracting(ExportFile::fileName).containsExactly("results-sweep-final.xlsx", "teams.xlsx");
        XSSFWorkbook wb = Xlsx.write(files.get(1));
        Sheet s = wb.getSheet("道路清扫保洁");
        int header = Xlsx.rowStarting(s, "名次");
        Map<String, Integer> col = Xlsx.headers(s, header);
        assertThat(col.keySet()).containsExactly("名次", "代表队", "团体得分", "状态", "计分队员");
        List<TeamStanding> teams = input.result().teams();
        assertThat(teams).hasSize(8);
        for (int i = 0; i < teams.size(); i++) {
            TeamStanding t = teams.get(i);
            int r = header + 1 + i;
            assertThat(text(cell(s, r, col.get("代表队")))).isEqualTo(t.team());
            assertThat(decimal(cell(s, r, col.get("名次")), 0)).isEqualTo(t.rank() == null ? null : BigDecimal.valueOf(t.rank()));
            assertThat(decimal(cell(s, r, col.get("团体得分")), 2)).isEqualTo(t.score());
            assertThat(text(cell(s, r, col.get("状态")))).isEqualTo(t.status().name().equals("OK") ? "正常" : "成绩不全");
            String counted = text(cell(s, r, col.get("计分队员")));
            for (String bib : t.counted()) {
                String name = input.contest().entrants("sweep").stream().filter(c -> c.bib().equals(bib)).findFirst().orElseThrow().name();
                assertThat(counted).contains(bib + " " + name);
            }
        }
        assertThat(Xlsx.texts(s)).anySatisfy(t -> assertThat(t).startsWith("团体得分：每队排名最靠前的 3 名"));
    }

    @Test
    void aContestWithoutTeamsHasNoTeamsFile() {
        assertThat(ExcelExports.results(Samples.input("monitor-stand"), Locale.SIMPLIFIED_CHINESE))
                .extracting(ExportFile::fileName).doesNotContain("teams.xlsx");
    }
}
