package org.podium.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.podium.exchange.ExportCancelled;
import org.podium.exchange.ExportFile;
import org.podium.exchange.ExportInput;
import org.podium.exchange.Progress;
import org.podium.exchange.excel.ExcelExports;
import org.podium.exchange.pdf.PdfDocument;
import org.podium.exchange.pdf.PdfExportException;
import org.podium.exchange.pdf.PdfExports;

/**
 * The exports the command line and the desktop app offer, each written into a folder all or nothing.
 *
 * <p>Every file of an export is first written to a hidden temporary file in the output folder; only when all of
 * them are complete are they moved to their names (an atomic rename, replacing an older file of the same name).
 * When the user cancels ({@link ExportCancelled}) or writing fails, the temporary files are deleted and no file of
 * the folder has been touched. The folder is created when missing.
 *
 * <p>Exporters only read {@link ExportInput}: the engine's results and the recorded facts. The PDF exports
 * (certificates, blank score sheets, a PDF award list or notice from {@code org.podium.exchange.pdf}) are added the
 * same way: a method here that asks the exporter for its {@link ExportFile}s and passes them to {@link #write}.
 *
 * <p>Blocking I/O: call it on an executor, never on the FX thread.
 */
public final class ExportService {

    /**
     * The result sheets ({@code results-EVENT-ROUND.xlsx} for every round of every event, and {@code teams.xlsx} when
     * the contest has teams) in {@code locale}'s language.
     *
     * @return the files written, in order
     */
    public List<Path> results(ExportInput input, Path outDir, Locale locale, Progress progress) throws IOException {
        return write(ExcelExports.results(input, locale), outDir, progress);
    }

    /**
     * The award list ({@code awards.xlsx}: each event's tiers and titles with their winners).
     *
     * @return the files written
     */
    public List<Path> awards(ExportInput input, Path outDir, Locale locale, Progress progress) throws IOException {
        return write(ExcelExports.awards(input, locale), outDir, progress);
    }

    /**
     * The certificates ({@code certificates.pdf}), the award list ({@code award-list.pdf}) and the public results
     * notice ({@code results-notice.pdf}), each when it has pages. Every document is prepared, and every text checked
     * against the font, before any is written: a text the font cannot print refuses the whole export.
     *
     * @return the files written, in order
     * @throws PdfExportException naming each character that cannot be printed and whose it is; nothing written
     */
    public List<Path> certificates(ExportInput input, Path outDir, Locale locale, Progress progress)
            throws IOException, PdfExportException {
        PdfExports pdf = new PdfExports(locale, java.time.Clock.systemDefaultZone());
        java.util.Map<String, PdfDocument> documents = new java.util.LinkedHashMap<>();
        documents.put("certificates.pdf", pdf.certificates(input));
        documents.put("award-list.pdf", pdf.awardList(input));
        documents.put("results-notice.pdf", pdf.resultsNotice(input));
        return writePdf(documents, outDir, progress);
    }

    /**
     * Blank judge sheets and timekeeper sheets per heat ({@code judge-sheets.pdf}, {@code timekeeper-sheets.pdf}) and,
     * when an event judges blind, the chief's key {@code work-numbers.pdf}; all prepared before any is written.
     */
    public List<Path> sheets(ExportInput input, Path outDir, Locale locale, Progress progress)
            throws IOException, PdfExportException {
        PdfExports pdf = new PdfExports(locale, java.time.Clock.systemDefaultZone());
        java.util.Map<String, PdfDocument> documents = new java.util.LinkedHashMap<>();
        documents.put("judge-sheets.pdf", pdf.judgeSheets(input, null, null));
        documents.put("timekeeper-sheets.pdf", pdf.timekeeperSheets(input, null, null));
        documents.put("work-numbers.pdf", pdf.workNumberKey(input, null));
        return writePdf(documents, outDir, progress);
    }

    private static List<Path> writePdf(java.util.Map<String, PdfDocument> documents, Path outDir, Progress progress)
            throws IOException, PdfExportException {
        Files.createDirectories(outDir);
        List<Path> written = new ArrayList<>();
        for (java.util.Map.Entry<String, PdfDocument> d : documents.entrySet()) {
            progress.checkCancelled();
            Path file = outDir.resolve(d.getKey());
            if (d.getValue().write(file, progress) > 0) {
                written.add(file);
            }
        }
        return written;
    }

    /**
     * Writes {@code files} into {@code outDir}, all or nothing (see the class comment). Reports one step per file
     * written and checks for a cancel between files (the files check within themselves too).
     *
     * @return the paths written, in the order of {@code files}
     * @throws ExportCancelled when the user cancelled; nothing was moved into place
     * @throws IOException     when the folder cannot be created or a file cannot be written
     */
    public List<Path> write(List<ExportFile> files, Path outDir, Progress progress) throws IOException {
        Set<String> names = new HashSet<>();
        for (ExportFile f : files) {
            if (!names.add(f.fileName())) {
                throw new IllegalArgumentException("two files of one export are named " + f.fileName());
            }
        }
        Files.createDirectories(outDir);
        List<Path> temporary = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        boolean done = false;
        try {
            for (int i = 0; i < files.size(); i++) {
                progress.checkCancelled();
                ExportFile f = files.get(i);
                // Not Files.createTempFile: its files are readable by their owner only, and these are for everyone.
                Path tmp = outDir.resolve("." + f.fileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
                try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    temporary.add(tmp);
                    f.write(out, progress);
                }
                progress.step(i + 1L, files.size());
            }
            progress.checkCancelled();
            for (int i = 0; i < files.size(); i++) {
                Path target = outDir.resolve(files.get(i).fileName());
                move(temporary.get(i), target);
                written.add(target);
            }
            done = true;
            return written;
        } finally {
            if (!done) {
                for (Path tmp : temporary) {
                    Files.deleteIfExists(tmp);
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
