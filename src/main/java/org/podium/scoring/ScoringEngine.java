package org.podium.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podium.domain.AttemptResult;
import org.podium.domain.AwardQuota;
import org.podium.domain.Bibs;
import org.podium.domain.Component;
import org.podium.domain.Contest;
import org.podium.domain.ContestResult;
import org.podium.domain.Contestant;
import org.podium.domain.EntryResult;
import org.podium.domain.Event;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.Flag;
import org.podium.domain.RejectedFact;
import org.podium.domain.Round;
import org.podium.domain.RoundResult;
import org.podium.domain.Said;
import org.podium.domain.Status;
import org.podium.domain.TeamStanding;

/**
 * The rules of scoring.md as one pure function: a contest and its facts, in recording order, in; every
 * round's ranking, awards, advancement and team standings out. No I/O, no clock, no shared state.
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
        List<RejectedFact> rejected = new ArrayList<>();
        Map<String, Map<String, Map<String, List<Fact>>>> byRound = new HashMap<>();
        Map<String, Map<String, Fact>> theory = new HashMap<>();
        index(contest, facts, byRound, theory, rejected);

        List<RoundResult> rounds = new ArrayList<>();
        List<TeamStanding> teams = new ArrayList<>();
        for (Event event : contest.events()) {
            Map<String, Map<String, List<Fact>>> eventFacts = byRound.getOrDefault(event.id(), Map.of());
            Map<String, Fact> eventTheory = theory.getOrDefault(event.id(), Map.of());
            List<Contestant> entrants = contest.entrants(event.id());
            String previous = null;
            RoundResult awardResult = null;
            for (int i = 0; i < event.rounds().size(); i++) {
                Round round = event.rounds().get(i);
                Map<String, List<Fact>> roundFacts = eventFacts.getOrDefault(round.id(), Map.of());
                rejectStrangers(event, round, previous, entrants, roundFacts, rejected);
                boolean last = i == event.rounds().size() - 1;
                RoundResult result = scoreRound(contest, event, round, entrants, roundFacts, eventTheory, last, parallelFrom);
                rounds.add(result);
                if (result.awardRound()) {
                    awardResult = result;
                }
                List<Contestant> next = new ArrayList<>();
                for (EntryResult r : result.rows()) {
                    if (r.advances()) {
                        next.add(r.contestant());
                    }
                }
                next.sort(Comparator.comparing(Contestant::bib, Bibs.ORDER));
                entrants = next;
                previous = round.id();
            }
            if (contest.teams() != null && awardResult != null) {
                teams.addAll(TeamRanking.rank(contest, awardResult));
            }
        }
        return new ContestResult(rounds, teams, rejected);
    }

    private static void index(Contest contest, List<Fact> facts, Map<String, Map<String, Map<String, List<Fact>>>> byRound,
                              Map<String, Map<String, Fact>> theory, List<RejectedFact> rejected) {
        Map<String, Set<String>> entered = new HashMap<>();
        for (Contestant c : contest.roster()) {
            entered.computeIfAbsent(c.event(), k -> new java.util.HashSet<>()).add(c.bib());
        }
        // Facts come in runs (one sheet, one heat): the last entry's list is kept at hand.
        Event event = null;
        Set<String> eventBibs = Set.of();
        String lastRound = null;
        String lastBib = null;
        List<Fact> lastList = null;
        for (Fact f : facts) {
            if (event == null || !event.id().equals(f.event())) {
                event = contest.event(f.event());
                lastList = null;
                if (event == null) {
                    rejected.add(new RejectedFact(f, Said.of("scoring.rejected.noEvent", f.event())));
                    continue;
                }
                eventBibs = entered.getOrDefault(event.id(), Set.of());
            }
            if (lastList != null && f.bib().equals(lastBib) && f.kind() != FactKind.THEORY && f.round().equals(lastRound)
                    && (f.attempt() == null || f.attempt() <= event.attempts())) {
                lastList.add(f);
                continue;
            }
            if (!eventBibs.contains(f.bib())) {
                rejected.add(new RejectedFact(f, Said.of("store.refused.notEntered", f.bib(), event.id())));
                continue;
            }
            if (f.attempt() != null && f.attempt() > event.attempts()) {
                rejected.add(new RejectedFact(f, Said.of("scoring.rejected.attempt", f.attempt(), event.attempts(),
                        event.id())));
                continue;
            }
            if (f.kind() == FactKind.THEORY) {
                theory.computeIfAbsent(event.id(), k -> new HashMap<>()).put(f.bib(), f);
                continue;
            }
            if (event.round(f.round()) == null) {
                rejected.add(new RejectedFact(f, Said.of("scoring.rejected.noRound", event.id(), f.round())));
                continue;
            }
            lastList = byRound.computeIfAbsent(event.id(), k -> new HashMap<>())
                    .computeIfAbsent(f.round(), k -> new HashMap<>())
                    .computeIfAbsent(f.bib(), k -> new ArrayList<>());
            lastList.add(f);
            lastRound = f.round();
            lastBib = f.bib();
        }
    }

    private static void rejectStrangers(Event event, Round round, String previous, List<Contestant> entrants,
                                        Map<String, List<Fact>> roundFacts, List<RejectedFact> rejected) {
        if (roundFacts.isEmpty()) {
            return;
        }
        Set<String> bibs = new java.util.HashSet<>();
        for (Contestant c : entrants) {
            bibs.add(c.bib());
        }
        for (Map.Entry<String, List<Fact>> e : roundFacts.entrySet()) {
            if (!bibs.contains(e.getKey())) {
                Said why = previous == null ? Said.of("scoring.rejected.noEntry", e.getKey(), round.id(), event.id())
                        : Said.of("scoring.rejected.notAdvanced", e.getKey(), round.id(), event.id(), previous);
                for (Fact f : e.getValue()) {
                    rejected.add(new RejectedFact(f, why));
                }
            }
        }
    }

    /** An entry being scored: its attempts' drafts and the values its row shows. */
    private static final class Entry implements Ranking.Values {
        final Contestant contestant;
        final List<AttemptScorer.Draft> drafts;
        final Status status;
        final BigDecimal theoryScore;
        AttemptScorer.Draft counting;

        Entry(Contestant contestant, List<AttemptScorer.Draft> drafts, Status status, BigDecimal theoryScore) {
            this.contestant = contestant;
            this.drafts = drafts;
            this.status = status;
            this.theoryScore = theoryScore;
        }

        @Override public BigDecimal total() { return counting.total; }
        @Override public BigDecimal quality() { return counting.qualityScore; }
        @Override public Long officialTime() { return counting.officialTime; }
        @Override public BigDecimal theory() { return theoryScore; }
        @Override public BigDecimal timeScore() { return counting.timeScore; }
    }

    private static Ranking.Values values(AttemptScorer.Draft d, BigDecimal theoryScore) {
        return new Ranking.Values() {
            @Override public BigDecimal total() { return d.total; }
            @Override public BigDecimal quality() { return d.qualityScore; }
            @Override public Long officialTime() { return d.officialTime; }
            @Override public BigDecimal theory() { return theoryScore; }
            @Override public BigDecimal timeScore() { return d.timeScore; }
        };
    }

    private static RoundResult scoreRound(Contest contest, Event event, Round round, List<Contestant> entrants,
                                          Map<String, List<Fact>> roundFacts, Map<String, Fact> theory, boolean last,
                                          int parallelFrom) {
        int decimals = contest.decimals();
        Map<String, Integer> criterionIndex = new HashMap<>();
        for (int i = 0; i < event.quality().criteria().size(); i++) {
            criterionIndex.put(event.quality().criteria().get(i).id(), i);
        }
        List<Entry> entries = new ArrayList<>(entrants.size());
        if (entrants.size() < parallelFrom) {
            draftEntries(event, decimals, entrants, roundFacts, theory, criterionIndex, entries);
        } else {
            // Entries are independent until the best time is known: a large round is drafted in two halves at once.
            int half = entrants.size() / 2;
            List<Entry> later = new ArrayList<>(entrants.size() - half);
            RuntimeException[] failed = new RuntimeException[1];
            Thread second = new Thread(() -> {
                try {
                    draftEntries(event, decimals, entrants.subList(half, entrants.size()), roundFacts, theory, criterionIndex, later);
                } catch (RuntimeException e) {
                    failed[0] = e;
                }
            }, "podium-engine");
            second.start();
            draftEntries(event, decimals, entrants.subList(0, half), roundFacts, theory, criterionIndex, entries);
            try {
                second.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while scoring", e);
            }
            if (failed[0] != null) {
                throw failed[0];
            }
            entries.addAll(later);
        }

        // Section 4 (and 14): best is the smallest official time among the OK attempts of OK entries.
        Long best = null;
        for (Entry e : entries) {
            if (e.status != Status.OK) {
                continue;
            }
            for (AttemptScorer.Draft d : e.drafts) {
                if (d.status == Status.OK && d.officialTime != null && (best == null || d.officialTime < best)) {
                    best = d.officialTime;
                }
            }
        }
        List<Entry> ranked = new ArrayList<>();
        List<Entry> unranked = new ArrayList<>();
        for (Entry e : entries) {
            if (e.status != Status.OK) {
                unranked.add(e);
                continue;
            }
            List<AttemptScorer.Draft> ok = new ArrayList<>();
            for (AttemptScorer.Draft d : e.drafts) {
                if (d.status == Status.OK) {
                    AttemptScorer.finish(event, decimals, d, best, e.theoryScore);
                    ok.add(d);
                }
            }
            // Section 14: the OK attempt with the highest total; ties by the tie-break keys, then the earlier attempt.
            e.counting = Ranking.tiedGroups(ok, d -> values(d, e.theoryScore), event.tieBreak()).get(0).get(0);
            ranked.add(e);
        }

        ranked.sort(Comparator.comparing((Entry e) -> e.contestant.bib(), Bibs.ORDER));
        List<EntryResult> rows = new ArrayList<>(entries.size());
        int position = 1;
        for (List<Entry> group : Ranking.tiedGroups(ranked, e -> e, event.tieBreak())) {
            for (Entry e : group) {
                rows.add(row(event, decimals, e, position));
            }
            position += group.size();
        }
        unranked.sort(Comparator.comparing((Entry e) -> e.status).thenComparing(e -> e.contestant.bib(), Bibs.ORDER));
        for (Entry e : unranked) {
            rows.add(row(event, decimals, e, null));
        }

        boolean awardRound = event.awardRound().id().equals(round.id());
        AwardQuota quota = null;
        if (awardRound) {
            quota = Awards.quota(event.awards(), ranked.size());
            rows = Awards.give(rows, event.awards(), quota, contest.date());
        }
        if (!last) {
            Set<String> going = Advancement.advancing(rows, round.advance(), event.awards().quotaRounding());
            List<EntryResult> marked = new ArrayList<>(rows.size());
            for (EntryResult r : rows) {
                marked.add(r.withAdvances(going.contains(r.bib())));
            }
            rows = marked;
        }
        return new RoundResult(event, round, rows, awardRound, quota);
    }

    /** By default, rounds with at least this many entries are drafted by two threads. */
    static final int PARALLEL_FROM = 400;

    /** Sections 2 to 7 for each entrant: its records applied, its attempts drafted, its status. */
    private static void draftEntries(Event event, int decimals, List<Contestant> entrants, Map<String, List<Fact>> roundFacts,
                                     Map<String, Fact> theory, Map<String, Integer> criterionIndex, List<Entry> out) {
        AttemptScorer.Points points = new AttemptScorer.Points();
        for (Contestant c : entrants) {
            EntryRecords records = new EntryRecords(event.attempts(), criterionIndex);
            for (Fact f : roundFacts.getOrDefault(c.bib(), List.of())) {
                records.apply(f);
            }
            Fact theoryFact = theory.get(c.bib());
            BigDecimal theoryScore = theoryFact != null && event.uses(Component.THEORY)
                    ? AttemptScorer.theoryScore(event, decimals, theoryFact.amount()) : null;
            List<AttemptScorer.Draft> drafts = new ArrayList<>(event.attempts());
            for (int a = 1; a <= event.attempts(); a++) {
                drafts.add(AttemptScorer.draft(event, decimals, records.attempt(a), a, theoryFact != null, points));
            }
            out.add(new Entry(c, drafts, entryStatus(records.wholeEntryStatus, drafts), theoryScore));
        }
    }

    /** Section 14 (and 2 for one attempt): a recorded whole-entry status, else from the attempts. */
    private static Status entryStatus(Status recorded, List<AttemptScorer.Draft> drafts) {
        if (recorded != null) {
            return recorded;
        }
        EnumSet<Status> seen = EnumSet.noneOf(Status.class);
        for (AttemptScorer.Draft d : drafts) {
            seen.add(d.status);
        }
        for (Status s : List.of(Status.INCOMPLETE, Status.OK, Status.DNF, Status.DSQ, Status.DNS)) {
            if (seen.contains(s)) {
                return s;
            }
        }
        throw new IllegalStateException("an entry without attempts");
    }

    private static EntryResult row(Event event, int decimals, Entry e, Integer rank) {
        List<AttemptResult> attempts = new ArrayList<>(e.drafts.size());
        EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        for (AttemptScorer.Draft d : e.drafts) {
            attempts.add(d.result(decimals));
            flags.addAll(d.flags);
        }
        List<Flag> flagList = List.copyOf(flags);
        if (event.attempts() == 1) {
            AttemptScorer.Draft d = e.drafts.get(0);
            boolean ok = rank != null;
            return new EntryResult(e.contestant, rank, e.status, d.officialTime, ok ? d.timeScore : null,
                    d.qualityScore, e.theoryScore, attempts.get(0).penaltyPoints(), ok ? d.total : null, null, List.of(), flagList,
                    null, attempts, false);
        }
        if (rank == null) {
            return new EntryResult(e.contestant, null, e.status, null, null, null, e.theoryScore, null, null, null,
                    List.of(), flagList, null, attempts, false);
        }
        AttemptScorer.Draft c = e.counting;
        return new EntryResult(e.contestant, rank, e.status, c.officialTime, c.timeScore, c.qualityScore,
                e.theoryScore, attempts.get(c.number - 1).penaltyPoints(), c.total, null, List.of(), flagList, c.number,
                attempts, false);
    }

}
