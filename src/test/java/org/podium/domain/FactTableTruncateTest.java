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
        t.truncate(1);
        assertThat(t).containsExactly(mark("1", "1.5", 1));
        assertThat(t.positions()).isEqualTo(1);
        t.append(mark("4", "7.25", 9));
        t.append(mark("5", "3", 10));
        assertThat(t).containsExactly(mark("1", "1.5", 1), mark("4", "7.25", 9), mark("5", "3", 10));
        t.truncate(3);
        assertThat(t).hasSize(3);
        t.truncate(0);
        assertThat(t).isEmpty();
    }

    @Test
    void onlyATableBeingFilled() {
        FactTable t = new FactTable();
        t.append(mark("1", "1", 1));
        t.append(mark("2", "2", 2));
        assertThatThrownBy(() -> t.truncate(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.truncate(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.freeze().truncate(1)).isInstanceOf(UnsupportedOperationException.class);
        t.withdraw(1);
        assertThatThrownBy(() -> t.truncate(1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("withdrawn");
        assertThat(t.positions()).isEqualTo(2);
    }
}
