package org.podium;

import org.podium.cli.Podium;

/** Entry point of the jar: with arguments, the podium command line. (Not a JavaFX Application.) */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Podium.main(args);
    }
}
