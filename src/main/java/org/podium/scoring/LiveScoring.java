package org.podium.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
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
import org.podium.domain.FactKind;
import org.podium.domain.FactTable;
import org.podium.domain.Flag;
import org.podium.domain.RejectedFact;
import org.podium.domain.Options.TieBreak;
import org.podium.domain.Round;
import org.podium.domain.RoundResult;
import org.podium.domain.Said;
import org.podium.domain.Status;
import org.podium.domain.TeamStanding;
import org.podium.domain.TwoThreads;

/**
 * The engine kept warm over a growing table of facts (issue 17): {@link #score(FactTable)} reads only the facts appended
 * or withdrawn since its last call and scores again only the rounds they touch, and within such a round drafts again
 * only the entries they touch (sections 2 to 7 of an entry depend on its own records alone); the round's best time,
 * the time scores and totals when that best moved, the ranking, awards and advancement are then worked out as
 * {@link ScoringEngine} does for the whole round. A later round is scored again when its entrants change. The results
 * are the same, digit for digit, as {@link ScoringEngine#score} of the current facts (LiveScoringTest checks it after
 * every step of random histories).
 *
 * <p>Not thread-safe: one caller at a time (the head table's results thread, the venue server's sequencer).
 */
public final class LiveScoring {
    private final Contest contest;
    private final int parallelFrom;
    private final Map<String, EventState> events = new HashMap<>();
    private final List<EventState> eventOrder = new ArrayList<>();
    private final Map<String, Set<String>> entered = new HashMap<>();
    private FactTable seen; // the table (or a copy of it) read so far
    private int indexed; // positions read
    private int withdrawalsRead;
    /** Facts the index refused, by position, with why (section order kept: recording order). */
    private final Map<Integer, Said> refused = new java.util.TreeMap<>();
    /** How many times a round was worked out in a window only (for tests: that path is taken). */
    private int windowed;

    public LiveScoring(Contest contest) {
        this(contest, ScoringEngine.PARALLEL_FROM);
    }

    LiveScoring(Contest contest, int parallelFrom) {
        this.contest = contest;
        this.parallelFrom = parallelFrom;
        reset();
    }

    private void reset() {
        events.clear();
        eventOrder.clear();
        entered.clear();
        refused.clear();
        seen = null;
        indexed = 0;
        withdrawalsRead = 0;
        for (Contestant c : contest.roster()) {
            entered.computeIfAbsent(c.event(), k -> new HashSet<>()).add(c.bib());
        }
        for (Event e : contest.events()) {
            EventState s = new EventState(e);
            events.putIfAbsent(e.id(), s);
            eventOrder.add(s);
        }
    }

    /**
     * The results of {@code facts}' current facts. When {@code facts} is the table (or a copy of the table) of the last
     * call, grown by appending and withdrawing only, just what changed is scored again; any other table is scored whole.
     */
    public ContestResult score(FactTable facts) {
        if (seen == null || !seen.sameTable(facts) || facts.positions() < indexed || facts.withdrawnCount() < withdrawalsRead) {
            reset();
        }
        seen = facts;
        for (int k = withdrawalsRead; k < facts.withdrawnCount(); k++) {
            touch(facts, facts.withdrawal(k));
        }
        withdrawalsRead = facts.withdrawnCount();
        index(facts, indexed, facts.positions());
        indexed = facts.positions();

        List<RoundResult> rounds = new ArrayList<>();
        List<TeamStanding> teams = new ArrayList<>();
        List<RejectedFact> rejected = new ArrayList<>();
        for (Map.Entry<Integer, Said> r : refused.entrySet()) {
            if (facts.isCurrent(r.getKey())) {
                rejected.add(new RejectedFact(facts.fact(r.getKey()), r.getValue()));
            }
        }
        for (EventState es : eventOrder) {
            es.score(facts, rounds, rejected, teams);
        }
        return new ContestResult(rounds, teams, rejected);
    }

    /** How many times a round was worked out in the window of one changed entry. */
    int windowed() {
        return windowed;
    }

    /** Marks the entry a (withdrawn) fact belongs to as changed. */
    private void touch(FactTable t, int p) {
        if (refused.containsKey(p)) {
            return; // a refused fact counts nowhere; its withdrawal only drops it from the rejected list
        }
        EventState es = events.get(t.event(p));
        if (es == null) {
            return;
        }
        if (t.kind(p) == FactKind.THEORY) {
            es.theoryChanged(t.bib(p));
            return;
        }
        RoundState rs = es.rounds.get(t.round(p));
        if (rs != null) {
            rs.dirty.add(t.bib(p));
        }
    }

