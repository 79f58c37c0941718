package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.app.FxScreens.focusId;
import static org.podium.app.FxScreens.label;
import static org.podium.app.FxScreens.results;
import static org.podium.app.FxScreens.waitUntil;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.cli.Podium;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.RaceTime;
import org.podium.domain.Role;
import org.podium.service.FlagState;
import org.podium.service.JudgeSheets;
import org.podium.service.MonitorStand;
import org.podium.service.OpenContest;
import org.podium.service.Recording;
import org.podium.service.ResultsService;
import org.podium.service.RoundControl;
import org.podium.service.TimingDesk;
import org.podium.store.JournalRow;
import org.podium.store.SqliteContestStore;
import org.podium.ui.common.Background;
import org.podium.ui.common.FxBackground;
import org.podium.ui.common.I18n;
import org.podium.ui.judging.JudgeViewModel;
import org.podium.ui.judging.Sheet;
import org.podium.ui.judging.SheetField;
import org.podium.ui.timing.TimekeeperViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 15, "Done when": one whole contest day of the monitor-stand drill (3 heats of one round), the head table on
 * screen (headless Monocle) as the chief drives it, the stations as their screens' models on another connection to
 * the same database file (another laptop): T1 and T2 type their times, T3 runs the stopwatch, J1-J4 mark and submit,
 * J5's paper sheets are typed in by the organiser (the clerk) and count as submitted in the clerk's name. After heat 1
 * the head table shows each heat's completeness and a lock asks, naming what is missing; cancelled, nothing is locked.
 * After heat 3 the lock names J4's one sheet not submitted and locks once confirmed; an unlock with a reason lets T1
 * and J2 correct (each asked the reason once), the round is locked again, its flags acknowledged, and publish shows
 * what becomes public and asks once more. Then the exports: facts, results, awards; the ranking of {@code podium rank}
 * from the exported facts is the head table's.
 */
