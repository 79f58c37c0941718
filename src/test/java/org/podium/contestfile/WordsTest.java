package org.podium.contestfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void distanceCountsASwapAsOneEdit() {
        assertThat(Words.distance("agregate", "aggregate")).isEqualTo(1);
        assertThat(Words.distance("zeor", "zero")).isEqualTo(1);
        assertThat(Words.distance("abc", "abc")).isZero();
        assertThat(Words.distance("", "abc")).isEqualTo(3);
        assertThat(Words.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void suggestsOnlyCloseWords() {
        List<String> keys = List.of("aggregate", "required", "limit");
        assertThat(Words.closest("agregate", keys)).isEqualTo("aggregate");
        assertThat(Words.closest("REQUIRED", keys)).isEqualTo("required");
        assertThat(Words.closest("colour", keys)).isNull();
        assertThat(Words.closest("", keys)).isNull();
        assertThat(Words.hint("limt", keys, "allowed")).isEqualTo(" (did you mean 'limit'? allowed: aggregate, required, limit)");
        assertThat(Words.hint("x", List.of(), "codes")).isEqualTo(" (codes: none)");
    }

    @Test
    void decimalsAreExactAndNormalised() {
        assertThat(Words.decimal("38.50")).isEqualTo(new BigDecimal("38.50"));
        assertThat(Words.decimal(" ３８．５ ")).isEqualTo(new BigDecimal("38.5"));
        assertThat(Words.decimal("38,5")).isEqualTo(new BigDecimal("38.5"));
        assertThat(Words.decimal("+2")).isEqualTo(new BigDecimal("2"));
        assertThat(Words.decimal("-0.4")).isEqualTo(new BigDecimal("-0.4"));
        assertThat(Words.decimal("1e3")).isNull();
        assertThat(Words.decimal(".5")).isNull();
        assertThat(Words.decimal("5.")).isNull();
        assertThat(Words.decimal("")).isNull();
    }

    @Test
    void wholeNumbers() {
        assertThat(Words.whole("０７")).isEqualTo(7);
        assertThat(Words.whole("-1")).isEqualTo(-1);
        assertThat(Words.whole("2.0")).isNull();
        assertThat(Words.whole("99999999999")).isNull();
        assertThat(Words.whole("abc")).isNull();
    }
}
