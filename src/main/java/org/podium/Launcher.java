package org.podium;

import javafx.application.Application;
import org.podium.app.PodiumApp;
import org.podium.cli.Podium;

/**
 * Entry point of the jar (not a JavaFX Application, which could not start from a classpath on JDK 17):
 * no arguments open the desktop app; {@code app [CONTEST_DIR]} opens it on a contest folder (its login screen), and
 * {@code app CONTEST_DIR --server HOST:PORT} joins the venue server with it;
 * any other arguments are the podium command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(PodiumApp.class, args);
        } else if (args[0].equals("app") && (args.length <= 2 || args.length == 4 && args[2].equals("--server"))) {
            Application.launch(PodiumApp.class, java.util.Arrays.copyOfRange(args, 1, args.length));
        } else {
            Integer big = BigRun.run(args);
            if (big != null) {
                System.exit(big);
            }
            Podium.main(args);
        }
    }
}
