package org.podium.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.podium.exchange.ExportInput;
import org.podium.exchange.Progress;
import org.podium.exchange.pdf.PdfDocument;
import org.podium.exchange.pdf.PdfExportException;
import org.podium.exchange.pdf.PdfExports;
import org.podium.service.DatabaseReads;
import org.podium.service.VenueLink;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What the PDF exports read and where they write: {@code CONTEST_DIR [--db FILE | --server HOST:PORT] [--scores
 * FILE]... --out DIR [--lang zh|en]}. The venue database is {@code --db}, or the venue server of {@code --server}, or
 * {@code CONTEST_DIR/contest.db} when that file exists (the day's results live there), or none; then the score files,
 * as for {@code rank}.
 */
final class PdfOptions {
    /** The language of the printed documents and of this command's messages. */
    enum Lang {
        zh(Locale.SIMPLIFIED_CHINESE), en(Locale.ENGLISH);

        final Locale locale;

        Lang(Locale locale) {
            this.locale = locale;
        }
    }

    @Parameters(index = "0", paramLabel = "CONTEST_DIR", description = "the contest folder")
    Path dir;

    @Option(names = "--scores", paramLabel = "FILE", description = "a scores CSV; may be given several times, read in order")
    List<Path> scores = new ArrayList<>();

    @Option(names = "--db", paramLabel = "FILE", description = "the venue database (default CONTEST_DIR/contest.db when it"
            + " exists; read after theory.csv, before the --scores files)")
    Path db;

    @Mixin
    ServerOption venue = new ServerOption();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "the folder to write the PDF files into")
    Path out;

    @Option(names = "--lang", paramLabel = "LANG", description = "zh (default) or en: the language of the documents")
    Lang lang = Lang.zh;

    /** The engine's results for the folder, the database and the files, as exporters read them. */
    ExportInput input(Clock clock, Output output, PdfExports pdf) throws InputError {
        VenueLink server = venue.link(db);
        Path database = db != null || server != null ? db : Databases.presentDefault(dir);
        if (db == null && database != null) {
            output.print(pdf.text("pdf.cli.read", database.toString()) + "\n");
        }
        ContestInputs.Scored scored = ContestInputs.score(dir, scores, database, server, clock, output);
        return new ExportInput(scored.contest(), scored.result(), scored.facts(), dir,
                database == null && server == null ? java.util.Map.of()
                        : workNumbers(scored.contest(), database, server, clock), scored.publication());
    }

    /** The work numbers of the blind rounds, from the venue database or server ({@link DatabaseReads#workNumbers}). */
    private static java.util.Map<String, java.util.Map<String, String>> workNumbers(org.podium.domain.Contest contest,
            Path database, VenueLink server, Clock clock) throws InputError {
        try {
            return server != null ? DatabaseReads.workNumbers(contest, server, clock)
                    : DatabaseReads.workNumbers(contest, database, clock);
        } catch (DatabaseReads.Unreadable e) {
            throw new InputError(e.getMessage());
        }
    }

    /**
     * Prepares every document (each a file name and how to make it), then writes them: a refusal of any (a character
     * the font cannot print, a contest template that cannot be used) leaves every file unwritten.
     *
     * @param none per file name, why there may be nothing to print (a bundle key)
     */
    void write(PdfExports pdf, Map<String, Preparation> documents, Map<String, String> none, Output output)
            throws InputError {
        Map<String, PdfDocument> prepared = new LinkedHashMap<>();
        List<PdfExportException> refusals = new ArrayList<>();
        for (Map.Entry<String, Preparation> d : documents.entrySet()) {
            try {
                prepared.put(d.getKey(), d.getValue().prepare());
            } catch (PdfExportException e) {
                refusals.add(e);
            }
        }
        if (!refusals.isEmpty()) {
            throw new InputError(pdf.merged(refusals).problems());
        }
        for (Map.Entry<String, PdfDocument> d : prepared.entrySet()) {
            Path file = out.resolve(d.getKey());
            try {
                int pages = d.getValue().write(file, Progress.NONE);
                output.print((pages == 0
                        ? pdf.text("pdf.cli.none", d.getKey(), pdf.text(none.get(d.getKey())))
                        : pdf.text("pdf.cli.wrote", file.toString(), Integer.toString(pages))) + "\n");
            } catch (PdfExportException e) {
                throw new InputError(e.problems());
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                throw new InputError(pdf.text("pdf.cli.cannotWrite", file.toString(), String.valueOf(e.getMessage())));
            }
        }
    }

    /** Prepares one document (checks its texts, compiles its template). */
    @FunctionalInterface
    interface Preparation {
        PdfDocument prepare() throws PdfExportException;
    }
}
