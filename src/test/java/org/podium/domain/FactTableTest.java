package org.podium.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactTableTest {
    private static final List<Fact> FACTS = List.of(
            Fact.time("e", "final", "12", "T1", 61_234, null, new Origin("scores.csv", 2)),
            Fact.lap("e", "final", "12", "T2", 3, 20_001, 2, new Origin("scores.csv", 3)),
            Fact.mark("e", "final", "12", "J1", "C1", new BigDecimal("17.50"), null, Origin.NONE),
            Fact.mark("e", "final", "13", "J1", "C1", new BigDecimal("123456789012345678901234.5"), 1, Origin.NONE),
            Fact.mark("e", "final", "13", "J2", "C1", new BigDecimal("1E+200"), 1, Origin.NONE),
            Fact.mark("e", "final", "13", "J3", "C1", new BigDecimal("-0.000"), 1, Origin.NONE),
            Fact.penalty("e", "final", "12", null, "P1", 0, null, new Origin("a b.csv", 9)),
            Fact.status("e", "heats", "14", null, Status.DNF, 3, new Origin("x", 0)),
            Fact.theory("e", "12", new BigDecimal("88.5"), new Origin("theory.csv", 4)));

    @Test
    void everyFactComesBackAsItWasAppendedScaleIncluded() {
        FactTable t = FactTable.of(FACTS);
        assertThat(new ArrayList<>(t)).isEqualTo(FACTS);
        assertThat(t.amount(2).scale()).isEqualTo(2);
        assertThat(t.amount(5).toString()).isEqualTo("0.000");
        assertThat(t.bib(0)).isSameAs(t.bib(1));
        assertThat(t.round(8)).isNull();
        assertThat(t.official(6)).isNull();
        assertThat(t.attemptGiven(0)).isZero();
        assertThat(t.attemptOrFirst(0)).isEqualTo(1);
    }

    @Test
    void aWithdrawnFactLeavesTheListButKeepsItsPosition() {
        FactTable t = FactTable.of(FACTS);
        t.withdraw(1);
        t.withdraw(1);
        t.withdraw(7);
        FactTable frozen = t.freeze();
        List<Fact> expected = new ArrayList<>(FACTS);
        expected.remove(7);
        expected.remove(1);
        assertThat(new ArrayList<>(frozen)).isEqualTo(expected);
        assertThat(frozen.positions()).isEqualTo(FACTS.size());
        assertThat(frozen.isCurrent(1)).isFalse();
        assertThat(frozen.fact(1)).isEqualTo(FACTS.get(1));
        assertThat(frozen.withdrawnCount()).isEqualTo(2);
        assertThat(List.of(frozen.withdrawal(0), frozen.withdrawal(1))).containsExactly(1, 7);
    }

    @Test
    void aFrozenCopyStaysAsItWasWhileTheTableGrowsAcrossChunks() {
        FactTable t = new FactTable();
        for (int i = 1; i <= 10; i++) {
            t.append(Fact.time("e", "final", Integer.toString(i), "T1", i, null, Origin.NONE));
        }
        FactTable frozen = t.freeze();
        for (int i = 11; i <= 40_000; i++) {
            t.append(Fact.time("e", "final", Integer.toString(i), "T1", i, null, new Origin("f", i)));
        }
        t.withdraw(3);
        assertThat(frozen).hasSize(10);
        assertThat(frozen.isCurrent(3)).isTrue();
        assertThat(frozen.get(9).bib()).isEqualTo("10");
        assertThat(t).hasSize(39_999);
        assertThat(t.fact(39_999)).isEqualTo(Fact.time("e", "final", "40000", "T1", 40_000, null, new Origin("f", 40_000)));
        assertThat(t.sameTable(frozen)).isTrue();
        assertThat(t.sameTable(new FactTable())).isFalse();
        assertThatThrownBy(() -> frozen.append(FACTS.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void manyNamesAreInternedOnceEachAndTheAmountsOfSharedMarksStayTheirs() {
        // 100,000 bibs (the names' table grows many times), each appended twice as an equal but other instance, and
        // between them marks that share one BigDecimal instance and marks that do not
        FactTable t = new FactTable();
        BigDecimal shared = new BigDecimal("17.50");
        List<Fact> appended = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            String bib = Integer.toString(i);
            BigDecimal own = BigDecimal.valueOf(i, i % 3);
            appended.add(Fact.mark("e", "final", bib, "J1", "C1", shared, null, Origin.NONE));
            appended.add(Fact.mark("e", "final", new String(bib.toCharArray()), "J2", "C1", own, null, Origin.NONE));
        }
        appended.forEach(t::append);
        assertThat(new ArrayList<>(t)).isEqualTo(appended);
        for (int p = 0; p < t.positions(); p += 2) {
            assertThat(t.bibId(p + 1)).isEqualTo(t.bibId(p));
            assertThat(t.bib(p + 1)).isSameAs(t.bib(p));
            assertThat(t.amount(p)).isEqualTo(shared);
            assertThat(t.amount(p + 1).scale()).isEqualTo((p / 2) % 3);
        }
        assertThat(t.bibId(199_998)).isNotEqualTo(t.bibId(0));
    }
}
