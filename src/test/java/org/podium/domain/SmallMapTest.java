package org.podium.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallMapTest {
    @Test
    void keepsTheOrderAndEqualsTheMapItWasMadeFrom() {
        Map<String, Long> times = new LinkedHashMap<>();
        times.put("T3", 61_000L);
        times.put("T1", null);
        times.put("T2", 60_990L);
        Map<String, Long> small = SmallMap.copyOf(times);
        assertThat(small).isEqualTo(times).hasSameHashCodeAs(times);
        assertThat(times).isEqualTo(small);
        assertThat(small.toString()).isEqualTo(times.toString()).isEqualTo("{T3=61000, T1=null, T2=60990}");
        assertThat(small.keySet()).containsExactly("T3", "T1", "T2");
        assertThat(small.get("T2")).isEqualTo(60_990L);
        assertThat(small.get("T9")).isNull();
        assertThat(small.containsKey("T1")).isTrue();
        assertThat(small.containsKey("T9")).isFalse();
        assertThat(SmallMap.copyOf(small)).isSameAs(small);
        assertThat(SmallMap.copyOf(Map.of())).isEmpty();
        assertThatThrownBy(() -> small.put("T4", 1L)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void sharedKeysGiveTheSameMapAsACopyWhateverTheMapHolds() {
        Object[] keys = {"T1", "T2", "T3"};
        Map<String, Long> all = new LinkedHashMap<>();
        all.put("T1", 60_000L);
        all.put("T2", 60_010L);
        all.put("T3", 60_020L);
        Map<String, Long> some = new LinkedHashMap<>(all);
        some.remove("T2");
        Map<String, Long> otherOrder = new LinkedHashMap<>();
        otherOrder.put("T3", 1L);
        otherOrder.put("T1", 2L);
        otherOrder.put("T2", 3L);
        Map<String, Long> again = new LinkedHashMap<>(); // a key put again: its first place, its last value
        again.put("T2", 5L);
        again.put("T1", 6L);
        again.put("T2", 7L);
        for (Map<String, Long> m : java.util.List.of(all, some, otherOrder, again, Map.<String, Long>of())) {
            SmallMap.Builder<String, Long> b = new SmallMap.Builder<>(1);
            m.forEach(b::put);
            if (m == again) {
                b = new SmallMap.Builder<>(1);
                b.put("T2", 5L);
                b.put("T1", 6L);
                b.put("T2", 7L);
            }
            Map<String, Long> small = b.build(keys);
            assertThat(small).isEqualTo(m).isEqualTo(SmallMap.copyOf(m)).hasSameHashCodeAs(m);
            assertThat(small.keySet()).containsExactlyElementsOf(m.keySet());
            assertThat(small.toString()).isEqualTo(m.toString());
        }
        assertThat(keys).containsExactly("T1", "T2", "T3"); // never changed
    }

    @Test
    void anArrayViewIsAReadOnlyListOfItsArray() {
        java.math.BigDecimal[] marks = {new java.math.BigDecimal("8.5"), null, java.math.BigDecimal.TEN};
        java.util.List<java.math.BigDecimal> view = ArrayView.of(marks);
        java.util.List<java.math.BigDecimal> list = java.util.Arrays.asList(marks.clone());
        assertThat(view).isEqualTo(list).hasSameHashCodeAs(list).hasSize(3);
        assertThat(view.get(1)).isNull();
        assertThat(view.toString()).isEqualTo("[8.5, null, 10]");
        assertThatThrownBy(() -> view.set(0, java.math.BigDecimal.ONE)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> view.add(java.math.BigDecimal.ONE)).isInstanceOf(UnsupportedOperationException.class);
    }
}
