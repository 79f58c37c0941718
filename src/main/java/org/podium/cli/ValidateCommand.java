package org.podium.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.podium.contestfile.ContestFolder;
import org.podium.contestfile.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", description = "Check contest.yaml, the roster and the theory results; report every problem at once.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CONTEST_DIR", description = "the contest folder")
    Path dir;

    private final Output out;

    ValidateCommand(Output out) {
        this.out = out;
    }

    /**
     * Prints the notes (a roster that ends at a 合计 row...) before the result: on standard output with the "valid"
     * line, or on standard error before the problems.
     */
    @Override
    public Integer call() throws InputError {
        if (!Files.isDirectory(dir)) {
            ContestInputs.load(dir); // says what is wrong with the folder, as every command does
        }
        ContestFolder.Checked checked = ContestFolder.check(dir);
        if (!checked.problems().isEmpty()) {
            List<String> lines = new ArrayList<>(checked.noteLines());
            for (Problem p : checked.problems()) {
                lines.add(p.toString());
            }
            throw new InputError(lines, checked.omitted());
        }
        ContestFolder folder = checked.folder();
        StringBuilder text = new StringBuilder();
        for (String note : checked.noteLines()) {
            text.append(note).append('\n');
        }
        out.print(text.toString() + CliText.get("cli.validate.valid", dir, Integer.toString(folder.contest().events().size()),
                Integer.toString(folder.contest().roster().size()), Integer.toString(folder.theoryFacts().size())) + "\n");
        return 0;
    }
}
