package org.podium.contestfile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.podium.domain.Contest;
import org.podium.domain.Contestant;
import org.podium.domain.Fact;
import org.podium.domain.FactTable;

/**
 * A contest folder read and checked as a whole: {@code contest.yaml}, {@code roster.csv} or
 * {@code roster.xlsx}, and {@code theory.csv} or {@code theory.xlsx} when present (contest-files.md); a folder
 * holding both forms of one file is refused, so that it is never a silent choice which one counts.
 *
 * @param dir         the folder as the caller gave it; file names in messages start with it
 * @param contest     the contest with its roster
 * @param theoryFacts the facts of theory.csv or theory.xlsx (empty without one), read before any scores file
 */
public record ContestFolder(Path dir, Contest contest, List<Fact> theoryFacts) {
    public static final String CONTEST_FILE = "contest.yaml";
    public static final String ROSTER_CSV = "roster.csv";
    public static final String ROSTER_XLSX = "roster.xlsx";
    public static final String THEORY_FILE = "theory.csv";
    public static final String THEORY_XLSX = "theory.xlsx";

    public ContestFolder {
        theoryFacts = List.copyOf(theoryFacts);
    }

    /**
     * Reads and checks the folder's files.
     *
     * @throws ContestFileException with the problems of every file, those of contest.yaml first, then the roster's,
     *                              then the theory results': the first {@link Limits#LISTED_PROBLEMS}, the rest
     *                              counted
     */
    public static ContestFolder load(Path dir) throws ContestFileException {
        Checked c = check(dir);
        if (!c.problems().isEmpty()) {
            throw new ContestFileException(c.problems(), c.omitted());
        }
        return c.folder();
    }

    /**
     * A folder checked: the folder when nothing is wrong, every problem, and the notes (a roster or theory table that
     * ends before the end of its file), messages in English.
     *
     * @param folder   null when there is any problem
     * @param problems the problems of every file, those of contest.yaml first, then the roster's, then the theory
     *                 results': the first {@link Limits#LISTED_PROBLEMS}, as the command line lists them
     * @param notes    what is worth saying though it is not wrong, each with its file and line
     * @param omitted  how many more problems were found than {@code problems} holds
     */
    public record Checked(ContestFolder folder, List<Problem> problems, List<Problem> notes, long omitted) {
        public Checked {
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }

        /** Every problem kept, none omitted. */
        public Checked(ContestFolder folder, List<Problem> problems, List<Problem> notes) {
            this(folder, problems, notes, 0);
        }

        /** The notes as the command line prints them: {@code file:line: note: message}. */
        public List<String> noteLines() {
            List<String> out = new ArrayList<>();
            for (Problem n : notes) {
                out.add(new Problem(n.file(), n.line(), n.column(), FileText.current().get("contestfile.note", n.message())).toString());
            }
            return out;
        }
    }

