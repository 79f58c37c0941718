package org.podium.cli;

import java.io.PrintStream;

/** Where a command writes: standard output and error, always UTF-8. */
record Output(PrintStream out, PrintStream err) {
    void print(String text) {
        out.print(text);
        out.flush();
    }

    void error(String line) {
        err.println(line);
        err.flush();
    }
}
