package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** import, export facts, rank/teams --db, audit, verify and restore on the sample contests. */
class DatabaseCliTest {
    @TempDir
    Path tmp;

    private static String golden(String path) throws IOException {
        return Files.readString(Path.of("src/test/resources/golden", path), StandardCharsets.UTF_8);
    }

    private CliRunner importSample(String slug, Path db) {
        CliRunner r = CliRunner.run("import", "contests/" + slug, "--db", db.toString(), "--scores", "contests/" + slug + "/scores/sample.csv");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        return r;
    }

    @ParameterizedTest
    @ValueSource(strings = {"monitor-stand", "sanitation", "fire-safety"})
    void importedSamplesRankAsTheFilesDoAndRoundTripThroughExport(String slug) throws IOException {
        Path db = tmp.resolve("first.db");
        assertThat(importSample(slug, db).out()).startsWith("imported ");
        CliRunner rank = CliRunner.run("rank", "contests/" + slug, "--db", db.toString());
        assertThat(rank.err()).isEmpty();
        assertThat(rank.out()).isEqualTo(golden(slug + "/rank.csv"));

        Path out = tmp.resolve("export");
        CliRunner export = CliRunner.run("export", "facts", "contests/" + slug, "--db", db.toString(), "--out", out.toString());
        assertThat(export.err()).isEmpty();
        assertThat(export.code()).isZero();
        assertThat(Files.readString(out.resolve("facts.csv"))).startsWith("event,round,bib,kind,official,item,value,attempt\n");

        Path second = tmp.resolve("second.db");
        CliRunner again = CliRunner.run("import", "contests/" + slug, "--db", second.toString(), "--scores", out.resolve("facts.csv").toString());
        assertThat(again.err()).isEmpty();
        assertThat(CliRunner.run("rank", "contests/" + slug, "--db", second.toString()).out()).isEqualTo(rank.out());
    }

    @Test
    void teamsReadTheDatabaseToo() throws IOException {
        Path db = tmp.resolve("contest.db");
        importSample("sanitation", db);
        assertThat(CliRunner.run("teams", "contests/sanitation", "--db", db.toString()).out()).isEqualTo(golden("sanitation/teams.csv"));
    }

    @Test
    void aBadLineImportsNothingAndNamesItsLine() throws IOException {
        Path db = tmp.resolve("contest.db");
        Path scores = tmp.resolve("typed.csv");
        Files.writeString(scores, "event,round,bib,kind,official,item,value\nstand,final,101,time,T1,,1:08.12\nstand,final,101,time,T1,,1:75\n");
        CliRunner r = CliRunner.run("import", "contests/monitor-stand", "--db", db.toString(), "--scores", scores.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith(scores + ":3: '1:75' is not a time");
        assertThat(db).doesNotExist(); // the files are read before the database is opened
    }

    @Test
    void aFactTheEngineWouldRejectIsNotImported() throws IOException {
        // fire-safety's final takes only the contestants who advance from the preliminary
        Path db = tmp.resolve("contest.db");
        importSample("fire-safety", db);
        Path scores = tmp.resolve("late.csv");
        String nonFinalist = nonFinalist();
        Files.writeString(scores, "event,round,bib,kind,official,item,value\nhose,final," + nonFinalist + ",status,,,DNS\n");
        CliRunner r = CliRunner.run("import", "contests/fire-safety", "--db", db.toString(), "--scores", scores.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith(scores + ":2: ");
        assertThat(CliRunner.run("rank", "contests/fire-safety", "--db", db.toString()).out()).isEqualTo(golden("fire-safety/rank.csv"));
    }

    /** A bib of fire-safety's hose event that ran in the preliminary and is not in the final. */
    private static String nonFinalist() throws IOException {
        java.util.Set<String> prelim = new java.util.LinkedHashSet<>();
        for (String line : golden("fire-safety/rank.csv").split("\n")) {
            String[] cells = line.split(",", -1);
            if (cells[0].equals("hose") && cells[1].equals("prelim")) {
                prelim.add(cells[3]);
            } else if (cells[0].equals("hose") && cells[1].equals("final")) {
                prelim.remove(cells[3]);
            }
        }
        return prelim.iterator().next();
    }

    @Test
    void verifyNamesARowChangedBehindPodiumsBack() throws Exception {
        Path db = tmp.resolve("contest.db");
        importSample("monitor-stand", db);
        CliRunner ok = CliRunner.run("verify", "contests/monitor-stand", "--db", db.toString());
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).matches("ok: (\\d+) rows, seal \\1:[0-9a-f]{16}\n");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("DROP TRIGGER fact_no_update");
            assertThat(st.executeUpdate("UPDATE fact SET value = '60.00' WHERE id = 5")).isEqualTo(1);
        }
        CliRunner bad = CliRunner.run("verify", "contests/monitor-stand", "--db", db.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).startsWith(db + ": row 5 (time stand/final ").contains("was changed outside Podium");
    }

