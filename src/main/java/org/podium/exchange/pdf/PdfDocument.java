package org.podium.exchange.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import net.sf.jasperreports.engine.JRException;
import org.podium.exchange.Progress;

/**
 * A PDF ready to be written: its texts are all checked against the font and its template is compiled, so writing it
 * can fail only on the disk (or, for a contest's own template, on an expression that fails while filling). Preparing
 * every document of a command first and writing afterwards means that a refusal leaves no file behind.
 */
public final class PdfDocument {
    private final List<ReportPart> parts;
    private final PdfWriter.Metadata metadata;
    private final PdfTexts texts;
    private final String template;
    private final int records;

    PdfDocument(List<ReportPart> parts, PdfWriter.Metadata metadata, PdfTexts texts, String template) {
        this.parts = List.copyOf(parts);
        this.metadata = metadata;
        this.texts = texts;
        this.template = template;
        int n = 0;
        for (ReportPart p : parts) {
            n += p.rows().size();
        }
        this.records = n;
    }

    /** How many records it prints: certificates (one page each), or table rows. */
    public int records() {
        return records;
    }

    /** Whether there is nothing to print (no award yet, no round with entries...); writing it writes nothing. */
    public boolean isEmpty() {
        return records == 0;
    }

    /**
     * Writes the PDF to {@code out}, whole or not at all (see {@link PdfWriter}).
     *
     * @return the number of pages; 0 when there is nothing to print, and then no file is written
     * @throws org.podium.exchange.ExportCancelled when the progress asks to stop; nothing is left behind
     * @throws PdfExportException when a contest's template fails while filling, naming the template
     */
    public int write(Path out, Progress progress) throws IOException, PdfExportException {
        if (isEmpty()) {
            return 0;
        }
        try {
            return PdfWriter.write(parts, out, metadata, texts.locale(), progress);
        } catch (JRException e) {
            throw new PdfExportException(List.of(texts.get("pdf.problem.template", template, oneLine(e))), List.of());
        }
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