    /** Reads and checks the folder's files, as {@link #load} does, keeping the notes too. */
    public static Checked check(Path dir) {
        if (!Files.isDirectory(dir)) {
            return new Checked(null, List.of(Problem.of(dir.toString(), FileText.current().get(Files.exists(dir)
                    ? "contestfile.folder.notFolder" : "contestfile.folder.missing"))), List.of());
        }
        Problems problems = new Problems();
        List<Problem> notes = new ArrayList<>();
        Path yaml = dir.resolve(CONTEST_FILE);
        Contest contest = null;
        if (!Files.exists(yaml)) {
            problems.add(Problem.of(yaml.toString(), FileText.current().get("contestfile.folder.noYaml")));
        } else {
            try {
                contest = ContestYaml.read(yaml);
            } catch (ContestFileException e) {
                problems.addAll(e);
            }
        }

        Path csv = dir.resolve(ROSTER_CSV);
        Path xlsx = dir.resolve(ROSTER_XLSX);
        List<Contestant> roster = List.of(); // immutable, so that each contest made with it shares it, uncopied
        boolean rosterRead = false;
        if (Files.exists(csv) && Files.exists(xlsx)) {
            problems.add(Problem.of(dir.toString(), FileText.current().get("contestfile.folder.bothRosters")));
        } else if (!Files.exists(csv) && !Files.exists(xlsx)) {
            problems.add(Problem.of(dir.toString(), FileText.current().get("contestfile.folder.noRoster",
                    TextFiles.said(RosterReader.HEADER_EXAMPLE))));
        } else {
            RosterReader.Result r = RosterReader.parse(Files.exists(csv) ? csv : xlsx, contest);
            problems.addAll(r.problems(), r.omitted());
            notes.addAll(r.notes());
            roster = List.copyOf(r.roster());
            rosterRead = true;
        }

        List<Fact> theory = List.of();
        Path theoryCsv = dir.resolve(THEORY_FILE);
        Path theoryXlsx = dir.resolve(THEORY_XLSX);
        if (Files.exists(theoryCsv) && Files.exists(theoryXlsx)) {
            problems.add(Problem.of(dir.toString(), FileText.current().get("contestfile.theory.both")));
        } else if (Files.exists(theoryCsv) || Files.exists(theoryXlsx)) {
            Path theoryFile = Files.exists(theoryCsv) ? theoryCsv : theoryXlsx;
            try {
                if (contest != null && rosterRead) {
                    Preview<Fact> p = TheoryReader.preview(theoryFile, contest.withRoster(roster), Map.of(), Locale.getDefault(),
                            Limits.LISTED_PROBLEMS);
                    problems.addAll(p.problems(), p.problemsOmitted());
                    notes.addAll(p.notes());
                    theory = p.read();
                } else {
                    // without a contest or roster only the text itself can be checked
                    Sheets.read(theoryFile, TheoryReader.HEADER_EXAMPLE, Sheets.Kind.THEORY);
                }
            } catch (ContestFileException e) {
                problems.addAll(e);
            }
        }
        if (!problems.isEmpty()) {
            return new Checked(null, problems.kept(), notes, problems.omitted());
        }
        return new Checked(new ContestFolder(dir, contest.withRoster(roster), theory), List.of(), notes);
    }

    /**
     * The facts of theory.csv and of the given scores files, in that order (each file's facts in line order), as a
     * compact {@link FactTable}: each file streamed into it (issue 17). Each file is read whole or not at all; the facts
     * of all of them may take what {@link FactMemory#ofThisJvm()} allows.
     *
     * @throws ContestFileException with every bad line of every file given
     */
    public FactTable readScores(List<Path> files) throws ContestFileException {
        return readScores(files, FactMemory.ofThisJvm());
    }

    /** {@link #readScores(List)} within {@code memory}: a file whose facts would not fit is refused in one line. */
    public FactTable readScores(List<Path> files, FactMemory memory) throws ContestFileException {
        FactTable facts = new FactTable();
        for (Fact f : theoryFacts) {
            facts.append(f);
        }
        Problems problems = new Problems();
        for (Path f : files) {
            try {
                ScoresReader.read(f, contest, facts, memory);
            } catch (ContestFileException e) {
                problems.addAll(e);
            }
        }
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        return facts;
    }

    /** A contest folder and the facts of the given score files (theory facts first, then each file in order). */
    public record Loaded(ContestFolder folder, FactTable facts) {
    }

    /** {@link #load} and then {@link #readScores}: the problems of the folder, else those of the score files. */
    public static Loaded loadWithScores(Path dir, List<Path> files) throws ContestFileException {
        return loadWithScores(dir, files, FactMemory.ofThisJvm());
    }

    /** {@link #loadWithScores(Path, List)} within {@code memory}. */
    public static Loaded loadWithScores(Path dir, List<Path> files, FactMemory memory) throws ContestFileException {
        ContestFolder folder = load(dir);
        return new Loaded(folder, folder.readScores(files, memory));
    }
}
