package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.podium.domain.Fact;
import org.podium.domain.FactTable;
import org.podium.domain.Origin;
import org.podium.domain.Status;

/**
 * The journal read as it streams (issue 17: {@link ContestStore#currentFacts}, {@link ContestStore#currentFactsInto},
 * {@link ContestStore#verify}, {@link ContestStore#checkSeal}) gives what reading the whole journal as a list gave: the
 * same current facts, every field and in order (corrections and withdrawals applied), and the same verdicts on a chain
 * with a rewritten, a deleted or a reordered row, and on seals that hold, were rewritten or were superseded.
 */
class StreamedReadTest extends StoreContract {
    private static final String[] TIMEKEEPERS = {"T1", "T2", "T3"};
    private static final String[] JUDGES = {"J1", "J2", "J3", "J4", "J5"};

    /**
     * The current facts as they were read before issue 17: the whole journal as a list, the latest fact of each key
     * (a correction or a withdrawal takes out the row it names), each checked as the store checks a row.
     */
    private static List<Fact> readWhole(ContestStore store) {
        Map<Long, JournalRow> current = new LinkedHashMap<>();
        for (JournalRow row : store.journal()) {
            if (row.factKind() == null) {
                if ("withdraw".equals(row.kind()) && row.supersedes() != null) {
                    current.remove(row.supersedes());
                }
                continue;
            }
            current.put(row.id(), row);
            if (row.supersedes() != null) {
                current.remove(row.supersedes());
            }
        }
        List<Fact> facts = new ArrayList<>();
        for (JournalRow row : current.values()) {
            facts.add(store.factOf(row));
        }
        return facts;
    }

