package org.podium.cli;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.podium.domain.Event;
import org.podium.domain.Round;
import org.podium.exchange.ExportInput;
import org.podium.exchange.pdf.PdfExports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code podium export sheets}: blank paper sheets so that the contest can go on without the stations, as PDF files
 * in DIR: judge-sheets.pdf (per judge per heat), timekeeper-sheets.pdf (per timekeeper per heat) and, when an event
 * judges blind, work-numbers.pdf (the chief judge's key from work numbers to contestants).
 */
@Command(name = "sheets", description = "Write blank sheets: DIR/judge-sheets.pdf (one per judge per heat),"
        + " DIR/timekeeper-sheets.pdf (one per timekeeper per heat) and, for events judged blind, DIR/work-numbers.pdf.")
final class ExportSheetsCommand extends PdfCommand {
    static final String JUDGES = "judge-sheets.pdf";
    static final String TIMEKEEPERS = "timekeeper-sheets.pdf";
    static final String WORK_NUMBERS = "work-numbers.pdf";

    @Option(names = "--event", paramLabel = "ID", description = "only this event")
    String event;

    @Option(names = "--round", paramLabel = "ID", description = "only this round (of every event that has it, or of --event)")
    String round;

    ExportSheetsCommand(Output out, Clock clock) {
        super(out, clock);
    }

    @Override
    Map<String, PdfOptions.Preparation> documents(ExportInput input, PdfExports pdf) throws InputError {
        checkChoice(input, pdf);
        Map<String, PdfOptions.Preparation> documents = new LinkedHashMap<>();
        documents.put(JUDGES, () -> pdf.judgeSheets(input, event, round));
        documents.put(TIMEKEEPERS, () -> pdf.timekeeperSheets(input, event, round));
        boolean blind = false;
        for (Event e : input.contest().events()) {
            blind |= e.blindJudging() && (event == null || event.equals(e.id()));
        }
        if (blind) {
            documents.put(WORK_NUMBERS, () -> pdf.workNumberKey(input, event));
        }
        return documents;
    }

    @Override
    Map<String, String> whyNothing() {
        return Map.of(JUDGES, "pdf.cli.noJudges", TIMEKEEPERS, "pdf.cli.noTimekeepers", WORK_NUMBERS, "pdf.cli.noBlind");
    }

    /** --event and --round must name what the contest has. */
    private void checkChoice(ExportInput input, PdfExports pdf) throws InputError {
        List<String> ids = new ArrayList<>();
        for (Event e : input.contest().events()) {
            ids.add(e.id());
        }
        if (event != null && input.contest().event(event) == null) {
            throw new InputError(pdf.text("pdf.cli.unknownEvent", event, String.join(", ", ids)));
        }
        if (round == null) {
            return;
        }
        List<String> rounds = new ArrayList<>();
        for (Event e : input.contest().events()) {
            if (event == null || event.equals(e.id())) {
                for (Round r : e.rounds()) {
                    if (!rounds.contains(r.id())) {
                        rounds.add(r.id());
                    }
                }
            }
        }
        if (!rounds.contains(round)) {
            throw new InputError(pdf.text("pdf.cli.unknownRound", round, event == null ? String.join(", ", ids) : event,
                    String.join(", ", rounds)));
        }
    }
}
