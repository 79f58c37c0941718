package org.podium.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.podium.contestfile.ContestFileException;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Contest;
import org.podium.domain.ContestResult;
import org.podium.domain.Fact;
import org.podium.domain.FactTable;
import org.podium.domain.RejectedFact;
import org.podium.exchange.Publication;
import org.podium.scoring.ScoringEngine;
import org.podium.service.DatabaseReads;
import org.podium.service.VenueLink;

/** Reads a contest folder and score files, and asks the engine for the results. */
final class ContestInputs {
    private ContestInputs() {
    }

    static ContestFolder load(Path dir) throws InputError {
        if (!Files.isDirectory(dir)) {
            throw new InputError(CliText.get("cli.notContestFolder", dir));
        }
        try {
            return ContestFolder.load(dir);
        } catch (ContestFileException e) {
            throw new InputError(e);
        }
    }

    /** The contest's results from its folder and the given score files, or the input problems. */
    static Scored score(Path dir, List<Path> scores) throws InputError {
        return score(dir, scores, null, null, null, null);
    }

    /**
     * The contest's results from its folder, the database's current facts (when {@code db} is given) and the given
     * score files, in that order: theory.csv, the database, each file. The database is read only; when its audit trail
     * does not verify, a line on {@code out}'s standard error says so. The venue server ({@code server}, when given
     * instead of {@code db}) is read the same way.
     */
    static Scored score(Path dir, List<Path> scores, Path db, VenueLink server, Clock clock, Output out) throws InputError {
        if (!Files.isDirectory(dir)) {
            load(dir); // says what is wrong with the folder
        }
        ContestFolder folder;
        List<Fact> facts;
        try {
            ContestFolder.Loaded loaded = ContestFolder.loadWithScores(dir, scores == null ? List.of() : scores);
            folder = loaded.folder();
            facts = loaded.facts();
        } catch (ContestFileException e) {
            throw new InputError(e);
        }
        Publication publication = Publication.NONE;
        if (db != null || server != null) {
            // one table, in scoring order: theory.csv's facts, the database's (read straight into its columns), the files'
            FactTable all = new FactTable();
            int theory = folder.theoryFacts().size();
            for (int i = 0; i < theory; i++) {
                all.append(facts.get(i));
            }
            DatabaseReads.Read read = Databases.read(db, server, folder.contest(), clock, all, out);
            for (int i = theory; i < facts.size(); i++) {
                all.append(facts.get(i));
            }
            facts = all;
            publication = read.publication();
        }
        return new Scored(folder.contest(), check(folder.contest(), facts), facts, publication);
    }

    /** The engine's result for these facts, or every fact it rejects as an input error. */
    static ContestResult check(Contest contest, List<Fact> facts) throws InputError {
        ContestResult result = new ScoringEngine().score(contest, facts);
        if (!result.rejected().isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (RejectedFact r : result.rejected()) {
                lines.add(CliText.get("cli.rejected", r.toString(), r.fact().origin().file()));
            }
            throw new InputError(lines);
        }
        return result;
    }

    /**
     * The contest, the engine's result, the facts it was computed from (in reading order), and which rounds the database
     * has published ({@link Publication#NONE} without a database).
     */
    record Scored(Contest contest, ContestResult result, List<Fact> facts, Publication publication) {
        Scored {
            // the score files' facts stay compact (issue 17): the table as read, read-only, never a Fact per line
            facts = facts instanceof FactTable table ? table.freeze() : List.copyOf(facts);
        }
    }
}
