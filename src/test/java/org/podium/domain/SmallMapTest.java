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
}
