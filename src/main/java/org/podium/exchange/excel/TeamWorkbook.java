package org.podium.exchange.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.podium.domain.Contestant;
import org.podium.domain.Event;
import org.podium.domain.TeamStanding;
import org.podium.exchange.ExportInput;
import org.podium.exchange.ExportText;
import org.podium.exchange.HowScored;
import org.podium.exchange.Progress;

/**
 * The team standings, {@code teams.xlsx} (contests with a {@code teams:} section, scoring.md section 12): a sheet
 * per event with its teams in the engine's order, each with its counted members by bib and name, best first.
 */
final class TeamWorkbook extends XlsxFile {
    static final String FILE = "teams.xlsx";

    TeamWorkbook(ExportInput input, ExportText i18n) {
        super(input, i18n, FILE);
    }

    @Override
    void fill(SXSSFWorkbook wb, Styles styles, Progress progress) {
        for (Event event : contest.events()) {
            progress.checkCancelled();
            List<TeamStanding> standings = new ArrayList<>();
            for (TeamStanding t : input.result().teams()) {
                if (t.event().equals(event.id())) {
                    standings.add(t);
                }
            }
            List<Column<TeamStanding>> cols = columns(event);
            SheetWriter s = sheet(wb, event.name(), styles, cols.size());
            s.titleBlock(contest.name(), i18n.get("export.title.teams", event.name(), roundName(event.awardRound())), info());
            s.table(cols, standings, progress);
            s.line(HowScored.teams(contest, i18n), styles.paragraph);
            s.blank();
            s.signatures(signatureLines());
            s.finish(i18n, pageHeader(event, event.awardRound()));
        }
    }

    private List<Column<TeamStanding>> columns(Event event) {
        Map<String, Contestant> byBib = new HashMap<>();
        for (Contestant c : contest.entrants(event.id())) {
            byBib.put(c.bib(), c);
        }
        return List.of(
                Column.integer(i18n.get("export.col.rank"), TeamStanding::rank),
                Column.text(i18n.get("export.col.team"), TeamStanding::team),
                Column.score(i18n.get("export.col.teamScore"), TeamStanding::score),
                Column.code(i18n.get("export.col.status"), t -> i18n.status(t.status())),
                Column.text(i18n.get("export.col.counted"), t -> i18n.join(t.counted().stream()
                        .map(bib -> byBib.containsKey(bib) ? bib + " " + byBib.get(bib).name() : bib).toList())));
    }
}
