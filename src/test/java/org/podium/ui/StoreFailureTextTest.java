package org.podium.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Fact;
import org.podium.domain.Origin;
import org.podium.store.OpenMode;
import org.podium.domain.Role;
import org.podium.store.SqliteContestStore;
import org.podium.ui.common.I18n;
import org.podium.ui.common.Refusals;

/** A fault of the disk reaches a station in the station's language, from the same bundle key as the command line. */
class StoreFailureTextTest {
    @TempDir
    Path dir;

    @Test
    void aReadOnlyDatabaseIsNamedInTheScreensLanguage() throws Exception {
        Path db = dir.resolve("contest.db");
        ContestFolder folder = ContestFolder.load(Path.of("contests/monitor-stand"));
        try (SqliteContestStore store = new SqliteContestStore(db, folder.contest(), Clock.systemUTC())) {
            store.addOfficial("T1", "T1", Role.TIMEKEEPER, "4711".toCharArray());
        }
        Throwable failed;
        try (SqliteContestStore readOnly = new SqliteContestStore(db, folder.contest(), Clock.systemUTC(), OpenMode.READ_ONLY)) {
            failed = catchThrowable(() -> readOnly.record("T1", "lane-1",
                    Fact.time("stand", "final", "101", "T1", 68_120, null, Origin.NONE), null));
        }
        assertThat(Refusals.failure(I18n.forLocale(Locale.SIMPLIFIED_CHINESE), failed))
                .startsWith(db + " 在此无法写入").contains("本次内容未保存");
        assertThat(Refusals.failure(I18n.forLocale(Locale.ROOT), failed))
                .startsWith(db + " cannot be written here").contains("nothing was saved");
        assertThat(Refusals.failure(I18n.forLocale(Locale.ROOT), new IllegalStateException("other"))).isEqualTo("other");
    }
}
