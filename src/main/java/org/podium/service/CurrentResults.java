package org.podium.service;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.podium.domain.ContestResult;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.domain.FactTable;
import org.podium.domain.RoundStage;
import org.podium.exchange.Publication;
import org.podium.scoring.LiveScoring;
import org.podium.store.ContestStore;
import org.podium.store.JournalRow;
import org.podium.store.RowIndex;
import org.podium.store.Seal;

/**
 * The one current-results snapshot of an opened contest (issue 13): the journal as read at one moment, the facts the
 * engine scores (theory.csv, then the database's current facts) and the engine's results of them, computed once per
 * state of the journal and shared by the head table, the projector board, the exports and the entry stations' list of
 * who has an entry in a later round. {@link #snapshot()} asks the store for its last row id (one indexed query) and
 * hands back the snapshot it holds while that id has not moved; when it moved, it reads only the journal's rows after
 * the snapshot's last id, derives the current facts from the held ones (a correction or withdrawal supersedes an
 * earlier fact) and scores them again, once for every caller waiting.
 *
 * <p>Scoring holds no lock of the store: the store is read (each read one short synchronized call), then the engine
 * runs on the calling thread with the store free, so a station's save never waits behind a rescore (the app computes
 * the snapshot on its own results thread, never on the store's). Thread-safe.
 */
public final class CurrentResults {
    /**
     * The contest's results as the journal stood at {@code asOf}.
     *
     * @param asOf    the id of the journal's last row read (0 for an empty journal)
     * @param journal every row of the journal up to {@code asOf}, in recording order
     * @param facts   what the engine scored: theory.csv's facts, then the database's current facts in recording order
     * @param result  the engine's results of {@code facts}
     */
    public record Snapshot(long asOf, List<JournalRow> journal, List<Fact> facts, ContestResult result) {
        public Snapshot {
            // the rows as read so far, shared with later snapshots (a journal of millions of rows is not copied at each
            // change)
            journal = journal instanceof JournalLog.Upto ? journal : List.copyOf(journal);
            // a frozen fact table is read only already (and 3.6 million facts are not copied one by one)
            facts = facts instanceof FactTable t ? t.freeze() : List.copyOf(facts);
        }

        /** The rounds published now, each with its publish row's seal, as the exporters print them. */
        public Publication publication() {
            Map<String, String> seals = new java.util.LinkedHashMap<>();
            Seal.ofPublishedRounds(journal).forEach((round, seal) -> seals.put(round, seal.toString()));
            return new Publication(true, seals);
        }

        /** The lock stage of one round ({@link RoundStage#after} over its lock events). */
        public RoundStage stage(String eventId, String roundId) {
            RoundStage stage = RoundStage.OPEN;
            for (JournalRow row : journal) {
                if (row.bib() == null && eventId.equals(row.event()) && roundId.equals(row.round())) {
                    stage = stage.after(row.kind(), row.id());
                }
            }
            return stage;
        }
    }

    private final List<Fact> theoryFacts;
    private final ContestStore store;
    private final Function<FactTable, ContestResult> engine;
    private final Object computing = new Object();
    private final AtomicInteger computed = new AtomicInteger();
    private volatile Snapshot latest;
    /**
     * The venue server's session the snapshot was read under (docs/venue-server.md: the server hands each official only
     * what they may see): another official logged in at the station, and everything is read again.
     */
    private volatile String readAs;
    /**
     * The facts scored (theory.csv's, then each current row's as the store checked it, in recording order; a fact
     * superseded or withdrawn is withdrawn from the table), and the position of each current row's fact in it.
     */
    private FactTable table = new FactTable();
    private RowIndex positions = new RowIndex();
    /** Every row of the journal read, in id order; each snapshot sees those up to its own. */
    private JournalLog journal = new JournalLog();

    /**
     * The engine kept warm over the contest (issue 17): each new state of the journal scores again only the rounds, and
     * within them the entries, whose facts changed.
     *
     * @param theoryFacts the folder's theory.csv facts, scored before the database's
     */
    public CurrentResults(Contest contest, List<Fact> theoryFacts, ContestStore store) {
        this(theoryFacts, store, new LiveScoring(contest)::score);
    }