    /** Reads positions {@code from} to {@code to}: each fact to its entry's list, or refused (as ScoringEngine did). */
    private void index(FactTable t, int from, int to) {
        EventState es = null;
        int lastEvent = -2;
        Set<String> eventBibs = Set.of();
        RoundState lastRound = null;
        int lastRoundId = -2;
        int lastBibId = -2;
        IntList lastList = null;
        for (int p = from; p < to; p++) {
            int eventId = t.eventId(p);
            if (es == null || eventId != lastEvent) {
                lastEvent = eventId;
                String event = t.event(p);
                es = events.get(event);
                lastList = null;
                if (es == null) {
                    refused.put(p, Said.of("scoring.rejected.noEvent", event));
                    lastEvent = -2;
                    continue;
                }
                eventBibs = entered.getOrDefault(es.event.id(), Set.of());
            }
            FactKind kind = t.kind(p);
            int attempt = t.attemptGiven(p);
            // Facts come in runs (one sheet, one heat): the last entry's list is kept at hand, found by the ids alone.
            if (lastList != null && t.bibId(p) == lastBibId && kind != FactKind.THEORY && t.roundId(p) == lastRoundId
                    && attempt <= es.event.attempts()) {
                lastList.add(p); // its bib is marked changed already, by the run's first fact
                continue;
            }
            String bib = t.bib(p);
            if (!eventBibs.contains(bib)) {
                refused.put(p, Said.of("store.refused.notEntered", bib, es.event.id()));
                continue;
            }
            if (attempt > es.event.attempts()) {
                refused.put(p, Said.of("scoring.rejected.attempt", attempt, es.event.attempts(), es.event.id()));
                continue;
            }
            if (kind == FactKind.THEORY) {
                es.theory.computeIfAbsent(bib, k -> new IntList()).add(p);
                es.theoryChanged(bib);
                continue;
            }
            RoundState rs = es.rounds.get(t.round(p));
            if (rs == null) {
                refused.put(p, Said.of("scoring.rejected.noRound", es.event.id(), t.round(p)));
                continue;
            }
            lastList = rs.byBib.computeIfAbsent(bib, k -> new IntList());
            lastList.add(p);
            rs.dirty.add(bib);
            lastRound = rs;
            lastRoundId = t.roundId(p);
            lastBibId = t.bibId(p);
        }
    }

    /** A growing list of fact positions. */
    static final class IntList {
        private int[] items = new int[4];
        private int size;

        void add(int p) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = p;
        }

        int size() {
            return size;
        }

