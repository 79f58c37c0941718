package org.podium.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.podium.contestfile.ContestFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", description = "Check contest.yaml, the roster and theory.csv; report every problem at once.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CONTEST_DIR", description = "the contest folder")
    Path dir;

    private final Output out;

    ValidateCommand(Output out) {
        this.out = out;
    }

    @Override
    public Integer call() throws InputError {
        ContestFolder folder = ContestInputs.load(dir);
        out.print(dir + ": valid: " + folder.contest().events().size() + " event(s), "
                + folder.contest().roster().size() + " roster row(s), " + folder.theoryFacts().size() + " theory result(s)\n");
        return 0;
    }
}
