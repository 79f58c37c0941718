package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A full disk, simulated with SQLite's {@code max_page_count} (no root needed): one line that says so, and nothing
 * half-written. Before this, {@code import} said "cannot rollback - no transaction is active".
 */
class DiskFullTest {
    @TempDir
    Path dir;

    @AfterEach
    void diskHasRoomAgain() {
        Connections.pageLimitForTests = 0;
    }

    private static int pages(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA page_count")) {
            return rs.getInt(1);
        }
    }

    private static long rows(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM fact")) {
            return rs.getLong(1);
        }
    }

    @Test
    void anImportOntoAFullDiskSaysSoInOneLineAndImportsNothing() throws Exception {
        Path db = dir.resolve("contest.db");
        Path first = dir.resolve("first.csv");
        Files.writeString(first, "event,round,bib,kind,official,item,value\nstand,final,101,time,T1,,68.12\n");
        assertThat(Cli.run("import", "contests/monitor-stand", "--db", db.toString(), "--scores", first.toString()).code()).isZero();

        Connections.pageLimitForTests = pages(db); // not one page more: the disk is full
        Cli full = Cli.run("import", "contests/monitor-stand", "--db", db.toString(), "--scores", "contests/monitor-stand/scores/sample.csv");
        assertThat(full.code()).isEqualTo(1);
        assertThat(full.out()).isEmpty();
        assertThat(full.err().strip().lines()).hasSize(1);
        assertThat(full.err()).startsWith("podium: the disk is full: " + db).contains("nothing was saved")
                .doesNotContain("cannot rollback").doesNotContain("Exception");

        Connections.pageLimitForTests = 0;
        assertThat(rows(db)).isEqualTo(1); // nothing of the second file
        try (SqliteContestStore store = new SqliteContestStore(db, StoreFixture.contest(), StoreFixture.CLOCK)) {
            assertThat(store.verify().ok()).isTrue();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
    }

    @Test
    void aStationRecordingOntoAFullDiskIsToldSoAndTheJournalIsAsItWas() throws Exception {
        Path db = dir.resolve("contest.db");
        try (SqliteContestStore store = StoreFixture.store(dir)) {
            store.record("T1", "lane-1", StoreFixture.time("101", "T1", 68_120), null);
        }
        Connections.pageLimitForTests = pages(db);
        try (SqliteContestStore station = new SqliteContestStore(db, StoreFixture.contest(), StoreFixture.CLOCK)) {
            long before = station.lastRowId();
            // laps of one entry in one transaction: enough rows to need a new page
            java.util.List<org.podium.domain.Fact> laps = new java.util.ArrayList<>();
            for (int i = 1; i <= 200; i++) {
                laps.add(StoreFixture.time(Integer.toString(101 + i % 20), "T1", 60_000 + i));
            }
            assertThatThrownBy(() -> station.recordAll("T1", "lane-1", laps, null))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.fault()).contains(StoreFault.FULL);
                        assertThat(e.getMessage()).startsWith("the disk is full: " + db).contains("nothing was saved")
                                .doesNotContain("\n").doesNotContain("cannot rollback");
                    });
            assertThat(station.lastRowId()).isEqualTo(before);
            assertThat(station.verify().ok()).isTrue();
        }
        assertThat(rows(db)).isEqualTo(StoreFixture.OFFICIAL_ROWS + 1);
    }

    @ParameterizedTest
    @EnumSource(value = SQLiteErrorCode.class, names = {"SQLITE_FULL", "SQLITE_IOERR", "SQLITE_IOERR_WRITE", "SQLITE_READONLY",
            "SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_BUSY"})
    void sqliteFaultsAreNamedForPeople(SQLiteErrorCode code) {
        StoreFault expected = switch (code) {
            case SQLITE_FULL -> StoreFault.FULL;
            case SQLITE_IOERR, SQLITE_IOERR_WRITE -> StoreFault.IO;
            case SQLITE_READONLY -> StoreFault.READ_ONLY;
            case SQLITE_CORRUPT, SQLITE_NOTADB -> StoreFault.CORRUPT;
            default -> StoreFault.BUSY;
        };
        assertThat(StoreFault.of(new SQLiteException("[" + code.name() + "]", code))).contains(expected);
        assertThat(StoreFault.of(new SQLiteException("[SQLITE_CONSTRAINT]", SQLiteErrorCode.SQLITE_CONSTRAINT))).isEmpty();
    }

    @Test
    void everyFaultHasItsLineInBothLanguages() throws Exception {
        for (String bundle : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            Properties p = new Properties();
            try (var in = Files.newBufferedReader(Path.of("src/main/resources/org/podium/i18n", bundle), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            for (StoreFault f : StoreFault.values()) {
                assertThat(p.getProperty(f.key())).as(bundle + " " + f.key()).contains("{0}").contains("{1}");
            }
        }
        assertThat(StoreText.get(Locale.SIMPLIFIED_CHINESE, StoreFault.FULL.key(), "contest.db", "SQLITE_FULL"))
                .startsWith("磁盘已满").contains("contest.db").contains("未保存");
        assertThat(StoreText.get(Locale.ENGLISH, StoreFault.FULL.key(), "contest.db", "SQLITE_FULL"))
                .startsWith("the disk is full: contest.db").contains("nothing was saved");
    }
}
