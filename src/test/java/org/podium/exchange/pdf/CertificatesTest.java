package org.podium.exchange.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.EntryResult;
import org.podium.domain.RoundResult;
import org.podium.exchange.ExportCancelled;
import org.podium.exchange.ExportInput;
import org.podium.exchange.Progress;

/** Certificates read back from the PDF: what is printed, on which page, in which font, and what is refused. */
class CertificatesTest {
    @TempDir
    Path tmp;

    private final PdfExports pdf = PdfFixtures.chinese();

    /** Name and honour of every certificate, in the order the pages should have them. */
    private static List<String[]> expectedPages(ExportInput in) {
        List<String[]> out = new ArrayList<>();
        for (RoundResult r : in.result().rounds()) {
            if (!r.awardRound()) {
                continue;
            }
            for (EntryResult e : r.rows()) {
                if (e.award() != null) {
                    out.add(new String[] {e.contestant().name(), e.award()});
                }
                for (String t : e.titles()) {
                    out.add(new String[] {e.contestant().name(), t});
                }
            }
        }
        return out;
    }

    private PdfFile export(ExportInput in) throws Exception {
        Path file = tmp.resolve("out/certificates.pdf");
        pdf.certificates(in, file, Progress.NONE);
        return PdfFile.read(file);
    }

