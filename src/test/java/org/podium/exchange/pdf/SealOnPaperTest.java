package org.podium.exchange.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.exchange.ExportFile;
import org.podium.exchange.ExportInput;
import org.podium.exchange.Progress;
import org.podium.exchange.Publication;
import org.podium.exchange.excel.ExcelExports;

/**
 * Every published result sheet, results notice and award list prints the seal of its round's publish row, so that
 * anyone holding the paper can check the database against it (podium verify --seal); a round the database has not
 * published says it is provisional; results from score files alone say neither.
 */
class SealOnPaperTest {
    private static final String SEAL = "57:9f86d081884c7d65";

    @TempDir
    Path tmp;

    private static ExportInput input(Publication publication) throws Exception {
        return PdfFixtures.sample("monitor-stand").withPublication(publication);
    }

    /** Every text cell of the Excel files an export writes. */
    private static List<String> cells(List<ExportFile> files) throws Exception {
        List<String> out = new ArrayList<>();
        for (ExportFile f : files) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            f.write(bytes, Progress.NONE);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            if (cell.getCellType() == CellType.STRING) {
                                out.add(cell.getStringCellValue());
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private String pdfText(ExportInput in, Locale locale) throws Exception {
        PdfExports pdf = new PdfExports(locale, PdfFixtures.CLOCK);
        Path notice = tmp.resolve("notice-" + locale + ".pdf");
        Path awards = tmp.resolve("awards-" + locale + ".pdf");
        pdf.resultsNotice(in, notice, Progress.NONE);
        pdf.awardList(in, awards, Progress.NONE);
        return PdfFile.read(notice).text() + "\n---\n" + PdfFile.read(awards).text();
    }

    @Test
    void aPublishedRoundsSheetsNoticeAndAwardListPrintItsSeal() throws Exception {
        ExportInput in = input(new Publication(true, Map.of("stand/final", SEAL)));
        assertThat(cells(ExcelExports.results(in, Locale.SIMPLIFIED_CHINESE)))
                .contains("已公布。封签 seal " + SEAL + "（任何人均可核对：podium verify --seal " + SEAL + "）");
        assertThat(cells(ExcelExports.awards(in, Locale.ENGLISH)))
                .contains("Published. Seal " + SEAL + " (anyone can check it: podium verify --seal " + SEAL + ")");
        String text = pdfText(in, Locale.ENGLISH);
        assertThat(text.split("---")).allSatisfy(doc -> assertThat(doc).contains("Published. Seal " + SEAL));
        assertThat(pdfText(in, Locale.SIMPLIFIED_CHINESE)).contains("seal " + SEAL);
    }

    @Test
    void aRoundTheDatabaseHasNotPublishedIsPrintedAsProvisional() throws Exception {
        ExportInput in = input(new Publication(true, Map.of()));
        assertThat(cells(ExcelExports.results(in, Locale.ENGLISH))).anyMatch(c -> c.startsWith("Provisional: this round is"
                + " not published")).noneMatch(c -> c.startsWith("Published"));
        assertThat(cells(ExcelExports.awards(in, Locale.SIMPLIFIED_CHINESE))).anyMatch(c -> c.startsWith("非正式结果"));
        String text = pdfText(in, Locale.ENGLISH);
        assertThat(text.split("---")).allSatisfy(doc -> assertThat(doc).contains("Provisional: this round is not published")
                .doesNotContain("Seal"));
    }

    @Test
    void resultsFromScoreFilesAloneSayNothingAboutPublishing() throws Exception {
        ExportInput in = input(Publication.NONE);
        assertThat(cells(ExcelExports.results(in, Locale.ENGLISH))).noneMatch(c -> c.startsWith("Published") || c.startsWith("Provisional"));
        assertThat(pdfText(in, Locale.ENGLISH)).doesNotContain("Seal").doesNotContain("Provisional");
    }
}
