package org.podium.ui.setup.people;

import java.awt.image.BufferedImage;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.podium.contestfile.HrSheets;
import org.podium.domain.Role;
import org.podium.service.OfficialsDesk;
import org.podium.service.PeopleImport;
import org.podium.ui.common.Background;
import org.podium.ui.common.Fonts;
import org.podium.ui.common.I18n;

/**
 * The screenshots of the people panes of the setup screen (docs/screenshots/setup-*-zh.png and -en.png), at 1366x768
 * on the monitor-stand drill of issue 14. A developer's tool in the test tree: with the test class path, under Xvfb,
 * {@code xvfb-run -a java -Dprism.order=sw -cp target/classes:target/test-classes:CP
 * org.podium.ui.setup.people.PeopleScreenshots docs/screenshots zh-CN} (and {@code en}).
 */
public final class PeopleScreenshots {
    private static Path out;
    private static Locale locale;

    private PeopleScreenshots() {
    }

    public static void main(String[] args) {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        locale = Locale.forLanguageTag(args.length > 1 ? args[1] : "zh-CN");
        Application.launch(Shots.class, args); // a class extending Application cannot be the main class on JDK 17
    }

    /** The app that takes them. */
    public static final class Shots extends Application {
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private Stage stage;
    private OfficialsDesk desk;

    @Override
    public void init() {
        Fonts.loadBundled();
    }

    @Override
    public void start(Stage primary) throws Exception {
        stage = primary;
        I18n i18n = I18n.forLocale(locale);
        String lang = i18n.language();
        Path work = Files.createTempDirectory("podium-people-shots");
        Background now = Background.sameThread();

        StartingPointViewModel start = new StartingPointViewModel(now, i18n, p -> { });
        steps.add(() -> {
            show(new StartingPointPane(start, i18n).root());
            start.findTemplates(Path.of("contests"));
            start.templateProperty().set(start.templates().get(2));
            start.nameProperty().set(lang.equals("zh") ? "2025年岗位练兵拉练赛（显示器支架组装）" : "2025 skills drill: monitor stands");
            start.folderProperty().set(lang.equals("zh") ? "D:\\竞赛\\2025拉练赛" : "D:\\contests\\2025-drill");
        });
        steps.add(() -> png("setup-start-" + lang));

        Path drill = Files.createDirectories(work.resolve("drill"));
        Files.copy(HrSheets.FOLDER.resolve("contest.yaml"), drill.resolve("contest.yaml"));
        Path workbook = work.resolve("参赛人员名单.xlsx");
        HrSheets.rosterWorkbook(workbook);
        RosterImportViewModel roster = new RosterImportViewModel(new PeopleImport(drill), PeopleImport.Kind.ROSTER, now, i18n);
        steps.add(() -> {
            show(new RosterImportPane(roster, i18n, now).root());
            roster.choose(workbook);
        });
        steps.add(() -> png("setup-roster-" + lang));

        Path bad = work.resolve("名单-人员号.csv");
        Files.writeString(bad, "2020年岗位练兵 参赛人员名单,,,,\n人员号,姓名,所在单位,性别,出生年月\n1001,张伟,总装一车间,男,1998-07-28\n"
                + "1002,王芳,总装一车间,女,1995.4\n1003,,注塑车间,女,2001/12/12\n合计,3人,,,\n", Charset.forName("GB18030"));
        RosterImportViewModel problems = new RosterImportViewModel(new PeopleImport(drill), PeopleImport.Kind.ROSTER, now, i18n);
        steps.add(() -> {
            show(new RosterImportPane(problems, i18n, now).root());
            problems.choose(bad);
            problems.map("人员号", "bib"); // an unknown column mapped by hand
        });
        steps.add(() -> png("setup-roster-problems-" + lang));

        // 50,000 rows: the preview with its first 200 rows and the note, the whole spreadsheet held back for the shot
        Path large = LargeRosterFxTest.roster(work);
        Deque<Runnable> heldBack = new ArrayDeque<>();
        Background firstOnly = new Background() {
            private boolean first = true;

            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> done,
                    java.util.function.Consumer<? super Throwable> failed) {
                if (first) {
                    first = false;
                    now.run(work, done, failed);
                } else {
                    heldBack.add(() -> now.run(work, done, failed));
                }
            }
        };
        RosterImportViewModel fifty = new RosterImportViewModel(new PeopleImport(drill), PeopleImport.Kind.ROSTER, now, i18n);
        steps.add(() -> {
            show(new RosterImportPane(fifty, i18n, firstOnly).root());
            fifty.choose(large);
        });
        steps.add(() -> png("setup-roster-50000-" + lang));
        steps.add(() -> heldBack.forEach(Runnable::run));

