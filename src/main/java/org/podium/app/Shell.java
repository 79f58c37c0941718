package org.podium.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.podium.service.LoginAnswer;
import org.podium.service.OpenContest;
import org.podium.service.ResultsService;
import org.podium.service.Settings;
import org.podium.domain.Role;
import org.podium.ui.common.Background;
import org.podium.ui.common.FxBackground;
import org.podium.ui.common.I18n;
import org.podium.ui.head.HeadTableView;
import org.podium.ui.head.HeadTableViewModel;
import org.podium.ui.judging.JudgeView;
import org.podium.ui.judging.JudgeViewModel;
import org.podium.ui.start.StartView;
import org.podium.ui.start.StartViewModel;
import org.podium.ui.station.StationView;
import org.podium.ui.station.StationViewModel;
import org.podium.ui.timing.TimekeeperView;
import org.podium.ui.timing.TimekeeperViewModel;

/**
 * The composition root of the desktop app: builds each screen with its view model and moves between them
 * (start -> station -> timekeeper, judge or head table). Screens know nothing of each other; only this class does.
 */
public final class Shell {
    /** The stations whose screens exist: the chief's station is the head table (chiefs and organisers open it). */
    static final List<Role> STATIONS = List.of(Role.TIMEKEEPER, Role.JUDGE, Role.CHIEF);
    private static final String CSS = "/org/podium/ui/css/podium.css";

    private final Stage stage;
    private final Settings settings;
    private I18n i18n;
    private List<Path> sampleDirs = List.of();
    private LongSupplier stopwatchClock = System::nanoTime;
    private final Background background;
    private final Clock clock;
    private OpenContest open;
    private HeadTableView headTable;
    private HeadTableTabs headTabs;
    private java.util.concurrent.ExecutorService resultsThread;
    private org.podium.ui.setup.people.PeoplePages setupPeople;
    /** The status line of a station joined to the venue server, under every screen of that contest; else null. */
    private org.podium.ui.common.VenueStatusBar venueStatus;
    /** What the venue server did not accept, over every screen of a joined contest until acknowledged; else null. */
    private org.podium.ui.common.VenueNotices venueNotices;
    /** The head table's LISTEN to the venue server, while it is shown; else null. */
    private AutoCloseable headLive;

    public Shell(Stage stage, I18n i18n, Background background, Clock clock) {
        this(stage, i18n, background, clock, null);
    }

    /** @param settings the laptop's memory of recent folders and language, or null to remember nothing */
    public Shell(Stage stage, I18n i18n, Background background, Clock clock, Settings settings) {
        this.settings = settings;
        this.stage = stage;
        this.i18n = i18n;
        this.background = background;
        this.clock = clock;
        stage.setTitle(i18n.get("app.title"));
    }

    /** The start screen, offering the contests found in {@code sampleDirs}. */
    public void showStart(List<Path> sampleDirs) {
        showStart(sampleDirs, null);
    }

    /** The start screen; with {@code openNow}, that contest folder is opened at once (or the problem shown). */
    public void showStart(List<Path> sampleDirs, Path openNow) {
        this.sampleDirs = List.copyOf(sampleDirs);
        StartViewModel model = new StartViewModel(background, i18n, clock, this::showStation, settings);
        model.onSetUp(this::showSetup);
        model.onCreate(this::showNewContest);
        show(new StartView(model, i18n, this::switchLanguage).root());
        model.findContests(sampleDirs);
        if (openNow != null) {
            model.open(openNow);
        }
    }

    /**
     * A new contest's starting point (an empty contest or a sample's scheme, {@code template} offered first; its name and
     * folder asked); once made, the setup screen on the new folder, which the start screen then lists (when the laptop
     * remembers folders). Back returns to the start screen.
     */
    void showNewContest(Path template) {
        java.util.concurrent.atomic.AtomicReference<String> name = new java.util.concurrent.atomic.AtomicReference<>("");
        org.podium.ui.setup.people.StartingPointViewModel model = new org.podium.ui.setup.people.StartingPointViewModel(
                background, i18n, made -> background.run(() -> {
                    org.podium.contestfile.ContestDraft draft = org.podium.service.ContestSetup.openNew(made, name.get());
                    if (settings != null) {
                        try {
                            settings.opened(made);
                        } catch (java.io.IOException e) {
                            // only the recent list misses it; the contest is made and set up
                        }
                    }
                    return draft;
                }, draft -> showSetup(made, draft), failed -> showStart(sampleDirs)));
        model.nameProperty().addListener((o, was, now) -> name.set(now));
        show(withBar(new org.podium.ui.setup.people.StartingPointPane(model, i18n).root(), "shell.back",
                () -> showStart(sampleDirs)));
        model.findTemplates(sampleDirs, template);
    }

