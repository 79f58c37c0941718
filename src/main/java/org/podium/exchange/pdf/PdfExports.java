package org.podium.exchange.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import org.podium.domain.Contest;
import org.podium.exchange.ExportInput;
import org.podium.exchange.Progress;

/**
 * The PDF exports of a contest: certificates, the award list, the public results notice, and blank judge and
 * timekeeper sheets (with the work-number key of blind events). What the service layer and the command line call.
 *
 * <p>Each export is prepared first ({@link #certificates(ExportInput)} and the like): every text that would be printed
 * is checked against the bundled font, and a character it cannot print refuses the export with a {@link
 * PdfExportException} naming the character (U+XXXX and itself) and the contestant (bib, name) or the contest text that
 * holds it; nothing is written. Then {@link PdfDocument#write} fills and writes it atomically, reporting progress per
 * record and per page and honouring cancellation. The convenience methods do both.
 *
 * <p>Every number printed comes from the engine's results in {@link ExportInput}; nothing here computes a score.
 * Templates are compiled once per {@code PdfExports} (a contest's own certificate template at every export). One
 * instance may serve many exports, one at a time or in parallel.
 */
public final class PdfExports {
    private final PdfTexts texts;
    private final Clock clock;
    private final Templates templates = new Templates();

    /** Chinese documents, dated by the system clock. */
    public PdfExports() {
        this(Locale.SIMPLIFIED_CHINESE, Clock.systemDefaultZone());
    }

    /**
     * @param locale the language of the printed texts and of the problems: Chinese for zh, English otherwise
     * @param clock  dates the "printed on" line of the tables
     */
    public PdfExports(Locale locale, Clock clock) {
        this.texts = new PdfTexts(locale);
        this.clock = clock;
    }

    /** One A4 landscape page per award and per title (docs/certificates.md). */
    public PdfDocument certificates(ExportInput input) throws PdfExportException {
        GlyphCheck check = new GlyphCheck(FontCoverage.bundled());
        List<Map<String, ?>> rows = CertificatePages.rows(input, texts, check);
        refuseMissing(check);
        Path override = Templates.certificateOverride(input.folder());
        try {
            Templates.Certificate certificate = templates.certificate(input.folder(), CertificatePages.FIELDS, texts);
            Map<String, Object> params = new HashMap<>(certificate.parameters());
            params.put(JRParameter.REPORT_RESOURCE_BUNDLE, texts.bundle());
            ReportPart part = new ReportPart(certificate.report(), params, rows);
            return new PdfDocument(List.of(part), metadata(input.contest(), "pdf.certificate.heading"), texts,
                    override == null ? Templates.CERTIFICATE + ".jrxml" : override.toString());
        } catch (JRException e) {
            throw builtInBroken(e);
        }
    }

    /** The award list (获奖名单): award and title holders of every award round. */
    public PdfDocument awardList(ExportInput input) throws PdfExportException {
        GlyphCheck check = new GlyphCheck(FontCoverage.bundled());
        TableData table = ResultLists.awardList(input, texts, check);
        return tables(input, List.of(table), check, "pdf.awards.heading");
    }

    /** The public results notice (成绩公示): every round with a ranked entry, a page per round. */
    public PdfDocument resultsNotice(ExportInput input) throws PdfExportException {
        GlyphCheck check = new GlyphCheck(FontCoverage.bundled());
        TableData table = ResultLists.notice(input, texts, check);
        return tables(input, List.of(table), check, "pdf.notice.heading");
    }

    /**
     * Blank judges' score sheets, one per judge per heat of each chosen round.
     *
     * @param event a event id, or null for every event
     * @param round a round id, or null for every round
     */
    public PdfDocument judgeSheets(ExportInput input, String event, String round) throws PdfExportException {
        GlyphCheck check = new GlyphCheck(FontCoverage.bundled());
        try {
            List<TableData> tables = BlankSheets.judgeSheets(input, new BlankSheets.Choice(event, round), texts, check);
            return tables(input, tables, check, "pdf.judge.heading");
        } catch (BlankSheets.NoWorkNumbers e) {
            throw new PdfExportException(List.of(e.getMessage()), List.of());
        }
    }

    /** Blank timekeepers' sheets, one per timekeeper per heat of each chosen round (ids as for judge sheets). */
    public PdfDocument timekeeperSheets(ExportInput input, String event, String round) throws PdfExportException {
        GlyphCheck check = new GlyphCheck(FontCoverage.bundled());
        List<TableData> tables = BlankSheets.timekeeperSheets(input, new BlankSheets.Choice(event, round), texts, check);
        return tables(input, tables, check, "pdf.timing.heading");
    }

