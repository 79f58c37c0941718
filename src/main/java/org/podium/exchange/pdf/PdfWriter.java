package org.podium.exchange.pdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.JRExportProgressMonitor;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import org.podium.exchange.ExportCancelled;
import org.podium.exchange.Progress;

/**
 * Fills report parts and writes them as one PDF. The file appears whole or not at all: it is written beside the target
 * as a hidden {@code .part} file and moved into place; on cancellation or any failure the part file is removed and an
 * existing target is left as it was.
 *
 * <p>Progress: filling and writing each take half. One step per record filled (per certificate, per contestant row),
 * then the pages written, scaled to the same number of steps; cancellation is checked at every step.
 */
final class PdfWriter {
    /** Title, author (the organiser) and subject written into the PDF's document information. */
    record Metadata(String title, String author, String subject) {
    }

    private PdfWriter() {
    }

    /**
     * Fills every part and writes them into {@code out}.
     *
     * @return the number of pages written; 0 when the parts fill no page, and then nothing is written
     * @throws ExportCancelled when the progress asks to stop (nothing is left behind)
     */
    static int write(List<ReportPart> parts, Path out, Metadata meta, Locale locale, Progress progress)
            throws IOException, JRException {
        long records = 0;
        for (ReportPart p : parts) {
            records += p.rows().size();
        }
        long total = Math.max(1, 2 * records);
        long[] done = {0};
        List<JasperPrint> prints = new ArrayList<>();
        int pages = 0;
        try {
            for (ReportPart p : parts) {
                Map<String, Object> params = new HashMap<>(p.parameters());
                params.put(JRParameter.REPORT_LOCALE, locale);
                JasperPrint print = JasperFillManager.fillReport(p.report(), params,
                        new Counting(new JRMapCollectionDataSource(p.rows()), progress, done, total));
                pages += print.getPages().size();
                prints.add(print);
            }
        } catch (JRException | RuntimeException e) {
            throw unlessCancelled(e);
        }
        if (pages == 0) {
            return 0;
        }
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
                export(prints, os, meta, new Pages(progress, records, pages, total));
            }
            progress.checkCancelled();
            move(part, target);
        } catch (JRException | RuntimeException e) {
            throw unlessCancelled(e);
        } finally {
            Files.deleteIfExists(part);
        }
        progress.step(total, total);
        return pages;
    }

    private static void export(List<JasperPrint> prints, OutputStream os, Metadata meta, JRExportProgressMonitor monitor)
            throws JRException {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(os));
        SimplePdfReportConfiguration report = new SimplePdfReportConfiguration();
        report.setProgressMonitor(monitor);
        exporter.setConfiguration(report);
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setMetadataTitle(meta.title());
        config.setMetadataAuthor(meta.author());
        config.setMetadataSubject(meta.subject());
        config.setMetadataCreator("Podium");
        config.setDisplayMetadataTitle(true);
        exporter.setConfiguration(config);
        exporter.exportReport();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A cancellation, wherever JasperReports wrapped it, is thrown as it is; any other runtime exception too; a
     * JasperReports exception is returned for the caller to throw.
     */
    private static JRException unlessCancelled(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ExportCancelled cancelled) {
                throw cancelled;
            }
        }
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        return (JRException) e;
    }

    /** A data source that reports one step per record and stops the fill when the export is cancelled. */
    private static final class Counting implements JRDataSource {
        private final JRDataSource rows;
        private final Progress progress;
        private final long[] done;
        private final long total;

        Counting(JRDataSource rows, Progress progress, long[] done, long total) {
            this.rows = rows;
            this.progress = progress;
            this.done = done;
            this.total = total;
        }

        @Override
        public boolean next() throws JRException {
            progress.checkCancelled();
            boolean more = rows.next();
            if (more) {
                progress.step(++done[0], total);
            }
            return more;
        }

        @Override
        public Object getFieldValue(JRField field) throws JRException {
            return rows.getFieldValue(field);
        }
    }

    /** Reports written pages as the second half of the steps and stops the writing when the export is cancelled. */
    private static final class Pages implements JRExportProgressMonitor {
        private final Progress progress;
        private final long records;
        private final int pages;
        private final long total;
        private int written;

        Pages(Progress progress, long records, int pages, long total) {
            this.progress = progress;
            this.records = records;
            this.pages = pages;
            this.total = total;
        }

        @Override
        public void afterPageExport() {
            progress.checkCancelled();
            written++;
            // exact integer arithmetic: written/pages of the records' share, rounded half up
            progress.step(Math.min(total - 1, records + (2L * written * records + pages) / (2L * pages)), total);
        }
    }
}