    /** The setup screen of the contest in {@code dir} (its contest.yaml as {@code draft}); it closes to the start screen. */
    public void showSetup(Path dir, org.podium.contestfile.ContestDraft draft) {
        org.podium.ui.setup.SetupViewModel model = new org.podium.ui.setup.SetupViewModel(dir, draft, i18n, background);
        org.podium.ui.setup.SetupView view = new org.podium.ui.setup.SetupView(model, i18n, () -> {
            if (setupPeople != null) {
                setupPeople.close();
                setupPeople = null;
            }
            showStart(sampleDirs == null ? List.of() : sampleDirs);
        });
        // the people pages (roster, theory results, officials, ready for the day) after the setup screen's own
        setupPeople = org.podium.ui.setup.people.PeoplePages.addTo(view, dir, i18n, background, clock);
        show(view.root());
    }

    /** The people pages of the setup screen shown (tests and screenshots reach its panes), or null. */
    org.podium.ui.setup.people.PeoplePages setupPeople() {
        return setupPeople;
    }

    /** The monotonic clock of the timekeepers' stopwatch (tests drive a fake one, so stopwatch times are exact). */
    void stopwatchClock(LongSupplier nanoTime) {
        this.stopwatchClock = nanoTime;
    }

    /** Shows every screen from now on in {@code language}, remembers it, and shows the start screen again. */
    void switchLanguage(Locale language) {
        i18n = I18n.forLocale(language);
        stage.setTitle(i18n.get("app.title"));
        if (settings != null) {
            background.run(() -> {
                settings.language(language.toLanguageTag());
                return null;
            }, done -> { }, failed -> { }); // not remembered: the next start follows the system again
        }
        showStart(sampleDirs);
    }

    /**
     * Joins the venue server ({@code podium app CONTEST_DIR --server HOST:PORT}) and shows the station choice; a wrong
     * venue password, no server answering or another contest's server is said in one line over the start screen.
     */
    public void joinServer(Path dir, org.podium.service.VenueLink link) {
        background.run(() -> OpenContest.join(dir, link, stationName(), clock), this::showStation, e -> {
            String line = joinFailed(e, link);
            System.err.println(line); // the command line says the same one line as the screen
            System.err.println("podium: venue server " + link + ": " + e.getMessage()); // the driver's words: the log
            javafx.scene.control.Alert alert = PodiumDialogs.error(i18n, line); // its OK in Podium's language
            alert.getDialogPane().setId("venueJoinFailed");
            alert.initOwner(stage);
            alert.show();
        });
    }

    /**
     * Why joining failed, in one line of the screen's language: a chief judge's words for the venue server's troubles
     * (no server, a wrong venue password, another contest's server), else what the contest folder said.
     */
    String joinFailed(Throwable e, org.podium.service.VenueLink link) {
        if (e instanceof org.podium.contestfile.ContestFileException || e instanceof IllegalArgumentException) {
            return i18n.get("venue.join.failed", e.getMessage());
        }
        org.podium.service.VenueTrouble trouble = org.podium.service.VenueTrouble.of(e, link.toString());
        return i18n.get("venue.join.failed", i18n.get(trouble.key(), trouble.args().toArray()));
    }

    private void stopHeadLive() {
        if (headLive != null) {
            try {
                headLive.close();
            } catch (Exception e) {
                // its connection is closed with it
            }
            headLive = null;
        }
    }

    /** A message of the screen's language. */
    String text(String key, Object... args) {
        return i18n.get(key, args);
    }