    /** The chief judge's key from work numbers to contestants, for the events judged blind (empty when none). */
    public PdfDocument workNumberKey(ExportInput input, String event) throws PdfExportException {
        GlyphCheck check = new GlyphCheck(FontCoverage.bundled());
        try {
            List<TableData> tables = BlankSheets.workNumberKeys(input, new BlankSheets.Choice(event, null), texts, check);
            return tables(input, tables, check, "pdf.workNumbers.heading");
        } catch (BlankSheets.NoWorkNumbers e) {
            throw new PdfExportException(List.of(e.getMessage()), List.of());
        }
    }

    /**
     * The officials' login sheet: id, name and role of each, with an empty box for the PIN the chief writes in
     * (docs/officials-setup.md).
     */
    public PdfDocument loginSheet(Contest contest, List<LoginSheet.Line> officials) throws PdfExportException {
        GlyphCheck check = new GlyphCheck(FontCoverage.bundled());
        TableData table = LoginSheet.table(officials, texts, check);
        return tables(contest, List.of(table), check, "pdf.login.heading");
    }

    /** Prepares and writes the certificates; returns the pages written (0: nothing to print, no file). */
    public int certificates(ExportInput input, Path out, Progress progress) throws PdfExportException, IOException {
        return certificates(input).write(out, progress);
    }

    /** Prepares and writes the award list; returns the pages written (0: nothing to print, no file). */
    public int awardList(ExportInput input, Path out, Progress progress) throws PdfExportException, IOException {
        return awardList(input).write(out, progress);
    }

    /** Prepares and writes the results notice; returns the pages written (0: nothing to print, no file). */
    public int resultsNotice(ExportInput input, Path out, Progress progress) throws PdfExportException, IOException {
        return resultsNotice(input).write(out, progress);
    }

    /** A text of the PDF bundle keys ({@code pdf.*}) in this export's language, for the messages around an export. */
    public String text(String key, String... args) {
        return texts.get(key, args);
    }

    /**
     * Several refusals (of the documents of one command) as one: every missing character once, under one headline, then
     * the template problems.
     */
    public PdfExportException merged(List<PdfExportException> refusals) {
        GlyphCheck all = new GlyphCheck(FontCoverage.bundled());
        List<String> others = new ArrayList<>();
        for (PdfExportException e : refusals) {
            if (e.missingGlyphs().isEmpty()) {
                others.addAll(e.problems());
            }
            for (MissingGlyph m : e.missingGlyphs()) {
                all.add(m);
            }
        }
        try {
            refuseMissing(all);
            return new PdfExportException(others, List.of());
        } catch (PdfExportException glyphs) {
            List<String> lines = new ArrayList<>(glyphs.problems());
            lines.addAll(others);
            return new PdfExportException(lines, glyphs.missingGlyphs());
        }
    }

    private PdfDocument tables(ExportInput input, List<TableData> tables, GlyphCheck check, String titleKey)
            throws PdfExportException {
        return tables(input.contest(), tables, check, titleKey);
    }

    private PdfDocument tables(Contest contest, List<TableData> tables, GlyphCheck check, String titleKey)
            throws PdfExportException {
        String contestName = check.text(Source.CONTEST, contest.name());
        String organiser = check.text(Source.ORGANISER, contest.organiser());
        refuseMissing(check);
        String printed = texts.get("pdf.table.printed", DateTimeFormatter.ofPattern(texts.get("pdf.time.pattern"),
                texts.locale()).format(LocalDateTime.now(clock)));
        String closing = (organiser + "\n" + DateText.plain(contest.date(), texts)).strip();
        List<ReportPart> parts = new ArrayList<>();
        try {
            for (TableData t : tables) {
                Map<String, Object> params = new HashMap<>(t.layout().headerParameters());
                params.put("contest", contestName);
                params.put("printed", printed);
                params.put("closing", t.layout().closing() ? closing : null);
                parts.add(new ReportPart(templates.table(t.layout(), texts), params, t.rows()));
            }
        } catch (JRException e) {
            throw builtInBroken(e);
        }
        return new PdfDocument(parts, metadata(contest, titleKey), texts, "table.jrxml");
    }

    private PdfWriter.Metadata metadata(Contest contest, String titleKey) {
        return new PdfWriter.Metadata(contest.name() + " — " + texts.get(titleKey), contest.organiser(), contest.name());
    }

    /** Refuses the export when any text holds a character the font cannot print: a headline, then one line each. */
    private void refuseMissing(GlyphCheck check) throws PdfExportException {
        if (check.ok()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        List<MissingGlyph> missing = check.missing();
        lines.add(texts.get("pdf.problem.refused", Integer.toString(missing.size())));
        for (MissingGlyph m : missing) {
            lines.add(m.describe(texts));
        }
        throw new PdfExportException(lines, missing);
    }

    /** Podium's own template failed to compile: a defect of the build, not of the contest. */
    private static IllegalStateException builtInBroken(JRException e) {
        return new IllegalStateException("a built-in report template cannot be compiled: " + e.getMessage(), e);
    }
}
