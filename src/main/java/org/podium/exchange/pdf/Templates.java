package org.podium.exchange.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRElementGroup;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRGroup;
import net.sf.jasperreports.engine.JRStaticText;
import net.sf.jasperreports.engine.JRTextElement;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * The report templates: Podium's own (org/podium/reports/*.jrxml), compiled once per {@code Templates} and kept, and a
 * contest's certificate override ({@code <contest folder>/templates/certificate.jrxml}), read and compiled at every
 * export so that an edited file is always the one used. An override is checked before use: it must compile, declare
 * only fields that Podium fills (a misspelt field would print blank), print every text in the bundled font family
 * "Podium Sans" (another font may lack Chinese or not be embedded; texts without a font get it by default, see
 * jasperreports.properties), and its fixed texts must be printable by the font.
 */
final class Templates {
    static final String CERTIFICATE = "certificate";
    static final String OVERRIDE_DIR = "templates";
    private static final String BUILT_IN = "/org/podium/reports/";

    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    /** Podium's own report {@code name}.jrxml, compiled on first use. */
    JasperReport builtIn(String name) throws JRException {
        JasperReport r = compiled.get(name);
        if (r == null) {
            r = JasperCompileManager.compileReport(design(name));
            compiled.putIfAbsent(name, r);
        }
        return r;
    }

    /** A table of this layout, compiled on first use of its shape (and language, for the page-number patterns). */
    JasperReport table(TableLayout layout, PdfTexts texts) throws JRException {
        String key = "table:" + texts.locale() + ":" + layout.shape();
        JasperReport r = compiled.get(key);
        if (r == null) {
            r = JasperCompileManager.compileReport(TableDesign.build(design("table"), layout, texts));
            compiled.putIfAbsent(key, r);
        }
        return r;
    }

    /** A fresh design of Podium's own report {@code name}.jrxml. */
    static JasperDesign design(String name) throws JRException {
        try (InputStream in = Templates.class.getResourceAsStream(BUILT_IN + name + ".jrxml")) {
            if (in == null) {
                throw new IllegalStateException("the report template " + name + ".jrxml is missing from the build");
            }
            return JRXmlLoader.load(in);
        } catch (IOException e) {
            throw new JRException(e);
        }
    }

    /** The contest's certificate template file, or null when the contest uses Podium's. */
    static Path certificateOverride(Path folder) {
        if (folder == null) {
            return null;
        }
        Path file = folder.resolve(OVERRIDE_DIR).resolve(CERTIFICATE + ".jrxml");
        return Files.isRegularFile(file) ? file : null;
    }

    /**
     * The certificate report: the contest's override when it has one, else Podium's.
     *
     * @param fields the fields Podium fills; an override declaring another is refused
     * @throws PdfExportException naming the file and what is wrong with it
     */
    JasperReport certificate(Path folder, List<String> fields, PdfTexts texts) throws PdfExportException, JRException {
        Path file = certificateOverride(folder);
        if (file == null) {
            return builtIn(CERTIFICATE);
        }
        JasperDesign design;
        try {
            design = JRXmlLoader.load(file.toFile());
        } catch (JRException | RuntimeException e) {
            throw refused(texts.get("pdf.problem.template", file.toString(), reason(e)));
        }
        List<String> problems = new ArrayList<>();
        for (JRField f : design.getFields()) {
            if (!fields.contains(f.getName())) {
                problems.add(texts.get("pdf.problem.templateField", file.toString(), f.getName(), String.join(", ", fields)));
            }
        }
        for (String font : fontsOtherThanPodiums(design)) {
            problems.add(texts.get("pdf.problem.templateFont", file.toString(), font, FontCoverage.FAMILY));
        }
        FontCoverage font = FontCoverage.bundled();
        for (String text : staticTexts(design)) {
            for (int cp : font.missing(text)) {
                problems.add(texts.get("pdf.problem.glyph.template", file.toString(), text, String.format("U+%04X", cp),
                        new String(Character.toChars(cp))));
            }
        }
        if (!problems.isEmpty()) {
            throw new PdfExportException(problems, List.of());
        }
        try {
            return JasperCompileManager.compileReport(design);
        } catch (JRException | RuntimeException e) {
            throw refused(texts.get("pdf.problem.template", file.toString(), reason(e)));
        }
    }

    private static PdfExportException refused(String line) {
        return new PdfExportException(List.of(line), List.of());
    }

    /** The message of the innermost cause that has one, on one line. */
    private static String reason(Throwable e) {
        String message = e.getClass().getSimpleName();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Every fixed text of the design, in every band. */
    static List<String> staticTexts(JasperDesign design) {
        List<String> out = new ArrayList<>();
        for (JRElement e : elements(design)) {
            if (e instanceof JRStaticText t && t.getText() != null) {
                out.add(t.getText());
            }
        }
        return out;
    }

    /** The fonts of the design's texts (as their styles and the defaults resolve them) that are not Podium's. */
    static List<String> fontsOtherThanPodiums(JasperDesign design) {
        List<String> out = new ArrayList<>();
        for (JRElement e : elements(design)) {
            if (e instanceof JRTextElement t && !FontCoverage.FAMILY.equals(t.getFontName()) && !out.contains(t.getFontName())) {
                out.add(t.getFontName());
            }
        }
        return out;
    }

    /** Every element of every band of the design, frames opened. */
    private static List<JRElement> elements(JasperDesign design) {
        List<JRBand> bands = new ArrayList<>();
        for (JRBand b : new JRBand[] {design.getBackground(), design.getTitle(), design.getPageHeader(),
                design.getColumnHeader(), design.getColumnFooter(), design.getPageFooter(), design.getLastPageFooter(),
                design.getSummary(), design.getNoData()}) {
            bands.add(b);
        }
        bands.addAll(List.of(design.getDetailSection().getBands()));
        for (JRGroup g : design.getGroups()) {
            bands.addAll(List.of(g.getGroupHeaderSection().getBands()));
            bands.addAll(List.of(g.getGroupFooterSection().getBands()));
        }
        List<JRElement> out = new ArrayList<>();
        for (JRBand b : bands) {
            if (b != null) {
                collect(b, out);
            }
        }
        return out;
    }

    private static void collect(JRElementGroup group, List<JRElement> out) {
        for (JRElement e : group.getElements()) {
            out.add(e);
            if (e instanceof JRElementGroup inner) {
                collect(inner, out);
            }
        }
    }
}
