package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.ContestResult;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.exchange.ExportInput;
import org.podium.scoring.ScoringEngine;
import org.podium.store.SqliteContestStore;

/**
 * The one current-results snapshot (issue 13): computed once per state of the journal and shared by the head table's
 * report, the exports and the entrants of a later round; computed again when a row is added; and a save never waits
 * behind its scoring.
 */
class CurrentResultsTest {
    @TempDir
    Path dir;
    private ContestFolder folder;
    private SqliteContestStore store;
    private ResultsService results;

    @BeforeEach
    void open() throws Exception {
        folder = ContestFolder.load(FireSafety.folder(dir.resolve("fire-safety")));
        store = FireSafety.store(folder);
        results = new ResultsService(folder.contest(), folder.theoryFacts(), store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theSnapshotIsSharedUntilARowIsAddedThenComputedAgain() throws Exception {
        CurrentResults current = results.current();
        CurrentResults.Snapshot first = current.snapshot();
        assertThat(first.asOf()).isEqualTo(store.lastRowId());
        // The head table (twice), the board's round, the exports and the final's entrants: one computation.
        RoundControl head = new RoundControl(results);
        head.report("C", "hose", "prelim");
        head.report("C", "hose", "prelim");
        ExportInput input = results.exportInput(folder.dir());
        results.entrants("hose", "final");
        assertThat(current.snapshot()).isSameAs(first);
        assertThat(input.result()).isSameAs(first.result());
        assertThat(current.computations()).isEqualTo(1);

        long id = new Recording(results).record("T2", "timekeeper",
                Fact.time("hose", "prelim", "6", "T2", 55_010, null, Origin.NONE), null);
        CurrentResults.Snapshot second = current.snapshot();
        assertThat(second).isNotSameAs(first);
        assertThat(second.asOf()).isEqualTo(id);
        assertThat(second.facts()).anyMatch(f -> f.bib().equals("6") && "T2".equals(f.official()) && f.millis() == 55_010);
        assertThat(head.report("C", "hose", "prelim").asOf()).isEqualTo(id);
        assertThat(current.computations()).isEqualTo(2);
        // Its results are the engine's over the same facts, as a fresh scoring gives them.
        assertThat(second.result()).isEqualTo(new ScoringEngine().score(folder.contest(), second.facts()));
    }

    @Test
    void afterTheFirstReadingOnlyTheNewRowsAreReadAndTheCurrentFactsStayExact() throws Exception {
        java.util.concurrent.atomic.AtomicInteger wholeReads = new java.util.concurrent.atomic.AtomicInteger();
        org.podium.store.ContestStore counting = (org.podium.store.ContestStore) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {org.podium.store.ContestStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("journal") || method.getName().equals("currentFacts")) {
                        wholeReads.incrementAndGet();
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        CurrentResults current = new CurrentResults(folder.theoryFacts(), counting,
                facts -> new ScoringEngine().score(folder.contest(), facts));
        current.snapshot();
        assertThat(wholeReads.get()).isEqualTo(1);

        Fact first = Fact.time("hose", "prelim", "6", "T2", 55_010, null, Origin.NONE);
        store.record("T2", "timekeeper", first, null);
        current.snapshot();
        store.record("T2", "timekeeper", Fact.time("hose", "prelim", "6", "T2", 54_990, null, Origin.NONE), "misread");
        current.snapshot(); // a correction supersedes the first time
        store.record("T2", "timekeeper", Fact.time("hose", "prelim", "7", "T2", 61_000, null, Origin.NONE), null);
        store.withdraw("T2", "timekeeper", Fact.time("hose", "prelim", "7", "T2", 61_000, null, Origin.NONE), null);
        CurrentResults.Snapshot incremental = current.snapshot(); // a withdrawal takes a fact out
        assertThat(wholeReads.get()).as("only the rows after the last id read").isEqualTo(1);

        List<Fact> expected = new java.util.ArrayList<>(folder.theoryFacts());
        expected.addAll(store.currentFacts());
        assertThat(incremental.facts()).isEqualTo(expected);
        assertThat(incremental.journal()).isEqualTo(store.journal());
        assertThat(incremental.asOf()).isEqualTo(store.lastRowId());
        assertThat(incremental.result()).isEqualTo(new ScoringEngine().score(folder.contest(), expected));
        assertThat(incremental.facts()).noneMatch(f -> f.bib().equals("7") && "T2".equals(f.official()) && f.millis() == 61_000)
                .anyMatch(f -> f.bib().equals("6") && "T2".equals(f.official()) && f.millis() == 54_990)
                .noneMatch(f -> f.bib().equals("6") && "T2".equals(f.official()) && f.millis() == 55_010);
    }

    @Test
    void aSaveNeverWaitsBehindARescore() throws Exception {
        CountDownLatch scoring = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ScoringEngine engine = new ScoringEngine();
        Function<List<Fact>, ContestResult> slowEngine = facts -> {
            scoring.countDown();
            try {
                release.await(30, TimeUnit.SECONDS); // a rescore that takes as long as the test lets it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return engine.score(folder.contest(), facts);
        };
        CurrentResults current = new CurrentResults(folder.theoryFacts(), store, slowEngine);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<CurrentResults.Snapshot> rescore = reader.submit(current::snapshot);
            assertThat(scoring.await(30, TimeUnit.SECONDS)).isTrue();
            // The rescore is under way: a judge's mark is saved all the same.
            long saved = CompletableFuture.supplyAsync(() -> {
                try {
                    return new JudgeSheets(folder.contest(), store).record("J1", "judge",
                            Fact.mark("hose", "final", "9", "J1", "A1", new BigDecimal("2"), null, Origin.NONE));
                } catch (Refused e) {
                    throw new IllegalStateException(e);
                }
            }).get(30, TimeUnit.SECONDS);
            assertThat(rescore.isDone()).isFalse();
            assertThat(store.lastRowId()).isEqualTo(saved);
            release.countDown();
            CurrentResults.Snapshot old = rescore.get(30, TimeUnit.SECONDS);
            assertThat(old.asOf()).isLessThan(saved);
            assertThat(current.snapshot().asOf()).isEqualTo(saved); // the save moved the journal: computed again
        } finally {
            release.countDown();
            reader.shutdownNow();
        }
    }
}
