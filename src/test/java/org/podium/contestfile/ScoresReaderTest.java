package org.podium.contestfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.domain.Status;

class ScoresReaderTest {
    @TempDir
    Path dir;

    private Contest contest;

    @BeforeEach
    void contest() throws Exception {
        contest = Fixtures.twoEvents();
    }

    private Path file(String text) {
        return Fixtures.write(dir, "scores.csv", text);
    }

    private List<Fact> read(String text) throws ContestFileException {
        return ScoresReader.read(file(text), contest);
    }

    /** The problems, each without the file name prefix. */
    private List<String> problems(String text) {
        Path f = file(text);
        try {
            ScoresReader.read(f, contest);
        } catch (ContestFileException e) {
            for (Problem p : e.problems()) {
                assertThat(p.file()).isEqualTo(f.toString());
            }
            return e.problems().stream().map(p -> p.line() + ": " + p.message()).toList();
        }
        return fail("expected problems");
    }

    private Origin at(int line) {
        return new Origin(dir.resolve("scores.csv").toString(), line);
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void readsEveryKind() throws Exception {
        List<Fact> facts = read("""
                event,round,bib,kind,official,item,value
                stand,final,101,time,T1,,23.41
                stand,prelim,102,lap,T2,1,11.20
                stand,prelim,102,lap,T2,2,1:23.05
                stand,final,101,mark,J3,C1,38.5
                stand,final,101,mark,J1,C3,3
                stand,final,101,penalty,J1,P1,
                stand,final,101,penalty,,P2,0

                stand,final,103,status,Chief, , dnf
                stand,,101,theory,,,46.5
                stand,final,102,penalty,T3,P1,2
                """);
        assertThat(facts).containsExactly(
                Fact.time("stand", "final", "101", "T1", 23_410, null, at(2)),
                Fact.lap("stand", "prelim", "102", "T2", 1, 11_200, null, at(3)),
                Fact.lap("stand", "prelim", "102", "T2", 2, 83_050, null, at(4)),
                Fact.mark("stand", "final", "101", "J3", "C1", d("38.5"), null, at(5)),
                Fact.mark("stand", "final", "101", "J1", "C3", d("3"), null, at(6)),
                Fact.penalty("stand", "final", "101", "J1", "P1", 1, null, at(7)),
                Fact.penalty("stand", "final", "101", null, "P2", 0, null, at(8)),
                Fact.status("stand", "final", "103", "Chief", Status.DNF, null, at(10)),
                Fact.theory("stand", "101", d("46.5"), at(11)),
                Fact.penalty("stand", "final", "102", "T3", "P1", 2, null, at(12)));
    }

    @Test
    void readsColumnsInAnyOrderByHeaderName() throws Exception {
        assertThat(read("value,kind,bib,official,item,round,event\n23.41,time,101,T1,,final,stand\n")).containsExactly(
                Fact.time("stand", "final", "101", "T1", 23_410, null, at(2)));
    }

    @Test
    void withoutAHeaderReadsTheDefaultOrderWithOrWithoutAttempt() throws Exception {
        assertThat(read("stand,final,101,time,T1,,23.41\nweld,,201,time,T1,,30,2\n")).containsExactly(
                Fact.time("stand", "final", "101", "T1", 23_410, null, at(1)),
                Fact.time("weld", "final", "201", "T1", 30_000, 2, at(2)));
    }

    @Test
    void readsAttempts() throws Exception {
        assertThat(read("""
                event,round,bib,kind,official,item,value,attempt
                weld,,201,time,T1,,30.5,2
                weld,final,201,mark,J1,W1,9.5,1
                weld,,201,status,,,DNS,
                weld,,201,status,,,dsq,2
                """)).containsExactly(
                Fact.time("weld", "final", "201", "T1", 30_500, 2, at(2)),
                Fact.mark("weld", "final", "201", "J1", "W1", d("9.5"), 1, at(3)),
                Fact.status("weld", "final", "201", null, Status.DNS, null, at(4)),
                Fact.status("weld", "final", "201", null, Status.DSQ, 2, at(5)));
    }

    @Test
    void fullWidthDigitsAndADecimalCommaAreNormalised() throws Exception {
        assertThat(read("""
                event,round,bib,kind,official,item,value
                stand,final,101,mark,J2,C1,"38,5"
                stand,final,101,mark,J3,C1,３８．５
                stand,final,101,time,T2,,１：２３．４２
                stand,final,101,penalty,T1,P1,２
                """)).containsExactly(
                Fact.mark("stand", "final", "101", "J2", "C1", d("38.5"), null, at(2)),
                Fact.mark("stand", "final", "101", "J3", "C1", d("38.5"), null, at(3)),
                Fact.time("stand", "final", "101", "T2", 83_420, null, at(4)),
                Fact.penalty("stand", "final", "101", "T1", "P1", 2, null, at(5)));
    }

    @Test
    void aFullWidthBibOrOneKeptAsADecimalIsTheRostersBib() throws Exception {
        List<Fact> facts = read("""
                event,round,bib,kind,official,item,value
                stand,final,１０１,time,T1,,２３．４１
                stand,final,102.0,mark,J1,C1,３８
                stand,,１０３,theory,,,４５
                stand,final,１０２,lap,T2,２,１１．２０
                """);
        assertThat(facts).containsExactly(
                Fact.time("stand", "final", "101", "T1", 23_410, null, at(2)),
                Fact.mark("stand", "final", "102", "J1", "C1", d("38"), null, at(3)),
                Fact.theory("stand", "103", d("45"), at(4)),
                Fact.lap("stand", "final", "102", "T2", 2, 11_200, null, at(5)));
        assertThat(facts.get(0).bib()).isSameAs(contest.roster().get(0).bib());
        assertThat(problems("event,round,bib,kind,official,item,value\nstand,final,１０１.５,time,T1,,23.41\n"))
                .containsExactly("2: unknown bib 101.5 in event stand: the roster has no row with this bib in this event");
    }

    @Test
    void readsGb18030Scores() throws Exception {
        Path f = Fixtures.write(dir, "scores.csv", "event,round,bib,kind,official,item,value\r\nstand,final,103,status,总裁判,,DSQ\r\n",
                Charset.forName("GB18030"));
        assertThat(ScoresReader.read(f, contest)).containsExactly(
                Fact.status("stand", "final", "103", "总裁判", Status.DSQ, null, at(2)));
    }

    @Test
    void everyRefusalNamesItsLine() {
        assertThat(problems("""
                event,round,bib,kind,official,item,value,attempt
                stand,final,101,time,T1,,1:75,
                stand,final,101,time,T1,,0,
                stand,final,101,mark,J1,C1,40.5,
                stand,final,101,mark,J1,C1,38.3,
                stand,final,101,mark,J1,C3,4,
                stand,final,999,time,T1,,23.41,
                stand,final,201,time,T1,,23.41,
                stand,final,101,time,T9,,23.41,
                stand,final,101,mark,T1,C1,30,
                stand,final,101,mark,J1,C2,30,
                stand,final,101,lap,T1,3,23.41,
                stand,final,101,time,T1,,23.41,1
                weld,final,201,time,T1,,23.41,3
                stand,,101,theory,,,40,1
                weld,,201,theory,,,5,
                stand,,101,theory,,,50.5,
                stand,final,101,penalty,J1,P9,,
                stand,final,101,penalty,J1,P1,-1,
                stand,final,101,status,,,OK,
                ,final,101,time,T1,,23.41,
                stand,,101,time,T1,,23.41,
                stand,semi,101,time,T1,,23.41,
                stand,final,101,tme,T1,,23.41,
                stand,final,101,penalty,CJ,P1,x,
                weld,final,201,time,T1,,23.41,0
                stand,final,101,time,T1,x,23.41,
                stand,prelim,101,mark,J1,C1,abc,
                stand,final,101,time,,,23.41,
                stand,final,101,time,T1,,23.41,
                stand,,101,theory,J1,,40,
                stand,final,103,status,,x,DNS,
                """)).containsExactly(
                "2: '1:75' is not a time: seconds after a colon must be below 60 (write seconds like 83.42, or m:ss.xx like 1:23.42,"
                        + " or h:mm:ss.x)",
                "3: a time of 0 is not a result: write the time recorded, or record DNS or DNF as a status line",
                "4: mark 40.5 on C1 is out of range: it must be from 0 to 40",
                "5: mark 38.3 on C1 is off its step: it must be a multiple of 0.5",
                "6: mark 4 on C3 must be a whole number from 0 to 3",
                "7: unknown bib 999 in event stand: the roster has no row with this bib in this event",
                "8: unknown bib 201 in event stand: the roster has no row with this bib in this event",
                "9: unknown timekeeper 'T9' in event stand (did you mean 'T1'? timekeepers: T1, T2, T3)",
                "10: unknown judge 'T1' in event stand (did you mean 'J1'? judges: J1, J2, J3)",
                "11: unknown criterion 'C2' in event stand (did you mean 'C1'? criteria: C1, C3)",
                "12: lap number '3' is not a lap of event stand: item must be a whole number from 1 to 2 (laps)",
                "13: event stand has one attempt, so a line cannot name one (found '1'): leave attempt empty",
                "14: attempt '3' is not an attempt of event weld: it must be a whole number from 1 to 2 (attempts), or empty",
                "15: a theory line cannot name an attempt (found '1'): theory belongs to the entry, leave attempt empty",
                "16: event weld does not use theory (its total.weights has no theory): remove this line, or give theory a weight",
                "17: theory mark 50.5 is out of range: it must be from 0 to 50 (theory.max)",
                "18: unknown penalty code 'P9' in event stand (did you mean 'P1'? codes: P1, P2)",
                "19: penalty count '-1' is not a whole number of 0 or more: it says how many times it happened (empty means 1,"
                        + " 0 withdraws this official's count)",
                "20: status 'OK' is not one that can be recorded: write DNS, DNF or DSQ",
                "21: empty event: the contest has several events (stand, weld), name one",
                "22: empty round: event stand has several rounds (prelim, final), name one",
                "23: unknown round 'semi' in event stand (rounds: prelim, final)",
                "24: unknown kind 'tme' (did you mean 'time'? kinds: time, lap, mark, penalty, status, theory)",
                "25: penalty count 'x' is not a whole number of 0 or more: it says how many times it happened (empty means 1,"
                        + " 0 withdraws this official's count)",
                "26: attempt '0' is not an attempt of event weld: it must be a whole number from 1 to 2 (attempts), or empty",
                "27: item must be empty on a time line, found 'x'",
                "28: mark 'abc' is not a number: write a decimal, like 38.5",
                "29: empty official: a time line names its timekeeper (T1, T2, T3)",
                "31: official must be empty on a theory line, found 'J1'",
                "32: item must be empty on a status line, found 'x'");
    }

    @Test
    void aFileWithOneBadLineYieldsNoFacts() {
        Path f = file("""
                event,round,bib,kind,official,item,value
                stand,final,101,time,T1,,23.41
                stand,final,101,time,T2,,23.45
                stand,final,101,mark,J1,C1,41
                stand,final,101,time,T3,,23.50
                """);
        assertThatThrownBy(() -> ScoresReader.read(f, contest))
                .isInstanceOf(ContestFileException.class)
                .hasMessage(f + ":4: mark 41 on C1 is out of range: it must be from 0 to 40");
    }

    @Test
    void aLineMayHaveSeveralProblems() {
        assertThat(problems("event,round,bib,kind,official,item,value\nstand,final,999,mark,J9,C9,x\n")).containsExactly(
                "2: unknown bib 999 in event stand: the roster has no row with this bib in this event",
                "2: unknown judge 'J9' in event stand (did you mean 'J1'? judges: J1, J2, J3)",
                "2: unknown criterion 'C9' in event stand (did you mean 'C1'? criteria: C1, C3)",
                "2: mark 'x' is not a number: write a decimal, like 38.5");
    }

    @Test
    void aBadHeaderIsNamed() {
        assertThat(problems("event,round,bib,kind,officail,item,value\nstand,final,101,time,T1,,23.41\n")).containsExactly(
                "1: unknown column 'officail' in the header (did you mean 'official'? columns: event, round, bib, kind, official,"
                        + " item, value, attempt)",
                "1: missing column 'official' in the header (expected the columns event,round,bib,kind,official,item,value,"
                        + " in any order)");
    }

    @Test
    void aLineWithTooFewFields() {
        assertThat(problems("event,round,bib,kind,official,item,value\nstand,final,101,penalty,J1,P1\n")).containsExactly(
                "2: has 6 fields but the header has 7: keep the commas of empty fields (like stand,final,101,penalty,J1,P1,), and"
                        + " put a value holding a comma in double quotes");
        assertThat(problems("stand,final,101,penalty,J1,P1\n")).containsExactly(
                "1: has 6 fields, expected 7 (event,round,bib,kind,official,item,value) or 8 (with attempt); keep the commas of"
                        + " empty fields, like stand,final,101,penalty,J1,P1,");
    }

    @Test
    void oneEventAndOneRoundMayBeLeftEmpty() throws Exception {
        Contest single = ContestYaml.parse(Fixtures.MINIMAL, "contest.yaml")
                .withRoster(List.of(Fixtures.contestant("7", "甲", "stand")));
        Path f = file("event,round,bib,kind,official,item,value\n,,7,time,T1,,9.99\n");
        assertThat(ScoresReader.read(f, single)).containsExactly(Fact.time("stand", "final", "7", "T1", 9_990, null, at(2)));
    }

    @Test
    void anEmptyOrBinaryScoresFile() {
        Path empty = Fixtures.writeBytes(dir, "empty.csv", new byte[0]);
        assertThatThrownBy(() -> ScoresReader.read(empty, contest)).hasMessage(empty + ": is empty: expected a header line"
                + " event,round,bib,kind,official,item,value (and optionally attempt), then one record per line");
        Path binary = Fixtures.writeBytes(dir, "binary.csv", new byte[] {1, 2, 0, 3});
        assertThatThrownBy(() -> ScoresReader.read(binary, contest)).hasMessageStartingWith(binary + ": is not a text file");
    }
}