    private static String withoutSpaces(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void monitorStandHasOnePagePerAwardAndPerTitleNamingTheWinnerAndTheHonour() throws Exception {
        ExportInput in = PdfFixtures.sample("monitor-stand");
        List<String[]> expected = expectedPages(in);
        assertThat(expected).hasSize(20); // 19 prizes and the title 岗位技能标兵 (golden rank.csv)

        PdfFile file = export(in);

        assertThat(file.pageCount()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(file.pages().get(i)).contains(expected.get(i)[0], expected.get(i)[1], "荣誉证书", "显示器支架组装",
                    "2020年岗位练兵首场拉练赛", "经开区总工会", "二〇二〇年七月二十日", "特发此证");
        }
        assertThat(file.pages().get(0)).contains("张伟", "一等奖").doesNotContain("称号");
        assertThat(file.pages().get(1)).contains("张伟", "“岗位技能标兵”称号");
        assertThat(file.pages().get(2)).contains("吴涛", "一等奖");
    }

    @Test
    void everyPageIsA4LandscapeAndTheBundledFontIsEmbedded() throws Exception {
        PdfFile file = export(PdfFixtures.sample("monitor-stand"));

        for (int i = 0; i < file.pageCount(); i++) {
            assertThat(file.a4Landscape(i)).as("page %d is A4 landscape", i + 1).isTrue();
        }
        assertThat(file.rotations()).containsOnly(90); // JasperReports 7 writes a portrait MediaBox turned 90°
        assertThat(file.fonts()).isNotEmpty();
        for (PDFont font : file.fonts()) {
            assertThat(font.getName()).contains("NotoSansCJKsc");
            assertThat(font.isEmbedded()).as(font.getName() + " is embedded").isTrue();
        }
    }

    @Test
    void namesAndTitlesMixingChineseLatinAndDigitsComeBackCharacterForCharacter() throws Exception {
        Path dir = PdfFixtures.copy("monitor-stand", tmp.resolve("mixed"));
        PdfFixtures.replace(dir.resolve("contest.yaml"), "name: 2020年岗位练兵首场拉练赛", "name: 2020 Skills Cup 岗位练兵 No.1");
        PdfFixtures.replace(dir.resolve("roster.csv"), "101,张伟,冠捷显示总装一车间", "101,张伟 No.2020,Line 3 总装车间");
        PdfFixtures.replace(dir.resolve("roster.csv"), "110,吴涛,", "110,Zhang Wei,");

        PdfFile file = export(PdfFixtures.scored(dir, List.of(dir.resolve("scores/sample.csv"))));

        String text = withoutSpaces(file.text());
        for (String printed : List.of("张伟 No.2020", "Zhang Wei", "2020 Skills Cup 岗位练兵 No.1", "Line 3 总装车间")) {
            assertThat(text).as("the PDF holds %s", printed).contains(withoutSpaces(printed));
        }
        assertThat(file.pages().get(0)).contains("No.2020").contains("Line 3");
        assertThat(file.pages().get(2)).contains("Zhang Wei");
    }

    @Test
    void rareCharactersInNamesArePrinted() throws Exception {
        Path dir = PdfFixtures.copy("monitor-stand", tmp.resolve("rare"));
        PdfFixtures.replace(dir.resolve("roster.csv"), "110,吴涛,", "110,王䶮,");
        PdfFixtures.replace(dir.resolve("roster.csv"), "128,于海波,", "128,𠮷田雅,");

        PdfFile file = export(PdfFixtures.scored(dir, List.of(dir.resolve("scores/sample.csv"))));

        assertThat(file.pages().get(2)).contains("王䶮");
        assertThat(file.pages().get(3)).contains("𠮷田雅");
    }

    @Test
    void aCharacterTheFontCannotPrintRefusesTheExportNamingTheCharacterAndTheContestant() throws Exception {
        Path dir = PdfFixtures.copy("monitor-stand", tmp.resolve("emoji"));
        PdfFixtures.replace(dir.resolve("roster.csv"), "101,张伟,", "101,张伟😀,");
        PdfFixtures.replace(dir.resolve("roster.csv"), "110,吴涛,冠捷显示总装一车间", "110,吴涛,冠捷\uE000车间");
        ExportInput in = PdfFixtures.scored(dir, List.of(dir.resolve("scores/sample.csv")));
        Path file = tmp.resolve("out/certificates.pdf");

        assertThatThrownBy(() -> pdf.certificates(in, file, Progress.NONE))
                .isInstanceOfSatisfying(PdfExportException.class, e -> {
                    assertThat(e.missingGlyphs()).extracting(MissingGlyph::hex).containsExactly("U+1F600", "U+E000");
                    assertThat(e.missingGlyphs()).extracting(m -> m.contestant().bib()).containsExactly("101", "110");
                    assertThat(e.problems()).hasSize(3);
                    assertThat(e.problems().get(0)).contains("未写出任何文件", "2");
                    assertThat(e.problems().get(1)).contains("101", "张伟😀", "姓名", "U+1F600", "😀");
                    assertThat(e.problems().get(2)).contains("110", "吴涛", "单位", "U+E000", "\uE000");
                });
        assertThat(file).doesNotExist();
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aContestTextTheFontCannotPrintIsNamedByWhatItIs() throws Exception {
        Path dir = PdfFixtures.copy("monitor-stand", tmp.resolve("contest"));
        PdfFixtures.replace(dir.resolve("contest.yaml"), "name: 显示器支架组装", "name: 显示器支架组装\u0378");
        ExportInput in = PdfFixtures.scored(dir, List.of(dir.resolve("scores/sample.csv")));

        assertThatThrownBy(() -> pdf.certificates(in))
                .isInstanceOfSatisfying(PdfExportException.class, e -> assertThat(e.problems())
                        .containsExactly("未写出任何文件：有 1 处文字含有内置字体无法打印的字符，打印出来会是空白。",
                                "项目名称“显示器支架组装\u0378”含有字体无法打印的字符 U+0378“\u0378”"));
    }

    @Test
    void aContestTemplateReplacesPodiumsCertificate() throws Exception {
        Path dir = PdfFixtures.copy("monitor-stand", tmp.resolve("custom"));
        PdfFixtures.certificateTemplate(dir, """
                <field name="name" class="java.lang.String"/>
                <field name="honour" class="java.lang.String"/>
                <detail><band height="595">
                  <element kind="staticText" x="40" y="40" width="700" height="40" fontName="Podium Sans" fontSize="24.0">
                    <text><![CDATA[定制证书 Custom]]></text></element>
                  <element kind="textField" x="40" y="100" width="700" height="40" fontSize="24.0">
                    <expression><![CDATA[$F{name} + " / " + $F{honour}]]></expression></element>
                </band></detail>""");

        PdfFile file = export(PdfFixtures.scored(dir, List.of(dir.resolve("scores/sample.csv"))));

        assertThat(file.pageCount()).isEqualTo(20);
        assertThat(file.pages().get(0)).contains("定制证书 Custom", "张伟 / 一等奖").doesNotContain("荣誉证书");
        assertThat(file.pages().get(1)).contains("张伟 / 岗位技能标兵");
        assertThat(file.fonts()).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
    }

    @Test
    void aContestTemplatePrintingInAnotherFontIsRefused() throws Exception {
        PdfExportException e = refusedTemplate("""
                <field name="name" class="java.lang.String"/>
                <detail><band height="595">
                  <element kind="textField" x="40" y="100" width="700" height="40" fontName="SansSerif">
                    <expression><![CDATA[$F{name}]]></expression></element>
                </band></detail>""");

        assertThat(e.problems().get(0)).contains("SansSerif", "Podium Sans");
    }

    /** The refusal of a copy of monitor-stand whose certificate template has this body. */
    private PdfExportException refusedTemplate(String body) throws Exception {
        Path dir = PdfFixtures.copy("monitor-stand", tmp.resolve("refused"));
        PdfFixtures.certificateTemplate(dir, body);
        ExportInput in = PdfFixtures.scored(dir, List.of(dir.resolve("scores/sample.csv")));
        try {
            pdf.certificates(in);
        } catch (PdfExportException e) {
            assertThat(e.problems()).singleElement().asString().startsWith(dir.resolve("templates/certificate.jrxml") + "：");
            return e;
        }
        throw new AssertionError("the template was not refused");
    }

    @Test
    void aContestTemplateDeclaringAFieldPodiumDoesNotFillIsRefused() throws Exception {
        PdfExportException e = refusedTemplate("""
                <field name="nmae" class="java.lang.String"/>
                <detail><band height="595">
                  <element kind="textField" x="40" y="100" width="700" height="40" fontName="Podium Sans">
                    <expression><![CDATA[$F{nmae}]]></expression></element>
                </band></detail>""");

        assertThat(e.problems().get(0)).contains("nmae", "name, unit");
    }

    @Test
    void aContestTemplateThatDoesNotLoadIsRefusedNamingTheFile() throws Exception {
        PdfExportException e = refusedTemplate("""
                <detail><band height="595">
                  <element kind="staticText" x="0" y="0" width="10" height="10" hTextAlign="Sideways"><text>x</text></element>
                </band></detail>""");

        assertThat(e.problems().get(0)).contains("：无法使用此模板：");
    }

    @Test
    void aContestTemplateWhoseFixedTextTheFontCannotPrintIsRefused() throws Exception {
        PdfExportException e = refusedTemplate("""
                <detail><band height="595">
                  <element kind="staticText" x="40" y="40" width="700" height="40" fontName="Podium Sans">
                    <text><![CDATA[荣誉 😀]]></text></element>
                </band></detail>""");

        assertThat(e.problems().get(0)).contains("荣誉 😀", "U+1F600");
    }

    @Test
    void aCancelledExportLeavesTheEarlierFileAsItWasAndNoPartFile() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path file = out.resolve("certificates.pdf");
        Files.writeString(file, "the earlier export");
        Progress cancelAfterFive = new RecordingProgress(steps -> steps.size() >= 5);

        assertThatThrownBy(() -> pdf.certificates(PdfFixtures.sample("monitor-stand"), file, cancelAfterFive))
                .isInstanceOf(ExportCancelled.class);

        assertThat(Files.readString(file)).isEqualTo("the earlier export");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aCancellationWhileWritingPagesLeavesNoFile() throws Exception {
        Path file = tmp.resolve("out/certificates.pdf");
        Progress cancelWhileWriting = new RecordingProgress(steps -> !steps.isEmpty()
                && steps.get(steps.size() - 1)[0] > steps.get(steps.size() - 1)[1] / 2 + 2);

        assertThatThrownBy(() -> pdf.certificates(PdfFixtures.sample("monitor-stand"), file, cancelWhileWriting))
                .isInstanceOf(ExportCancelled.class);

        assertThat(file).doesNotExist();
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void progressIsReportedPerCertificateAndPerPageUpToTheTotal() throws Exception {
        RecordingProgress record = RecordingProgress.neverCancelled();

        int pages = pdf.certificates(PdfFixtures.sample("monitor-stand"), tmp.resolve("c.pdf"), record);

        assertThat(pages).isEqualTo(20);
        List<long[]> steps = record.steps;
        assertThat(steps).hasSizeGreaterThanOrEqualTo(2 * pages);
        for (int i = 1; i < steps.size(); i++) {
            assertThat(steps.get(i)[0]).isGreaterThanOrEqualTo(steps.get(i - 1)[0]);
            assertThat(steps.get(i)[1]).isEqualTo(40);
        }
        assertThat(steps.get(steps.size() - 1)[0]).isEqualTo(40);
    }

    @Test
    void withoutAnyAwardThereIsNothingToPrintAndNoFile() throws Exception {
        ExportInput nothingRecorded = PdfFixtures.scored(Path.of("contests/monitor-stand"), List.of());
        Path file = tmp.resolve("certificates.pdf");

        PdfDocument doc = pdf.certificates(nothingRecorded);

        assertThat(doc.isEmpty()).isTrue();
        assertThat(doc.write(file, Progress.NONE)).isZero();
        assertThat(file).doesNotExist();
    }

    @Test
    void inEnglishTheCertificateSpeaksEnglish() throws Exception {
        PdfExports english = new PdfExports(Locale.ENGLISH, Clock.systemUTC());
        Path file = tmp.resolve("en.pdf");

        english.certificates(PdfFixtures.sample("monitor-stand"), file, Progress.NONE);

        assertThat(PdfFile.read(file).pages().get(1)).contains("Certificate of Honour", "张伟", "the title “岗位技能标兵”",
                "20 July 2020");
    }
}