    /** This laptop's name, which names its outbox and its rows' station. */
    private static String stationName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "station";
        }
    }

    /**
     * The official logs out: their session on the venue server ends (on the store's thread, before any next log-in
     * there), and the station choice shows again for the next official.
     */
    private void logOut() {
        OpenContest contest = open;
        background.run(() -> {
            contest.logOut();
            return null;
        }, done -> { }, failed -> { });
        showStation(contest);
    }

    /** The station choice for an opened contest (the shell closes its database when the app ends). */
    public void showStation(OpenContest contest) {
        stopHeadLive();
        if (contest != open) {
            closeContest();
        }
        this.open = contest;
        StationViewModel model = new StationViewModel(contest.logins(), background, i18n, STATIONS,
                this::showWork);
        StationView view = new StationView(model, i18n, contest.contest().name(), contest.seeded());
        show(withBar(view.root(), "shell.back", () -> {
            closeContest();
            showStart(sampleDirs);
        }));
        view.focus();
        model.lookForOfficials();
    }

    /**
     * Where the head table reads and scores: a thread of its own, never the store's, so a save (this laptop's own
     * correction, lock or publish) never waits behind a rescore of the contest.
     */
    private Background resultsBackground() {
        if (resultsThread == null) {
            resultsThread = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "podium-results");
                t.setDaemon(true);
                return t;
            });
        }
        return new FxBackground(resultsThread);
    }

    /** The open contest's results: the engine over its theory.csv and its database, with its one shared snapshot. */
    private ResultsService results() {
        return open.results();
    }

    /** The head table's further tabs last shown (tests reach the projector board's model), or null. */
    HeadTableTabs headTabs() {
        return headTabs;
    }

    /** The notifications of a joined station (tests and screenshots), or null. */
    org.podium.ui.common.VenueNotices venueNotices() {
        return venueNotices;
    }

    /** The head table last shown (tests and screenshots reach its tabs). */
    HeadTableView headTable() {
        return headTable;
    }

    private void showWork(LoginAnswer.LoggedIn login) {
        if (login.station() == Role.TIMEKEEPER) {
            // a later round's entrants as the official's station may know them: at a joined station the server hands it
            // no unpublished mark, so the whole roster until the round before is published (JudgeSheets.entrants)
            org.podium.service.JudgeSheets sheets = open.judgeSheets();
            TimekeeperViewModel model = new TimekeeperViewModel(open.timingDesk(), login.official().id(),
                    login.official().role().head(), background, i18n, stopwatchClock,
                    (event, round) -> sheets.entrants(login.official().id(), event.id(), round.id()));
            TimekeeperView view = new TimekeeperView(model, i18n, open.contest().name());
            show(withBar(view.root(), "shell.logOut", this::logOut));
            view.focus();
        }
        if (login.station() == Role.CHIEF) {
            HeadTableViewModel model = new HeadTableViewModel(open.roundControl(), login.official().id(),
                    login.official().role() == Role.CHIEF, background, resultsBackground(), i18n);
            HeadTableView view = new HeadTableView(model, i18n, open.contest().name());
            headTable = view;
            stopHeadLive();
            open.onJournalChange(java.time.Duration.ofSeconds(30), () -> javafx.application.Platform.runLater(model::poll))
                    .ifPresent(live -> { // joined to the venue server: told at each append, a slow safety poll
                        headLive = live;
                        view.pollSlowly(10);
                    });
            headTabs = HeadTableTabs.add(view, model, i18n, background, open.contest().name(), results(), open.folder().dir());
            show(withBar(view.root(), "shell.logOut", this::logOut));
            view.focus();
        }
        if (login.station() == Role.JUDGE) {
            org.podium.service.JudgeSheets sheets = open.judgeSheets(); // a judge's entrants: nobody else's marks read
            JudgeViewModel model = new JudgeViewModel(sheets, login.official().id(), login.official().role().head(),
                    background, i18n, (event, round) -> sheets.entrants(login.official().id(), event.id(), round.id()));
            JudgeView view = new JudgeView(model, i18n, open.contest().name());
            show(withBar(view.root(), "shell.logOut", this::logOut));
            view.focus();
        }
    }

    /**
     * A screen with a small bar on top holding one way out: back to the contests (login screen) or log out (work
     * screens, so the next official logs in on the same laptop). Ctrl+L does the same from the keyboard. On a sample
     * contest the bar also says SAMPLE, on every screen (login, stations, head table).
     */
    private Parent withBar(Parent screen, String key, Runnable away) {
        Button out = new Button(i18n.get(key));
        out.setId("away");
        out.setFocusTraversable(false);
        out.setOnAction(e -> away.run());
        HBox bar = new HBox(12);
        if (open != null && open.contest().sample()) {
            // contest.sample: true: every screen of the contest says so, in the one bar every screen has
            Label sample = new Label(i18n.get("shell.sample"));
            sample.setId("sampleMark");
            sample.getStyleClass().add("sample-mark");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            bar.getChildren().addAll(sample, gap);
        }
        bar.getChildren().add(out);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.getStyleClass().add("shell-bar");
        BorderPane pane = new BorderPane(screen);
        pane.setTop(bar);
        if (open != null && open.uplink().isPresent()) { // a station joined to the venue server: connected, waiting, last upload
            if (venueStatus == null) {
                venueStatus = new org.podium.ui.common.VenueStatusBar(open.uplink().get(), i18n);
            }
            pane.setBottom(venueStatus.node());
            if (venueNotices == null) {
                venueNotices = new org.podium.ui.common.VenueNotices(open.notices().orElseThrow(), background, i18n,
                        open.contest());
            }
            pane.setCenter(venueNotices.wrap(screen));
        }
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.L) {
                e.consume();
                away.run();
            }
        });
        return pane;
    }

    private void show(Parent root) {
        Scene scene = stage.getScene();
        if (scene == null) {
            scene = new Scene(root, 1366, 768);
            scene.getStylesheets().add(Shell.class.getResource(CSS).toExternalForm());
            stage.setScene(scene);
        } else {
            scene.setRoot(root);
        }
        if (!stage.isShowing()) {
            stage.show();
        }
        if (venueNotices != null) {
            root.applyCss(); // the notification pane's skin puts the screen in the scene now, so it can take the focus
        }
    }

    /** Closes the open contest's database on the executor (every recorded fact is durable already). */
    public void closeContest() {
        OpenContest closing = open;
        open = null;
        venueStatus = null;
        venueNotices = null;
        stopHeadLive();
        if (headTabs != null) {
            headTabs.close();
            headTabs = null;
        }
        if (headTable != null) {
            headTable.stop();
            headTable = null;
        }
        if (resultsThread != null) {
            resultsThread.shutdown(); // a reading under way finishes on its own thread
            resultsThread = null;
        }
        if (closing != null) {
            background.run(() -> {
                closing.close();
                return null;
            }, done -> { }, failed -> { });
        }
    }

}
