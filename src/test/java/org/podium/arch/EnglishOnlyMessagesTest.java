package org.podium.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 point 8: no new English-only message may reach a user from the store, the services or the contest-file
 * readers. The source of those packages is scanned for an exception (or refusal) made with English words written in
 * the code ({@code throw new ...Exception("... words ...")}, or a file's {@code Problem.of(file, "... words ...")}); a message comes from the bundles instead (a key, or
 * {@code StoreText}, {@code Said}, {@code FileText}). The programming errors a user never meets (a caller's mistake, a
 * JDK without SHA-256) are allowed by name below, each with why.
 */
class EnglishOnlyMessagesTest {
    private static final List<String> PACKAGES = List.of("store", "service", "contestfile");
    private static final Pattern MADE = Pattern.compile("new\\s+(\\w*(?:Exception|Refused|Error))\\s*\\(|Problem\\.(?:of|at)\\s*\\(|\\bproblem\\(\\w+,\\s*(?=\")|\\bsink\\.at\\(");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern WORDS = Pattern.compile("[A-Za-z']{2,} [A-Za-z']{2,}");
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z]*(\\.[A-Za-z_]+)+");
    private static final Pattern BUNDLED = Pattern.compile("StoreText\\.get\\(|Said\\.of\\(|\\.get\\(\"|\\.say\\(|bundled\\(|"
            + "RecordingRefused\\.said\\(|Refused\\.said\\(");

    /** File name and the start of the message: programming errors, never shown to a user as a message. */
    private static final Map<String, String> INTERNAL = Map.ofEntries(
            // a caller's mistake: screens and commands choose events and rounds from contest.yaml's own lists
            Map.entry("JournalStore.java:no round ", "the round comes from contest.yaml"),
            Map.entry("JournalStore.java:every recording names its station", "every station passes its name"),
            Map.entry("JudgeSheets.java:no event ", "the event comes from contest.yaml"),
            Map.entry("Recording.java:no event ", "the event comes from contest.yaml"),
            Map.entry("RoundControl.java:no round ", "the round comes from contest.yaml"),
            Map.entry("ResultsService.java:no round ", "the round comes from contest.yaml"),
            Map.entry("ExportService.java:two files of one export are named ", "the exporters name their files"),
            Map.entry("FactText.java:row ", "only fact rows are passed"),
            Map.entry("OfficialEntry.java:not an official's row value", "only official rows are passed"),
            Map.entry("Seal.java:a seal names a row, 1 or more", "Seal.parse has checked the form"),
            Map.entry("Seal.java:a seal's hash is ", "Seal.parse has checked the form"),
            Map.entry("Preview.java:problemsOmitted is a count", "a reader's count"),
            Map.entry("Problem.java:line and column are 1-based, or 0 when unknown", "a reader's position"),
            Map.entry("ContestFileException.java:a ContestFileException needs at least one problem", "a reader's list"),
            // caught where they are thrown and said as a problem of the file
            Map.entry("Sheets.java:row ", "caught by the spreadsheet reader, said as the file's problem"),
            Map.entry("Sheets.java:cell ", "caught by the spreadsheet reader, said as the file's problem"),
            Map.entry("Sheets.java:merged cells ", "caught by the spreadsheet reader, said as the file's problem"),
            Map.entry("Sheets.java:shared string ", "caught by the spreadsheet reader, said as the file's problem"),
            // the JDK or the build is broken: not a contest's problem
            Map.entry("Pins.java:this JDK has no PBKDF2WithHmacSHA256", "the JDK"),
            Map.entry("Chain.java:this JDK has no SHA-256", "the JDK"),
            Map.entry("Migrations.java:migration ", "the build; said inside store.cannotOpen"),
            Map.entry("Migrations.java:cannot read migration ", "the build"),
            Map.entry("Restore.java:SQLite backup API returned ", "SQLite's code, said inside store.restore.failed"),
            Map.entry("JournalAppender.java:fact ", "a station's retry, answered as already there"),
            Map.entry("CsvStream.java:read, not skipped", "FastCSV reads its text, never skips it"),
            Map.entry("FactMemory.java:memory must be above 0: ", "the memory Java may use, or a test's"),
            Map.entry("YamlText.java:special characters are not allowed", "caught by ContestYaml, said as contestfile.yaml.control"),
            Map.entry("NewContest.java:: the new contest", "the setup screen says it from its key"));

    @Test
    void noExceptionOfTheStoreTheServicesOrTheReadersCarriesEnglishWrittenInTheCode() throws IOException {
        List<String> found = new ArrayList<>();
        for (String pkg : PACKAGES) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/podium", pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    found.addAll(englishOnly(file));
                }
            }
        }
        assertThat(found).as("exceptions with English written in the code: say them from the bundles, or allow a"
                + " programming error by name in INTERNAL").isEmpty();
    }

    @Test
    void theScanFindsAnEnglishMessageAndLetsABundledOnePass() throws IOException {
        Path dir = Files.createTempDirectory("scan");
        Path file = dir.resolve("Example.java");
        Files.writeString(file, """
                class Example {
                    void a(String id) { throw new IllegalArgumentException("official " + id + " is not known"); }
                    void b(String id) { throw new StoreException(StoreText.get("store.officials.none", id)); }
                    void c() throws Exception { throw new RecordingRefused(where + ": the round is locked"); }
                    void d() { throw new SetupRefused("people.officials.error.role", "choose the role"); }
                    void e() { problems.add(Problem.at(file, line, "a quoted field is never closed")); }
                }
                """);
        assertThat(englishOnly(file)).containsExactly("Example.java:2: official ", "Example.java:4: : the round is locked",
                "Example.java:6: a quoted field is never closed");
    }

    /** Each exception of {@code file} made with English words in the code and no bundle, as FILE:LINE: message. */
    static List<String> englishOnly(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        List<String> found = new ArrayList<>();
        Matcher made = MADE.matcher(text);
        while (made.find()) {
            int end = statementEnd(text, made.end());
            String statement = text.substring(made.end(), end);
            if (BUNDLED.matcher(statement).find()) {
                continue;
            }
            Matcher literal = LITERAL.matcher(statement);
            if (!literal.find() || KEY.matcher(literal.group(1)).matches()) {
                continue;
            }
            String first = literal.group(1);
            boolean english = WORDS.matcher(first).find();
            while (!english && literal.find()) {
                english = WORDS.matcher(literal.group(1)).find();
            }
            if (english && INTERNAL.keySet().stream().noneMatch(k -> k.equals(name + ":" + first)
                    || k.startsWith(name + ":") && first.startsWith(k.substring(name.length() + 1)))) {
                int line = (int) text.substring(0, made.start()).chars().filter(c -> c == '\n').count() + 1;
                found.add(name + ":" + line + ": " + first);
            }
        }
        return found;
    }

    /** Where the statement begun before {@code from} ends: the first ';' outside a string literal. */
    private static int statementEnd(String text, int from) {
        boolean inString = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString && c == '\\') {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (!inString && c == ';') {
                return i;
            }
        }
        return text.length();
    }
}