    /**
     * @param theoryFacts the folder's theory.csv facts, scored before the database's
     * @param engine      the scoring of the current facts (the engine over the contest); called under this object's
     *                    lock, one call at a time
     */
    public CurrentResults(List<Fact> theoryFacts, ContestStore store, Function<? super FactTable, ContestResult> engine) {
        this.theoryFacts = List.copyOf(theoryFacts);
        this.store = Objects.requireNonNull(store, "store");
        Objects.requireNonNull(engine, "engine");
        this.engine = engine::apply;
    }

    /**
     * The results as the journal stands now: the snapshot held while the journal's last row id has not moved, else a
     * new one (read and scored on the calling thread). Blocking: call it on an executor, never the FX thread.
     */
    public Snapshot snapshot() {
        String session = store.sessionToken();
        Snapshot held = java.util.Objects.equals(session, readAs) ? latest : null;
        if (held != null && held.asOf() == store.lastRowId()) {
            return held;
        }
        synchronized (computing) {
            held = java.util.Objects.equals(session, readAs) ? latest : null;
            long last = store.lastRowId();
            if (held != null && held.asOf() == last) {
                return held; // another caller computed it meanwhile
            }
            Snapshot fresh = held == null ? null : readAfter(held);
            if (fresh == null) {
                fresh = read();
            }
            latest = fresh;
            readAs = session;
            return fresh;
        }
    }

    /** The snapshot last computed, without asking the store (null before the first); for tests and diagnostics. */
    public Snapshot held() {
        return latest;
    }

    /** How many times the results were computed (each time the journal moved and someone asked). */
    public int computations() {
        return computed.get();
    }

    /**
     * Reads only the journal's rows after the snapshot held (at each notification: the rows a station just sent, not
     * every current fact again) and derives the current facts from the held ones as the store does from the whole
     * journal (docs/store.md): a fact is current until a later row supersedes it (a correction) or withdraws it. Null
     * when the rows do not follow on (a server restored from an older snapshot): then everything is read again.
     */
    private Snapshot readAfter(Snapshot held) {
        List<JournalRow> after = store.journalAfter(held.asOf());
        long expected = held.asOf() + 1;
        for (JournalRow row : after) {
            if (row.id() != expected++) {
                return null;
            }
        }
        if (after.isEmpty() || journal.size() != held.journal().size()) {
            return null;
        }
        fold(after);
        return scored();
    }

    /**
     * Reads the whole journal (the first reading, or after the journal went back) and derives its current facts from
     * exactly those rows: one read, so no row appended meanwhile can make the two disagree.
     */
    private Snapshot read() {
        List<JournalRow> rows = store.journal();
        table = new FactTable();
        positions = new RowIndex();
        journal = new JournalLog();
        for (Fact f : theoryFacts) {
            table.append(f);
        }
        fold(rows);
        return scored();
    }

    /**
     * The rows' facts into the table: each fact row's fact appended (as the store checked it), and the fact a row
     * supersedes or withdraws withdrawn.
     */
    private void fold(List<JournalRow> rows) {
        for (JournalRow row : rows) {
            journal.add(row);
            if (row.factKind() == null) {
                if (WITHDRAW.equals(row.kind()) && row.supersedes() != null) {
                    withdraw(row.supersedes());
                }
                continue;
            }
            positions.add(row.id(), table.append(store.factOf(row)));
            if (row.supersedes() != null) {
                withdraw(row.supersedes());
            }
        }
    }

    private void withdraw(long rowId) {
        int p = positions.positionOf(rowId);
        if (p >= 0) {
            table.withdraw(p); // once: a fact withdrawn already stays so
        }
    }

    /** The journal kind of a withdrawal (docs/store.md). */
    private static final String WITHDRAW = "withdraw";

    /** Scores the current facts (theory.csv's, then the current rows' facts). */
    private Snapshot scored() {
        FactTable facts = table.freeze();
        List<JournalRow> rows = journal.upto();
        ContestResult result = engine.apply(facts);
        computed.incrementAndGet();
        return new Snapshot(rows.isEmpty() ? 0 : rows.get(rows.size() - 1).id(), rows, facts, result);
    }
}
