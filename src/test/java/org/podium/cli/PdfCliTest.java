package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.exchange.pdf.PdfFixtures;

/** podium export certificates and podium export sheets: files written, refusals, exit codes. */
class PdfCliTest {
    @TempDir
    Path tmp;

    private Path copy(String slug) throws IOException {
        return PdfFixtures.copy(slug, tmp.resolve(slug));
    }

    private static String[] files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return new String[0];
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void certificatesWritesTheCertificatesTheAwardListAndTheNotice() throws IOException {
        Path dir = copy("monitor-stand");
        Path out = tmp.resolve("out");

        CliRunner r = CliRunner.run("export", "certificates", dir.toString(), "--scores", dir.resolve("scores/sample.csv").toString(),
                "--out", out.toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(files(out)).containsExactly("award-list.pdf", "certificates.pdf", "results-notice.pdf");
        assertThat(r.out()).isEqualTo("已写出 " + out.resolve("certificates.pdf") + "（20 页）\n"
                + "已写出 " + out.resolve("award-list.pdf") + "（1 页）\n"
                + "已写出 " + out.resolve("results-notice.pdf") + "（2 页）\n");
    }

    @Test
    void theVenueDatabaseOfTheFolderIsReadWhenNoDbIsGiven() throws IOException {
        Path dir = copy("monitor-stand");
        assertThat(CliRunner.run("import", dir.toString(), "--scores", dir.resolve("scores/sample.csv").toString()).code()).isZero();
        Path out = tmp.resolve("out");

        CliRunner r = CliRunner.run("export", "certificates", dir.toString(), "--out", out.toString(), "--lang", "en");

        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Read: " + dir.resolve("contest.db") + "\n")
                .contains("wrote " + out.resolve("certificates.pdf") + " (pages: 20)");
    }

    @Test
    void withoutResultsThereIsNothingToPrintAndNoFile() throws IOException {
        Path dir = copy("monitor-stand");
        Path out = tmp.resolve("out");

        CliRunner r = CliRunner.run("export", "certificates", dir.toString(), "--out", out.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("没有可打印的certificates.pdf：尚无选手获得奖项或称号", "没有可打印的results-notice.pdf");
        assertThat(files(out)).isEmpty();
    }

    @Test
    void aCharacterTheFontCannotPrintStopsEveryFileNamingTheCharacterAndTheContestant() throws IOException {
        Path dir = copy("monitor-stand");
        Path roster = dir.resolve("roster.csv");
        String text = Files.readString(roster, StandardCharsets.UTF_8);
        Files.writeString(roster, text.replace("101,张伟,", "101,张伟😀,").replace("139,彭丹,", "139,彭\uE000丹,"),
                StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");

        CliRunner r = CliRunner.run("export", "certificates", dir.toString(), "--scores", dir.resolve("scores/sample.csv").toString(),
                "--out", out.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        // 139 has no award: only the notice prints the name, and it is named too
        assertThat(r.err()).isEqualTo("未写出任何文件：有 2 处文字含有内置字体无法打印的字符，打印出来会是空白。\n"
                + "号码 101（张伟😀）的姓名“张伟😀”含有字体无法打印的字符 U+1F600“😀”\n"
                + "号码 139（彭\uE000丹）的姓名“彭\uE000丹”含有字体无法打印的字符 U+E000“\uE000”\n");
        assertThat(files(out)).isEmpty();
    }

    @Test
    void sheetsWritesJudgeAndTimekeeperSheetsAndTheKeyOfABlindEvent() throws IOException {
        Path dir = copy("monitor-stand");
        Path yaml = dir.resolve("contest.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("blind_judging: false", "blind_judging: true"));
        Path out = tmp.resolve("out");

        CliRunner without = CliRunner.run("export", "sheets", dir.toString(), "--out", out.toString());
        assertThat(without.code()).isEqualTo(1);
        assertThat(without.err()).contains("work numbers of round final live in the venue database: export the sheets with --db");
        assertThat(files(out)).isEmpty();

        CliRunner imported = CliRunner.run("import", dir.toString(), "--scores", dir.resolve("scores/sample.csv").toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        CliRunner r = CliRunner.run("export", "sheets", dir.toString(), "--out", out.toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(files(out)).containsExactly("judge-sheets.pdf", "timekeeper-sheets.pdf", "work-numbers.pdf");
        java.util.Map<String, String> kept;
        try (var store = new org.podium.store.SqliteContestStore(dir.resolve("contest.db"),
                org.podium.contestfile.ContestFolder.load(dir).contest(), java.time.Clock.systemUTC())) {
            kept = store.workNumbers("stand", "final");
        } catch (org.podium.contestfile.ContestFileException e) {
            throw new AssertionError(e);
        }
        String key;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(out.resolve("work-numbers.pdf").toFile())) {
            key = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        assertThat(key).contains(kept.get("101") + " 101 张伟"); // the numbers the judge station shows
        assertThat(r.out()).contains("judge-sheets.pdf（15 页）", "timekeeper-sheets.pdf（9 页）", "work-numbers.pdf（2 页）"); // 40 rows
    }

    @Test
    void sheetsOfOneRoundOfOneEvent() throws IOException {
        Path dir = copy("fire-safety");
        Path out = tmp.resolve("out");

        CliRunner r = CliRunner.run("export", "sheets", dir.toString(), "--scores", dir.resolve("scores/sample.csv").toString(),
                "--event", "hose", "--round", "final", "--out", out.toString());

        assertThat(r.err()).isEmpty();
        assertThat(files(out)).containsExactly("judge-sheets.pdf", "timekeeper-sheets.pdf");
    }

    @Test
    void anUnknownEventOrRoundIsAnInputError() throws IOException {
        Path dir = copy("fire-safety");
        String out = tmp.resolve("out").toString();

        CliRunner.run("export", "sheets", dir.toString(), "--event", "nope", "--out", out)
                .assertOneLineInputError("--event nope", "hose, oilfire");
        CliRunner.run("export", "sheets", dir.toString(), "--event", "oilfire", "--round", "prelim", "--out", out, "--lang", "en")
                .assertOneLineInputError("--round prelim: no such round of oilfire (rounds: final)");
        assertThat(files(tmp.resolve("out"))).isEmpty();
    }

    @Test
    void aMissingOutIsAUsageError() {
        CliRunner r = CliRunner.run("export", "certificates", "contests/monitor-stand");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--out").doesNotContain("Exception");
    }

    @Test
    void aFolderThatIsNoContestIsAnInputError() {
        CliRunner.run("export", "certificates", tmp.resolve("nowhere").toString(), "--out", tmp.resolve("out").toString())
                .assertOneLineInputError("nowhere");
    }
}
