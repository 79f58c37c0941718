package org.podium.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.podium.domain.ContestResult;
import org.podium.domain.Fact;
import org.podium.domain.RoundStage;
import org.podium.exchange.Publication;
import org.podium.store.ContestStore;
import org.podium.store.JournalRow;
import org.podium.store.Seal;

/**
 * The one current-results snapshot of an opened contest (issue 13): the journal as read at one moment, the facts the
 * engine scores (theory.csv, then the database's current facts) and the engine's results of them, computed once per
 * state of the journal and shared by the head table, the projector board, the exports and the entry stations' list of
 * who has an entry in a later round. {@link #snapshot()} asks the store for its last row id (one indexed query) and
 * hands back the snapshot it holds while that id has not moved; when it moved, it reads the journal and the facts and
 * scores them again, once for every caller waiting.
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
            journal = List.copyOf(journal);
            facts = List.copyOf(facts);
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

    private static final int READS = 3;

    private final List<Fact> theoryFacts;
    private final ContestStore store;
    private final Function<List<Fact>, ContestResult> engine;
    private final Object computing = new Object();
    private final AtomicInteger computed = new AtomicInteger();
    private volatile Snapshot latest;

    /**
     * @param theoryFacts the folder's theory.csv facts, scored before the database's
     * @param engine      the scoring of a list of facts (the engine over the contest)
     */
    public CurrentResults(List<Fact> theoryFacts, ContestStore store, Function<List<Fact>, ContestResult> engine) {
        this.theoryFacts = List.copyOf(theoryFacts);
        this.store = Objects.requireNonNull(store, "store");
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * The results as the journal stands now: the snapshot held while the journal's last row id has not moved, else a
     * new one (read and scored on the calling thread). Blocking: call it on an executor, never the FX thread.
     */
    public Snapshot snapshot() {
        Snapshot held = latest;
        if (held != null && held.asOf() == store.lastRowId()) {
            return held;
        }
        synchronized (computing) {
            held = latest;
            long last = store.lastRowId();
            if (held != null && held.asOf() == last) {
                return held; // another caller computed it meanwhile
            }
            Snapshot fresh = read();
            latest = fresh;
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
     * Reads the journal and the current facts, and scores them. The two reads are separate calls of the store, so a
     * row appended between them is caught by reading its last row id again: read again (a few times at most), else
     * the snapshot is dated by the journal read, and the next call finds the id moved and computes again.
     */
    private Snapshot read() {
        List<JournalRow> journal = List.of();
        List<Fact> current = List.of();
        for (int i = 0; i < READS; i++) {
            journal = store.journal();
            current = store.currentFacts();
            if (store.lastRowId() == lastId(journal)) {
                break;
            }
        }
        List<Fact> facts = new ArrayList<>(theoryFacts.size() + current.size());
        facts.addAll(theoryFacts);
        facts.addAll(current);
        ContestResult result = engine.apply(facts);
        computed.incrementAndGet();
        return new Snapshot(lastId(journal), journal, facts, result);
    }

    private static long lastId(List<JournalRow> journal) {
        return journal.isEmpty() ? 0 : journal.get(journal.size() - 1).id();
    }
}
