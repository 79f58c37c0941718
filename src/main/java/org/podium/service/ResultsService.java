package org.podium.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.podium.domain.Contest;
import org.podium.domain.ContestResult;
import org.podium.domain.Contestant;
import org.podium.domain.EntryResult;
import org.podium.domain.Event;
import org.podium.domain.Fact;
import org.podium.domain.Round;
import org.podium.domain.RoundResult;
import org.podium.exchange.ExportInput;
import org.podium.scoring.ScoringEngine;
import org.podium.store.ContestStore;

/**
 * The current results of an opened contest: the engine over the folder's theory.csv and the database's current facts,
 * in that order (as {@code podium rank --db} reads them). Blocking: the store is read on the calling thread, so call it
 * on the executor.
 */
public final class ResultsService {
    private final Contest contest;
    private final List<Fact> theoryFacts;
    private final ContestStore store;
    private final ScoringEngine engine = new ScoringEngine();
    private final CurrentResults current;

    /** @param theoryFacts the facts of the folder's theory.csv ({@code ContestFolder.theoryFacts()}), read before the database's */
    public ResultsService(Contest contest, List<Fact> theoryFacts, ContestStore store) {
        this.contest = contest;
        this.theoryFacts = List.copyOf(theoryFacts);
        this.store = store;
        this.current = new CurrentResults(contest, this.theoryFacts, store);
    }

    /**
     * The current-results snapshot of this contest, shared by everyone holding this service (the head table, the board,
     * the exports, the entry stations' entrants): one rescore per change of the journal.
     */
    public CurrentResults current() {
        return current;
    }

    public Contest contest() {
        return contest;
    }

    public ContestStore store() {
        return store;
    }

    /**
     * What an export of the head table takes: the shared snapshot's results, facts and published rounds (read at one
     * state of the journal, so the seals printed are those of the facts exported), and the work numbers of the rounds
     * judged blind.
     *
     * @param contestDir the contest folder (a contest's own templates)
     */
    public ExportInput exportInput(Path contestDir) {
        CurrentResults.Snapshot snap = current.snapshot();
        return new ExportInput(contest, snap.result(), snap.facts(), contestDir, WorkNumberKeys.of(contest, store),
                snap.publication());
    }

    /** The facts the engine scores: theory.csv, then the database's current facts in recording order. */
    public List<Fact> facts() {
        List<Fact> facts = new ArrayList<>(theoryFacts);
        facts.addAll(store.currentFacts());
        return facts;
    }

    /** The engine's results of the current facts: the shared snapshot's ({@link #current()}). */
    public ContestResult score() {
        return current.snapshot().result();
    }

    public ContestResult score(List<Fact> facts) {
        return engine.score(contest, facts);
    }

    /** The engine's results of theory.csv's facts followed by {@code facts} (some rounds' current facts). */
    public ContestResult scoreWithTheory(List<Fact> facts) {
        List<Fact> all = new ArrayList<>(theoryFacts);
        all.addAll(facts);
        return engine.score(contest, all);
    }

    /**
     * The bibs that have an entry in a round (scoring.md section 11): every contestant of the event's roster in its first
     * round; in a later round those the engine lets advance from the round before, as the current facts stand.
     *
     * @throws IllegalArgumentException for an event or round the contest does not have
     */
    public Set<String> entrants(String eventId, String roundId) {
        Event event = contest.event(eventId);
        Round round = event == null ? null : event.round(roundId);
        if (round == null) {
            throw new IllegalArgumentException("no round " + eventId + "/" + roundId + " in contest.yaml");
        }
        int index = event.rounds().indexOf(round);
        Set<String> bibs = new LinkedHashSet<>();
        if (index == 0) {
            for (Contestant c : contest.entrants(eventId)) {
                bibs.add(c.bib());
            }
            return bibs;
        }
        RoundResult before = current.snapshot().result().round(eventId, event.rounds().get(index - 1).id());
        for (EntryResult r : before.rows()) {
            if (r.advances()) {
                bibs.add(r.bib());
            }
        }
        return bibs;
    }
}
