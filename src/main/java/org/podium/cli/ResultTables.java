package org.podium.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.podium.domain.EntryResult;
import org.podium.domain.Flag;
import org.podium.domain.RaceTime;
import org.podium.domain.RoundResult;
import org.podium.domain.TwoThreads;
import org.podium.domain.TeamStanding;

/** The text of the ranking and team CSVs of scoring.md section 13, cell by cell. */
final class ResultTables {
    static final List<String> RANK_HEADER = List.of("event", "round", "rank", "bib", "name", "unit", "team", "status",
            "official_time", "time_score", "quality_score", "theory_score", "penalty_points", "total", "award",
            "titles", "flags", "attempt");
    static final List<String> TEAM_HEADER = List.of("event", "rank", "team", "status", "score", "counted");

    private ResultTables() {
    }

    static List<String> row(RoundResult round, EntryResult r) {
        List<String> flags = new ArrayList<>();
        for (Flag f : r.flags()) {
            flags.add(f.name());
        }
        return List.of(round.event().id(), round.round().id(), text(r.rank()), r.bib(), r.contestant().name(),
                r.contestant().unit(), r.contestant().team(), r.status().name(),
                r.officialTime() == null ? "" : RaceTime.ofMillis(r.officialTime()).seconds3(),
                text(r.timeScore()), text(r.qualityScore()), text(r.theoryScore()), text(r.penaltyPoints()),
                text(r.total()), r.award() == null ? "" : r.award(), String.join(";", r.titles()),
                String.join(";", flags), text(r.countingAttempt()));
    }

    /**
     * The ranking of these rounds as CSV ({@link #RANK_HEADER}, a {@link #row} each), each row written as it is made (a round of 200,000 rows is never held as cells: issue
     * 17).
     */
    static String rankingCsv(List<RoundResult> rounds) {
        return rankingCsv(rounds, PARALLEL_FROM);
    }

    /** {@code parallelFrom}: from this many rows two threads write (tests vary it). */
    static String rankingCsv(List<RoundResult> rounds, int parallelFrom) {
        List<RoundResult> of = new ArrayList<>();
        List<EntryResult> rows = new ArrayList<>();
        for (RoundResult round : rounds) {
            for (EntryResult r : round.rows()) {
                of.add(round);
                rows.add(r);
            }
        }
        StringBuilder sb = new StringBuilder();
        Table.csvLine(sb, RANK_HEADER);
        if (rows.size() < parallelFrom) {
            csvRows(sb, of, rows, 0, rows.size());
            return sb.toString();
        }
        // A national preliminary's 200,000 rows: the second half written by a second thread at the same time.
        int half = rows.size() / 2;
        StringBuilder later = new StringBuilder();
        TwoThreads.run("podium-csv", () -> csvRows(sb, of, rows, 0, half), () -> csvRows(later, of, rows, half, rows.size()));
        return sb.append(later).toString();
    }

    /** From this many rows the ranking's CSV is written by two threads. */
    static final int PARALLEL_FROM = 20_000;

    private static void csvRows(StringBuilder sb, List<RoundResult> of, List<EntryResult> rows, int from, int to) {
        for (int i = from; i < to; i++) {
            csvRow(sb, of.get(i), rows.get(i));
        }
    }

    /**
     * {@link #row}'s cells written as {@link Table#csvLine} writes them, straight into {@code sb} (no list of cells
     * per row: 200,000 rows).
     */
    static void csvRow(StringBuilder sb, RoundResult round, EntryResult r) {
        Table.csvCell(sb, round.event().id());
        Table.csvCell(sb.append(','), round.round().id());
        sb.append(',');
        if (r.rank() != null) {
            sb.append(r.rank().intValue());
        }
        Table.csvCell(sb.append(','), r.bib());
        Table.csvCell(sb.append(','), r.contestant().name());
        Table.csvCell(sb.append(','), r.contestant().unit());
        Table.csvCell(sb.append(','), r.contestant().team());
        sb.append(',').append(r.status().name()).append(',');
        if (r.officialTime() != null) {
            RaceTime.ofMillis(r.officialTime()).seconds3(sb);
        }
        for (BigDecimal d : new BigDecimal[] {r.timeScore(), r.qualityScore(), r.theoryScore(), r.penaltyPoints(), r.total()}) {
            sb.append(',');
            if (d != null) {
                sb.append(d.toPlainString());
            }
        }
        Table.csvCell(sb.append(','), r.award() == null ? "" : r.award());
        Table.csvCell(sb.append(','), r.titles().isEmpty() ? "" : String.join(";", r.titles()));
        sb.append(',');
        for (int i = 0; i < r.flags().size(); i++) {
            sb.append(i > 0 ? ";" : "").append(r.flags().get(i).name());
        }
        sb.append(',');
        if (r.countingAttempt() != null) {
            sb.append(r.countingAttempt().intValue());
        }
        sb.append('\n');
    }

    static List<String> teamRow(TeamStanding t) {
        return List.of(t.event(), text(t.rank()), t.team(), t.status().name(), text(t.score()),
                String.join(";", t.counted()));
    }

    static Table teams(List<TeamStanding> standings) {
        List<List<String>> rows = new ArrayList<>();
        for (TeamStanding t : standings) {
            rows.add(teamRow(t));
        }
        return new Table(TEAM_HEADER, rows);
    }

    static String text(BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }

    static String text(Integer i) {
        return i == null ? "" : i.toString();
    }
}