    @Test
    void theDatabaseRefusesUpdatesAndDeletesOfItsJournal() throws Exception {
        Path db = tmp.resolve("contest.db");
        importSample("monitor-stand", db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> st.executeUpdate("DELETE FROM fact WHERE id = 1"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void auditShowsCorrectionsOldToNew() throws IOException {
        Path db = tmp.resolve("contest.db");
        Path scores = tmp.resolve("typed.csv");
        Files.writeString(scores, "event,round,bib,kind,official,item,value\nstand,final,101,time,T1,,31.2\nstand,final,101,time,T1,,13.2\n");
        CliRunner.run("import", "contests/monitor-stand", "--db", db.toString(), "--scores", scores.toString());
        CliRunner audit = CliRunner.run("audit", "contests/monitor-stand", "--db", db.toString());
        assertThat(audit.code()).isZero();
        assertThat(audit.out()).matches("#1 \\S+ import @import time stand/final 101 T1: 31.2\n"
                + "#2 \\S+ import @import time stand/final 101 T1: 31.2 -> 13.2 \\(corrects #1\\)\n");
    }

    @Test
    void aMissingDatabaseIsAnInputErrorAndIsNotCreated() {
        Path db = tmp.resolve("typo.db");
        CliRunner r = CliRunner.run("rank", "contests/monitor-stand", "--db", db.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(db + ": no such database (podium import creates one; --db names another file)\n");
        assertThat(db).doesNotExist();
    }

    @Test
    void restoreListsBackupsAndRestoresOneKeepingTheCurrentDatabase() throws Exception {
        Path db = tmp.resolve("contest.db");
        importSample("monitor-stand", db);
        Path backup;
        try (org.podium.store.SqliteContestStore store = new org.podium.store.SqliteContestStore(db,
                org.podium.contestfile.ContestFolder.load(Path.of("contests/monitor-stand")).contest(), java.time.Clock.systemUTC())) {
            backup = store.backup("manual");
        }
        Path more = tmp.resolve("more.csv");
        Files.writeString(more, "event,round,bib,kind,official,item,value\nstand,final,101,time,T1,,59\n");
        CliRunner corrected = CliRunner.run("import", "contests/monitor-stand", "--db", db.toString(), "--scores", more.toString(),
                "--reason", "the paper sheet says 59");
        assertThat(corrected.err()).isEmpty();
        String before = CliRunner.run("verify", "contests/monitor-stand", "--db", db.toString()).out();

        CliRunner list = CliRunner.run("restore", "contests/monitor-stand", "--db", db.toString());
        // The import's automatic backup, then the manual one (the second import came within 10 minutes: none).
        assertThat(list.out().lines()).hasSize(2).contains(backup.getFileName().toString())
                .anyMatch(name -> name.endsWith("-auto.db"));
        CliRunner restore = CliRunner.run("restore", "contests/monitor-stand", "--db", db.toString(), backup.getFileName().toString());
        assertThat(restore.err()).isEmpty();
        assertThat(restore.code()).isZero();
        assertThat(restore.out()).startsWith("restored " + db + " from " + backup.getFileName()).contains("before-restore");
        assertThat(CliRunner.run("rank", "contests/monitor-stand", "--db", db.toString()).out()).isEqualTo(golden("monitor-stand/rank.csv"));
        assertThat(CliRunner.run("verify", "contests/monitor-stand", "--db", db.toString()).out()).isNotEqualTo(before);
        assertThat(CliRunner.run("restore", "contests/monitor-stand", "--db", db.toString()).out().lines()).hasSize(3);
    }
}
