package org.podium.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.podium.service.OpenContest;
import org.podium.store.Role;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;
import org.podium.ui.judging.JudgeView;
import org.podium.ui.judging.JudgeViewModel;
import org.podium.ui.start.StartView;
import org.podium.ui.start.StartViewModel;
import org.podium.ui.station.Login;
import org.podium.ui.station.StationView;
import org.podium.ui.station.StationViewModel;
import org.podium.ui.timing.TimekeeperView;
import org.podium.ui.timing.TimekeeperViewModel;

/**
 * The composition root of the desktop app: builds each screen with its view model and moves between them
 * (start -> station -> timekeeper or judge). Screens know nothing of each other; only this class does.
 */
public final class Shell {
    /**
     * The stations whose screens exist. The head table comes with its screen in its own issue; until then it is not
     * offered (no placeholder is shipped).
     */
    static final List<Role> STATIONS = List.of(Role.TIMEKEEPER, Role.JUDGE);
    private static final String CSS = "/org/podium/ui/css/podium.css";

    private final Stage stage;
    private final I18n i18n;
    private final Background background;
    private final Clock clock;
    private OpenContest open;

    public Shell(Stage stage, I18n i18n, Background background, Clock clock) {
        this.stage = stage;
        this.i18n = i18n;
        this.background = background;
        this.clock = clock;
        stage.setTitle(i18n.get("app.title"));
    }

    /** The start screen, offering the contests found in {@code sampleDirs}. */
    public void showStart(List<Path> sampleDirs) {
        StartViewModel model = new StartViewModel(background, i18n, clock, this::showStation);
        show(new StartView(model, i18n).root());
        model.findContests(sampleDirs);
    }

    /** The station choice for an opened contest (the shell closes its database when the app ends). */
    public void showStation(OpenContest contest) {
        closeContest();
        this.open = contest;
        StationViewModel model = new StationViewModel(contest.store(), background, i18n, STATIONS, this::showWork);
        StationView view = new StationView(model, i18n, contest.contest().name(), contest.seeded());
        show(view.root());
        view.focus();
    }

    private void showWork(Login login) {
        if (login.station() == Role.TIMEKEEPER) {
            TimekeeperViewModel model = new TimekeeperViewModel(open.contest(), open.store(), login.official().id(),
                    login.official().role().head(), background, i18n);
            TimekeeperView view = new TimekeeperView(model, i18n, open.contest().name());
            show(view.root());
            view.focus();
        }
        if (login.station() == Role.JUDGE) {
            JudgeViewModel model = new JudgeViewModel(open.contest(), open.store(), login.official().id(),
                    login.official().role().head(), background, i18n);
            JudgeView view = new JudgeView(model, i18n, open.contest().name());
            show(view.root());
            view.focus();
        }
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
    }

    /** Closes the open contest's database on the executor (every recorded fact is durable already). */
    public void closeContest() {
        OpenContest closing = open;
        open = null;
        if (closing != null) {
            background.run(() -> {
                closing.close();
                return null;
            }, done -> { }, failed -> { });
        }
    }

}
