package org.podium;

import javafx.application.Application;
import org.podium.app.PodiumApp;
import org.podium.cli.Podium;

/**
 * Entry point of the jar (not a JavaFX Application, which could not start from a classpath on JDK 17):
 * no arguments open the desktop app; with arguments, the podium command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(PodiumApp.class, args);
        } else {
            Podium.main(args);
        }
    }
}