@ExtendWith(ApplicationExtension.class)
class ContestDayFxTest {
    @TempDir
    static Path dir;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final I18n en = I18n.forLocale(Locale.ROOT);
    private Shell shell;
    private Path contest;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        contest = MonitorStand.folder(dir.resolve("monitor-stand-" + System.nanoTime()));
        shell = new Shell(stage, en, new FxBackground(executor), Clock.systemUTC());
        shell.showStation(OpenContest.open(contest, Clock.systemUTC()));
    }

    @AfterEach
    void stop() throws Exception {
        FxScreens.stop(shell, executor);
    }

    private static List<String> lines(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(VBox.class).getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    /** The stations of the day, on their own connection to the venue database. */
    private final class Stations {
        final SqliteContestStore store;
        final ContestFolder folder;
        final Recording recording;
        final AtomicLong nanos = new AtomicLong(1_000_000_000L);
        final Map<String, TimekeeperViewModel> timekeepers = new HashMap<>();
        final Map<String, JudgeViewModel> judges = new HashMap<>();
        final List<Fact> sample;
        /** Sheets of the sample with a mark missing: never submitted, so the lock names them too. */
        final List<String> incomplete = new ArrayList<>();

        Stations() throws Exception {
            folder = ContestFolder.load(contest);
            store = new SqliteContestStore(contest.resolve("contest.db"), folder.contest(), Clock.systemUTC());
            store.addOfficial("O", "Organiser", Role.ORGANISER, "0000".toCharArray());
            recording = new Recording(new ResultsService(folder.contest(), folder.theoryFacts(), store));
            for (String t : List.of("T1", "T2", "T3")) {
                timekeepers.put(t, new TimekeeperViewModel(new TimingDesk(recording), t, false, Background.sameThread(),
                        en, nanos::get));
            }
            for (String j : List.of("J1", "J2", "J3", "J4")) {
                judges.put(j, new JudgeViewModel(new JudgeSheets(recording), j, false, Background.sameThread(), en));
            }
            JudgeViewModel clerk = new JudgeViewModel(new JudgeSheets(recording), "O", true, Background.sameThread(), en);
            clerk.judgeProperty().set("J5");
            judges.put("J5", clerk);
            sample = MonitorStand.sample(folder);
        }

        /** One heat as the day runs it; {@code skipSubmit}: a judge's sheet left not submitted ("J4 133"). */
        void run(String heat, String skipSubmit) throws Exception {
            Set<String> bibs = MonitorStand.heat(folder, heat);
            List<Fact> facts = sample.stream().filter(f -> bibs.contains(f.bib())).toList();
            // T1 and T2 type their times from their stopwatches
            for (String t : List.of("T1", "T2")) {
                TimekeeperViewModel vm = timekeepers.get(t);
                vm.heatProperty().set(heat);
                for (Fact f : facts) {
                    if (f.kind() == FactKind.TIME && t.equals(f.official())) {
                        vm.bibProperty().set(f.bib());
                        vm.timeProperty().set(RaceTime.ofMillis(f.millis()).format());
                        vm.save();
                        if (vm.reasonNeededProperty().get()) { // the sample's own correction of a time
                            vm.reasonProperty().set("T's sheet read again");
                            vm.reasonEntered();
                        }
                        assertThat(vm.errorProperty().get()).as(t + " " + f.bib()).isEmpty();
                    }
                }
            }
            // T3 on the stopwatch: Space at the start, the lane's key at each finish
            TimekeeperViewModel t3 = timekeepers.get("T3");
            t3.heatProperty().set(heat);
            t3.stopwatchProperty().set(true);
            long start = nanos.addAndGet(1_000_000_000L);
            t3.startClock();
            Map<String, Fact> last = new HashMap<>(); // a corrected line of the sample: its last value is the press
            facts.stream().filter(f -> f.kind() == FactKind.TIME && "T3".equals(f.official()))
                    .forEach(f -> last.put(f.bib(), f));
            List<Fact> finishes = last.values().stream().sorted(Comparator.comparingLong(Fact::millis)).toList();
            for (Fact f : finishes) {
                nanos.set(start + f.millis() * 1_000_000L);
                t3.press(t3.lane(f.bib()).number());
                assertThat(t3.errorProperty().get()).as("T3 " + f.bib()).isEmpty();
            }
            t3.stopwatchProperty().set(false);
            // the judges mark and submit; J5's paper sheets are typed in by the clerk
            for (String j : List.of("J1", "J2", "J3", "J4", "J5")) {
                JudgeViewModel vm = judges.get(j);
                vm.heatProperty().set(heat);
                for (Sheet sheet : List.copyOf(vm.sheets())) {
                    List<Fact> marks = facts.stream().filter(f -> f.kind() == FactKind.MARK && j.equals(f.official())
                            && f.bib().equals(bibOf(sheet))).toList();
                    if (marks.isEmpty()) {
                        continue;
                    }
                    vm.currentProperty().set(sheet);
                    for (Fact m : marks) {
                        SheetField field = sheet.marks().stream().filter(x -> x.id().equals(m.item())).findFirst().orElseThrow();
                        field.textProperty().set(m.amount().toPlainString());
                        assertThat(vm.commit(field)).isTrue();
                    }
                    boolean whole = marks.stream().map(Fact::item).distinct().count()
                            == folder.contest().event("stand").quality().criteria().size();
                    if (!whole) {
                        incomplete.add(bibOf(sheet) + " (" + j + ")"); // the sample's sheet with a mark missing
                    } else if (!j.equals("J5") && !(j + " " + bibOf(sheet)).equals(skipSubmit)) {
                        vm.submit();
                        assertThat(vm.errorProperty().get()).as(j + " " + bibOf(sheet)).isEmpty();
                    }
                    if (j.equals("J5") && whole) {
                        assertThat(sheet.submittedProperty().get()).as("J5's paper sheet " + bibOf(sheet)).isTrue();
                    }
                }
            }
            // penalties and statuses: the clerk's import of the paper notes
            store.importFacts(facts.stream().filter(f -> f.kind() == FactKind.PENALTY || f.kind() == FactKind.STATUS)
                    .toList(), null);
        }
    }

    private void logInAsChief(FxRobot robot) throws Exception {
        FxScreens.logInAsChief(robot, stage);
    }

    /** The bib a sheet is for: the start of its label (the event is not judged blind). */
    private static String bibOf(Sheet sheet) {
        return sheet.label().split(" ")[0];
    }

    private static int run(String... args) {
        return Podium.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void theWholeDayFromTheFirstHeatToTheExports(FxRobot robot) throws Exception {
        logInAsChief(robot);
        Stations stations = new Stations();
        try {
            stations.run("1", null);
            waitUntil(() -> lines(robot, "#heats").size() == 3 && (lines(robot, "#heats").get(0).contains("all recorded")
                    || lines(robot, "#heats").get(0).contains(" 0 without a record")));
            List<String> heats = lines(robot, "#heats");
            assertThat(heats.get(0)).startsWith("Heat 1: ");
            assertThat(heats.get(1)).matches("Heat 2: (\\d+) entries · \\1 without a record · 0 sheet\\(s\\) not submitted · 0 short of timekeepers");
            assertThat(stations.store.journal()).filteredOn(r -> "submit".equals(r.kind()) && "J5".equals(r.official()))
                    .extracting(JournalRow::recordedBy).isNotEmpty().containsOnly("O");

            // a lock after heat 1 asks, naming what is missing; cancelled, nothing is locked
            robot.clickOn("#lock");
            waitUntil(() -> robot.lookup("#asking").query().isVisible());
            assertThat(lines(robot, "#askLines")).hasSize(2).allMatch(l -> l.contains("without a record: "));
            robot.clickOn("#cancel");
            waitUntil(() -> !robot.lookup("#asking").query().isVisible());
            assertThat(label(robot, "#stage")).isEqualTo("Open: the stations record");

            stations.run("2", null);
            Set<String> heat3 = MonitorStand.heat(stations.folder, "3");
            String gap = heat3.iterator().next();
            stations.run("3", "J4 " + gap);
            waitUntil(() -> !lines(robot, "#heats").get(2).contains(" 0 sheet(s)") && !lines(robot, "#heats").get(2).contains("all recorded"));

            robot.clickOn("#lock");
            waitUntil(() -> robot.lookup("#asking").query().isVisible());
            assertThat(lines(robot, "#askLines")).isNotEmpty() // the sample's no-show (no record at all) is named too
                    .anyMatch(l -> l.startsWith("Heat 3: ") && l.contains(gap + " (J4)"));
            for (String sheet : stations.incomplete) {
                assertThat(String.join("\n", lines(robot, "#askLines"))).contains(sheet.split(" ")[0]);
            }
            assertThat(stations.store.journal()).extracting(JournalRow::kind).doesNotContain("lock");
            robot.clickOn("#confirm");
            waitUntil(() -> label(robot, "#stage").startsWith("Locked (#"));

            // unlock with a reason; a correction at each station, each asked its reason once
            robot.clickOn("#unlockReason").write("T1 and J2 read their sheets again");
            robot.clickOn("#unlock");
            waitUntil(() -> label(robot, "#stage").startsWith("Unlocked"));
            String first = MonitorStand.heat(stations.folder, "1").iterator().next();
            TimekeeperViewModel t1 = stations.timekeepers.get("T1");
            t1.heatProperty().set("1");
            t1.bibProperty().set(first);
            long was = stations.store.currentFacts().stream().filter(f -> f.kind() == FactKind.TIME && f.bib().equals(first)
                    && "T1".equals(f.official())).findFirst().orElseThrow().millis();
            t1.timeProperty().set(RaceTime.ofMillis(was + 100).format());
            t1.save();
            assertThat(t1.reasonNeededProperty().get()).isTrue();
            t1.reasonProperty().set("T1's sheet says a tenth more");
            t1.reasonEntered();
            assertThat(t1.errorProperty().get()).isEmpty();
            JudgeViewModel j2 = stations.judges.get("J2");
            j2.heatProperty().set("1");
            Sheet sheet = j2.sheets().stream().filter(s -> bibOf(s).equals(first)).findFirst().orElseThrow();
            j2.currentProperty().set(sheet);
            j2.reopenReasonProperty().set("C1 read again from the torque wrench");
            j2.reopen();
            SheetField c1 = sheet.marks().get(0);
            c1.textProperty().set(new BigDecimal(c1.savedProperty().get()).subtract(BigDecimal.ONE).toPlainString());
            assertThat(j2.commit(c1)).isTrue();
            assertThat(j2.reasonNeededProperty().get()).isFalse();
            j2.submit();
            assertThat(stations.store.journal()).filteredOn(r -> r.bib() != null && r.bib().equals(first)
                    && ("time".equals(r.kind()) || "mark".equals(r.kind())) && r.reason() != null)
                    .extracting(JournalRow::reason)
                    .containsExactly("T1's sheet says a tenth more", "C1 read again from the torque wrench");

            robot.clickOn("#lock");
            waitUntil(() -> robot.lookup("#asking").query().isVisible());
            robot.clickOn("#confirm");
            waitUntil(() -> label(robot, "#stage").startsWith("Locked (#"));
            RoundControl control = new RoundControl(stations.recording.results());
            for (FlagState f : control.report("C", "stand", "final").flags()) {
                control.acknowledge("C", "stand", "final", f.flag(), "checked with the officials");
            }
            waitUntil(() -> label(robot, "#publishNote").startsWith("Every flag is acknowledged"));

            robot.clickOn("#publish");
            waitUntil(() -> robot.lookup("#asking").query().isVisible());
            List<String> summary = lines(robot, "#askLines");
            assertThat(summary.get(0)).startsWith("Ranked: ");
            assertThat(summary).anyMatch(l -> l.startsWith("Awards: 一等奖 "));
            assertThat(summary).anyMatch(l -> l.startsWith("Title 岗位技能标兵: "));
            robot.clickOn("#confirm");
            waitUntil(() -> "Published".equals(label(robot, "#stage")));
            assertThat(robot.lookup("#rulesLink").queryAs(javafx.scene.control.Hyperlink.class).getText())
                    .endsWith("docs/rules.en.md");
        } finally {
            stations.store.close();
        }

        // the exports, and the ranking podium rank gives from the same facts
        Path out = Files.createDirectories(dir.resolve("out-" + System.nanoTime()));
        assertThat(run("export", "facts", contest.toString(), "--out", out.toString())).isZero();
        assertThat(run("export", "results", contest.toString(), "--out", out.toString())).isZero();
        assertThat(run("export", "awards", contest.toString(), "--out", out.toString())).isZero();
        assertThat(out.resolve("facts.csv")).exists();
        ByteArrayOutputStream rank = new ByteArrayOutputStream();
        int code = Podium.run(new String[] {"rank", contest.toString(), "--scores", out.resolve("facts.csv").toString()},
                new PrintStream(rank, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        List<String> csv = rank.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> header = List.of(csv.get(0).split(",", -1));
        int bib = header.indexOf("bib");
        int rk = header.indexOf("rank");
        int total = header.indexOf("total");
        List<String> fromCli = new ArrayList<>();
        for (String line : csv.subList(1, csv.size())) {
            String[] cells = line.split(",", -1);
            fromCli.add(cells[bib] + " " + cells[rk] + " " + cells[total]);
        }
        List<String> onScreen = results(robot).getItems().stream().map(r -> r.bib() + " " + r.rank() + " " + r.total())
                .toList();
        assertThat(onScreen).hasSize(ContestFolder.load(contest).contest().entrants("stand").size())
                .containsExactlyElementsOf(fromCli);
    }
}