    /** A journal of random facts, corrections and withdrawals, recorded at the head table by the chief. */
    private static void record(ContestStore store, long seed, int steps) throws RecordingRefused {
        Random random = new Random(seed);
        List<Fact> recorded = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            int what = random.nextInt(10);
            if (what < 2 && !recorded.isEmpty()) { // a correction: the same key, another value
                Fact old = recorded.get(random.nextInt(recorded.size()));
                Fact fresh = again(old, random);
                store.record("C", "head", fresh, "corrected " + i);
                recorded.add(fresh);
            } else if (what == 2 && !recorded.isEmpty()) {
                Fact key = recorded.get(random.nextInt(recorded.size()));
                try {
                    store.withdraw("C", "head", key, "withdrawn " + i);
                } catch (RecordingRefused nothingCurrent) {
                    // withdrawn already: nothing to take back
                }
            } else {
                Fact f = fresh(random);
                store.record("C", "head", f, null);
                recorded.add(f);
            }
        }
    }

    private static String bib(Random random) {
        return Integer.toString(101 + random.nextInt(40));
    }

    private static Fact fresh(Random random) {
        String bib = bib(random);
        return switch (random.nextInt(5)) {
            case 0, 1 -> Fact.time("stand", "final", bib, TIMEKEEPERS[random.nextInt(3)], 40_000 + 10L * random.nextInt(9_000),
                    null, Origin.NONE);
            case 2 -> Fact.mark("stand", "final", bib, JUDGES[random.nextInt(5)], random.nextBoolean() ? "C1" : "C2",
                    BigDecimal.valueOf(random.nextInt(60), 1).multiply(BigDecimal.valueOf(5)), null, Origin.NONE);
            case 3 -> Fact.penalty("stand", "final", bib, JUDGES[random.nextInt(5)], random.nextBoolean() ? "P1" : "P2",
                    random.nextInt(3), null, Origin.NONE);
            default -> Fact.status("stand", "final", bib, null, random.nextBoolean() ? Status.DNS : Status.DNF, null,
                    Origin.NONE);
        };
    }

    /** A fact of {@code old}'s key with another value. */
    private static Fact again(Fact old, Random random) {
        return switch (old.kind()) {
            case TIME -> Fact.time(old.event(), old.round(), old.bib(), old.official(), old.millis() + 10L * (1 + random.nextInt(50)),
                    null, Origin.NONE);
            case MARK -> Fact.mark(old.event(), old.round(), old.bib(), old.official(), old.item(),
                    BigDecimal.valueOf(random.nextInt(50), 0).divide(BigDecimal.valueOf(2)), null, Origin.NONE);
            case PENALTY -> Fact.penalty(old.event(), old.round(), old.bib(), old.official(), old.item(), random.nextInt(4), null,
                    Origin.NONE);
            default -> Fact.status(old.event(), old.round(), old.bib(), null,
                    old.status() == Status.DNS ? Status.DNF : Status.DNS, null, Origin.NONE);
        };
    }

    /** The facts read into a table after one fact already there, as rank --db reads them after theory.csv's. */
    private static List<Fact> readAfterTheory(ContestStore store, Verification[] verdict) {
        FactTable table = new FactTable();
        table.append(Fact.theory("stand", "101", new BigDecimal("80"), new Origin("theory.csv", 2)));
        verdict[0] = store.currentFactsInto(table);
        assertThat(table.get(0).origin().file()).isEqualTo("theory.csv");
        return table.subList(1, table.size());
    }

    /** Every streamed read against the whole journal read as a list. */
    private static void assertSameAsWholeReads(ContestStore store) {
        List<Fact> whole = readWhole(store);
        assertThat(store.currentFacts()).containsExactlyElementsOf(whole);
        Verification[] verdict = new Verification[1];
        assertThat(readAfterTheory(store, verdict)).containsExactlyElementsOf(whole);
        Verification chain = Chain.verify(store.journal());
        Verification v = store.verify();
        assertThat(verdict[0]).isEqualTo(v);
        assertThat(v.rows()).isEqualTo(chain.rows());
        assertThat(v.firstAltered()).isEqualTo(chain.firstAltered());
        assertThat(v.seal()).isEqualTo(chain.seal());
        assertThat(v.problems()).startsWith(chain.problems().toArray(new String[0]));
    }

    /** Plain SQL on the journal behind the store's back, with its guards out of the way for it and then as they were. */
    private void tamper(Path folder, String... statements) throws SQLException {
        if (engine == Engine.SQLITE) {
            new Forger(folder.resolve("contest.db")).unguarded(statements);
            return;
        }
        try (Connection c = engine.connect(folder); Statement st = c.createStatement()) {
            st.executeUpdate("ALTER TABLE fact DISABLE TRIGGER ALL");
            for (String sql : statements) {
                st.executeUpdate(sql);
            }
            st.executeUpdate("ALTER TABLE fact ENABLE TRIGGER ALL");
        }
    }

    /** The id of a fact row of the journal's middle that no later row names (neither corrected nor withdrawn). */
    private static long untouchedFactRow(ContestStore store) {
        List<JournalRow> rows = store.journal();
        java.util.Set<Long> named = new java.util.HashSet<>();
        rows.forEach(r -> {
            if (r.supersedes() != null) {
                named.add(r.supersedes());
            }
        });
        for (int i = rows.size() / 2; i < rows.size(); i++) {
            if (rows.get(i).factKind() != null && !named.contains(rows.get(i).id())) {
                return rows.get(i).id();
            }
        }
        throw new IllegalStateException("no untouched fact row");
    }

    @Test
    void generatedJournalsWithCorrectionsAndWithdrawalsReadAsTheWholeJournalRead() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            Path folder = dir.resolve("journal-" + seed);
            java.nio.file.Files.createDirectories(folder);
            try (ContestStore store = engine.store(folder)) {
                record(store, seed, 150);
                List<JournalRow> rows = store.journal();
                assertThat(rows).anyMatch(r -> r.supersedes() != null && r.factKind() != null); // corrections
                assertThat(rows).anyMatch(r -> "withdraw".equals(r.kind())); // withdrawals
                assertThat(store.currentFacts().size()).isLessThan((int) rows.stream().filter(r -> r.factKind() != null).count());
                assertSameAsWholeReads(store);
                assertThat(store.verify().ok()).isTrue();
            }
        }
    }

    @Test
    void aRewrittenADeletedAndAReorderedRowAreNamedAsTheWholeJournalNamedThem() throws Exception {
        try (ContestStore store = engine.store(dir)) {
            record(store, 7, 120);
            long rewritten = untouchedFactRow(store);
            tamper(dir, "UPDATE fact SET station = 'elsewhere' WHERE id = " + rewritten);
            assertSameAsWholeReads(store);
            assertThat(store.verify().firstAltered()).isEqualTo(rewritten);
            assertThat(store.verify().problem()).startsWith("row " + rewritten + " ");
        }
        Path deleted = dir.resolve("deleted");
        java.nio.file.Files.createDirectories(deleted);
        try (ContestStore store = engine.store(deleted)) {
            record(store, 8, 120);
            long gone = untouchedFactRow(store);
            tamper(deleted, "DELETE FROM fact WHERE id = " + gone);
            assertSameAsWholeReads(store);
            assertThat(store.verify().firstAltered()).isEqualTo(gone + 1);
            assertThat(store.currentFacts()).noneMatch(f -> f.origin().line() == gone);
        }
        Path reordered = dir.resolve("reordered");
        java.nio.file.Files.createDirectories(reordered);
        try (ContestStore store = engine.store(reordered)) {
            record(store, 9, 120);
            long a = untouchedFactRow(store);
            long b = a + 1;
            tamper(reordered, "UPDATE fact SET id = 900000 WHERE id = " + a, "UPDATE fact SET id = " + a + " WHERE id = " + b,
                    "UPDATE fact SET id = " + b + " WHERE id = 900000");
            assertSameAsWholeReads(store);
            assertThat(store.verify().firstAltered()).isEqualTo(a);
        }
    }

    @Test
    void aRefusedRowIsAnErrorOnlyWhileItIsCurrentAsBefore() throws Exception {
        try (ContestStore store = engine.store(dir)) {
            long superseded = store.record("C", "head", Fact.mark("stand", "final", "101", "J1", "C1", new BigDecimal("20"),
                    null, Origin.NONE), null);
            store.record("C", "head", Fact.mark("stand", "final", "101", "J1", "C1", new BigDecimal("21"), null, Origin.NONE),
                    "corrected");
            long current = store.record("C", "head", Fact.mark("stand", "final", "102", "J1", "C1", new BigDecimal("22"),
                    null, Origin.NONE), null);
            tamper(dir, "UPDATE fact SET value = '999' WHERE id = " + superseded);
            assertSameAsWholeReads(store); // a refused row a later correction replaced is no error

            tamper(dir, "UPDATE fact SET value = '998' WHERE id = " + current, "UPDATE fact SET value = 'x' WHERE id = "
                    + (current - 1));
            String expected = null;
            try {
                readWhole(store);
            } catch (StoreException e) {
                expected = e.getMessage();
            }
            assertThat(expected).contains("row " + (current - 1));
            assertThatThrownBy(store::currentFacts).isInstanceOf(StoreException.class).hasMessage(expected);
            assertThatThrownBy(() -> store.currentFactsInto(new FactTable())).isInstanceOf(StoreException.class)
                    .hasMessage(expected);
        }
    }

    @Test
    void sealsHoldOrNotAsAgainstTheWholeJournal() throws Exception {
        try (ContestStore store = engine.store(dir)) {
            record(store, 11, 40);
            store.lockRound("C", "head", "stand", "final", null);
            long published = store.publishRound("C", "head", "stand", "final");
            List<Seal> seals = new ArrayList<>();
            for (JournalRow row : store.journal()) {
                seals.add(Seal.of(row));
            }
            Seal first = Seal.of(store.journal().get(0));
            seals.add(new Seal(first.row(), first.hash().startsWith("0") ? "1111" : "0000")); // a damaged seal
            seals.add(new Seal(store.lastRowId() + 5, "abcd")); // beyond the journal
            assertSameSeals(store, seals, published, SealCheck.Outcome.HOLDS);

            store.unlockRound("C", "head", "stand", "final", "a time typed wrong");
            assertSameSeals(store, seals, published, SealCheck.Outcome.SUPERSEDED);
            store.lockRound("C", "head", "stand", "final", "again");
            long again = store.publishRound("C", "head", "stand", "final");
            assertSameSeals(store, seals, published, SealCheck.Outcome.SUPERSEDED);
            assertThat(store.checkSeal(seals.get((int) published - 1)).republished().row()).isEqualTo(again);

            tamper(dir, "UPDATE fact SET hash = '" + "0".repeat(64) + "' WHERE id = " + published);
            assertSameSeals(store, seals, published, SealCheck.Outcome.REWRITTEN);
        }
    }

    private static void assertSameSeals(ContestStore store, List<Seal> seals, long published, SealCheck.Outcome ofPublish) {
        List<JournalRow> whole = store.journal();
        for (Seal seal : seals) {
            assertThat(store.checkSeal(seal)).as(seal.toString()).isEqualTo(SealCheck.of(whole, seal));
        }
        assertThat(store.checkSeal(seals.get((int) published - 1)).outcome()).isEqualTo(ofPublish);
        assertThat(store.checkSeal(seals.get(seals.size() - 2)).outcome()).isEqualTo(SealCheck.Outcome.REWRITTEN);
        assertThat(store.checkSeal(seals.get(seals.size() - 1)).outcome()).isEqualTo(SealCheck.Outcome.REWRITTEN);
    }
}
