package org.podium.contestfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.domain.Origin;

class TheoryReaderTest {
    @TempDir
    Path dir;

    private Contest two;
    private Contest single;

    @BeforeEach
    void contests() throws Exception {
        two = Fixtures.twoEvents();
        single = ContestYaml.parse(Fixtures.MINIMAL.replace("{time: 0.4, quality: 0.6}", "{time: 0.4, quality: 0.4, theory: 0.2}"),
                "contest.yaml").withRoster(List.of(Fixtures.contestant("7", "甲", "stand"), Fixtures.contestant("8", "乙", "stand")));
    }

    private Origin at(Path f, int line) {
        return new Origin(f.toString(), line);
    }

    @Test
    void readsAHeaderInAnyOrder() throws Exception {
        Path f = Fixtures.write(dir, "theory.csv", "bib,value,event\n101,45,stand\n102,30.5,stand\n");
        assertThat(TheoryReader.read(f, two)).containsExactly(
                Fact.theory("stand", "101", new BigDecimal("45"), at(f, 2)),
                Fact.theory("stand", "102", new BigDecimal("30.5"), at(f, 3)));
    }

    @Test
    void withOneEventTheEventMayBeEmptyOrItsColumnLeftOut() throws Exception {
        Path a = Fixtures.write(dir, "a.csv", "bib,value\n7,86\n");
        Path b = Fixtures.write(dir, "b.csv", "event,bib,value\n,8,100\n");
        Path c = Fixtures.write(dir, "c.csv", ",7,0\n");
        assertThat(TheoryReader.read(a, single)).containsExactly(Fact.theory("stand", "7", new BigDecimal("86"), at(a, 2)));
        assertThat(TheoryReader.read(b, single)).containsExactly(Fact.theory("stand", "8", new BigDecimal("100"), at(b, 2)));
        assertThat(TheoryReader.read(c, single)).containsExactly(Fact.theory("stand", "7", new BigDecimal("0"), at(c, 1)));
    }

    @Test
    void everyBadLineIsNamed() {
        Path f = Fixtures.write(dir, "theory.csv", """
                stand,101,45
                ,102,3
                stand,999,3
                weld,201,3
                stand,103,50.01
                stand,103,九十
                stand,103
                """);
        assertThatThrownBy(() -> TheoryReader.read(f, two)).hasMessage(String.join("\n",
                f + ":2: empty event: the contest has several events (stand, weld), name one",
                f + ":3: unknown bib 999 in event stand: the roster has no row with this bib in this event",
                f + ":4: event weld does not use theory (its total.weights has no theory): remove this line, or give theory a weight",
                f + ":5: theory mark 50.01 is out of range: it must be from 0 to 50 (theory.max)",
                f + ":6: theory mark '九十' is not a number: write the raw mark, like 86 or 86.5",
                f + ":7: has 2 fields, expected 3 (event,bib,value; event may be empty): keep the commas of empty fields"));
    }

    @Test
    void theEventColumnIsNeededWithSeveralEvents() {
        Path f = Fixtures.write(dir, "theory.csv", "bib,value,note\n101,45,x\n");
        assertThatThrownBy(() -> TheoryReader.read(f, two)).hasMessage(String.join("\n",
                f + ":1: unknown column 'note' in the header (columns: event, bib, value)",
                f + ":1: missing column 'event' (or 项目, 比赛项目) in the header (expected the columns event,bib,value, in any order)"));
    }
}