        int get(int i) {
            return items[i];
        }
    }

    /** One event: its rounds in order and the theory facts of its entrants. */
    private final class EventState {
        final Event event;
        final Map<String, RoundState> rounds = new HashMap<>();
        final List<RoundState> order = new ArrayList<>();
        final Map<String, IntList> theory = new HashMap<>();

        EventState(Event event) {
            this.event = event;
            for (int i = 0; i < event.rounds().size(); i++) {
                Round r = event.rounds().get(i);
                RoundState rs = new RoundState(this, r, i == event.rounds().size() - 1);
                rounds.putIfAbsent(r.id(), rs);
                order.add(rs);
            }
        }

        void theoryChanged(String bib) {
            for (RoundState rs : order) {
                rs.dirty.add(bib);
            }
        }

        /** The current theory fact of a bib (the latest current one), or -1. */
        int theoryOf(FactTable t, String bib) {
            IntList l = theory.get(bib);
            if (l == null) {
                return -1;
            }
            for (int i = l.size() - 1; i >= 0; i--) {
                if (t.isCurrent(l.get(i))) {
                    return l.get(i);
                }
            }
            return -1;
        }

        void score(FactTable t, List<RoundResult> out, List<RejectedFact> rejected, List<TeamStanding> teams) {
            List<Contestant> entrants = contest.entrants(event.id());
            boolean entrantsChanged = false;
            RoundResult awardResult = null;
            boolean awardRescored = false;
            String previous = null;
            for (RoundState rs : order) {
                boolean rescored = rs.score(t, entrants, entrantsChanged, previous);
                rejected.addAll(rs.strangers);
                out.add(rs.result);
                if (rs.result.awardRound()) {
                    awardResult = rs.result;
                    awardRescored = rescored;
                }
                if (rescored && rs.goingChanged || rs.nextEntrants == null) {
                    List<Contestant> next = rs.lastRound ? List.of() : rs.advancing();
                    entrantsChanged = !sameBibs(next, rs.nextEntrants);
                    rs.nextEntrants = next;
                } else {
                    entrantsChanged = false;
                }
                entrants = rs.nextEntrants;
                previous = rs.round.id();
            }
            if (contest.teams() != null && awardResult != null) {
                if (awardRescored || teamStandings == null) {
                    teamStandings = TeamRanking.rank(contest, awardResult);
                }
                teams.addAll(teamStandings);
            }
        }

        List<TeamStanding> teamStandings;
    }

    private static boolean sameBibs(List<Contestant> a, List<Contestant> b) {
        if (b == null || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).bib().equals(b.get(i).bib())) {
                return false;
            }
        }
        return true;
    }

    /** An entry being scored: its attempts' drafts and the values its row shows. */
    static final class Entry implements Ranking.Values {
        final Contestant contestant;
        final List<AttemptScorer.Draft> drafts;
        final Status status;
        final BigDecimal theoryScore;
        AttemptScorer.Draft counting;
        /** The attempts' results and flags as last finished (null: to be made again). */
        List<AttemptResult> attempts;
        List<Flag> flags;
        /** The row last given (with its award, titles and advancement); reused while nothing of it changed. */
        EntryResult row;
        /** Drafted again since: no longer the entry of its bib. */
        boolean stale;

        /** The bib's place among the round's entrants in bib order ({@link Bibs#ORDER}); compared within the round only. */
        final int bibOrder;

        Entry(Contestant contestant, int bibOrder, List<AttemptScorer.Draft> drafts, Status status, BigDecimal theoryScore) {
            this.contestant = contestant;
            this.bibOrder = bibOrder;
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

    private static final Comparator<Contestant> BY_BIB = Comparator.comparing(Contestant::bib, Bibs.ORDER);

    /** The entries not ranked: by status, then bib order. */
    private static final Comparator<Entry> BY_STATUS =
            Comparator.comparing((Entry e) -> e.status).thenComparingInt(e -> e.bibOrder);

    /** Highest total first, then bib order: the order the ranking starts from (section 9 splits ties after). */
    private static final Comparator<Entry> BY_TOTAL = (a, b) -> {
        int c = b.counting.total.compareTo(a.counting.total);
        return c != 0 ? c : Integer.compare(a.bibOrder, b.bibOrder);
    };

    /** One round: its facts by bib, the entries as last drafted, and its last result. */
    private final class RoundState {
        final EventState es;
        final Event event;
        final Round round;
        final boolean lastRound;
        final Map<String, IntList> byBib = new HashMap<>();
        final Set<String> dirty = new HashSet<>();
        List<Contestant> entrants;
        final Map<String, Entry> entries = new HashMap<>();
        /** The ranked entries in the order of {@link #BY_TOTAL}, as last sorted, tied groups in tie-break order. */
        List<Entry> order = new ArrayList<>();
        /** The entries not ranked (not OK), as last sorted: by status, then bib. */
        List<Entry> unranked = new ArrayList<>();
        /** The ranked entries in ranking order (ties split by the tie-break keys), their ranks, and every row. */
        List<Entry> ranked;
        int[] ranks;
        List<EntryResult> rows;
        AwardQuota quota;
        /** The titles held, by bib; the bibs going on to the next round (null when every entry goes on). */
        Map<String, List<String>> titles = Map.of();
        Set<String> going;
        /** Whether the last scoring may have changed who goes on to the next round. */
        boolean goingChanged = true;
        /** Bibs with facts in this round but no entry in it (their facts are rejected). */
        final Set<String> strangerBibs = new HashSet<>();
        Long best;
        RoundResult result;
        List<RejectedFact> strangers = List.of();
        List<Contestant> nextEntrants;
        final AttemptScorer.Weights weights;

        RoundState(EventState es, Round round, boolean lastRound) {
            this.weights = AttemptScorer.Weights.of(es.event);
            this.es = es;
            this.event = es.event;
            this.round = round;
            this.lastRound = lastRound;
        }

        /** Scores the round again when anything of it changed; true when it did. */
        boolean score(FactTable t, List<Contestant> now, boolean entrantsChanged, String previous) {
            boolean whole = result == null || entrantsChanged || entrants == null || !sameBibs(now, entrants);
            if (!whole && dirty.isEmpty()) {
                return false;
            }
            int decimals = contest.decimals();
            List<Entry> redrafted = new ArrayList<>();
            List<Entry> replaced = new ArrayList<>();
            if (whole) {
                entries.clear();
                order = new ArrayList<>();
                unranked = new ArrayList<>();
                best = null;
                entrants = now;
                List<Entry> drafted = draftAll(t, now, decimals);
                for (Entry e : drafted) {
                    entries.put(e.contestant.bib(), e);
                }
                redrafted = drafted;
                strangerBibs.clear();
                for (String bib : byBib.keySet()) {
                    if (!entries.containsKey(bib)) {
                        strangerBibs.add(bib);
                    }
                }
            } else {
                AttemptScorer.Points points = new AttemptScorer.Points();
                for (String bib : dirty) {
                    Entry was = entries.get(bib);
                    if (was == null) {
                        if (byBib.containsKey(bib)) {
                            strangerBibs.add(bib); // not an entrant of this round: only its rejected facts change
                        }
                        continue;
                    }
                    Entry e = draft(t, was.contestant, was.bibOrder, decimals, points);
                    was.stale = true;
                    entries.put(bib, e);
                    redrafted.add(e);
                    replaced.add(was);
                }
            }
            strangers = strangerBibs.isEmpty() ? List.of() : strangers(t, previous);
            dirty.clear();
            if (whole || !finishWindow(decimals, redrafted, replaced)) {
                finish(decimals, redrafted, whole);
            }
            return true;
        }

        /**
         * Drafts every entrant, in bib order ({@link Bibs#ORDER}): an entry's place there is its {@link Entry#bibOrder}
         * (compared only within the round).
         */
        private List<Entry> draftAll(FactTable t, List<Contestant> now, int decimals) {
            Contestant[] inOrder = now.toArray(new Contestant[0]);
            Arrays.sort(inOrder, BY_BIB);
            List<Entry> out = new ArrayList<>(inOrder.length);
            if (inOrder.length < parallelFrom) {
                AttemptScorer.Points points = new AttemptScorer.Points();
                for (int i = 0; i < inOrder.length; i++) {
                    out.add(draft(t, inOrder[i], i, decimals, points));
                }
                return out;
            }
            // Entries are independent until the best time is known: a large round is drafted in two halves at once.
            int half = inOrder.length / 2;
            List<Entry> later = new ArrayList<>(inOrder.length - half);
            TwoThreads.run("podium-engine", () -> {
                AttemptScorer.Points points = new AttemptScorer.Points();
                for (int i = 0; i < half; i++) {
                    out.add(draft(t, inOrder[i], i, decimals, points));
                }
            }, () -> {
                AttemptScorer.Points points = new AttemptScorer.Points();
                for (int i = half; i < inOrder.length; i++) {
                    later.add(draft(t, inOrder[i], i, decimals, points));
                }
            });
            out.addAll(later);
            return out;
        }

        /** Sections 2 to 7 for one entrant: its current records applied, its attempts drafted, its status. */
        private Entry draft(FactTable t, Contestant c, int bibOrder, int decimals, AttemptScorer.Points points) {
            EntryRecords records = new EntryRecords(event.attempts(), points.layout(event));
            IntList facts = byBib.get(c.bib());
            if (facts != null) {
                for (int i = 0; i < facts.size(); i++) {
                    int p = facts.get(i);
                    if (t.isCurrent(p)) {
                        records.apply(t, p);
                    }
                }
            }
            int theoryFact = es.theoryOf(t, c.bib());
            BigDecimal theoryScore = theoryFact >= 0 && event.uses(Component.THEORY)
                    ? AttemptScorer.theoryScore(event, decimals, t.amount(theoryFact)) : null;
            List<AttemptScorer.Draft> drafts = new ArrayList<>(event.attempts());
            for (int a = 1; a <= event.attempts(); a++) {
                drafts.add(AttemptScorer.draft(event, decimals, records.attempt(a), a, theoryFact >= 0, points));
            }
            return new Entry(c, bibOrder, drafts, entryStatus(records.wholeEntryStatus, drafts), theoryScore);
        }

        /**
         * The current facts of bibs that have no entry in this round, bib by bib in the order of a hash map filled in the
         * order of each bib's first current fact (as the engine of one pass over the current facts gives them).
         */
        private List<RejectedFact> strangers(FactTable t, String previous) {
            List<long[]> firsts = new ArrayList<>(); // {first current position, the bib's index in bibs}
            List<String> bibs = new ArrayList<>();
            for (Map.Entry<String, IntList> e : byBib.entrySet()) {
                IntList l = e.getValue();
                for (int i = 0; i < l.size(); i++) {
                    if (t.isCurrent(l.get(i))) {
                        firsts.add(new long[] {l.get(i), bibs.size()});
                        bibs.add(e.getKey());
                        break;
                    }
                }
            }
            firsts.sort(Comparator.comparingLong(f -> f[0]));
            Map<String, IntList> inOrder = new HashMap<>();
            for (long[] f : firsts) {
                String bib = bibs.get((int) f[1]);
                inOrder.put(bib, byBib.get(bib));
            }
            List<RejectedFact> out = null;
            for (Map.Entry<String, IntList> e : inOrder.entrySet()) {
                if (entries.containsKey(e.getKey())) {
                    continue;
                }
                Said why = previous == null ? Said.of("scoring.rejected.noEntry", e.getKey(), round.id(), event.id())
                        : Said.of("scoring.rejected.notAdvanced", e.getKey(), round.id(), event.id(), previous);
                IntList l = e.getValue();
                for (int i = 0; i < l.size(); i++) {
                    if (t.isCurrent(l.get(i))) {
                        if (out == null) {
                            out = new ArrayList<>();
                        }
                        out.add(new RejectedFact(t.fact(l.get(i)), why));
                    }
                }
            }
            return out == null ? List.of() : out;
        }

        /**
         * Sections 4 and 8 to 12 over the round, the entries in {@code redrafted} new since the last time: when the best
         * time stays, only those are finished again and put in their places, and every other row stays as it was unless
         * its rank, award, titles or advancement moved.
         */
        private void finish(int decimals, List<Entry> redrafted, boolean whole) {
            List<Entry> ok = new ArrayList<>(order.size() + redrafted.size());
            List<Entry> notOk = new ArrayList<>(unranked.size() + redrafted.size());
            if (whole) {
                for (Contestant c : entrants) {
                    Entry e = entries.get(c.bib());
                    (e.status == Status.OK ? ok : notOk).add(e);
                }
            } else {
                for (Entry e : order) {
                    if (!e.stale) {
                        ok.add(e);
                    }
                }
                for (Entry e : unranked) {
                    if (!e.stale) {
                        notOk.add(e);
                    }
                }
                for (Entry e : redrafted) {
                    (e.status == Status.OK ? ok : notOk).add(e);
                }
            }
            // Section 4 (and 14): best is the smallest official time among the OK attempts of OK entries.
            Long newBest = null;
            for (Entry e : ok) {
                for (AttemptScorer.Draft d : e.drafts) {
                    if (d.status == Status.OK && d.officialTime != null && (newBest == null || d.officialTime < newBest)) {
                        newBest = d.officialTime;
                    }
                }
            }
            boolean all = whole || !java.util.Objects.equals(newBest, best);
            best = newBest;
            if (all) {
                finishAll(decimals, ok);
            } else {
                for (Entry e : redrafted) {
                    if (e.status == Status.OK) {
                        finishEntry(decimals, e);
                    }
                }
            }
            // Section 9: highest total first, ties in bib order, then each tied run split by the tie-break keys. When
            // only some entries changed, the others keep their order and the changed ones are put in their places.
            if (all) {
                sortByTotal(ok, decimals);
            } else {
                ok.subList(ok.size() - countOk(redrafted), ok.size()).clear();
                for (Entry e : redrafted) {
                    if (e.status == Status.OK) {
                        int at = java.util.Collections.binarySearch(ok, e, BY_TOTAL);
                        ok.add(at < 0 ? -at - 1 : at, e);
                    }
                }
            }
            order = ok;
            List<Entry> ranked = new ArrayList<>(ok);
            int[] ranks = new int[ranked.size()];
            this.ranked = ranked;
            this.ranks = ranks;
            if (!ranked.isEmpty()) {
                rankWithin(0, ranked.size() - 1);
            }
            notOk.sort(BY_STATUS);
            unranked = notOk;

            List<Entry> rowEntries = new ArrayList<>(ranked.size() + notOk.size());
            rowEntries.addAll(ranked);
            rowEntries.addAll(notOk);
            List<EntryResult> rows = new ArrayList<>(rowEntries.size());
            for (int k = 0; k < rowEntries.size(); k++) {
                Entry e = rowEntries.get(k);
                Integer rank = k < ranks.length ? Integer.valueOf(ranks[k]) : null;
                rows.add(rowOf(decimals, e, rank));
            }

            boolean awardRound = event.awardRound().id().equals(round.id());
            AwardQuota quota = null;
            if (awardRound) {
                quota = Awards.quota(event.awards(), ranked.size());
                rows = Awards.give(rows, event.awards(), quota, contest.date());
            }
            if (!lastRound) {
                Set<String> going = Advancement.advancing(rows, round.advance(), event.awards().quotaRounding());
                List<EntryResult> marked = new ArrayList<>(rows.size());
                for (EntryResult r : rows) {
                    marked.add(r.withAdvances(going.contains(r.bib())));
                }
                rows = marked;
            }
            for (int k = 0; k < rowEntries.size(); k++) {
                rowEntries.get(k).row = rows.get(k);
            }
            this.rows = new ArrayList<>(rows);
            this.quota = quota;
            this.titles = titlesOf(rows);
            this.going = lastRound || round.advance() == null ? null : goingOf(rows);
            goingChanged = true;
            result = new RoundResult(event, round, rows, awardRound, quota);
        }

        /** The bibs whose rows go on to the next round. */
        private Set<String> goingOf(List<EntryResult> rows) {
            Set<String> out = new HashSet<>();
            for (EntryResult r : rows) {
                if (r.advances()) {
                    out.add(r.bib());
                }
            }
            return out;
        }

        /** The titles each row holds, by bib. */
        private Map<String, List<String>> titlesOf(List<EntryResult> rows) {
            Map<String, List<String>> out = new HashMap<>();
            if (event.awards().titles().isEmpty()) {
                return out;
            }
            for (EntryResult r : rows) {
                if (!r.titles().isEmpty()) {
                    out.put(r.bib(), r.titles());
                }
            }
            return out;
        }

        /**
         * The round again when only some OK entries changed and stayed OK (or some entries not OK stayed not OK), the
         * best time stayed and so did the number ranked (so the award quotas): the entries move to their places in the
         * ranking, and only the rows from the first place touched to the last (widened to whole ties) are made again,
         * with the rows whose titles or advancement moved. False when the round must be worked out whole (then
         * {@link #finish} is given the same entries: what this did to {@link #order} it also does).
         */
        private boolean finishWindow(int decimals, List<Entry> redrafted, List<Entry> replaced) {
            if (ranked == null || redrafted.size() != 1) {
                return false; // one entry at a time (the head table's usual step); several at once: the whole round
            }
            for (int k = 0; k < redrafted.size(); k++) {
                if ((redrafted.get(k).status == Status.OK) != (replaced.get(k).status == Status.OK)) {
                    return false; // the number ranked moves: quotas, and every place below
                }
            }
            // Section 4: the best time stays unless the entry that held it changed, or a changed one beats it.
            for (Entry e : replaced) {
                if (e.status == Status.OK && best != null && best.equals(ownBest(e))) {
                    return false;
                }
            }
            for (Entry e : redrafted) {
                Long own = e.status == Status.OK ? ownBest(e) : null;
                if (own != null && (best == null || own < best)) {
                    return false;
                }
            }
            for (Entry e : replaced) {
                if (e.status == Status.OK) {
                    int at = java.util.Collections.binarySearch(order, e, BY_TOTAL);
                    if (at < 0 || order.get(at) != e) {
                        return false;
                    }
                }
            }
            // From here on the round is worked out in the window.
            for (Entry e : redrafted) {
                if (e.status == Status.OK) {
                    finishEntry(decimals, e);
                }
            }
            int lo = Integer.MAX_VALUE;
            int hi = -1;
            for (Entry e : replaced) {
                if (e.status == Status.OK) {
                    int at = java.util.Collections.binarySearch(order, e, BY_TOTAL);
                    // the entries it was tied with (its old run) are placed again too: the tie may be broken
                    int from = at;
                    int to = at;
                    while (from > 0 && order.get(from - 1).counting.total.compareTo(e.counting.total) == 0) {
                        from--;
                    }
                    while (to < order.size() - 1 && order.get(to + 1).counting.total.compareTo(e.counting.total) == 0) {
                        to++;
                    }
                    order.remove(at);
                    lo = Math.min(lo, from);
                    hi = Math.max(hi, to);
                }
            }
            for (Entry e : redrafted) {
                if (e.status == Status.OK) {
                    int at = java.util.Collections.binarySearch(order, e, BY_TOTAL);
                    at = at < 0 ? -at - 1 : at;
                    order.add(at, e);
                    lo = Math.min(lo, at);
                    hi = Math.max(hi, at);
                }
            }
            int n = order.size();
            boolean awardRound = event.awardRound().id().equals(round.id());
            if (hi >= 0) {
                // Widened to whole runs of equal total: ranks and tie-breaks never reach past them.
                hi = Math.min(hi, n - 1);
                while (lo > 0 && order.get(lo - 1).counting.total.compareTo(order.get(lo).counting.total) == 0) {
                    lo--;
                }
                while (hi < n - 1 && order.get(hi + 1).counting.total.compareTo(order.get(hi).counting.total) == 0) {
                    hi++;
                }
                rankWithin(lo, hi);
                // the window holds whole tied groups, so their ranks run from lo + 1 to hi + 1
                int[] groupSize = new int[hi - lo + 1];
                for (int k = lo; k <= hi; k++) {
                    groupSize[ranks[k] - lo - 1]++;
                }
                for (int k = lo; k <= hi; k++) {
                    Entry e = ranked.get(k);
                    EntryResult r = rowOf(decimals, e, ranks[k]);
                    if (awardRound) {
                        r = r.withAwards(Awards.tier(r, groupSize[ranks[k] - lo - 1], event.awards(), quota), List.of());
                    }
                    rows.set(k, r);
                }
            } else {
                lo = 0; // an empty window
            }
            // The entries not ranked: by status, then bib.
            boolean unrankedMoved = false;
            for (int k = 0; k < redrafted.size(); k++) {
                if (replaced.get(k).status != Status.OK) {
                    unranked.remove(replaced.get(k));
                    unranked.add(redrafted.get(k));
                    unrankedMoved = true;
                }
            }
            if (unrankedMoved) {
                unranked.sort(BY_STATUS);
                for (int k = 0; k < unranked.size(); k++) {
                    Entry e = unranked.get(k);
                    rows.set(n + k, rowOf(decimals, e, null));
                }
            }
            Set<String> outside = new HashSet<>(); // bibs outside the window whose row must be made again
            Map<String, List<String>> nowTitles = titles;
            if (awardRound && !event.awards().titles().isEmpty()) {
                nowTitles = Awards.titles(rows, event.awards(), contest.date());
                for (String bib : nowTitles.keySet()) {
                    if (!nowTitles.get(bib).equals(titles.get(bib))) {
                        outside.add(bib);
                    }
                }
                for (String bib : titles.keySet()) {
                    if (!titles.get(bib).equals(nowTitles.get(bib))) {
                        outside.add(bib);
                    }
                }
                for (int k = lo; k <= hi; k++) {
                    EntryResult r = rows.get(k);
                    rows.set(k, r.withAwards(r.award(), nowTitles.getOrDefault(r.bib(), List.of())));
                    outside.remove(r.bib());
                }
            }
            Set<String> nowGoing = going;
            if (!lastRound) {
                if (round.advance() == null) {
                    nowGoing = null; // every entry goes on
                } else {
                    nowGoing = Advancement.advancing(rows, round.advance(), event.awards().quotaRounding());
                    for (String bib : nowGoing) {
                        if (!going.contains(bib)) {
                            outside.add(bib);
                        }
                    }
                    for (String bib : going) {
                        if (!nowGoing.contains(bib)) {
                            outside.add(bib);
                        }
                    }
                }
                for (int k = lo; k <= hi; k++) {
                    rows.set(k, rows.get(k).withAdvances(nowGoing == null || nowGoing.contains(rows.get(k).bib())));
                    outside.remove(rows.get(k).bib());
                }
                if (unrankedMoved) {
                    for (int k = n; k < rows.size(); k++) {
                        rows.set(k, rows.get(k).withAdvances(nowGoing == null || nowGoing.contains(rows.get(k).bib())));
                    }
                }
            }
            goingChanged = !java.util.Objects.equals(nowGoing, going);
            // Rows outside the window whose titles or advancement moved: a safety net (the window runs from the entry's
            // old place to its new one, whole ties included, and holds every row whose place, tier, title or
            // advancement can move when one entry moves and the number ranked stays).
            for (int k = 0; k < rows.size() && !outside.isEmpty(); k++) {
                EntryResult r = rows.get(k);
                if (outside.remove(r.bib())) {
                    EntryResult now = r.withAwards(r.award(), nowTitles.getOrDefault(r.bib(), List.of()));
                    if (!lastRound) {
                        now = now.withAdvances(nowGoing == null || nowGoing.contains(r.bib()));
                    }
                    rows.set(k, now);
                    (k < n ? ranked.get(k) : unranked.get(k - n)).row = now;
                }
            }
            titles = nowTitles;
            going = nowGoing;
            for (int k = lo; k <= hi; k++) {
                ranked.get(k).row = rows.get(k);
            }
            for (int k = 0; k < unranked.size(); k++) {
                unranked.get(k).row = rows.get(n + k);
            }
            result = new RoundResult(event, round, rows, awardRound, quota);
            windowed++;
            return true;
        }

        /**
         * Sorts {@code ok} by {@link #BY_TOTAL}. A large round is sorted by keys of two ints, the total's digits and the
         * bib's place, when every total is the round's decimals with at most 9 digits (as section 8 rounds it): the same
         * order, without reaching each entry's total through its draft at every comparison.
         */
        private static void sortByTotal(List<Entry> ok, int decimals) {
            int n = ok.size();
            if (n < 1024) {
                ok.sort(BY_TOTAL);
                return;
            }
            long[] keys = new long[n];
            int most = 0;
            for (int i = 0; i < n; i++) {
                Entry e = ok.get(i);
                BigDecimal total = e.counting.total;
                if (total.scale() != decimals || total.signum() < 0 || total.precision() > 9 || e.bibOrder < 0) {
                    ok.sort(BY_TOTAL);
                    return;
                }
                int digits = total.unscaledValue().intValue();
                keys[i] = (long) (Integer.MAX_VALUE - digits) << 32 | e.bibOrder;
                most = Math.max(most, e.bibOrder);
            }
            Entry[] byPlace = new Entry[most + 1];
            for (int i = 0; i < n; i++) {
                Entry e = ok.get(i);
                if (byPlace[e.bibOrder] != null) {
                    ok.sort(BY_TOTAL); // two entries of one place: never in a round, but then the comparator decides
                    return;
                }
                byPlace[e.bibOrder] = e;
            }
            Arrays.sort(keys);
            for (int i = 0; i < n; i++) {
                ok.set(i, byPlace[(int) keys[i]]);
            }
        }

        /**
         * An entry's row at {@code rank} (null: not ranked): the row made for the entry as it stands, when it was made
         * ranked or not as now, given the rank (the rest of it is the same), else made again.
         */
        private EntryResult rowOf(int decimals, Entry e, Integer rank) {
            return e.row != null && e.attempts != null && e.row.ranked() == (rank != null)
                    ? e.row.withRank(rank) : row(event, decimals, e, rank);
        }

        /** Section 9 over order[lo..hi], whole runs of equal total: the tie-broken order and ranks. */
        private void rankWithin(int lo, int hi) {
            int i = lo;
            while (i <= hi) {
                int j = i + 1;
                while (j <= hi && order.get(j).counting.total.compareTo(order.get(i).counting.total) == 0) {
                    j++;
                }
                if (j - i == 1) {
                    ranked.set(i, order.get(i));
                    ranks[i] = i + 1;
                } else {
                    Entry[] run = order.subList(i, j).toArray(new Entry[0]);
                    breakTies(run, 0, run.length, 0, i);
                }
                i = j;
            }
        }

        /**
         * Section 9's tie-break keys from {@code key} on over run[from..to), a tied group whose first entry goes to
         * {@code at} in {@link #ranked}: as {@link Ranking#tiedGroupsSorted} does it, group by group (a group is split
         * by a key only when all its entries have a value for it; the sort is stable, so bib order stays within a
         * value), but over the entries' own fields, without lists and functions per group (issue 17: a round of
         * 200,000 entries has some 10,000 tied groups).
         */
        private void breakTies(Entry[] run, int from, int to, int key, int at) {
            List<TieBreak> keys = event.tieBreak();
            if (to - from >= 2 && key < keys.size()) {
                TieBreak k = keys.get(key);
                boolean allHave = true;
                for (int x = from; x < to && allHave; x++) {
                    allHave = tieValue(run[x], k) != null;
                }
                if (!allHave) {
                    breakTies(run, from, to, key + 1, at);
                    return;
                }
                Comparator<Entry> byKey = (a, b) -> tieValue(a, k).compareTo(tieValue(b, k));
                Arrays.sort(run, from, to, k == TieBreak.TIME ? byKey : byKey.reversed());
                int start = from;
                for (int x = from + 1; x <= to; x++) {
                    if (x == to || tieValue(run[x], k).compareTo(tieValue(run[start], k)) != 0) {
                        breakTies(run, start, x, key + 1, at + start - from);
                        start = x;
                    }
                }
                return;
            }
            for (int x = from; x < to; x++) { // one group: one rank, its first entry's place
                ranked.set(at + x - from, run[x]);
                ranks[at + x - from] = at + 1;
            }
        }

        /** An entry's value for a tie-break key (as {@link Ranking} reads it), or null. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Comparable<Object> tieValue(Entry e, TieBreak key) {
            return (Comparable) switch (key) {
                case QUALITY -> e.counting.qualityScore;
                case TIME -> e.counting.officialTime;
                case THEORY -> e.theoryScore;
                case TIME_SCORE -> e.counting.timeScore;
            };
        }

        /** The smallest official time of an entry's OK attempts, or null. */
        private Long ownBest(Entry e) {
            Long own = null;
            for (AttemptScorer.Draft d : e.drafts) {
                if (d.status == Status.OK && d.officialTime != null && (own == null || d.officialTime < own)) {
                    own = d.officialTime;
                }
            }
            return own;
        }


        private static int countOk(List<Entry> entries) {
            int n = 0;
            for (Entry e : entries) {
                if (e.status == Status.OK) {
                    n++;
                }
            }
            return n;
        }

        /**
         * Finishes every OK entry (and makes its attempts' results): entries are independent once the best time is
         * known, so a large round is finished by two threads.
         */
        private void finishAll(int decimals, List<Entry> ok) {
            if (ok.size() < parallelFrom) {
                finishAll(decimals, ok, 0, ok.size());
                return;
            }
            int half = ok.size() / 2;
            TwoThreads.run("podium-engine", () -> finishAll(decimals, ok, 0, half),
                    () -> finishAll(decimals, ok, half, ok.size()));
        }

        /**
         * Finishes ok[from..to) and makes each one's row, its place still to come (rank {@link #UNPLACED}): the rows are
         * then given their ranks in ranking order, each from its row alone, rather than made there from the entries'
         * drafts read in that order (issue 17: 200,000 entries read out of order cost more than the rows themselves).
         */
        private void finishAll(int decimals, List<Entry> ok, int from, int to) {
            for (Entry e : ok.subList(from, to)) {
                finishEntry(decimals, e);
                e.row = row(event, decimals, e, UNPLACED);
            }
        }

        /** Finishes an OK entry's OK attempts against {@link #best} and picks its counting attempt. */
        private void finishEntry(int decimals, Entry e) {
            e.attempts = null; // its results and row are made again
            e.row = null;
            List<AttemptScorer.Draft> ok = new ArrayList<>();
            for (AttemptScorer.Draft d : e.drafts) {
                if (d.status == Status.OK) {
                    AttemptScorer.finish(event, weights, decimals, d, best, e.theoryScore);
                    ok.add(d);
                }
            }
            // Section 14: the OK attempt with the highest total; ties by the tie-break keys, then the earlier attempt.
            e.counting = ok.size() == 1 ? ok.get(0)
                    : Ranking.tiedGroups(ok, d -> ScoringEngine.values(d, e.theoryScore), event.tieBreak()).get(0).get(0);
        }

        /** The entrants of the next round, by bib. */
        List<Contestant> advancing() {
            List<Contestant> next = new ArrayList<>();
            for (EntryResult r : result.rows()) {
                if (r.advances()) {
                    next.add(r.contestant());
                }
            }
            next.sort(Comparator.comparing(Contestant::bib, Bibs.ORDER));
            return next;
        }
    }

    /** Section 14: the status an entry takes from its attempts, the first of these any attempt has. */
    private static final Status[] ENTRY_STATUS_ORDER = {Status.INCOMPLETE, Status.OK, Status.DNF, Status.DSQ, Status.DNS};

    /** Section 14 (and 2 for one attempt): a recorded whole-entry status, else from the attempts. */
    static Status entryStatus(Status recorded, List<AttemptScorer.Draft> drafts) {
        if (recorded != null) {
            return recorded;
        }
        EnumSet<Status> seen = EnumSet.noneOf(Status.class);
        for (AttemptScorer.Draft d : drafts) {
            seen.add(d.status);
        }
        for (Status s : ENTRY_STATUS_ORDER) {
            if (seen.contains(s)) {
                return s;
            }
        }
        throw new IllegalStateException("an entry without attempts");
    }

    /** An entry's attempts' results and flags, made once after it was finished. */
    private static void attemptsOf(int decimals, Entry e) {
        if (e.attempts == null) {
            List<AttemptResult> attempts = new ArrayList<>(e.drafts.size());
            EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
            for (AttemptScorer.Draft d : e.drafts) {
                attempts.add(d.result(decimals));
                flags.addAll(d.flags);
            }
            e.flags = List.copyOf(flags);
            e.attempts = List.copyOf(attempts);
        }
    }

    /** The rank of a row made before its place is known; replaced before any row leaves the engine. */
    private static final Integer UNPLACED = 0;

    private static EntryResult row(Event event, int decimals, Entry e, Integer rank) {
        attemptsOf(decimals, e);
        List<AttemptResult> attempts = e.attempts;
        List<Flag> flagList = e.flags;
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
