package org.podium.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@link FactTable#truncate}: a reader gives up on a file, or reads it again, and keeps nothing of it (issue 17). */
class FactTableTruncateTest {
    private static Fact mark(String bib, String value, int line) {
        return Fact.mark("e", "r", bib, "J1", "C1", new BigDecimal(value), null, new Origin("f.csv", line));
    }

    @Test
    void dropsTheFactsFromAPositionOnAsIfNeverAppended() {
        FactTable t = new FactTable();
        t.append(mark("1", "1.5", 1));
        t.append(mark("2", "123456789012345678901234567890", 2)); // kept whole, beside the columns
        t.append(mark("3", "2", 3));
        t.withdraw(2);
        t.truncate(1);
        assertThat(t).containsExactly(mark("1", "1.5", 1));
        assertThat(t.positions()).isEqualTo(1);
        t.append(mark("4", "7.25", 9));
        t.append(mark("5", "3", 10));
        assertThat(t).containsExactly(mark("1", "1.5", 1), mark("4", "7.25", 9), mark("5", "3", 10)); // none withdrawn
    }

    @Test
    void neverDropsWhatAFrozenCopyHolds() {
        FactTable t = new FactTable();
        t.append(mark("1", "1", 1));
        t.append(mark("2", "2", 2));
        FactTable frozen = t.freeze();
        t.append(mark("3", "3", 3));
        t.truncate(2);
        assertThatThrownBy(() -> t.truncate(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> frozen.truncate(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> t.truncate(3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(frozen).containsExactly(mark("1", "1", 1), mark("2", "2", 2));
    }
}
