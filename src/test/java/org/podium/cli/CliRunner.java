package org.podium.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import static org.assertj.core.api.Assertions.assertThat;

/** Runs the podium command line in-process and keeps what it printed. */
record CliRunner(int code, String out, String err) {
    static CliRunner run(String... args) {
        return run(java.time.Clock.systemUTC(), args);
    }

    /** As {@link #run(String...)}, with the clock that dates recorded facts, backups and files. */
    static CliRunner run(java.time.Clock clock, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Podium.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), clock);
        return new CliRunner(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** As {@link #run}, with {@code text} as standard input (a PIN asked by officials, a password...). */
    static CliRunner withStdin(java.time.Clock clock, String text, String... args) {
        java.io.InputStream was = System.in;
        System.setIn(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(clock, args);
        } finally {
            System.setIn(was);
        }
    }

    /** As {@link #run(java.time.Clock, String...)}, with {@code line} as standard input's one line (a venue password). */
    static CliRunner withInput(String line, java.time.Clock clock, String... args) {
        return withStdin(clock, line + "\n", args);
    }

    /** Wrong input: exit 1, nothing on stdout, one line on stderr holding every fragment, no stack trace. */
    void assertOneLineInputError(String... fragments) {
        assertThat(code).isEqualTo(1);
        assertThat(out).isEmpty();
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(err).contains(fragments).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
