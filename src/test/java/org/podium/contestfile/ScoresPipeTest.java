package org.podium.contestfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.domain.FactTable;
import org.podium.domain.Origin;

/**
 * A big scores file read in two stages (a thread splitting the text, another checking the records and appending the
 * facts; issue 17) gives what the one-thread read gives: the same fact table, column by column, or the same problems in
 * the same order, the same refusal for the memory, the same failure. The two-stage threshold is lowered so that small
 * files go through both stages.
 */
class ScoresPipeTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String CHECKER = "podium-scores";
    /** 8 MB of memory: its facts may take 1 MB, 21,845 facts. */
    private static final FactMemory EIGHT_MB = new FactMemory(8L << 20);

    /** Lines in the columns event,round,bib,kind,official,item,value,attempt (the attempt "" when none). */
    private static final String[][] GOOD = {
        {"stand", "final", "101", "time", "T1", "", "23.41", ""},
        {"stand", "final", "102", "time", "T2", "", "1:02.5", ""},
        {"stand", "prelim", "103", "lap", "T3", "1", "11.5", ""},
        {"stand", "final", "101", "mark", "J1", "C1", "35", ""},
        {"stand", "final", "102", "mark", "J2", "C3", "2", ""},
        {"stand", "final", "103", "mark", "J3", "C1", "40", ""},
        {"stand", "final", "101", "penalty", "", "P1", "", ""},
        {"stand", "prelim", "102", "penalty", "J1", "P2", "2", ""},
        {"stand", "final", "103", "status", "总裁判", "", "DSQ", ""},
        {"stand", "", "101", "theory", "", "", "45", ""},
        {"weld", "", "201", "time", "T1", "", "30.2", "2"},
        {"weld", "", "101", "mark", "J1", "W1", "9.5", "1"},
        {"weld", "", "101", "time", "T1", "", "29", "1"},
        {" stand ", "final", "１０３", "Time", "T2", "", "24", ""},
    };
    private static final String[][] BAD = {
        {"stand", "final", "999", "time", "T1", "", "23.41", ""},
        {"stand", "final", "101", "time", "T1", "", "abc", ""},
        {"stand", "final", "101", "jump", "T1", "", "1", ""},
        {"stand", "final", "101", "mark", "J1", "C1", "99", ""},
        {"stand", "semi", "101", "time", "T9", "", "0", ""},
        {"nope", "final", "101", "time", "T1", "", "23", ""},
        {"stand", "final", "101", "time", "T\r1", "", "23", ""},
        {"stand", "final", "102", "status", "", "", "LATE", "3"},
    };
    private static final String[] BREAKS = {"\n", "\r\n", "\r"};

    @TempDir
    Path dir;
    private Contest contest;
    private final long threshold = ScoresReader.twoStageBytes;

    @BeforeEach
    void contest() throws Exception {
        contest = Fixtures.twoEvents();
    }

    @AfterEach
    void restore() {
        ScoresReader.twoStageBytes = threshold;
        ScoresReader.checking = null;
    }

    /** A field as a CSV writes it: quoted when it must be, or now and then when it need not. */
    private static String field(String text, Random r) {
        boolean must = text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n");
        return must || r.nextInt(20) == 0 ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** A scores file of {@code lines} lines from {@code seed}: good lines, bad ones at {@code badRate}, blank ones. */
    private static String file(long seed, int lines, double badRate, boolean lateBad) {
        Random r = new Random(seed);
        int header = r.nextInt(3); // none, the usual one, or a header with the attempt column in another order
        int[] order = header == 2 ? new int[] {6, 3, 2, 1, 0, 4, 5, 7} : new int[] {0, 1, 2, 3, 4, 5, 6, 7};
        int columns = header == 0 ? (r.nextBoolean() ? 7 : 8) : header == 1 ? 7 : 8;
        String lineBreak = BREAKS[r.nextInt(BREAKS.length)];
        String[] names = {"event", "round", "bib", "kind", "official", "item", "value", "attempt"};
        StringBuilder text = new StringBuilder();
        if (header > 0) {
            for (int i = 0; i < columns; i++) {
                text.append(i == 0 ? "" : ",").append(names[order[i]]);
            }
            text.append(lineBreak);
        }
        for (int n = 0; n < lines; n++) {
            boolean bad = r.nextDouble() < badRate || lateBad && n == lines - 1 - r.nextInt(3);
            if (r.nextInt(200) == 0) {
                text.append(r.nextBoolean() ? "" : " , ,").append(lineBreak); // blank: skipped, its line counted
                continue;
            }
            if (bad && r.nextInt(8) == 0) {
                text.append("stand,final,101").append(lineBreak); // too few fields
                continue;
            }
            String[] line = (bad ? BAD[r.nextInt(BAD.length)] : GOOD[r.nextInt(GOOD.length)]).clone();
            if (columns == 7 && !line[7].isEmpty()) {
                line = GOOD[0].clone();
            }
            if (!bad && line[0].equals("stand") && r.nextInt(10) == 0) {
                line[2] = Integer.toString(101 + r.nextInt(3)); // another bib, the same lines otherwise
            }
            for (int i = 0; i < columns; i++) {
                text.append(i == 0 ? "" : ",").append(field(line[order[i]], r));
            }
            text.append(lineBreak);
        }
        return text.toString();
    }

    /** What reading {@code f} gives, on one thread or in two stages: the facts' every column, or the problems. */
    private List<String> read(Path f, FactMemory memory, boolean twoStages) {
        ScoresReader.twoStageBytes = twoStages ? 0 : Long.MAX_VALUE;
        Set<String> threads = ConcurrentHashMap.newKeySet();
        ScoresReader.checking = line -> threads.add(Thread.currentThread().getName());
        FactTable facts = new FactTable();
        facts.append(Fact.theory("stand", "102", new BigDecimal("45"), new Origin("theory.csv", 2)));
        List<String> out = new ArrayList<>();
        try {
            ScoresReader.read(f, contest, facts, memory);
            for (int p = 0; p < facts.positions(); p++) {
                out.add(String.join("|", facts.kind(p).key(), facts.event(p), facts.round(p), facts.bib(p),
                        facts.official(p), facts.item(p), Integer.toString(facts.attemptGiven(p)),
                        Long.toString(facts.millis(p)), String.valueOf(facts.amount(p)), String.valueOf(facts.status(p)),
                        facts.origin(p).toString(), Boolean.toString(facts.isCurrent(p))));
            }
        } catch (ContestFileException e) {
            assertThat(facts.positions()).as("nothing of a refused file kept").isEqualTo(1);
            out.add("refused");
            Fixtures.lines(e).forEach(out::add);
            out.add(e.omitted() + " more");
        }
        assertThat(threads).as("the threads that checked " + f).isSubsetOf(
                twoStages ? CHECKER : Thread.currentThread().getName());
        assertThat(stillRunning()).isFalse();
        return out;
    }

    private static boolean stillRunning() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(CHECKER) && t.isAlive());
    }

    private void sameBothWays(Path f, FactMemory memory) {
        List<String> one = read(f, memory, false);
        assertThat(read(f, memory, true)).as(f.toString()).isEqualTo(one);
    }

    @Test
    void generatedFilesGiveTheSameFactsOrTheSameProblemsInTwoStages() throws Exception {
        int[] sizes = {0, 1, 7, 300, 1023, 1024, 1025, 3_000, 7_000, 12_000};
        double[] badRates = {0, 0, 0.0005, 0.02, 0.4};
        int refused = 0;
        int read = 0;
        for (int seed = 0; seed < 60; seed++) {
            int lines = sizes[seed % sizes.length];
            double badRate = badRates[seed % badRates.length];
            boolean lateBad = seed % 3 == 1;
            String text = file(seed, lines, badRate, lateBad);
            Charset charset = seed % 4 == 3 ? GB18030 : StandardCharsets.UTF_8;
            byte[] bytes = text.getBytes(charset);
            if (seed % 7 == 5) { // a byte-order mark
                bytes = join(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
            }
            Path f = Fixtures.writeBytes(dir, "s" + seed + ".csv", bytes);
            List<String> one = read(f, FactMemory.ofThisJvm(), false);
            assertThat(read(f, FactMemory.ofThisJvm(), true)).as("seed " + seed).isEqualTo(one);
            if (one.get(0).equals("refused")) {
                refused++;
            } else {
                read++;
            }
        }
        assertThat(refused).as("files refused").isGreaterThan(10);
        assertThat(read).as("files read").isGreaterThan(10);
    }

    @Test
    void aBadLineLateInABigFileAndProblemsOfItsTextAreSaidAsOnOneThread() {
        String good = file(7, 20_000, 0, false);
        String last = "stand,final,101,time,T1,,23.41\n";
        for (String tail : List.of("stand,final,999,time,T1,,1\n", "stand,final,\"101\"x,time,T1,,1\n" + last,
                "stand,final,\"101,time,T1,,1\n" + last, "stand,final,101,time,\"T\r1\",,1\n" + last)) {
            sameBothWays(Fixtures.write(dir, "late.csv", good + last.repeat(5) + tail), FactMemory.ofThisJvm());
        }
        // many bad lines: the first 100 listed, the rest counted
        sameBothWays(Fixtures.write(dir, "many.csv", "stand,final,999,time,T1,,1\n".repeat(5_000)), FactMemory.ofThisJvm());
        List<String> many = read(dir.resolve("many.csv"), FactMemory.ofThisJvm(), true);
        assertThat(many).hasSize(1 + Limits.LISTED_PROBLEMS + 1).endsWith("4900 more");
    }

    @Test
    void aFileThatTurnsOutToBeGb18030LateOrNotTextIsReadAsOnOneThread() {
        byte[] ascii = "stand,final,101,time,T1,,23.41\nstand,final,102,mark,J2,C3,2\nweld,,201,time,T1,,30.2,2\n"
                .repeat(5_000).getBytes(StandardCharsets.US_ASCII);
        byte[] chief = "stand,final,103,status,总裁判,,DSQ\n".getBytes(GB18030);
        Path gb = Fixtures.writeBytes(dir, "gb.csv", join(ascii, chief));
        sameBothWays(gb, FactMemory.ofThisJvm());
        assertThat(read(gb, FactMemory.ofThisJvm(), true)).last().asString().contains("总裁判", "DSQ");
        sameBothWays(Fixtures.writeBytes(dir, "neither.csv", join(ascii, new byte[] {(byte) 0xFF, (byte) 0x80, '\n'})),
                FactMemory.ofThisJvm());
        sameBothWays(Fixtures.writeBytes(dir, "nul.csv", join(ascii, new byte[] {'1', 0, '\n'})), FactMemory.ofThisJvm());
        sameBothWays(Fixtures.writeBytes(dir, "badbom.csv", join(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ascii, chief)), FactMemory.ofThisJvm());
    }

    @Test
    void theMemoryRefusalComesAtTheSameRecordWithTheSameFigures() {
        String line = "stand,final,101,time,T1,,23.41\n";
        for (int lines : new int[] {21_000, 21_845, 21_846, 30_000, 200_000}) {
            Path f = Fixtures.write(dir, "m" + lines + ".csv", "event,round,bib,kind,official,item,value\n"
                    + line.repeat(lines));
            sameBothWays(f, EIGHT_MB);
        }
        // text after a closing quote early: the lines after it are not checked, so none is counted against the memory
        Path quote = Fixtures.write(dir, "quote.csv", "stand,final,\"101\"x,time,T1,,1\n" + line.repeat(30_000));
        sameBothWays(quote, EIGHT_MB);
        assertThat(read(quote, EIGHT_MB, true)).containsExactly("refused", quote + ":1: text after a closing quote: after"
                + " \"...\" expected a comma or the end of the line, found 'x' (write a quote inside quotes as \"\")", "0 more");
        assertThat(read(dir.resolve("m200000.csv"), EIGHT_MB, true)).first().isEqualTo("refused");
        assertThat(read(dir.resolve("m21000.csv"), EIGHT_MB, true)).hasSize(21_001);
    }

    @Test
    void smallFilesAreCheckedOnTheCallingThreadAndBigOnesOnTheirOwn() throws Exception {
        Path f = Fixtures.write(dir, "s.csv", file(1, 2_000, 0, false));
        Set<String> threads = ConcurrentHashMap.newKeySet();
        ScoresReader.checking = line -> threads.add(Thread.currentThread().getName());
        ScoresReader.read(f, contest); // about 60 KB: under the threshold
        assertThat(threads).containsExactly(Thread.currentThread().getName());
        threads.clear();
        ScoresReader.twoStageBytes = 1_000;
        ScoresReader.read(f, contest);
        assertThat(threads).containsExactly(CHECKER);
    }

    @Test
    void anErrorOrAnExceptionInTheCheckingThreadComesBackAsOnOneThreadAndNoThreadIsLeft() {
        Path f = Fixtures.write(dir, "e.csv", file(2, 9_000, 0, false));
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            for (int at : new int[] {1, 2, 1_500, 8_999}) {
                for (Throwable thrown : List.of(new OutOfMemoryError("test: out of memory at " + at),
                        new IllegalStateException("test: wrong at " + at))) {
                    for (boolean twoStages : new boolean[] {false, true}) {
                        ScoresReader.twoStageBytes = twoStages ? 0 : Long.MAX_VALUE;
                        ScoresReader.checking = line -> {
                            if (line == at) {
                                if (thrown instanceof Error e) {
                                    throw e;
                                }
                                throw (RuntimeException) thrown;
                            }
                        };
                        FactTable facts = new FactTable();
                        Throwable t = catchThrowable(() -> ScoresReader.read(f, contest, facts, FactMemory.ofThisJvm()));
                        assertThat(t).as("at %d, two stages %s", at, twoStages).isSameAs(thrown);
                        assertThat(facts.positions()).isZero();
                        assertThat(stillRunning()).isFalse();
                    }
                }
            }
        } finally {
            System.setErr(err);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
