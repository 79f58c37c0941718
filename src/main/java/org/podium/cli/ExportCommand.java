package org.podium.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.podium.exchange.ExportCancelled;
import org.podium.exchange.ExportInput;
import org.podium.exchange.ExportText;
import org.podium.service.ExportService;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code podium export WHAT CONTEST_DIR [--db FILE | --server HOST:PORT] [--scores FILE]... --out DIR [--lang zh|en]}:
 * the engine's results for the folder, the database (or the venue server) and the files, written by {@link ExportService} into DIR (created when missing).
 * Prints one line per file written. A folder that cannot be written is an input error (exit 1) naming it.
 */
abstract class ExportCommand implements Callable<Integer> {
    /** The language of an exported file. */
    enum Lang {
        zh(ExportText.DEFAULT_LOCALE), en(Locale.ENGLISH);

        final Locale locale;

        Lang(Locale locale) {
            this.locale = locale;
        }
    }

    @Mixin
    ContestSource source;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "the folder to write into (created when missing)")
    Path outDir;

    @Option(names = "--lang", paramLabel = "LANG", description = "the language of the files: zh (Chinese, default) or en")
    Lang lang = Lang.zh;

    private final Output out;
    private final Clock clock;
    final ExportService service = new ExportService();

    ExportCommand(Output out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    /** Writes this command's files. */
    abstract List<Path> export(ExportInput input, Locale locale) throws IOException;

    @Override
    public Integer call() throws InputError {
        if (source.db == null && source.venue.server == null && source.dir != null
                && Databases.presentDefault(source.dir) != null) {
            // As the PDF exports do: at the venue the day's results are in the database, so every export reads it.
            source.db = Databases.presentDefault(source.dir);
            out.print(CliText.get("cli.export.readingDb", source.db) + "\n");
        }
        ContestInputs.Scored scored = source.score(clock, out);
        ExportInput input = new ExportInput(scored.contest(), scored.result(), scored.facts(), source.dir)
                .withPublication(scored.publication());
        List<Path> written;
        try {
            written = export(input, lang.locale);
        } catch (IOException e) {
            throw new InputError(CliText.get("cli.export.cannotWrite", outDir, reason(e)));
        } catch (ExportCancelled e) {
            throw new InputError(CliText.get("cli.export.cancelled"));
        }
        for (Path p : written) {
            out.print(CliText.get("cli.export.wrote", p) + "\n");
        }
        return 0;
    }

    /** What went wrong, in words: the JDK's file exceptions carry only the path. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException a) {
            // a temporary file's name would only puzzle: the folder is named already
            return a.getFile() == null || a.getFile().endsWith(".part") ? CliText.get("cli.file.denied")
                    : CliText.get("cli.file.deniedFile", a.getFile());
        }
        if (e instanceof FileAlreadyExistsException f) {
            return CliText.get("cli.file.notFolder", f.getFile());
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + (f.getFile() == null ? "" : ": " + f.getFile());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
