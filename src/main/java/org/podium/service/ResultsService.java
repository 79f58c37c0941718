package org.podium.service;

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

    /** @param theoryFacts the facts of the folder's theory.csv ({@code ContestFolder.theoryFacts()}), read before the database's */
    public ResultsService(Contest contest, List<Fact> theoryFacts, ContestStore store) {
        this.contest = contest;
        this.theoryFacts = List.copyOf(theoryFacts);
        this.store = store;
    }

    public Contest contest() {
        return contest;
    }

    public ContestStore store() {
        return store;
    }

    /** The facts the engine scores: theory.csv, then the database's current facts in recording order. */
    public List<Fact> facts() {
        List<Fact> facts = new ArrayList<>(theoryFacts);
        facts.addAll(store.currentFacts());
        return facts;
    }

    /** The engine's results of the current facts. */
    public ContestResult score() {
        return score(facts());
    }

    public ContestResult score(List<Fact> facts) {
        return engine.score(contest, facts);
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
        RoundResult before = score().round(eventId, event.rounds().get(index - 1).id());
        for (EntryResult r : before.rows()) {
            if (r.advances()) {
                bibs.add(r.bib());
            }
        }
        return bibs;
    }
}
