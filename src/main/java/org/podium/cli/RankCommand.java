package org.podium.cli;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.podium.domain.EntryResult;
import org.podium.domain.Event;
import org.podium.domain.RoundResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "rank", description = "Print the ranking of every event and round (scoring.md section 13).")
final class RankCommand implements Callable<Integer> {
    @Mixin
    ResultOptions options;

    @Option(names = "--event", paramLabel = "ID", description = "only this event")
    String event;

    @Option(names = "--round", paramLabel = "ID", description = "only this round")
    String round;

    private final Output out;
    private final Clock clock;

    RankCommand(Output out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    @Override
    public Integer call() throws InputError {
        ContestInputs.Scored scored = options.score(clock, out);
        if (event != null && scored.contest().event(event) == null) {
            throw new InputError(CliText.get("cli.rank.noEvent", event, eventIds(scored)));
        }
        List<RoundResult> chosen = new ArrayList<>();
        boolean roundFound = false;
        for (RoundResult r : scored.result().rounds()) {
            if (event != null && !r.event().id().equals(event)) {
                continue;
            }
            if (round != null && !r.round().id().equals(round)) {
                continue;
            }
            roundFound = true;
            chosen.add(r);
        }
        if (round != null && !roundFound) {
            throw new InputError(event == null ? CliText.get("cli.rank.noRound", round)
                    : CliText.get("cli.rank.noRoundOf", round, event));
        }
        out.print(switch (options.format) {
            case csv -> ResultTables.rankingCsv(chosen);
            case table -> table(chosen);
            case json -> json(scored.contest().name(), chosen);
        });
        return 0;
    }

    private static String eventIds(ContestInputs.Scored scored) {
        List<String> ids = new ArrayList<>();
        for (Event e : scored.contest().events()) {
            ids.add(e.id());
        }
        return String.join(", ", ids);
    }

    private static String table(List<RoundResult> rounds) {
        StringBuilder sb = new StringBuilder();
        for (RoundResult round : rounds) {
            sb.append(round.event().name()).append(" (").append(round.event().id()).append(") · ")
                    .append(round.round().named() ? round.round().name() : round.round().id())
                    .append(" (").append(round.round().id()).append(")\n");
            List<String> header = ResultTables.RANK_HEADER.subList(2, ResultTables.RANK_HEADER.size());
            List<List<String>> rows = new ArrayList<>();
            for (EntryResult r : round.rows()) {
                List<String> cells = ResultTables.row(round, r);
                rows.add(cells.subList(2, cells.size()));
            }
            sb.append(new Table(header, rows).aligned(List.of(0, 6, 7, 8, 9, 10, 11))).append('\n');
        }
        return sb.toString();
    }

    private static String json(String contestName, List<RoundResult> rounds) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"contest\":").append(Table.json(contestName)).append(",\"rounds\":[");
        for (int i = 0; i < rounds.size(); i++) {
            RoundResult round = rounds.get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("{\"event\":").append(Table.json(round.event().id()))
                    .append(",\"round\":").append(Table.json(round.round().id())).append(",\"entries\":[");
            for (int j = 0; j < round.rows().size(); j++) {
                EntryResult r = round.rows().get(j);
                List<String> cells = ResultTables.row(round, r);
                sb.append(j == 0 ? "\n  {" : ",\n  {");
                for (int c = 2; c < cells.size(); c++) {
                    String name = ResultTables.RANK_HEADER.get(c);
                    sb.append(c == 2 ? "" : ",").append(Table.json(name)).append(':').append(jsonValue(name, cells.get(c)));
                }
                sb.append('}');
            }
            sb.append("]}");
        }
        return sb.append("\n]}\n").toString();
    }

    /** Numbers as JSON numbers with their printed digits, lists as arrays, empty cells as null. */
    static String jsonValue(String column, String cell) {
        if (column.equals("titles") || column.equals("flags") || column.equals("counted")) {
            if (cell.isEmpty()) {
                return "[]";
            }
            List<String> items = new ArrayList<>();
            for (String s : cell.split(";")) {
                items.add(Table.json(s));
            }
            return "[" + String.join(",", items) + "]";
        }
        if (cell.isEmpty()) {
            return "null";
        }
        return switch (column) {
            case "rank", "official_time", "time_score", "quality_score", "theory_score", "penalty_points", "total",
                 "attempt", "score" -> cell;
            default -> Table.json(cell);
        };
    }
}
