package org.podium.exchange.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.podium.domain.RoundResult;
import org.podium.exchange.ExportFile;
import org.podium.exchange.ExportInput;
import org.podium.exchange.ExportText;

/**
 * The Excel files of an export, in one language. Nothing is written here: each {@link ExportFile} writes itself when
 * asked, and the caller (ExportService) puts it in place. Every number in them is read from the engine's results.
 */
public final class ExcelExports {
    private ExcelExports() {
    }

    /**
     * The result sheets: {@code results-EVENT-ROUND.xlsx} for every round of every event (events in file order,
     * rounds in order), then {@code teams.xlsx} when the contest has teams.
     */
    public static List<ExportFile> results(ExportInput input, Locale locale) {
        ExportText i18n = ExportText.forLocale(locale);
        List<ExportFile> files = new ArrayList<>();
        for (RoundResult round : input.result().rounds()) {
            files.add(new ResultWorkbook(input, round, i18n));
        }
        if (input.contest().teams() != null) {
            files.add(new TeamWorkbook(input, i18n));
        }
        return files;
    }

    /** The award list, {@code awards.xlsx}: a sheet per event. */
    public static List<ExportFile> awards(ExportInput input, Locale locale) {
        return List.of(new AwardListWorkbook(input, ExportText.forLocale(locale)));
    }
}
