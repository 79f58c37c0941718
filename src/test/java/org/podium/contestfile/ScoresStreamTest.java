package org.podium.contestfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.domain.FactTable;
import org.podium.domain.Origin;
import org.podium.domain.Status;

/**
 * A scores file streamed into a fact table (issue 17): the encodings as {@link TextFiles} reads them, a second pass
 * only for a file that turns out to be GB18030, and a file too big for the memory refused in one line, nothing kept.
 */
class ScoresStreamTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String HEADER = "event,round,bib,kind,official,item,value\n";
    private static final String TIME = "stand,final,101,time,T1,,23.41\n";
    private static final String CHIEF = "stand,final,103,status,总裁判,,DSQ\n";

    @TempDir
    Path dir;
    private Contest contest;

    @BeforeEach
    void contest() throws Exception {
        contest = Fixtures.twoEvents();
    }

    private Origin at(Path f, int line) {
        return new Origin(f.toString(), line);
    }

    private static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void readsUtf8WithAByteOrderMarkAndGb18030AsTheSameFacts() throws Exception {
        String text = HEADER + TIME + CHIEF;
        Path utf8 = Fixtures.writeBytes(dir, "utf8.csv", bytes(text, StandardCharsets.UTF_8));
        Path bom = Fixtures.writeBytes(dir, "bom.csv", join(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                bytes(text, StandardCharsets.UTF_8)));
        Path gb = Fixtures.writeBytes(dir, "gb.csv", bytes(text, GB18030));
        for (Path f : List.of(utf8, bom, gb)) {
            assertThat(ScoresReader.read(f, contest)).as(f.toString()).containsExactly(
                    Fact.time("stand", "final", "101", "T1", 23_410, null, at(f, 2)),
                    Fact.status("stand", "final", "103", "总裁判", Status.DSQ, null, at(f, 3)));
        }
    }

    @Test
    void aFileThatTurnsOutToBeGb18030NearItsEndIsReadAgainWholeAndOnce() throws Exception {
        // 5,000 lines of ASCII (valid UTF-8, read and appended), then a GB18030 line: the first pass fails at the end
        Path f = Fixtures.writeBytes(dir, "late.csv", join(bytes(HEADER + TIME.repeat(5_000), StandardCharsets.US_ASCII),
                bytes(CHIEF, GB18030)));
        FactTable facts = new FactTable();
        facts.append(Fact.theory("stand", "101", new BigDecimal("45"), new Origin("theory.csv", 2)));

        ScoresReader.read(f, contest, facts, FactMemory.ofThisJvm());

        assertThat(facts).hasSize(5_002);
        assertThat(facts.get(0).kind()).isEqualTo(org.podium.domain.FactKind.THEORY);
        assertThat(facts.get(1)).isEqualTo(Fact.time("stand", "final", "101", "T1", 23_410, null, at(f, 2)));
        assertThat(facts.get(5_000).origin()).isEqualTo(at(f, 5_001));
        assertThat(facts.get(5_001)).isEqualTo(Fact.status("stand", "final", "103", "总裁判", Status.DSQ, null, at(f, 5_002)));
    }

    @Test
    void aFileOfUtf8NearItsEndStaysUtf8() throws Exception {
        Path f = Fixtures.writeBytes(dir, "late.csv", bytes(HEADER + TIME.repeat(5_000) + CHIEF, StandardCharsets.UTF_8));
        assertThat(ScoresReader.read(f, contest).get(5_000).official()).isEqualTo("总裁判");
    }

    @Test
    void badBytesNearTheEndAreSaidAsTheWholeFileWouldBe() {
        byte[] lines = bytes(HEADER + TIME.repeat(5_000), StandardCharsets.US_ASCII);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path badBom = Fixtures.writeBytes(dir, "bom.csv", join(bom, lines, bytes(CHIEF, GB18030)));
        assertThatThrownBy(() -> ScoresReader.read(badBom, contest)).hasMessage(badBom
                + ": is not a text file: it starts with a UTF-8 byte-order mark but is not valid UTF-8; save it again as UTF-8");
        Path neither = Fixtures.writeBytes(dir, "neither.csv", join(lines, new byte[] {(byte) 0xFF, (byte) 0x80, '\n'}));
        assertThatThrownBy(() -> ScoresReader.read(neither, contest)).hasMessage(neither
                + ": is not a text file: it is neither UTF-8 nor GB18030 text; save it as CSV text in UTF-8 or GB18030");
        // a NUL byte says more than a bad line or a bad byte before it
        Path nul = Fixtures.writeBytes(dir, "nul.csv", join(bytes(HEADER + "stand,final,999,time,T1,,1\n", StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xFF, '\n'}, lines, new byte[] {0}));
        assertThatThrownBy(() -> ScoresReader.read(nul, contest)).hasMessage(nul + ": is not a text file (it holds NUL bytes,"
                + " as a binary file or a spreadsheet does): save it as CSV text in UTF-8 or GB18030");
    }

    /** 8 MB of memory: its facts may take 1 MB, 21,845 facts of 48 bytes. */
    private static final FactMemory EIGHT_MB = new FactMemory(8L << 20);

    @Test
    void aFileWhoseFactsWouldNotFitIsRefusedInOneLineAndNothingOfItIsKept() throws Exception {
        assertThat(EIGHT_MB.maxFacts()).isEqualTo(21_845);
        Path f = Fixtures.write(dir, "big.csv", HEADER + TIME.repeat(30_000));
        FactTable facts = new FactTable();
        facts.append(Fact.theory("stand", "101", new BigDecimal("45"), new Origin("theory.csv", 2)));

        ContestFileException e = catchThrowableOfType(() -> ScoresReader.read(f, contest, facts, EIGHT_MB),
                ContestFileException.class);

        assertThat(e.problems()).singleElement().asString().matches(java.util.regex.Pattern.quote(f
                + ": is 0.9 MB (930041 bytes): its facts, with those read before it, would take about ")
                + "1\\.[34] MB" + java.util.regex.Pattern.quote(" of memory, more than the 1 MB they may take here (an eighth of"
                + " the 8 MB this Java may use): run Podium with more memory, or split the file and import the parts one"
                + " command at a time (README.md, Limits); nothing of it was kept"));
        assertThat(facts).hasSize(1); // the facts before it, and nothing of it
        assertThat(facts.positions()).isEqualTo(1);
    }

    @Test
    void aFileThatFitsIsReadThoughItsFactsAreCounted() throws Exception {
        Path f = Fixtures.write(dir, "fits.csv", HEADER + TIME.repeat(21_000));
        assertThat(EIGHT_MB.surelyFits(0, java.nio.file.Files.size(f))).isFalse();
        FactTable facts = new FactTable();
        ScoresReader.read(f, contest, facts, EIGHT_MB);
        assertThat(facts).hasSize(21_000);
    }

    @Test
    void theFilesOfOneCommandShareTheMemory() throws Exception {
        Fixtures.write(dir, "contest.yaml", Fixtures.TWO_EVENTS);
        Fixtures.write(dir, "roster.csv", "bib,name,unit,event\n101,张伟,一车间,stand\n");
        Path a = Fixtures.write(dir, "a.csv", HEADER + TIME.repeat(15_000));
        Path b = Fixtures.write(dir, "b.csv", HEADER + TIME.repeat(15_000));
        ContestFolder folder = ContestFolder.load(dir);

        assertThat(folder.readScores(List.of(a), EIGHT_MB)).hasSize(15_000);
        assertThatThrownBy(() -> folder.readScores(List.of(a, b), EIGHT_MB))
                .hasMessageStartingWith(b + ": is 0.4 MB (465041 bytes): its facts, with those read before it, would take about 1.4 MB")
                .hasMessageNotContaining(a.toString());
        assertThatThrownBy(() -> ContestFolder.loadWithScores(dir, List.of(b, a), EIGHT_MB))
                .hasMessageStartingWith(a + ": is 0.4 MB");
    }

    @Test
    void aFileFarTooBigIsRefusedOnceASixteenthOfItIsRead() {
        long max = EIGHT_MB.maxFacts(); // 21,845
        long size = 16L << 20;
        assertThat(EIGHT_MB.tooMany(0, max, size, size)).isFalse(); // the whole file read: as many as fit
        assertThat(EIGHT_MB.tooMany(0, max + 1, size, size)).isTrue(); // counted: too many
        assertThat(EIGHT_MB.tooMany(10, max - 9, size, size)).isTrue(); // with the files before it
        // a sixteenth (1 MB) read: projected over the file, more than fit by a quarter
        assertThat(EIGHT_MB.tooMany(0, 1_800, 1L << 20, size)).isTrue(); // 28,800 projected
        assertThat(EIGHT_MB.tooMany(0, 1_600, 1L << 20, size)).isFalse(); // 25,600: read on, counted
        assertThat(EIGHT_MB.tooMany(0, 1_800, (1L << 20) - 1, size)).isFalse(); // not yet a sixteenth
    }
}
