package org.podium.cli;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.podium.exchange.ExportInput;
import org.podium.exchange.pdf.PdfExports;
import picocli.CommandLine.Command;

/**
 * {@code podium export certificates}: the printed pack of the award ceremony and the notice board, as PDF files in DIR:
 * certificates.pdf (a page per award and per title), award-list.pdf (获奖名单) and results-notice.pdf (成绩公示).
 * Nothing is written when any text holds a character the font cannot print (exit 1, each named).
 */
@Command(name = "certificates", description = "Write DIR/certificates.pdf (one A4 landscape page per award and per title),"
        + " DIR/award-list.pdf and DIR/results-notice.pdf from the contest's results.")
final class ExportCertificatesCommand extends PdfCommand {
    static final String CERTIFICATES = "certificates.pdf";
    static final String AWARD_LIST = "award-list.pdf";
    static final String NOTICE = "results-notice.pdf";

    ExportCertificatesCommand(Output out, Clock clock) {
        super(out, clock);
    }

    @Override
    Map<String, PdfOptions.Preparation> documents(ExportInput input, PdfExports pdf) {
        Map<String, PdfOptions.Preparation> documents = new LinkedHashMap<>();
        documents.put(CERTIFICATES, () -> pdf.certificates(input));
        documents.put(AWARD_LIST, () -> pdf.awardList(input));
        documents.put(NOTICE, () -> pdf.resultsNotice(input));
        return documents;
    }

    @Override
    Map<String, String> whyNothing() {
        return Map.of(CERTIFICATES, "pdf.cli.noAwards", AWARD_LIST, "pdf.cli.noAwards", NOTICE, "pdf.cli.noEntries");
    }
}
