package org.podium.exchange.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignImage;
import net.sf.jasperreports.engine.design.JRDesignParameter;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * The report templates: Podium's own (org/podium/reports/*.jrxml), compiled once per {@code Templates} and kept, and a
 * contest's certificate override ({@code <contest folder>/templates/certificate.jrxml}), read and compiled at every
 * export so that an edited file is always the one used. An override is checked before use: first as XML by {@link
 * TemplateCheck} (a contest folder runs no code: only plain elements, and expressions of references, literals and
 * {@code +}), before JasperReports reads it; then it must compile, declare only fields that Podium fills (a misspelt
 * field would print blank), print every text in the bundled font family "Podium Sans" (another font may lack Chinese
 * or not be embedded; texts without a font get it by default, see jasperreports.properties), and its fixed texts must
 * be printable by the font. The file is read once: what was checked is what is compiled.
 */
final class Templates {
    static final String CERTIFICATE = "certificate";
    static final String OVERRIDE_DIR = "templates";
    /** The largest contest template read (a certificate design is a few kilobytes). */
    static final long MAX_TEMPLATE_BYTES = 1L << 20;
    /** The largest picture a contest template may print (a seal or a logo). */
    static final long MAX_IMAGE_BYTES = 4L << 20;
    private static final String BUILT_IN = "/org/podium/reports/";

    /** A compiled certificate report and the parameters it needs besides Podium's (the paths of its pictures). */
    record Certificate(JasperReport report, Map<String, Object> parameters) {
    }

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
     * @throws PdfExportException naming the file and what is wrong with it; nothing of the template was run
     */
    Certificate certificate(Path folder, List<String> fields, PdfTexts texts) throws PdfExportException, JRException {
        Path file = certificateOverride(folder);
        if (file == null) {
            return new Certificate(builtIn(CERTIFICATE), Map.of());
        }
        byte[] bytes = read(file, texts);
        TemplateCheck.Result check = TemplateCheck.check(bytes);
        List<String> problems = new ArrayList<>();
        for (TemplateCheck.Finding f : check.findings()) {
            List<String> args = new ArrayList<>();
            args.add(f.line() > 0 ? file + ":" + f.line() : file.toString());
            args.addAll(f.args());
            problems.add(texts.get(f.key(), args.toArray(String[]::new)));
        }
        Map<String, Path> images = new HashMap<>();
        for (String name : check.images()) {
            Path image = file.resolveSibling(name);
            if (!isPicture(image)) {
                problems.add(texts.get("pdf.problem.templateImageFile", file.toString(), name, Long.toString(MAX_IMAGE_BYTES)));
            }
            images.put(name, image.toAbsolutePath());
        }
        if (!problems.isEmpty()) {
            throw new PdfExportException(problems, List.of());
        }
        JasperDesign design;
        try {
            design = JRXmlLoader.load(new ByteArrayInputStream(bytes));
        } catch (JRException | RuntimeException e) {
            throw refused(texts.get("pdf.problem.template", file.toString(), reason(e)));
        }
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
        Map<String, Object> parameters = pictures(design, images);
        try {
            return new Certificate(JasperCompileManager.compileReport(design), parameters);
        } catch (JRException | RuntimeException e) {
            throw refused(texts.get("pdf.problem.template", file.toString(), reason(e)));
        }
    }

    /** The template's bytes, refused without reading when the file is larger than a template can be. */
    private static byte[] read(Path file, PdfTexts texts) throws PdfExportException {
        try {
            long size = Files.size(file);
            if (size > MAX_TEMPLATE_BYTES) {
                throw refused(texts.get("pdf.problem.templateTooBig", file.toString(), Long.toString(size),
                        Long.toString(MAX_TEMPLATE_BYTES)));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw refused(texts.get("pdf.problem.template", file.toString(), reason(e)));
        }
    }

    /** A regular file (not a link) of at most {@link #MAX_IMAGE_BYTES} that starts as a PNG or a JPEG does. */
    private static boolean isPicture(Path image) {
        try {
            if (!Files.isRegularFile(image, LinkOption.NOFOLLOW_LINKS) || Files.size(image) > MAX_IMAGE_BYTES) {
                return false;
            }
            byte[] head = new byte[8];
            int n;
            try (InputStream in = Files.newInputStream(image)) {
                n = in.readNBytes(head, 0, head.length);
            }
            boolean png = n == 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G';
            boolean jpeg = n >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF;
            return png || jpeg;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Points each picture of the design at its file through a parameter ({@code $P{podiumPicture1}}...) holding the
     * checked absolute path, so that the path itself never becomes Java source.
     */
    private static Map<String, Object> pictures(JasperDesign design, Map<String, Path> images) throws JRException {
        Map<String, Object> parameters = new HashMap<>();
        for (JRElement e : elements(design)) {
            if (e instanceof JRDesignImage image && image.getExpression() != null) {
                String literal = image.getExpression().getText().strip();
                Path path = images.get(literal.substring(1, literal.length() - 1));
                String name = "podiumPicture" + (parameters.size() + 1);
                JRDesignParameter p = new JRDesignParameter();
                p.setName(name);
                p.setValueClass(String.class);
                design.addParameter(p);
                image.setExpression(new JRDesignExpression("$P{" + name + "}"));
                parameters.put(name, path.toString());
            }
        }
        return parameters;
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
