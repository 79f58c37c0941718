package org.podium.cli;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "teams", description = "Print the team standings of every event (scoring.md section 12).")
final class TeamsCommand implements Callable<Integer> {
    @Mixin
    ResultOptions options;

    private final Output out;
    private final Clock clock;

    TeamsCommand(Output out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    @Override
    public Integer call() throws InputError {
        ContestInputs.Scored scored = options.score(clock, out);
        if (scored.contest().teams() == null) {
            throw new InputError(CliText.get("cli.teams.none", options.dir.resolve("contest.yaml")));
        }
        Table table = ResultTables.teams(scored.result().teams());
        out.print(switch (options.format) {
            case csv -> table.csv();
            case table -> table.aligned(List.of(1, 4));
            case json -> json(table);
        });
        return 0;
    }

    private static String json(Table table) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> row = table.rows().get(i);
            sb.append(i == 0 ? "\n{" : ",\n{");
            for (int c = 0; c < row.size(); c++) {
                String name = table.header().get(c);
                sb.append(c == 0 ? "" : ",").append(Table.json(name)).append(':').append(RankCommand.jsonValue(name, row.get(c)));
            }
            sb.append('}');
        }
        return sb.append("\n]\n").toString();
    }

}
