package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.exchange.ExportCancelled;
import org.podium.exchange.ExportFile;
import org.podium.exchange.Progress;
import org.podium.exchange.Samples;

/** Exports land whole or not at all: temporary files moved into place at the end, removed on cancel or failure. */
class ExportServiceTest {
    @TempDir
    Path dir;

    private final ExportService service = new ExportService();

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A file that writes its text, or cancels (or fails) when asked to. */
    private static ExportFile file(String name, String text, RuntimeException thrown) {
        return new ExportFile() {
            @Override
            public String fileName() {
                return name;
            }

            @Override
            public void write(OutputStream out, Progress progress) throws IOException {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                if (thrown != null) {
                    throw thrown;
                }
            }
        };
    }

    @Test
    void resultsAndAwardsWriteTheirWorkbooksIntoANewFolder() throws IOException {
        Path out = dir.resolve("new/folder");
        List<Path> written = service.results(Samples.input("fire-safety"), out, Locale.SIMPLIFIED_CHINESE, Progress.NONE);
        written = new ArrayList<>(written);
        written.addAll(service.awards(Samples.input("fire-safety"), out, Locale.SIMPLIFIED_CHINESE, Progress.NONE));
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("results-hose-prelim.xlsx",
                "results-hose-final.xlsx", "results-oilfire-final.xlsx", "awards.xlsx");
        assertThat(names(out)).containsExactlyInAnyOrder("results-hose-prelim.xlsx", "results-hose-final.xlsx",
                "results-oilfire-final.xlsx", "awards.xlsx");
        for (Path p : written) {
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(p))) {
                assertThat(wb.getNumberOfSheets()).isPositive();
            }
        }
    }

    @Test
    void progressCountsTheFilesWritten() throws IOException {
        List<String> steps = new ArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void step(long done, long total) {
                steps.add(done + "/" + total);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        service.write(List.of(file("a.txt", "a", null), file("b.txt", "b", null)), dir, progress);
        assertThat(steps).containsExactly("1/2", "2/2");
        assertThat(Files.readString(dir.resolve("b.txt"))).isEqualTo("b");
    }

    @Test
    void aCancelLeavesTheFolderAsItWasWithNoPartialFile() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "old");
        List<ExportFile> files = List.of(file("a.txt", "new", null), file("b.txt", "half", new ExportCancelled()));
        assertThatThrownBy(() -> service.write(files, dir, Progress.NONE)).isInstanceOf(ExportCancelled.class);
        assertThat(names(dir)).containsExactly("a.txt");
        assertThat(Files.readString(dir.resolve("a.txt"))).isEqualTo("old");
    }

    @Test
    void aCancelBetweenFilesStopsBeforeTheNext() {
        boolean[] cancel = {false};
        Progress progress = new Progress() {
            @Override
            public void step(long done, long total) {
                cancel[0] = true;
            }

            @Override
            public boolean cancelled() {
                return cancel[0];
            }
        };
        assertThatThrownBy(() -> service.write(List.of(file("a.txt", "a", null), file("b.txt", "b", null)), dir, progress))
                .isInstanceOf(ExportCancelled.class);
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void aFailingFileRemovesEveryTemporaryFile() {
        List<ExportFile> files = List.of(file("a.txt", "a", null), file("b.txt", "b", new IllegalStateException("broken")));
        assertThatThrownBy(() -> service.write(files, dir, Progress.NONE)).hasMessage("broken");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void aFolderThatIsAFileCannotBeWritten() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
        assertThatThrownBy(() -> service.write(List.of(file("a.txt", "a", null)), notAFolder.resolve("out"), Progress.NONE))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aContestTemplateThatWouldRunCodeIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path contest = org.podium.exchange.pdf.PdfFixtures.copy("monitor-stand", dir.resolve("contest"));
        Path victim = dir.resolve("x");
        Path template = org.podium.exchange.pdf.PdfFixtures.attackTemplate(contest,
                org.podium.exchange.pdf.PdfFixtures.creatingFile(victim));
        org.podium.contestfile.ContestFolder.Loaded loaded = org.podium.contestfile.ContestFolder.loadWithScores(contest,
                List.of(contest.resolve("scores/sample.csv")));
        org.podium.exchange.ExportInput input = new org.podium.exchange.ExportInput(loaded.folder().contest(),
                new org.podium.scoring.ScoringEngine().score(loaded.folder().contest(), loaded.facts()), loaded.facts(), contest);
        Path out = dir.resolve("out");

        assertThatThrownBy(() -> service.certificates(input, out, Locale.ENGLISH, Progress.NONE))
                .isInstanceOfSatisfying(org.podium.exchange.pdf.PdfExportException.class, e -> assertThat(e.problems())
                        .singleElement().asString().startsWith(template + ":9: the expression “$F{name} + (new java.io.File(")
                        .contains("“new”"));

        assertThat(victim).doesNotExist();
        assertThat(out).doesNotExist();
    }
}
