package org.podium.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "teams", description = "Print the team standings of every event (scoring.md section 12).")
final class TeamsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CONTEST_DIR", description = "the contest folder")
    Path dir;

    @Option(names = "--scores", paramLabel = "FILE", description = "a scores CSV; may be given several times, read in order")
    List<Path> scores = new ArrayList<>();

    @Option(names = "--db", paramLabel = "FILE", description = "also the current facts of this venue database (after theory.csv,"
            + " before the --scores files)")
    Path db;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv (default), table or json")
    Format format = Format.csv;

    private final Output out;
    private final Clock clock;

    TeamsCommand(Output out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    @Override
    public Integer call() throws InputError {
        ContestInputs.Scored scored = ContestInputs.score(dir, scores, db, clock);
        if (scored.contest().teams() == null) {
            throw new InputError(dir.resolve("contest.yaml") + ": this contest has no teams: section, so there are no team standings"
                    + " (add e.g. 'teams: {score: sum-best, k: 3}')");
        }
        Table table = ResultTables.teams(scored.result().teams());
        out.print(switch (format) {
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
