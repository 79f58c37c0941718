package org.podium.ui.head;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.service.FireSafety;
import org.podium.service.FlagState;
import org.podium.service.ResultsService;
import org.podium.service.RoundControl;
import org.podium.store.SqliteContestStore;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;

/** The head table shows in red that the audit trail does not verify, and says why publishing is refused. */
class ChainBannerTest {
    @TempDir
    Path dir;

    @Test
    void anAlteredJournalIsShownInRedAndPublishingIsRefused() throws Exception {
        ContestFolder folder = ContestFolder.load(FireSafety.folder(dir.resolve("fire-safety")));
        try (SqliteContestStore store = FireSafety.store(folder)) {
            RoundControl control = new RoundControl(new ResultsService(folder.contest(), folder.theoryFacts(), store));
            HeadTableViewModel model = new HeadTableViewModel(control, "C", true, Background.sameThread(), I18n.forLocale(Locale.ROOT));
            assertThat(model.chainBrokenProperty().get()).isEmpty();
            control.lock("C", "hose", "prelim", control.missing("C", "hose", "prelim"));
            for (FlagState f : control.report("C", "hose", "prelim").flags()) {
                control.acknowledge("C", "hose", "prelim", f.flag(), "checked with the officials");
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.dir().resolve("contest.db"));
                 Statement st = c.createStatement()) {
                st.executeUpdate("DROP TRIGGER fact_no_update");
                st.executeUpdate("UPDATE fact SET value = '40.00' WHERE id = 1");
            }
            model.refresh();
            assertThat(model.chainBrokenProperty().get()).startsWith("THE AUDIT TRAIL DOES NOT VERIFY: row 1 ");
            model.publish();
            assertThat(model.errorProperty().get()).startsWith("not published: the audit trail does not verify (row 1 ");
            assertThat(model.publishedProperty().get()).isFalse();

            HeadTableViewModel chinese = new HeadTableViewModel(control, "C", true, Background.sameThread(),
                    I18n.forLocale(Locale.SIMPLIFIED_CHINESE));
            assertThat(chinese.chainBrokenProperty().get()).startsWith("审计链校验不通过：row 1 ");
        }
    }
}
