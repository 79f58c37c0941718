package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rank --db, teams --db and every export on a database whose audit trail does not verify: one warning line on standard
 * error; the output is still given (the chief judge looks into it) and the exit code is as without the warning.
 */
class ChainWarningTest {
    @TempDir
    Path tmp;

    /** Imports a sample, then rewrites a value of row 3 by plain SQL, as an attacker with the file would. */
    private Path tampered(String slug) throws Exception {
        Path db = tmp.resolve(slug + ".db");
        CliRunner imported = CliRunner.run("import", "contests/" + slug, "--db", db.toString(), "--scores",
                "contests/" + slug + "/scores/sample.csv");
        assertThat(imported.code()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("DROP TRIGGER fact_no_update");
            assertThat(st.executeUpdate("UPDATE fact SET recorded_by = 'C' WHERE id = 3")).isEqualTo(1);
        }
        return db;
    }

    private static void assertWarnedOnce(CliRunner r, Path db) {
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isNotEmpty();
        assertThat(r.err().lines().toList()).hasSize(1).first().asString()
                .startsWith("warning: " + db + " does not verify (row 3 ").contains("podium verify names the row");
    }

    @Test
    void rankAndTeamsWarnInOneLineAndStillPrint() throws Exception {
        Path db = tampered("sanitation");
        CliRunner rank = CliRunner.run("rank", "contests/sanitation", "--db", db.toString());
        assertWarnedOnce(rank, db);
        assertThat(rank.out()).startsWith("event,round,rank,bib,");
        assertWarnedOnce(CliRunner.run("teams", "contests/sanitation", "--db", db.toString()), db);
    }

    @Test
    void everyExportWarnsInOneLine() throws Exception {
        Path db = tampered("monitor-stand");
        for (String what : List.of("facts", "results", "awards", "sheets")) {
            Path out = tmp.resolve("out-" + what);
            assertWarnedOnce(CliRunner.run("export", what, "contests/monitor-stand", "--db", db.toString(), "--out", out.toString()), db);
        }
    }

    @Test
    void aDatabaseThatVerifiesGivesNoWarning() throws Exception {
        Path db = tmp.resolve("contest.db");
        CliRunner.run("import", "contests/monitor-stand", "--db", db.toString(), "--scores", "contests/monitor-stand/scores/sample.csv");
        CliRunner rank = CliRunner.run("rank", "contests/monitor-stand", "--db", db.toString());
        assertThat(rank.err()).isEmpty();
    }
}
