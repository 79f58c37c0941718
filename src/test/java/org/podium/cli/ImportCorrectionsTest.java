package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * contest-files.md: an import that would correct a fact already in the database needs --reason; a line equal to the
 * current fact is already recorded and skipped, so importing the same file twice changes nothing.
 */
class ImportCorrectionsTest {
    private static final String HEADER = "event,round,bib,kind,official,item,value\n";

    @TempDir
    Path tmp;

    private static long rows(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM fact")) {
            return rs.getLong(1);
        }
    }

    private CliRunner importing(Path db, Path scores, String... more) {
        String[] args = {"import", "contests/monitor-stand", "--db", db.toString(), "--scores", scores.toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CliRunner.run(all);
    }

    @Test
    void aLineThatWouldCorrectAFactInTheDatabaseNeedsAReasonAndWithoutOneNothingIsImported() throws Exception {
        Path db = tmp.resolve("contest.db");
        Path first = Files.writeString(tmp.resolve("first.csv"), HEADER + "stand,final,101,time,T1,,72\nstand,final,102,time,T1,,80\n");
        assertThat(importing(db, first).code()).isZero();
        long before = rows(db);

        Path second = Files.writeString(tmp.resolve("second.csv"),
                HEADER + "stand,final,103,time,T1,,75\nstand,final,101,time,T1,,60\nstand,final,102,time,T1,,81\n");
        CliRunner refused = importing(db, second);
        refused.assertOneLineInputError(second + ":3: time for stand/final bib 101 official T1 would change 72 -> 60,"
                + " a fact already in the database (#1): a correction through import needs --reason TEXT", "nothing was imported");
        assertThat(rows(db)).isEqualTo(before);

        CliRunner withReason = importing(db, second, "--reason", "the timekeeper's sheet says 60");
        assertThat(withReason.err()).isEmpty();
        assertThat(withReason.code()).isZero();
        assertThat(rows(db)).isEqualTo(before + 3);
        assertThat(CliRunner.run("audit", "contests/monitor-stand", "--db", db.toString()).out())
                .contains("time stand/final 101 T1: 72 -> 60 (corrects #1) reason: the timekeeper's sheet says 60");
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() throws Exception {
        Path db = tmp.resolve("contest.db");
        Path sample = Path.of("contests/monitor-stand/scores/sample.csv");
        assertThat(importing(db, sample).code()).isZero();
        long before = rows(db);
        String rank = CliRunner.run("rank", "contests/monitor-stand", "--db", db.toString()).out();

        CliRunner again = importing(db, sample);
        assertThat(again.err()).isEmpty();
        assertThat(again.code()).isZero();
        assertThat(again.out()).startsWith("imported 0 facts into " + db + "\n").contains("lines already recorded were skipped");
        assertThat(rows(db)).isEqualTo(before);
        assertThat(CliRunner.run("rank", "contests/monitor-stand", "--db", db.toString()).out()).isEqualTo(rank);
    }

    @Test
    void aFileThatCorrectsItselfImportsBothLinesAndTwiceChangesNothing() throws Exception {
        // The same key twice in one file: the later line wins, as a correction in the app does, with no reason needed.
        Path db = tmp.resolve("contest.db");
        Path typed = Files.writeString(tmp.resolve("typed.csv"), HEADER + "stand,final,101,time,T1,,31.2\nstand,final,101,time,T1,,13.2\n");
        assertThat(importing(db, typed).code()).isZero();
        assertThat(rows(db)).isEqualTo(2);
        CliRunner again = importing(db, typed);
        assertThat(again.code()).isZero();
        assertThat(rows(db)).isEqualTo(2);
    }

    @Test
    void theSameValueWrittenOtherwiseIsTheSameFact() throws Exception {
        Path db = tmp.resolve("contest.db");
        assertThat(importing(db, Files.writeString(tmp.resolve("a.csv"), HEADER + "stand,final,101,time,T1,,68.1\n"
                + "stand,final,101,mark,J1,C1,38.5\n")).code()).isZero();
        CliRunner same = importing(db, Files.writeString(tmp.resolve("b.csv"), HEADER + "stand,final,101,time,T1,,1:08.10\n"
                + "stand,final,101,mark,J1,C1,38.50\n"));
        assertThat(same.err()).isEmpty();
        assertThat(rows(db)).isEqualTo(2);
    }
}
