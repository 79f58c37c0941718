package org.podium.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.service.OpenContest;
import org.podium.domain.Role;
import org.podium.ui.common.Fonts;
import org.podium.ui.common.FxBackground;
import org.podium.ui.common.I18n;

/**
 * Takes the screenshots in docs/screenshots (run by {@code docs/screenshots/take.sh} under Xvfb): the app at
 * 1366x768 on a fresh copy of the monitor-stand sample, driven through its own controls, one PNG per screen.
 * Arguments: the output folder and the language tag ({@code zh-CN} or {@code en}). A developer's tool, not part of
 * the contest-day app.
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void main(String[] args) {
        Shots.out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Shots.locale = Locale.forLanguageTag(args.length > 1 ? args[1] : "zh-CN");
        if (args.length > 2 && args[2].equals("results")) {
            // The result screens at 1920x1080: consistency and the projector board (ResultScreenshots).
            ResultScreenshots.out = Shots.out;
            ResultScreenshots.locale = Shots.locale;
            Application.launch(ResultScreenshots.class);
            return;
        }
        if (args.length > 2 && args[2].equals("venue")) {
            // A station joined to a venue server with NOT ACCEPTED, and the head table's list (VenueScreenshots).
            VenueScreenshots.out = Shots.out;
            VenueScreenshots.locale = Shots.locale;
            Application.launch(VenueScreenshots.class);
            return;
        }
        if (args.length > 2 && args[2].equals("setup")) {
            // The setup screen's pages at 1366x768 (SetupScreenshots).
            SetupScreenshots.out = Shots.out;
            SetupScreenshots.locale = Shots.locale;
            Application.launch(SetupScreenshots.class);
            return;
        }
        Shots.head = args.length > 2 && args[2].equals("head");
        Shots.day = args.length > 2 && args[2].equals("day");
        Application.launch(Shots.class); // a class extending Application cannot be the main class on JDK 17
    }

    /**
     * Runs the first of {@code steps}, then, 900 ms later (for the database thread and the screen), the rest the same
     * way; when a step fails, says so and runs {@code finish}.
     */
    static void runSteps(Deque<Runnable> steps, Runnable finish) {
        Runnable step = steps.poll();
        if (step == null) {
            return;
        }
        try {
            step.run();
        } catch (RuntimeException e) {
            System.err.println("screenshots: a step failed: " + e);
            finish.run();
            return;
        }
        PauseTransition pause = new PauseTransition(Duration.millis(900));
        pause.setOnFinished(e -> runSteps(steps, finish));
        pause.play();
    }

    /** The node of {@code selector} on the stage's screen; a step fails without it. */
    static Node node(Stage stage, String selector) {
        Node n = stage.getScene().lookup(selector);
        if (n == null) {
            throw new IllegalStateException("no " + selector + " on the screen");
        }
        return n;
    }

    /** Types {@code text} into a field, as the keyboard would leave it. */
    static void type(Stage stage, String selector, String text) {
        TextField f = (TextField) node(stage, selector);
        f.requestFocus();
        f.setText(text);
    }

    @SuppressWarnings("unchecked")
    static <T> void comboByValue(Stage stage, String selector, T value) {
        ((ComboBox<T>) node(stage, selector)).setValue(value);
    }

    static void fire(Stage stage, String selector) {
        ((ButtonBase) node(stage, selector)).fire();
    }

    /** Writes what {@code scene} shows as a PNG. */
    static void png(Scene scene, Path file) {
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(png, "png", file.toFile());
            System.out.println("screenshots: " + file + " (" + w + "x" + h + ")");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The app that takes the screenshots. */
    public static final class Shots extends Application {
    private static Path out;
    private static Locale locale;
    /** The head table's screenshots at its design size, 1920x1080, on fire-safety (argument {@code head}). */
    private static boolean head;
    /** The contest day's questions at the head table, 1920x1080, on monitor-stand after heat 1 (argument {@code day}). */
    private static boolean day;
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private ExecutorService executor;
    private Stage stage;
    private Shell shell;
    private OpenContest contest;

    @Override
    public void init() {
        Fonts.loadBundled();
    }

    @Override
    public void start(Stage primary) throws Exception {
        stage = primary;
        executor = Executors.newSingleThreadExecutor();
        Files.createDirectories(out);
        if (head) {
            headTable();
            next();
            return;
        }
        if (day) {
            contestDay();
            next();
            return;
        }
        Path work = Files.createTempDirectory("podium-shots");
        Path dir = sampleCopy(Path.of("contests/monitor-stand"), work.resolve("monitor-stand"));
        contest = OpenContest.open(dir, Clock.systemUTC());
        seed();
        shell = new Shell(stage, I18n.forLocale(locale), new FxBackground(executor), Clock.systemUTC());
        String tag = locale.getLanguage();

        steps.add(() -> shell.showStart(List.of(Path.of("contests"))));
        steps.add(() -> shot("start-" + tag));
        steps.add(() -> shell.showNewContest(Path.of("contests/monitor-stand")));
        steps.add(() -> { });
        steps.add(() -> shot("start-new-" + tag));
        steps.add(() -> shell.showStation(contest));
        steps.add(() -> {
            comboByValue("#station", Role.TIMEKEEPER);
            type("#official", "T1");
            type("#pin", "0000");
        });
        steps.add(() -> shot("login-" + tag));
        steps.add(() -> fire("#logIn"));
        steps.add(() -> {
            type("#bib", "106");
            type("#time", "1:0７.2");
            key(KeyCode.ENTER, "#time");
        });
        steps.add(() -> {
            type("#bib", "107");
            type("#time", "1:7x");
            key(KeyCode.ENTER, "#time");
        });
        steps.add(() -> shot("timekeeper-manual-" + tag));
        steps.add(() -> {
            key(KeyCode.F2, "#bib");
            key(KeyCode.SPACE, null);
        });
        steps.add(() -> { });
        steps.add(() -> { });
        steps.add(() -> key(KeyCode.DIGIT8, null));
        steps.add(() -> key(KeyCode.DIGIT9, null));
        steps.add(() -> key(KeyCode.BACK_SPACE, null));
        steps.add(() -> shot("timekeeper-stopwatch-" + tag));
        steps.add(() -> key(KeyCode.ESCAPE, null));
        steps.add(() -> fire("#away"));
        steps.add(() -> {
            comboByValue("#station", Role.JUDGE);
            type("#official", "J1");
            type("#pin", "0000");
        });
        steps.add(() -> fire("#logIn"));
        steps.add(() -> {
            type("#mark-C1", "38.5");
            key(KeyCode.TAB, "#mark-C1");
        });
        steps.add(() -> {
            type("#mark-C2", "41");
            key(KeyCode.ENTER, "#mark-C2");
        });
        steps.add(() -> shot("judge-" + tag));
        steps.add(this::finish);
        next();
    }

    /** Times of T1 for the first lanes of heat 1, so the lanes show saved values; J1's sheet of 101, submitted. */
    /**
     * A copy of a sample that stays a sample (not NewContest, whose contest is a real one): its officials get the PIN
     * 0000 when opened, and the screens show what a sample shows, SAMPLE included.
     */
    private static Path sampleCopy(Path sample, Path target) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(sample)) {
            for (Path from : files.toList()) {
                Path rel = sample.relativize(from);
                String top = rel.getNameCount() == 0 ? "" : rel.getName(0).toString();
                if (top.equals("contest.yaml") || top.equals("roster.csv") || top.equals("theory.csv") || top.equals("templates")
                        || top.isEmpty()) {
                    Path to = target.resolve(rel.toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to);
                    }
                }
            }
        }
        return target;
    }

    private void seed() throws Exception {
        String[][] sheet = {{"C1", "37.5"}, {"C2", "28"}, {"C3", "3"}};
        for (String[] m : sheet) {
            contest.store().record("J1", "judge", Fact.mark("stand", "final", "101", "J1", m[0], new java.math.BigDecimal(m[1]),
                    null, Origin.NONE), null);
        }
        contest.store().submitSheet("J1", "judge", "stand", "final", "101", "J1", null);
        long[] times = {62_340, 58_910, 71_050, 66_200, 60_480};
        String[] bibs = {"101", "102", "103", "104", "105"};
        for (int i = 0; i < bibs.length; i++) {
            contest.store().record("T1", "timekeeper", Fact.time("stand", "final", bibs[i], "T1", times[i], null, Origin.NONE), null);
        }
    }

    /**
     * The head table at 1920x1080 on a fresh copy of fire-safety holding the sample's hose prelim: the round locked,
     * the time spread of bib 6 acknowledged, the other flags open; the results with bib 6's detail, the flags, the
     * awards and advancement preview.
     */
    private void headTable() throws Exception {
        Path work = Files.createTempDirectory("podium-shots");
        Path dir = sampleCopy(Path.of("contests/fire-safety"), work.resolve("fire-safety"));
        contest = OpenContest.open(dir, Clock.systemUTC());
        java.util.List<Fact> prelim = contest.folder().readScores(List.of(Path.of("contests/fire-safety/scores/sample.csv")))
                .stream().filter(f -> f.event().equals("hose") && "prelim".equals(f.round())).toList();
        contest.store().importFacts(prelim, null);
        org.podium.service.RoundControl control = new org.podium.service.RoundControl(new org.podium.service.ResultsService(
                contest.contest(), contest.folder().theoryFacts(), contest.store()));
        control.lock("C", "hose", "prelim", control.missing("C", "hose", "prelim"));
        control.acknowledge("C", "hose", "prelim", control.report("C", "hose", "prelim").flags().get(0).flag(),
                locale.getLanguage().equals("zh") ? "已核对录像：T2 按表稍晚，取平均值" : "video checked: T2 pressed late; the mean stands");
        shell = new Shell(stage, I18n.forLocale(locale), new FxBackground(executor), Clock.systemUTC());
        String tag = locale.getLanguage();
        headTableAsChief();
        steps.add(() -> shot("head-results-1366-" + tag)); // the window's default size, as the app opens
        steps.add(() -> {
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        steps.add(() -> select("#results", 10));
        steps.add(() -> shot("head-results-" + tag));
        steps.add(() -> tab("tab-flags"));
        steps.add(() -> select("#flags", 1));
        steps.add(() -> type("#ackNote", locale.getLanguage().equals("zh") ? "J2 对 A2 给 1 分：已与 J2 核实" : "J2 gave A2 a 1: confirmed with J2"));
        steps.add(() -> shot("head-flags-" + tag));
        steps.add(() -> tab("tab-preview"));
        steps.add(() -> shot("head-preview-" + tag));
        steps.add(() -> tab("tab-exports"));
        steps.add(() -> fire("#export-CERTIFICATES"));
        steps.add(() -> { });
        steps.add(() -> { });
        steps.add(() -> shot("head-exports-" + tag));
        // a time rewritten outside Podium (the guard dropped, the row changed): the head table says so in red
        steps.add(() -> tamper(dir.resolve("contest.db")));
        headTableAsChief();
        steps.add(() -> { });
        steps.add(() -> { });
        steps.add(() -> shot("head-chain-" + tag));
        steps.add(this::finish);
    }

    /**
     * Issue 15 at 1920x1080 on monitor-stand: heat 1 recorded (J4's sheet of its first entry not submitted, J5's paper
     * sheets typed in by the chief and so submitted in the chief's name), each heat's completeness on the head table,
     * the lock's question naming what is missing; then, the round locked as it stands and its flags acknowledged, the
     * publish's question with what becomes public.
     */
    private void contestDay() throws Exception {
        Path work = Files.createTempDirectory("podium-shots");
        Path dir = sampleCopy(Path.of("contests/monitor-stand"), work.resolve("monitor-stand"));
        contest = OpenContest.open(dir, Clock.systemUTC());
        java.util.Set<String> heat1 = new java.util.LinkedHashSet<>();
        for (org.podium.domain.Contestant c : contest.contest().entrants("stand")) {
            if (c.heat().equals("1")) {
                heat1.add(c.bib());
            }
        }
        List<Fact> facts = contest.folder().readScores(List.of(Path.of("contests/monitor-stand/scores/sample.csv")))
                .stream().filter(f -> heat1.contains(f.bib())).toList();
        org.podium.service.Recording recording = new org.podium.service.Recording(new org.podium.service.ResultsService(
                contest.contest(), contest.folder().theoryFacts(), contest.store()));
        contest.store().importFacts(facts.stream().filter(f -> !"J5".equals(f.official()) || f.kind() != org.podium.domain.FactKind.MARK).toList(), null);
        String first = heat1.iterator().next();
        for (String bib : heat1) {
            for (String judge : List.of("J1", "J2", "J3", "J4")) {
                boolean marked = facts.stream().anyMatch(f -> f.bib().equals(bib) && judge.equals(f.official())
                        && f.kind() == org.podium.domain.FactKind.MARK);
                if (marked && !(judge.equals("J4") && bib.equals(first))) {
                    recording.submit(judge, "judge", "stand", "final", bib, judge, null);
                }
            }
        }
        for (Fact f : facts) {
            if ("J5".equals(f.official()) && f.kind() == org.podium.domain.FactKind.MARK) {
                recording.record("C", "judge", f, null); // the clerk types J5's paper sheet
            }
        }
        shell = new Shell(stage, I18n.forLocale(locale), new FxBackground(executor), Clock.systemUTC());
        String tag = locale.getLanguage();
        headTableAsChief();
        steps.add(() -> {
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        steps.add(() -> shot("head-heats-" + tag));
        steps.add(() -> fire("#lock"));
        steps.add(() -> { });
        steps.add(() -> shot("head-lock-" + tag));
        steps.add(() -> fire("#cancel"));
        steps.add(() -> {
            try {
                org.podium.service.RoundControl control = new org.podium.service.RoundControl(recording.results());
                control.lock("C", "stand", "final", control.missing("C", "stand", "final"));
                for (org.podium.service.FlagState f : control.report("C", "stand", "final").flags()) {
                    control.acknowledge("C", "stand", "final", f.flag(), tag.equals("zh") ? "已核对" : "checked");
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        steps.add(() -> { });
        steps.add(() -> { });
        steps.add(() -> fire("#publish"));
        steps.add(() -> { });
        steps.add(() -> shot("head-publish-" + tag));
        steps.add(this::finish);
    }

    /** The steps from the login screen to the head table's results, logged in as the sample's chief. */
    private void headTableAsChief() {
        steps.add(() -> shell.showStation(contest));
        steps.add(() -> {
            comboByValue("#station", Role.CHIEF);
            type("#official", "C");
            type("#pin", "0000");
        });
        steps.add(() -> fire("#logIn"));
        steps.add(() -> select("#results", 10));
    }

    /** Rewrites the first time of the journal as someone with the file and an SQLite shell would. */
    private static void tamper(Path db) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("DROP TRIGGER IF EXISTS fact_no_update");
            st.executeUpdate("UPDATE fact SET value = '44.1' WHERE id = (SELECT MIN(id) FROM fact WHERE kind = 'time')");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void select(String selector, int index) {
        javafx.scene.control.TableView<?> table = (javafx.scene.control.TableView<?>) node(selector);
        table.requestFocus();
        table.getSelectionModel().select(index);
        table.scrollTo(Math.max(0, index - 3));
    }

    private void tab(String id) {
        javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) node("#tabs");
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** Runs the next step, then waits for the database thread and the screen before the one after. */
    private void next() {
        runSteps(steps, this::finish);
    }

    private Node node(String selector) {
        return Screenshots.node(stage, selector);
    }

    private void type(String selector, String text) {
        Screenshots.type(stage, selector, text);
    }

    private <T> void comboByValue(String selector, T value) {
        Screenshots.comboByValue(stage, selector, value);
    }

    private void fire(String selector) {
        Screenshots.fire(stage, selector);
    }

    /** A key press on a field (or, with null, on whatever has the focus), as the keyboard would send it. */
    private void key(KeyCode code, String selector) {
        Node target = selector == null ? stage.getScene().getFocusOwner() : node(selector);
        if (target == null) {
            target = stage.getScene().getRoot();
        }
        String text = code.isDigitKey() ? code.getChar() : code == KeyCode.SPACE ? " " : "";
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, text, text, code, false, false, false, false));
        if (target instanceof TextField field && code == KeyCode.ENTER && field.getOnAction() != null) {
            field.getOnAction().handle(new javafx.event.ActionEvent(field, field));
        }
    }

    private void shot(String name) {
        png(stage.getScene(), out.resolve(name + ".png"));
    }

    private void finish() {
        shell.closeContest();
        executor.shutdown();
        Platform.exit();
    }
}
}
