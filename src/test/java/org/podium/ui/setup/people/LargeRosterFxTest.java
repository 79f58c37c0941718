package org.podium.ui.setup.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.controlsfx.control.spreadsheet.SpreadsheetView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.HrSheets;
import org.podium.service.PeopleImport;
import org.podium.ui.common.FxBackground;
import org.podium.ui.common.I18n;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A 50,000-row roster in the import pane (issue 14: "the screen never frozen"): it is read and its grid built on the
 * executor, so the FX thread keeps answering while it loads; the spreadsheet then holds every row. The time it takes is
 * measured by {@link RosterPreviewBenchmark}, not asserted here.
 */
@ExtendWith(ApplicationExtension.class)
class LargeRosterFxTest {
    static final int ROWS = 50_000;
    @TempDir
    Path dir;
    private Stage stage;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    /** A 50,000-row HR roster in GB18030: a title row, Chinese headers, dates as written, a 合计 row. */
    static Path roster(Path dir) throws Exception {
        StringBuilder b = new StringBuilder("2020年岗位练兵 参赛人员名单,,,,,\n编号,姓名,性别,出生年月,所在单位,组别\n");
        for (int i = 0; i < ROWS; i++) {
            b.append(100_000 + i).append(",职工").append(i).append(i % 2 == 0 ? ",男," : ",女,").append(1970 + i % 30).append('/')
                    .append(1 + i % 12).append('/').append(1 + i % 28).append(",冠捷显示第").append(i % 40).append("车间,")
                    .append(1 + i % 200).append('\n');
        }
        b.append("合计,50000人,,,,\n");
        Path f = dir.resolve("roster-50000.csv");
        Files.writeString(f, b, Charset.forName("GB18030"));
        return f;
    }

    /** A contest folder holding the drill's contest.yaml. */
    private Path drill() throws java.io.IOException {
        Path folder = Files.createDirectories(dir.resolve("drill"));
        Files.copy(HrSheets.FOLDER.resolve("contest.yaml"), folder.resolve("contest.yaml"));
        return folder;
    }

    @Test
    void theScreenKeepsAnsweringWhileFiftyThousandRowsLoad(FxRobot robot) throws Exception {
        Path folder = drill();
        Path file = roster(dir);
        I18n i18n = I18n.forLocale(Locale.ENGLISH);
        FxBackground background = new FxBackground(executor);
        RosterImportViewModel model = new RosterImportViewModel(new PeopleImport(folder), PeopleImport.Kind.ROSTER, background, i18n);
        RosterImportPane[] pane = new RosterImportPane[1];
        robot.interact(() -> {
            pane[0] = new RosterImportPane(model, i18n, background);
            stage.setScene(new Scene(pane[0].root(), 1400, 900));
            stage.show();
        });

        AtomicInteger answeredWhileLoading = new AtomicInteger();
        AtomicLong slowest = new AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean shownInFull = new java.util.concurrent.atomic.AtomicBoolean();
        long chosen = System.nanoTime();
        robot.interact(() -> model.choose(file));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        // ask the FX thread again and again until it answers with the whole spreadsheet in the scene
        while (!shownInFull.get() && System.nanoTime() < deadline) {
            long asked = System.nanoTime();
            java.util.concurrent.CountDownLatch answered = new java.util.concurrent.CountDownLatch(1);
            Platform.runLater(() -> {
                slowest.accumulateAndGet(System.nanoTime() - asked, Math::max);
                SpreadsheetView shown = pane[0].sheet();
                if (shown.getScene() != null && shown.getGrid().getRowCount() == ROWS) {
                    shownInFull.set(true);
                } else {
                    answeredWhileLoading.incrementAndGet();
                }
                answered.countDown();
            });
            answered.await(120, TimeUnit.SECONDS);
            Thread.sleep(20);
        }
        long whole = System.nanoTime() - chosen;
        WaitForAsyncUtils.waitForFxEvents();
        System.out.printf("50,000-row roster in the import pane: shown in full %d ms after it was chosen; the FX thread"
                + " answered %d times meanwhile, the slowest answer after %d ms%n", TimeUnit.NANOSECONDS.toMillis(whole),
                answeredWhileLoading.get(), TimeUnit.NANOSECONDS.toMillis(slowest.get()));
        // the FX thread answered again and again while the file was read and the spreadsheet made
        assertThat(shownInFull.get()).isTrue();
        assertThat(answeredWhileLoading.get()).isGreaterThanOrEqualTo(3);
        SpreadsheetView sheet = robot.lookup("#importSheet").queryAs(SpreadsheetView.class);
        assertThat(sheet.getGrid().getRowCount()).isEqualTo(ROWS);
        assertThat(sheet.getGrid().getRowHeaders().get(ROWS - 1)).isEqualTo(String.valueOf(ROWS + 2));
        assertThat(model.problems()).isEmpty();
        assertThat(model.importableProperty().get()).isTrue();
    }

