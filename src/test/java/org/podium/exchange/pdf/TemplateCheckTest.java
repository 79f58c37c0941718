package org.podium.exchange.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.podium.exchange.ExportInput;
import org.podium.exchange.Progress;

/**
 * A contest template runs no code (issue 12, point 1): the whitelist of {@link TemplateCheck} against what an attacker
 * would try, and Podium's own templates held to the same check.
 */
class TemplateCheckTest {
    @TempDir
    Path tmp;

    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <jasperReport name="t" language="java" pageWidth="842" pageHeight="595" columnWidth="842" leftMargin="0"
                rightMargin="0" topMargin="0" bottomMargin="0">
            """;

    private static TemplateCheck.Result check(String xml) {
        return TemplateCheck.check(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** A template printing one text field with this expression (the expression starts on line 8). */
    private static String withExpression(String expression) {
        return HEAD + """
                  <field name="name" class="java.lang.String"/>
                  <detail><band height="595">
                    <element kind="textField" x="0" y="0" width="800" height="40">
                      <expression><![CDATA[
                EXPRESSION]]></expression>
                    </element>
                  </band></detail>
                </jasperReport>
                """.replace("EXPRESSION", expression);
    }

    private static List<String> keys(TemplateCheck.Result r) {
        return r.findings().stream().map(TemplateCheck.Finding::key).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"$F{name}", "$F{name} + \" 同志：\"", "($F{name} + 1) + 2.5", "$R{pdf.certificate.heading}",
            "$P{REPORT_LOCALE} + $V{PAGE_NUMBER}", "\"\"", "", "\"a\\\"b\\\\c\\n\\101\"", "(((\"x\")))",
            "$F{name}\n  + \"\\t\""})
    void referencesLiteralsPlusAndParenthesesPass(String expression) {
        assertThat(check(withExpression(expression)).findings()).isEmpty();
    }

    @ParameterizedTest(name = "{0} is refused at {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "$F{name} + (new java.io.File(\"/tmp/x\").createNewFile() ? \"\" : \"\") | new",
        "Runtime.getRuntime().exec(\"touch /tmp/x\") | Runtime",
        "$F{name}.toUpperCase() | .",
        "$F{name} == null ? \"\" : $F{name} | =",
        "(String) $F{name} | String",
        "$F{name} /* hidden */ | /",
        "$F{name} // hidden | /",
        "1L | 1L",
        "0x1F | 0x1F",
        "1e5 | 1e5",
        "`\"a\" \"b\"` | `\"`",
        "+ 1 | +",
        "$F{name} + | +",
        "-1 | -",
        "`'c'` | `'`",
        "$F{name} + \"\\u0022 + new Object() + \\u0022\" | \\u",
        "\"$R{x\\\") + new Object() + str(\\\"y}\" | $",
        "\"$F{name}\" | $",
        "$X{IN, a, b} | $X{IN,",
        "$F{na me} | $F{na",
        "$R{a\") + new Object() + str(\"b} | $R{a\")",
        "$P!{name} | $P!{name}",
        "x -> x | x",
        "$F{name} + java.lang.System.getenv() | java",
        "`\"unclosed` | `\"`",
    })
    void anythingElseIsRefusedNamingTheToken(String expression, String token) {
        TemplateCheck.Result r = check(withExpression(expression));

        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("pdf.problem.templateExpression");
            assertThat(f.line()).isEqualTo(8);
            assertThat(f.args().get(1)).isEqualTo(token);
        });
    }

    @Test
    void deepNestingIsRefusedWithoutOverflowingTheStack() {
        String deep = "(".repeat(100_000) + "1" + ")".repeat(100_000);

        assertThat(keys(check(withExpression(deep)))).containsExactly("pdf.problem.templateExpression");
    }

    @Test
    void theLineOfTheOffendingTokenIsNamedAndALongExpressionIsCut() {
        String expression = "$F{name}\n+ \"" + "很长".repeat(60) + "\"\n+ new Object()";

        TemplateCheck.Finding f = check(withExpression(expression)).findings().get(0);

        assertThat(f.line()).isEqualTo(10);
        assertThat(f.args().get(0)).hasSize(80).endsWith("…").startsWith("$F{name} + \"很长");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<import>java.io.*</import> | pdf.problem.templateElement",
        "<scriptlet name=\"s\" class=\"evil.Scriptlet\"/> | pdf.problem.templateElement",
        "<template><![CDATA[\"styles.jrtx\"]]></template> | pdf.problem.templateElement",
        "<query language=\"sql\"><![CDATA[select 1]]></query> | pdf.problem.templateElement",
        "<dataset name=\"d\"/> | pdf.problem.templateElement",
        "<property name=\"net.sf.jasperreports.compiler.class\" value=\"evil.Compiler\"/> | pdf.problem.templateProperty",
        "<property name=\"net.sf.jasperreports.export.pdf.javascript\" value=\"app.alert(1)\"/> | pdf.problem.templateProperty",
        "<field name=\"name\" class=\"java.io.File\"/> | pdf.problem.templateClass",
        "<field name=\"name\" class=\"java.lang.String)new Object(\"/> | pdf.problem.templateClass",
        "<parameter name=\"p\" class=\"java.lang.String\" nestedType=\"evil.Type\"/> | pdf.problem.templateAttribute",
        "<variable name=\"v\" class=\"java.lang.Integer\" incrementerFactoryClass=\"evil.Factory\"/> | pdf.problem.templateAttribute",
        "<field name=\"na&quot;me\" class=\"java.lang.String\"/> | pdf.problem.templateName",
        "<group name=\"g\"><expression><![CDATA[System.exit(1)]]></expression></group> | pdf.problem.templateExpression",
        "<filterExpression><![CDATA[new Object() != null]]></filterExpression> | pdf.problem.templateExpression",
        "<parameter name=\"p\" class=\"java.lang.String\"><defaultValueExpression><![CDATA[System.getenv(\"HOME\")]]></defaultValueExpression></parameter> | pdf.problem.templateExpression",
        "<variable name=\"v\" class=\"java.lang.Integer\"><expression><![CDATA[Integer.valueOf(1)]]></expression></variable> | pdf.problem.templateExpression",
        "<style name=\"s\"><conditionalStyle><conditionExpression><![CDATA[new Object() == null]]></conditionExpression></conditionalStyle></style> | pdf.problem.templateExpression",
        "<detail><band height=\"10\"><printWhenExpression><![CDATA[Boolean.valueOf(true)]]></printWhenExpression></band></detail> | pdf.problem.templateExpression",
        "<detail><band height=\"10\"><element kind=\"subreport\" x=\"0\" y=\"0\" width=\"1\" height=\"1\"/></band></detail> | pdf.problem.templateKind",
        "<detail><band height=\"10\"><element kind=\"chart\" x=\"0\" y=\"0\" width=\"1\" height=\"1\"/></band></detail> | pdf.problem.templateKind",
        "<detail><band height=\"10\"><element kind=\"component\" x=\"0\" y=\"0\" width=\"1\" height=\"1\"/></band></detail> | pdf.problem.templateKind",
        "<detail><band height=\"10\"><element kind=\"textField\" x=\"0\" y=\"0\" width=\"1\" height=\"1\" expression=\"new Object()\"/></band></detail> | pdf.problem.templateAttribute",
        "<detail><band height=\"10\"><element kind=\"textField\" x=\"0\" y=\"0\" width=\"1\" height=\"1\" linkType=\"Reference\"><hyperlinkReferenceExpression><![CDATA[\"http://example.org\"]]></hyperlinkReferenceExpression></element></band></detail> | pdf.problem.templateAttribute",
        "<detail><band height=\"10\"><element kind=\"textField\" x=\"0\" y=\"0\" width=\"1\" height=\"1\"><patternExpression><![CDATA[String.valueOf(1)]]></patternExpression></element></band></detail> | pdf.problem.templateExpression",
        "<detail><band height=\"10\"><element kind=\"textField\" x=\"0\" y=\"0\" width=\"1\" height=\"1\" markup=\"html\"/></band></detail> | pdf.problem.templateMarkup",
        "<detail><band height=\"10\"><element kind=\"textField\" x=\"0\" y=\"0\" width=\"1\" height=\"1\"><expression><band height=\"1\"/></expression></element></band></detail> | pdf.problem.templateElement",
        "<detail><band height=\"10\">java.lang.Runtime</band></detail> | pdf.problem.templateContent",
        "<jr:detail xmlns:jr=\"http://jasperreports.sourceforge.net/jasperreports\"/> | pdf.problem.templateElement",
    })
    void elementsAttributesTypesAndPropertiesThatCouldRunCodeAreRefused(String body, String key) {
        assertThat(keys(check(HEAD + body + "\n</jasperReport>\n"))).contains(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"scriptletClass=\"evil.Scriptlet\"", "resourceBundle=\"evil.Bundle\"",
            "formatFactoryClass=\"evil.Formats\"", "language=\"groovy\"", "language=\"javascript\""})
    void reportAttributesThatLoadClassesOrChangeTheLanguageAreRefused(String attribute) {
        String xml = HEAD.replace(" language=\"java\"", "").replace("name=\"t\"", "name=\"t\" " + attribute)
                + "</jasperReport>\n";

        assertThat(keys(check(xml))).containsAnyOf("pdf.problem.templateAttribute", "pdf.problem.templateLanguage")
                .hasSize(1);
    }

    @Test
    void aDoctypeIsRefusedSoThatNoEntityReadsAFile() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "the organiser's secret");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE jasperReport [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<jasperReport name=\"t\"><property name=\"com.jaspersoft.studio.x\" value=\"&x;\"/></jasperReport>";

        TemplateCheck.Result r = check(xml);

        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("pdf.problem.templateDoctype");
            assertThat(f.args().toString()).doesNotContain("secret");
        });
    }

    @Test
    void jaspersoftStudiosOwnPropertiesAndEveryLayoutElementPass() {
        String xml = HEAD + """
                  <property name="com.jaspersoft.studio.unit.pageHeight" value="pixel"/>
                  <style name="base" default="true" fontName="Podium Sans" fontSize="22.0" forecolor="#1E1E1E"/>
                  <parameter name="heading" class="java.lang.String"><defaultValueExpression><![CDATA["荣誉证书"]]></defaultValueExpression></parameter>
                  <field name="name" class="java.lang.String"><description><![CDATA[the name]]></description></field>
                  <variable name="count" class="java.lang.Integer" calculation="Count"><expression><![CDATA[1]]></expression></variable>
                  <detail><band height="595" splitType="Prevent">
                    <element kind="frame" x="0" y="0" width="800" height="500" mode="Transparent">
                      <box padding="4"><topPen lineWidth="1.0" lineColor="#9E1B1B"/></box>
                      <element kind="staticText" x="0" y="0" width="800" height="40" hTextAlign="Center"><text><![CDATA[荣誉证书]]></text></element>
                      <element kind="textField" x="0" y="50" width="800" height="40" textAdjust="ScaleFont" markup="none">
                        <paragraph firstLineIndent="42"/>
                        <printWhenExpression><![CDATA[$V{count} + 0 + ""]]></printWhenExpression>
                        <expression><![CDATA[$F{name} + $P{heading}]]></expression>
                      </element>
                      <element kind="line" x="0" y="90" width="800" height="1"><pen lineWidth="1.2" lineColor="#C39B3E"/></element>
                      <element kind="rectangle" x="0" y="100" width="10" height="10" radius="2"/>
                      <element kind="ellipse" x="0" y="120" width="10" height="10"/>
                    </element>
                    <element kind="break" x="0" y="510" width="1" height="1" type="Page"/>
                  </band></detail>
                </jasperReport>
                """;

        assertThat(check(xml).findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"/etc/passwd\"", "\"http://example.org/seal.png\"", "\"../seal.png\"", "\"seal.gif\"",
            "$F{name}", "\"seal\" + \".png\"", "\"file:seal.png\""})
    void aPictureMustNameAPngOrJpegBesideTheTemplate(String expression) {
        String xml = HEAD + """
                  <field name="name" class="java.lang.String"/>
                  <detail><band height="595">
                    <element kind="image" x="0" y="0" width="100" height="100"><expression><![CDATA[EXPRESSION]]></expression></element>
                  </band></detail>
                </jasperReport>
                """.replace("EXPRESSION", expression);

        TemplateCheck.Result r = check(xml);

        assertThat(keys(r)).containsExactly("pdf.problem.templateImage");
        assertThat(r.images()).isEmpty();
    }

    @Test
    void aContestTemplatePrintsAPictureBesideIt() throws Exception {
        Path dir = PdfFixtures.copy("monitor-stand", tmp.resolve("seal"));
        Path templates = Files.createDirectories(dir.resolve("templates"));
        BufferedImage seal = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        seal.setRGB(10, 10, 0xCC0000);
        ImageIO.write(seal, "png", templates.resolve("seal.png").toFile());
        Files.writeString(templates.resolve("certificate.jrxml"), HEAD + """
                  <field name="name" class="java.lang.String"/>
                  <detail><band height="595">
                    <element kind="image" x="0" y="0" width="100" height="100"><expression><![CDATA["seal.png"]]></expression></element>
                    <element kind="textField" x="0" y="120" width="800" height="40"><expression><![CDATA[$F{name}]]></expression></element>
                  </band></detail>
                </jasperReport>
                """, StandardCharsets.UTF_8);
        ExportInput input = PdfFixtures.scored(dir, List.of(dir.resolve("scores/sample.csv")));
        Path out = tmp.resolve("certificates.pdf");

        int pages = PdfFixtures.chinese().certificates(input, out, Progress.NONE);

        assertThat(pages).isEqualTo(20);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            int images = 0;
            for (var name : pdf.getPage(0).getResources().getXObjectNames()) {
                images += pdf.getPage(0).getResources().getXObject(name) instanceof PDImageXObject ? 1 : 0;
            }
            assertThat(images).isEqualTo(1);
        }
    }

    @Test
    void aPictureThatIsNotAPngOrJpegIsRefusedBeforeAnythingIsCompiled() throws Exception {
        Path dir = PdfFixtures.copy("monitor-stand", tmp.resolve("fake"));
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("seal.png"), "#!/bin/sh\necho not a picture\n");
        Files.writeString(templates.resolve("certificate.jrxml"), HEAD + """
                  <detail><band height="595">
                    <element kind="image" x="0" y="0" width="100" height="100"><expression><![CDATA["seal.png"]]></expression></element>
                  </band></detail>
                </jasperReport>
                """, StandardCharsets.UTF_8);
        ExportInput input = PdfFixtures.scored(dir, List.of(dir.resolve("scores/sample.csv")));

        PdfExportException e = org.junit.jupiter.api.Assertions.assertThrows(PdfExportException.class,
                () -> new PdfExports(Locale.ENGLISH, PdfFixtures.CLOCK).certificates(input));

        assertThat(e.problems()).singleElement().asString()
                .isEqualTo(templates.resolve("certificate.jrxml") + ": the picture seal.png beside the template is"
                        + " missing, is not a PNG or JPEG file, or is larger than 4194304 bytes");
    }

    @Test
    void aTemplateLargerThanAMegabyteIsRefusedUnread() throws Exception {
        Path dir = PdfFixtures.copy("monitor-stand", tmp.resolve("big"));
        Path file = Files.createDirectories(dir.resolve("templates")).resolve("certificate.jrxml");
        try (var raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(Templates.MAX_TEMPLATE_BYTES + 1);
        }
        ExportInput input = PdfFixtures.scored(dir, List.of(dir.resolve("scores/sample.csv")));

        PdfExportException e = org.junit.jupiter.api.Assertions.assertThrows(PdfExportException.class,
                () -> new PdfExports(Locale.ENGLISH, PdfFixtures.CLOCK).certificates(input));

        assertThat(e.problems()).containsExactly(file + ": the template is 1048577 bytes; a contest template may be at"
                + " most 1048576 bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"certificate", "table"})
    void podiumsOwnTemplatesPassTheSameCheck(String name) throws IOException {
        try (InputStream in = Templates.class.getResourceAsStream("/org/podium/reports/" + name + ".jrxml")) {
            assertThat(TemplateCheck.check(in.readAllBytes()).findings()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theTablesPodiumBuildsFromItsFramePassTheSameCheck(boolean landscape) throws Exception {
        PdfTexts texts = new PdfTexts(Locale.SIMPLIFIED_CHINESE);
        List<TableLayout.Column> columns = List.of(TableLayout.Column.left("a", 2), TableLayout.Column.right("b", 1));
        JasperDesign design = TableDesign.build(Templates.design("table"),
                new TableLayout(columns, 20, 24, landscape, landscape, landscape), texts);

        String xml = JRXmlWriter.writeReport(design, "UTF-8");

        assertThat(TemplateCheck.check(xml.getBytes(StandardCharsets.UTF_8)).findings()).isEmpty();
    }
}