        // the drill of issue 14 (theory 30 %) with its roster, before its officials and theory results
        Path folder = HrSheets.folder(work.resolve("hr"), "plain");
        Path theory = Files.move(folder.resolve("theory.csv"), work.resolve("theory.csv"));
        desk = OfficialsDesk.open(folder, Clock.systemUTC());
        OfficialsViewModel officials = new OfficialsViewModel(desk, now, i18n, Clock.systemUTC());
        ReadinessViewModel ready = new ReadinessViewModel(folder, desk::officials, now, i18n);
        steps.add(() -> {
            show(new ReadinessPane(ready, i18n).root());
            ready.check();
        });
        steps.add(() -> png("setup-ready-" + lang));
        steps.add(() -> {
            show(new OfficialsPane(officials, i18n).root());
            officials.refresh();
            officials.idProperty().set("C");
            officials.nameProperty().set(lang.equals("zh") ? "赵敏" : "Zhao Min");
            officials.roleProperty().set(Role.CHIEF);
            officials.add("258046".toCharArray(), "258046".toCharArray());
            officials.idProperty().set("T1");
            officials.nameProperty().set(lang.equals("zh") ? "张三" : "Zhang San");
            officials.roleProperty().set(Role.TIMEKEEPER);
            officials.add("1234".toCharArray(), "1234".toCharArray()); // refused: a run
        });
        steps.add(() -> png("setup-officials-" + lang));
        steps.add(() -> {
            String[] ids = {"T1", "T2", "T3", "J1", "J2", "J3", "J4", "J5"};
            for (int i = 0; i < ids.length; i++) {
                officials.idProperty().set(ids[i]);
                officials.nameProperty().set((lang.equals("zh") ? "裁判" : "Official ") + (i + 1));
                officials.roleProperty().set(ids[i].startsWith("T") ? Role.TIMEKEEPER : Role.JUDGE);
                officials.add(("47" + (10 + i)).toCharArray(), ("47" + (10 + i)).toCharArray());
            }
            try {
                Files.move(theory, folder.resolve("theory.csv"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            show(new ReadinessPane(ready, i18n).root());
            ready.check();
        });
        steps.add(() -> png("setup-ready-ok-" + lang));
        steps.add(() -> {
            desk.close();
            Platform.exit();
        });
        next();
    }

    private void show(Parent root) {
        Scene scene = new Scene(root, 1366, 768);
        scene.getStylesheets().add(getClass().getResource("/org/podium/ui/css/podium.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void next() {
        Runnable step = steps.poll();
        if (step == null) {
            return;
        }
        try {
            step.run();
        } catch (RuntimeException e) {
            e.printStackTrace();
            Platform.exit();
            return;
        }
        PauseTransition pause = new PauseTransition(Duration.millis(700));
        pause.setOnFinished(e -> next());
        pause.play();
    }

    private void png(String name) {
        WritableImage image = stage.getScene().snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        png.setRGB(0, 0, w, h, argb, 0, w);
        try {
            Path file = out.resolve(name + ".png");
            ImageIO.write(png, "png", file.toFile());
            System.out.println("screenshots: " + file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
}
