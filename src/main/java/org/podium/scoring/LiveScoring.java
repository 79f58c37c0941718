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
import org.podium.domain.Round;
import org.podium.domain.RoundResult;
import org.podium.domain.Said;
import org.podium.domain.Status;
import org.podium.domain.TeamStanding;

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
    private ContestResult last;

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
        last = null;
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
        last = new ContestResult(rounds, teams, rejected);
        return last;
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
        String lastBib = null;
        IntList lastList = null;
        for (int p = from; p < to; p++) {
            int eventId = t.eventId(p);
            String event = t.event(p);
            if (es == null || eventId != lastEvent) {
                lastEvent = eventId;
                es = events.get(event);
                lastList = null;
                if (es == null) {
                    refused.put(p, Said.of("scoring.rejected.noEvent", event));
                    continue;
                }
                eventBibs = entered.getOrDefault(es.event.id(), Set.of());
            }
            FactKind kind = t.kind(p);
            String bib = t.bib(p);
            int attempt = t.attemptGiven(p);
            if (lastList != null && bib.equals(lastBib) && kind != FactKind.THEORY && lastRound.round.id().equals(t.round(p))
                    && attempt <= es.event.attempts()) {
                lastList.add(p);
                if (!t.isCurrent(p)) {
                    continue;
                }
                lastRound.dirty.add(bib);
                continue;
            }
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
            lastBib = bib;
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
                if (rescored || rs.nextEntrants == null) {
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

    /** Highest total first, then bib order: the order the ranking starts from (section 9 splits ties after). */
    private static final Comparator<Entry> BY_TOTAL = (a, b) -> {
        int c = b.counting.total.compareTo(a.counting.total);
        return c != 0 ? c : Bibs.ORDER.compare(a.contestant.bib(), b.contestant.bib());
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
        /** Bibs with facts in this round but no entry in it (their facts are rejected). */
        final Set<String> strangerBibs = new HashSet<>();
        Long best;
        RoundResult result;
        List<RejectedFact> strangers = List.of();
        List<Contestant> nextEntrants;
        final Map<String, Integer> criterionIndex = new HashMap<>();

        RoundState(EventState es, Round round, boolean lastRound) {
            this.es = es;
            this.event = es.event;
            this.round = round;
            this.lastRound = lastRound;
            for (int i = 0; i < event.quality().criteria().size(); i++) {
                criterionIndex.put(event.quality().criteria().get(i).id(), i);
            }
        }

        /** Scores the round again when anything of it changed; true when it did. */
        boolean score(FactTable t, List<Contestant> now, boolean entrantsChanged, String previous) {
            boolean whole = result == null || entrantsChanged || entrants == null || !sameBibs(now, entrants);
            if (!whole && dirty.isEmpty()) {
                return false;
            }
            int decimals = contest.decimals();
            List<Entry> redrafted = new ArrayList<>();
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
                    Entry e = draft(t, was.contestant, decimals, points);
                    was.stale = true;
                    entries.put(bib, e);
                    redrafted.add(e);
                }
            }
            strangers = strangerBibs.isEmpty() ? List.of() : strangers(t, previous);
            dirty.clear();
            finish(decimals, redrafted, whole);
            return true;
        }

        private List<Entry> draftAll(FactTable t, List<Contestant> now, int decimals) {
            List<Entry> out = new ArrayList<>(now.size());
            if (now.size() < parallelFrom) {
                AttemptScorer.Points points = new AttemptScorer.Points();
                for (Contestant c : now) {
                    out.add(draft(t, c, decimals, points));
                }
                return out;
            }
            // Entries are independent until the best time is known: a large round is drafted in two halves at once.
            int half = now.size() / 2;
            List<Entry> later = new ArrayList<>(now.size() - half);
            RuntimeException[] failed = new RuntimeException[1];
            Thread second = new Thread(() -> {
                try {
                    AttemptScorer.Points points = new AttemptScorer.Points();
                    for (Contestant c : now.subList(half, now.size())) {
                        later.add(draft(t, c, decimals, points));
                    }
                } catch (RuntimeException e) {
                    failed[0] = e;
                }
            }, "podium-engine");
            second.start();
            AttemptScorer.Points points = new AttemptScorer.Points();
            for (Contestant c : now.subList(0, half)) {
                out.add(draft(t, c, decimals, points));
            }
            try {
                second.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while scoring", e);
            }
            if (failed[0] != null) {
                throw failed[0];
            }
            out.addAll(later);
            return out;
        }

        /** Sections 2 to 7 for one entrant: its current records applied, its attempts drafted, its status. */
        private Entry draft(FactTable t, Contestant c, int decimals, AttemptScorer.Points points) {
            EntryRecords records = new EntryRecords(event.attempts(), criterionIndex);
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
            return new Entry(c, drafts, entryStatus(records.wholeEntryStatus, drafts), theoryScore);
        }

        /** The facts of bibs that have no entry in this round, in the order ScoringEngine gave them. */
        private List<RejectedFact> strangers(FactTable t, String previous) {
            List<RejectedFact> out = null;
            for (Map.Entry<String, IntList> e : byBib.entrySet()) {
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
                for (Entry e : ok) {
                    finishEntry(decimals, e);
                }
            } else {
                for (Entry e : redrafted) {
                    if (e.status == Status.OK) {
                        finishEntry(decimals, e);
                    }
                }
            }
            // Section 9: highest total first, ties in bib order, then each tied run split by the tie-break keys.
            ok.sort(BY_TOTAL);
            int[] ranks = new int[ok.size()];
            int i = 0;
            while (i < ok.size()) {
                int j = i + 1;
                while (j < ok.size() && ok.get(j).counting.total.compareTo(ok.get(i).counting.total) == 0) {
                    j++;
                }
                if (j - i == 1) {
                    ranks[i] = i + 1;
                } else {
                    int position = i + 1;
                    int at = i;
                    for (List<Entry> group : Ranking.tiedGroupsSorted(new ArrayList<>(ok.subList(i, j)), e -> e, event.tieBreak())) {
                        for (Entry e : group) {
                            ok.set(at, e);
                            ranks[at++] = position;
                        }
                        position += group.size();
                    }
                }
                i = j;
            }
            order = ok;
            notOk.sort(Comparator.comparing((Entry e) -> e.status).thenComparing(e -> e.contestant.bib(), Bibs.ORDER));
            unranked = notOk;

            List<Entry> rowEntries = new ArrayList<>(ok.size() + notOk.size());
            rowEntries.addAll(ok);
            rowEntries.addAll(notOk);
            List<EntryResult> rows = new ArrayList<>(rowEntries.size());
            for (int k = 0; k < rowEntries.size(); k++) {
                Entry e = rowEntries.get(k);
                Integer rank = k < ranks.length ? Integer.valueOf(ranks[k]) : null;
                rows.add(e.row != null && e.attempts != null && java.util.Objects.equals(e.row.rank(), rank)
                        ? e.row : row(event, decimals, e, rank));
            }

            boolean awardRound = event.awardRound().id().equals(round.id());
            AwardQuota quota = null;
            if (awardRound) {
                quota = Awards.quota(event.awards(), ok.size());
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
            result = new RoundResult(event, round, rows, awardRound, quota);
        }

        /** Finishes an OK entry's OK attempts against {@link #best} and picks its counting attempt. */
        private void finishEntry(int decimals, Entry e) {
            e.attempts = null;
            List<AttemptScorer.Draft> ok = new ArrayList<>();
            for (AttemptScorer.Draft d : e.drafts) {
                if (d.status == Status.OK) {
                    AttemptScorer.finish(event, decimals, d, best, e.theoryScore);
                    ok.add(d);
                }
            }
            // Section 14: the OK attempt with the highest total; ties by the tie-break keys, then the earlier attempt.
            e.counting = Ranking.tiedGroups(ok, d -> ScoringEngine.values(d, e.theoryScore), event.tieBreak()).get(0).get(0);
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

    /** Section 14 (and 2 for one attempt): a recorded whole-entry status, else from the attempts. */
    static Status entryStatus(Status recorded, List<AttemptScorer.Draft> drafts) {
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
        if (e.attempts == null) {
            List<AttemptResult> attempts = new ArrayList<>(e.drafts.size());
            EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
            for (AttemptScorer.Draft d : e.drafts) {
                attempts.add(d.result(decimals));
                flags.addAll(d.flags);
            }
            e.attempts = List.copyOf(attempts);
            e.flags = List.copyOf(flags);
        }
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
