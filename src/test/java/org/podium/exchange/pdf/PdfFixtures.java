package org.podium.exchange.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.podium.contestfile.ContestFileException;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.ContestResult;
import org.podium.exchange.ExportInput;
import org.podium.scoring.ScoringEngine;

/** Contests for the PDF tests: the samples scored by the engine, and copies of them to change. */
public final class PdfFixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2020-07-20T08:30:00Z"), ZoneId.of("Asia/Shanghai"));

    private PdfFixtures() {
    }

    static PdfExports chinese() {
        return new PdfExports(Locale.SIMPLIFIED_CHINESE, CLOCK);
    }

    /** The sample {@code contests/<slug>} with its scores/sample.csv, scored. */
    static ExportInput sample(String slug) throws ContestFileException {
        Path dir = Path.of("contests", slug);
        return scored(dir, List.of(dir.resolve("scores/sample.csv")));
    }

    static ExportInput scored(Path dir, List<Path> scores) throws ContestFileException {
        ContestFolder.Loaded loaded = ContestFolder.loadWithScores(dir, scores);
        ContestResult result = new ScoringEngine().score(loaded.folder().contest(), loaded.facts());
        if (!result.rejected().isEmpty()) {
            throw new IllegalStateException("the engine rejected " + result.rejected());
        }
        return new ExportInput(loaded.folder().contest(), result, loaded.facts(), dir);
    }

    /** Replaces text in a file of a copied contest; the text must be there. */
    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(file + " does not hold " + from);
        }
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /**
     * A copy of a sample folder (contest.yaml, roster, theory, scores) to edit in a test; never a contest.db that trying
     * the sample in the app may have left there.
     */
    public static Path copy(String slug, Path into) throws IOException {
        Path from = Path.of("contests", slug);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path to = into.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else if (!f.getFileName().toString().startsWith("contest.db")) {
                    Files.copy(f, to);
                }
            }
        }
        return into;
    }

    /** Writes the contest's {@code templates/certificate.jrxml}: an A4 landscape design holding {@code body}. */
    public static Path certificateTemplate(Path dir, String body) throws IOException {
        Path file = dir.resolve("templates/certificate.jrxml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <jasperReport name="custom" language="java" pageWidth="842" pageHeight="595" orientation="Landscape"
                    columnWidth="842" leftMargin="0" rightMargin="0" topMargin="0" bottomMargin="0">
                """ + body + "\n</jasperReport>\n", StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Gives a contest folder a certificate template printing {@code expression} (which starts on line 9 of the file), as
     * an attacker would (issue 12, point 1).
     *
     * @return the template file
     */
    public static Path attackTemplate(Path dir, String expression) throws IOException {
        return certificateTemplate(dir, """
                  <field name="name" class="java.lang.String"/>
                  <detail>
                    <band height="595">
                      <element kind="textField" x="40" y="100" width="700" height="40">
                        <expression><![CDATA[
                EXPRESSION]]></expression>
                      </element>
                    </band>
                  </detail>""".replace("EXPRESSION", expression));
    }

    /** The attack: a certificate expression that creates {@code victim} when it runs. */
    public static String creatingFile(Path victim) {
        return "$F{name} + (new java.io.File(\"" + victim + "\").createNewFile() ? \"\" : \"\")";
    }
}
