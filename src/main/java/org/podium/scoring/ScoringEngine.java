package org.podium.scoring;

import java.math.BigDecimal;
import java.util.List;
import org.podium.domain.Contest;
import org.podium.domain.ContestResult;
import org.podium.domain.Fact;
import org.podium.domain.FactTable;

/**
 * The rules of scoring.md as one pure function: a contest and its facts, in recording order, in; every
 * round's ranking, awards, advancement and team standings out. No I/O, no clock, no shared state.
 *
 * <p>The facts are read by column from a {@link FactTable} (issue 17: 200,000 contestants' 3.6 million facts); any other
 * list is put in one first. The work is {@link LiveScoring}'s, from nothing: the same code scores again only what
 * changed when it is kept over a growing table.
 */
public final class ScoringEngine {
    private final int parallelFrom;

    public ScoringEngine() {
        this(PARALLEL_FROM);
    }

    /** {@code parallelFrom}: rounds with at least this many entries are drafted by two threads (tests vary it). */
    ScoringEngine(int parallelFrom) {
        this.parallelFrom = parallelFrom;
    }

    public ContestResult score(Contest contest, List<Fact> facts) {
        return new LiveScoring(contest, parallelFrom).score(FactTable.of(facts));
    }

    /** By default, rounds with at least this many entries are drafted by two threads. */
    static final int PARALLEL_FROM = 400;

    /** The tie-break values of one attempt's draft (section 14 picks an entry's counting attempt by them). */
    static Ranking.Values values(AttemptScorer.Draft d, BigDecimal theoryScore) {
        return new Ranking.Values() {
            @Override public BigDecimal total() { return d.total; }
            @Override public BigDecimal quality() { return d.qualityScore; }
            @Override public Long officialTime() { return d.officialTime; }
            @Override public BigDecimal theory() { return theoryScore; }
            @Override public BigDecimal timeScore() { return d.timeScore; }
        };
    }
}
