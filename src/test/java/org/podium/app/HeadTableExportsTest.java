package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.service.SampleCopies;
import org.podium.service.ResultsService;
import org.podium.store.SqliteContestStore;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;
import org.podium.ui.exports.ExportsViewModel;
import org.podium.ui.exports.ExportsViewModel.Kind;

/** Exports from the head table: the database's results through the export service, progress, cancel, refusals. */
class HeadTableExportsTest {
    @TempDir
    Path dir;
    final I18n i18n = I18n.forLocale(Locale.ROOT);

    private ResultsService results(Path contest) throws Exception {
        ContestFolder folder = ContestFolder.load(contest);
        SqliteContestStore store = new SqliteContestStore(contest.resolve("contest.db"), folder.contest(), Clock.systemUTC());
        store.importFacts(folder.readScores(List.of(Path.of("contests/monitor-stand/scores/sample.csv"))), null);
        return new ResultsService(folder.contest(), folder.theoryFacts(), store);
    }

    @Test
    void eachExportWritesItsFilesFromTheDatabaseAndReportsProgress() throws Exception {
        Path contest = SampleCopies.withPeople(Path.of("contests/monitor-stand"), dir.resolve("stand"));
        ResultsService results = results(contest);
        ExportsViewModel vm = new ExportsViewModel(HeadTableTabs.exporter(results, contest), Background.sameThread(), Runnable::run,
                i18n, contest.resolve("exports"));
        List<Double> seen = new java.util.ArrayList<>();
        vm.progressProperty().addListener((o, was, now) -> seen.add(now.doubleValue()));
        for (Kind kind : Kind.values()) {
            vm.export(kind);
            assertThat(vm.messageProperty().get()).as(kind.name()).startsWith("Written: ");
        }
        try (var files = Files.list(contest.resolve("exports"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("award-list.pdf",
                    "awards.xlsx", "certificates.pdf", "judge-sheets.pdf", "results-notice.pdf", "results-stand-final.xlsx",
                    "timekeeper-sheets.pdf");
        }
        assertThat(seen).contains(1.0).anyMatch(p -> p > 0 && p < 1);
        assertThat(vm.runningProperty().get()).isFalse();
        results.store().close();
    }

    @Test
    void aCancelledExportWritesNothingAndSaysSo() throws Exception {
        ExportsViewModel[] vm = new ExportsViewModel[1];
        ExportsViewModel.Exporter cancelling = (kind, out, locale, progress) -> {
            vm[0].cancel();
            progress.checkCancelled();
            Files.createDirectories(out).resolve("never.xlsx");
            return List.of(out.resolve("never.xlsx"));
        };
        vm[0] = new ExportsViewModel(cancelling, Background.sameThread(), Runnable::run, i18n, dir.resolve("out"));
        vm[0].export(Kind.RESULTS);
        assertThat(vm[0].messageProperty().get()).isEqualTo("Cancelled: nothing was written.");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void blindSheetsCarryTheDatabasesWorkNumbersAndAnEmptyFolderIsRefused() throws Exception {
        Path contest = SampleCopies.withPeople(Path.of("contests/monitor-stand"), dir.resolve("blind"));
        Path yaml = contest.resolve("contest.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("blind_judging: false", "blind_judging: true"));
        ResultsService results = results(contest);
        ExportsViewModel vm = new ExportsViewModel(HeadTableTabs.exporter(results, contest), Background.sameThread(), Runnable::run,
                i18n, contest.resolve("exports"));
        vm.export(Kind.SHEETS);
        assertThat(vm.messageProperty().get()).contains("work-numbers.pdf");
        vm.folderProperty().set(" ");
        vm.export(Kind.RESULTS);
        assertThat(vm.messageProperty().get()).isEqualTo("Type the folder to write to first.");
        results.store().close();
    }

    @Test
    void aContestTemplateThatWouldRunCodeIsRefusedOnTheExportsTabAndWritesNothing() throws Exception {
        Path contest = SampleCopies.withPeople(Path.of("contests/monitor-stand"), dir.resolve("attack"));
        Path victim = dir.resolve("x");
        Path template = org.podium.exchange.pdf.PdfFixtures.attackTemplate(contest,
                org.podium.exchange.pdf.PdfFixtures.creatingFile(victim));
        ResultsService results = results(contest);
        ExportsViewModel vm = new ExportsViewModel(HeadTableTabs.exporter(results, contest), Background.sameThread(), Runnable::run,
                i18n, contest.resolve("exports"));

        vm.export(Kind.CERTIFICATES);

        assertThat(vm.messageProperty().get()).startsWith("Not written:").contains(template + ":9: the expression", "“new”");
        assertThat(victim).doesNotExist();
        assertThat(contest.resolve("exports")).doesNotExist();
        results.store().close();
    }
}
