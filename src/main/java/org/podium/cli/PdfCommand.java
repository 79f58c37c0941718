package org.podium.cli;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import org.podium.exchange.ExportInput;
import org.podium.exchange.pdf.PdfExports;
import picocli.CommandLine.Mixin;

/**
 * A {@code podium export} command writing PDF files: reads the contest's results ({@link PdfOptions}), prepares each of
 * its documents, and writes them all or, when one is refused, none.
 */
abstract class PdfCommand implements Callable<Integer> {
    @Mixin
    PdfOptions options;

    private final Output out;
    private final Clock clock;

    PdfCommand(Output out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    /** The documents to write, by file name, in order. */
    abstract Map<String, PdfOptions.Preparation> documents(ExportInput input, PdfExports pdf) throws InputError;

    /** Per file name, the bundle key saying why there may be nothing to print. */
    abstract Map<String, String> whyNothing();

    @Override
    public final Integer call() throws InputError {
        PdfExports pdf = new PdfExports(options.lang.locale, clock);
        ExportInput input = options.input(clock, out, pdf);
        options.write(pdf, documents(input, pdf), whyNothing(), out);
        return 0;
    }
}
