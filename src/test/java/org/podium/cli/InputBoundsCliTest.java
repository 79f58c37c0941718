package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.Limits;
import org.podium.exchange.pdf.PdfFixtures;

/**
 * Issue 12, point 7: big or odd input gives one clear line and exit 1, never an OutOfMemoryError, a stack trace, minutes
 * of parsing, a 50 MB value echoed back or a million lines of problems (README.md, "Limits").
 */
class InputBoundsCliTest {
    private static final String HEADER = "event,round,bib,kind,official,item,value\n";

    @TempDir
    Path tmp;
    Path contest;
    private Locale locale;

    @BeforeEach
    void copySample() throws IOException {
        contest = PdfFixtures.copy("monitor-stand", tmp.resolve("monitor-stand"));
        locale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH); // the command line's own lines follow the machine's language
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(locale);
    }

    /** A file of {@code bytes} bytes written in an instant: the file system keeps it sparse. */
    private static Path sparse(Path file, long bytes) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(bytes);
        }
        return file;
    }

    private static void assertNoStackTrace(CliRunner r) {
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("Error:").doesNotContain("\tat ");
    }

    @Test
    void aScoresFileOf200MegabytesOfNulBytesIsRefusedInOneLine() throws IOException {
        Path big = sparse(tmp.resolve("big.csv"), 200L << 20);

        CliRunner imported = CliRunner.run("import", contest.toString(), "--scores", big.toString());
        CliRunner ranked = CliRunner.run("rank", contest.toString(), "--scores", big.toString());

        for (CliRunner r : List.of(imported, ranked)) {
            r.assertOneLineInputError(big + ": is not a text file (it holds NUL bytes, as a binary file or a spreadsheet"
                    + " does): save it as CSV text in UTF-8 or GB18030");
        }
        assertThat(contest.resolve("contest.db")).doesNotExist();
    }

    @Test
    void aContestYamlWithA16MegabyteCommentIsRefusedInUnderASecond() throws IOException {
        Path yaml = contest.resolve("contest.yaml");
        String scheme = Files.readString(yaml, StandardCharsets.UTF_8);
        try (BufferedWriter w = Files.newBufferedWriter(yaml, StandardCharsets.UTF_8)) {
            w.write(scheme);
            w.write("# ");
            char[] chunk = "x".repeat(1 << 16).toCharArray();
            for (int i = 0; i < 256; i++) {
                w.write(chunk);
            }
            w.write("\n");
        }
        long size = Files.size(yaml);

        long start = System.nanoTime();
        CliRunner r = CliRunner.run("validate", contest.toString());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        r.assertOneLineInputError(yaml + ": is 16 MB (" + size + " bytes); contest.yaml may be at most 1 MB (README.md,"
                + " Limits): nothing of it was read");
        assertThat(millis).as("the issue asks for under a second").isLessThan(1000);
    }

    @Test
    void aContestYamlOfNearlyAMegabyteWithALongCommentIsReadQuickly() throws IOException {
        Path yaml = contest.resolve("contest.yaml");
        String scheme = Files.readString(yaml, StandardCharsets.UTF_8);
        int room = (int) Limits.CONTEST_YAML_BYTES - scheme.getBytes(StandardCharsets.UTF_8).length - 4;
        Files.writeString(yaml, scheme + "# " + "x".repeat(room) + "\n", StandardCharsets.UTF_8);

        long start = System.nanoTime();
        CliRunner r = CliRunner.run("validate", contest.toString());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(Files.size(yaml)).isLessThanOrEqualTo(Limits.CONTEST_YAML_BYTES).isGreaterThan(Limits.CONTEST_YAML_BYTES - 8);
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(millis).as("generous: it takes about a tenth of that").isLessThan(3000);
    }

    /** A scores file whose header has the seven columns and then a million more, column i named {@code more(i)}. */
    private Path wideHeader(String name, java.util.function.IntFunction<String> more) throws IOException {
        Path scores = tmp.resolve(name);
        try (BufferedWriter w = Files.newBufferedWriter(scores, StandardCharsets.UTF_8)) {
            w.write("event,round,bib,kind,official,item,value");
            for (int i = 0; i < 1_000_000; i++) {
                w.write("," + more.apply(i));
            }
            w.write("\nstand,final,101,time,T1,,1:08.12\n");
        }
        return scores;
    }

    @Test
    void aHeaderWithAMillionDuplicateColumnsGivesOneLine() throws IOException {
        Path scores = wideHeader("dup.csv", i -> "bib");

        CliRunner r = CliRunner.run("rank", contest.toString(), "--scores", scores.toString());

        r.assertOneLineInputError(scores + ":1: column 'bib' appears 1000001 times in the header: give each column once");
    }

    @Test
    void aHeaderWithAMillionUnknownColumnsListsAHundredAndCountsTheRest() throws IOException {
        Path scores = wideHeader("wide.csv", i -> "x" + i);

        CliRunner r = CliRunner.run("import", contest.toString(), "--scores", scores.toString());

        assertThat(r.code()).isEqualTo(1);
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(101);
        assertThat(lines.get(0)).startsWith(scores + ":1: unknown column 'x0' in the header");
        assertThat(lines.get(99)).startsWith(scores + ":1: unknown column 'x99' in the header");
        assertThat(lines.get(100)).isEqualTo("... and 999,900 more problems (the first 100 are listed)");
        assertNoStackTrace(r);
        assertThat(contest.resolve("contest.db")).doesNotExist();
    }

    @Test
    void validateListsAHundredProblemsThenHowManyMore() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            rows.append(9000 + i).append(",,U,,stand,1,,\n"); // no name
        }
        Files.writeString(contest.resolve("roster.csv"), rows, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        CliRunner r = CliRunner.run("validate", contest.toString());

        assertThat(r.code()).isEqualTo(1);
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(101);
        assertThat(lines.get(0)).contains("empty name for bib 9000");
        assertThat(lines.get(100)).isEqualTo("... and 150 more problems (the first 100 are listed)");
    }

    @Test
    void theMoreLineIsInChineseOnAChineseMachine() throws IOException {
        StringBuilder lines = new StringBuilder(HEADER);
        for (int i = 0; i < 130; i++) {
            lines.append("stand,final,101,time,T1,,not a time\n");
        }
        Path scores = Files.writeString(tmp.resolve("bad.csv"), lines, StandardCharsets.UTF_8);
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);

        CliRunner r = CliRunner.run("import", contest.toString(), "--scores", scores.toString());

        assertThat(r.err().lines().toList()).hasSize(101).last().isEqualTo("……另有 30 个问题（只列出前 100 个）");
    }

    @Test
    void aValueOf10MegabytesIsEchoedCutTo80Characters() throws IOException {
        Path scores = tmp.resolve("long.csv");
        try (BufferedWriter w = Files.newBufferedWriter(scores, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write("stand,final,");
            char[] chunk = "很".repeat(1 << 16).toCharArray();
            for (int i = 0; i < 160; i++) {
                w.write(chunk); // 10 million characters, 30 MB of UTF-8
            }
            w.write(",time,T1,,1:08.12\n");
        }

        CliRunner r = CliRunner.run("rank", contest.toString(), "--scores", scores.toString());

        r.assertOneLineInputError(scores + ":2: unknown bib " + "很".repeat(79) + "… in event stand");
        assertThat(r.err().length()).isLessThan(400);
    }

    @Test
    void aLongValueInContestYamlIsEchoedCutTo80Characters() throws IOException {
        Path yaml = contest.resolve("contest.yaml");
        String scheme = Files.readString(yaml, StandardCharsets.UTF_8);
        Files.writeString(yaml, scheme.replaceFirst("(?m)^decimals: .*$", "decimals: " + "9x".repeat(200_000)),
                StandardCharsets.UTF_8);

        CliRunner r = CliRunner.run("validate", contest.toString());

        r.assertOneLineInputError("decimals: expected a whole number, found '" + "9x".repeat(39) + "9…'");
    }

    @Test
    void aRosterWorkbookThatUnpacksToGigabytesIsRefusedInOneLine() throws IOException {
        Files.delete(contest.resolve("roster.csv"));
        Path xlsx = contest.resolve("roster.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(xlsx))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 200; i++) {
                zip.write(spaces); // 200 MB inflated, about 200 KB in the file
            }
        }

        CliRunner r = CliRunner.run("validate", contest.toString());

        r.assertOneLineInputError(xlsx + ": unpacks to more than a roster can hold");
    }

    @Test
    void aRosterWorkbookOver16MegabytesIsRefusedUnread() throws IOException {
        Files.delete(contest.resolve("roster.csv"));
        Path xlsx = sparse(contest.resolve("roster.xlsx"), 17L << 20);

        CliRunner r = CliRunner.run("validate", contest.toString());

        r.assertOneLineInputError(xlsx + ": is 17 MB (17825792 bytes); a roster workbook may be at most 16 MB");
    }

    @Test
    void aDeviceIsNotReadAsAScoresFile() {
        Path zero = Path.of("/dev/zero"); // endless: read whole, it would fill any memory

        CliRunner r = CliRunner.run("rank", contest.toString(), "--scores", zero.toString());

        r.assertOneLineInputError("/dev/zero: is not a regular file (a device or a pipe)");
    }

    /** {@code podium ARGS...} in a process of its own with a heap of {@code heap} (e.g. "24m"): its exit code and stderr. */
    private static Process podium(String heap, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+UseSerialGC", "-Duser.language=en",
                "-cp", System.getProperty("java.class.path"), Podium.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /**
     * Issue 17, in a real process with a small heap: a scores file whose facts would not fit in the memory given to Java
     * is refused in one line naming its size and the memory, nothing imported, never an OutOfMemoryError.
     */
    @Test
    void aScoresFileTooLargeForTheMemoryIsRefusedInOneLine() throws Exception {
        Path scores = tmp.resolve("many.csv");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(scores), 1 << 16)) {
            out.write(HEADER.getBytes(StandardCharsets.UTF_8));
            byte[] line = "stand,final,101,time,T1,,1:08.12\n".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 600_000; i++) {
                out.write(line); // 20 MB: 600,000 facts, about 27 MB of them, far beyond a 24 MB heap
            }
        }
        for (String command : List.of("import", "rank")) {
            Process p = podium("24m", command, contest.toString(), "--scores", scores.toString());
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(err).isEqualTo(1);
            assertThat(err.strip().lines()).singleElement().asString()
                    .startsWith(scores + ": is 18.9 MB (19800041 bytes): its facts, with those read before it, would take about ")
                    .containsPattern("more than the [0-9.]+ MB they may take here \\(an eighth of the [0-9.]+ MB this Java may use\\)")
                    .endsWith("run Podium with more memory, or split the file and import the parts one command at a time"
                            + " (README.md, Limits); nothing of it was kept");
        }
        assertThat(contest.resolve("contest.db")).doesNotExist();
    }

    /**
     * The last resort, in a real process with a small heap: input within the limits but too large for the memory given
     * to Java (a 15 MB roster, read whole, in a 24 MB heap) ends in one line and exit 1, never an OutOfMemoryError's
     * stack trace.
     */
    @Test
    void runningOutOfMemoryAnywayEndsInOneLine() throws Exception {
        Path roster = contest.resolve("roster.csv");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(roster), 1 << 16)) {
            out.write("bib,name,unit,team,event,heat,gender,birth_date\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 240_000; i++) {
                out.write((100_000 + i + ",张伟,冠捷显示总装一车间,,stand,1,男,1991-04-12\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(Files.size(roster)).isLessThan(Limits.ROSTER_CSV_BYTES);
        Process p = podium("24m", "validate", contest.toString());
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isEqualTo(1);
        assertThat(err.strip().lines()).singleElement().asString().startsWith("podium: out of memory (")
                .contains("README.md (Limits)");
        assertThat(contest.resolve("contest.db")).doesNotExist();
    }
}