    /**
     * A preview of more than {@link RosterImportPane#FIRST_ROWS} rows is put on screen first with its first rows (and a
     * note that the rest follow), then whole with the same column widths; each spreadsheet made by the background.
     */
    @Test
    void theFirstRowsAreShownWhileTheWholeSpreadsheetIsMade(FxRobot robot) throws Exception {
        Path folder = drill();
        Path file = roster(dir);
        I18n i18n = I18n.forLocale(Locale.SIMPLIFIED_CHINESE);
        java.util.List<String> placed = new java.util.ArrayList<>();
        RosterImportPane[] pane = new RosterImportPane[1];
        org.podium.ui.common.Background recording = new org.podium.ui.common.Background() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> done,
                    java.util.function.Consumer<? super Throwable> failed) {
                org.podium.ui.common.Background.sameThread().run(work, result -> {
                    if (result instanceof SpreadsheetView v) { // what is on screen when this spreadsheet arrives
                        javafx.scene.control.Label note = (javafx.scene.control.Label) pane[0].root().lookup("#importSheetNote");
                        placed.add(v.getGrid().getRowCount() + " rows made; on screen " + pane[0].sheet().getGrid().getRowCount()
                                + (note.isVisible() ? "; " + note.getText() : ""));
                    }
                    done.accept(result);
                }, failed);
            }
        };
        RosterImportViewModel model = new RosterImportViewModel(new PeopleImport(folder), PeopleImport.Kind.ROSTER,
                org.podium.ui.common.Background.sameThread(), i18n);
        robot.interact(() -> {
            pane[0] = new RosterImportPane(model, i18n, recording);
            stage.setScene(new Scene(pane[0].root(), 1400, 900));
            stage.show();
        });

        robot.interact(() -> model.choose(file));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(placed).containsExactly("200 rows made; on screen 0",
                "50000 rows made; on screen 200; 先显示前 200 行（共 50,000 行），全部行稍后显示。");
        SpreadsheetView sheet = robot.lookup("#importSheet").queryAs(SpreadsheetView.class);
        assertThat(sheet).isSameAs(pane[0].sheet());
        assertThat(sheet.getGrid().getRowCount()).isEqualTo(ROWS);
        assertThat(sheet.getGrid().getRows().get(ROWS - 1).get(1).getText()).isEqualTo("职工" + (ROWS - 1));
        assertThat(robot.lookup("#importSheetNote").queryLabeled().isVisible()).isFalse();
        assertThat(sheet.getColumns()).allSatisfy(c -> assertThat(c.getWidth()).isGreaterThan(40));

        // a small file is shown once, whole, with no note
        placed.clear();
        Path small = dir.resolve("small.csv");
        Files.writeString(small, "编号,姓名\n1,甲\n2,乙\n", java.nio.charset.StandardCharsets.UTF_8);
        robot.interact(() -> model.choose(small));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(placed).containsExactly("2 rows made; on screen 50000");
        assertThat(robot.lookup("#importSheetNote").queryLabeled().isVisible()).isFalse();
    }
}
