package org.podium.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RosterColumnsTest {
    /** A roster's header names, in a reader's order: Podium's, another column, an alias header (its value gender's). */
    private static final List<String> KEYS = List.of("bib", "name", "unit", "event", "gender", "工号", "性别");
    private final RosterColumns.Layout layout = new RosterColumns.Layout(KEYS, new int[] {0, 1, 2, 3, 4, 5, 4});

    private static Map<String, String> copy(String... values) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < KEYS.size(); i++) {
            m.put(KEYS.get(i), values[i]);
        }
        return Map.copyOf(m);
    }

    @Test
    void isTheMapACopyWasWithItsOrderHashAndText() {
        Map<String, String> columns = layout.of(new String[] {"101", "张伟", "一车间", "stand", "男", "E001"});
        Map<String, String> before = copy("101", "张伟", "一车间", "stand", "男", "E001", "男");
        assertThat(columns).isEqualTo(before).hasSameHashCodeAs(before);
        assertThat(before).isEqualTo(columns);
        assertThat(new ArrayList<>(columns.entrySet())).isEqualTo(new ArrayList<>(before.entrySet()));
        assertThat(new ArrayList<>(columns.keySet())).isEqualTo(new ArrayList<>(before.keySet()));
        assertThat(columns.toString()).isEqualTo(before.toString());
        assertThat(columns.get("性别")).isEqualTo("男");
        assertThat(columns.get("工号")).isEqualTo("E001");
        assertThat(columns.get("team")).isNull();
        assertThat(columns.containsKey("unit")).isTrue();
        assertThat(columns.containsKey("heat")).isFalse();
        assertThat(columns.containsValue("stand")).isTrue();
        assertThat(columns.containsValue("weld")).isFalse();
        assertThat(columns).hasSize(7);
        // a second row shares the names, not the values
        Map<String, String> other = layout.of(new String[] {"102", "李娜", "二车间", "weld", "女", ""});
        assertThat(other).isEqualTo(copy("102", "李娜", "二车间", "weld", "女", "", "女")).isNotEqualTo(columns);
        assertThat(new Contestant("102", "李娜", "", "", "weld", "", null, other).columns()).isSameAs(other);
    }

    @Test
    void refusesEveryChangeAndNullsAsACopyDoes() {
        Map<String, String> columns = layout.of(new String[] {"101", "张伟", "一车间", "stand", "男", "E001"});
        Map<String, String> before = copy("101", "张伟", "一车间", "stand", "男", "E001", "男");
        for (Map<String, String> m : List.of(columns, before)) {
            assertThatThrownBy(() -> m.put("team", "A")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> m.putIfAbsent("bib", "1")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> m.remove("nothing")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> m.remove("bib", "101")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> m.replace("bib", "1")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> m.replace("bib", "101", "1")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> m.replaceAll((k, v) -> v)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> m.computeIfAbsent("x", k -> k)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> m.computeIfPresent("bib", (k, v) -> v)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> m.compute("bib", (k, v) -> v)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> m.merge("bib", "1", (a, b) -> a)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> m.putAll(Map.of())).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(m::clear).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> m.entrySet().iterator().next().setValue("x"))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> m.get(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> m.containsKey(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> m.containsValue(null)).isInstanceOf(NullPointerException.class);
        }
        assertThat(columns).isEqualTo(before);
        assertThatThrownBy(() -> layout.of(new String[] {"101", null, "", "", "", ""})).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RosterColumns.Layout(List.of("bib", "bib"), new int[] {0, 1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
