package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.store.StoreException;

/** A station's trouble reaching the venue server read from SQLState and the store's refusals, never from the driver's text. */
class VenueTroubleTest {
    private static final String AT = "192.168.1.20:5432";

    @Test
    void aWrongPasswordIsSaidFromItsSqlState() {
        assertThat(VenueTrouble.of(new RuntimeException("cannot read", new SQLException("FATAL: password authentication failed",
                "28P01")), AT)).isEqualTo(new VenueTrouble("venue.trouble.wrongPassword", List.of(AT)));
    }

    @Test
    void aBrokenOrRefusedConnectionIsNoServer() {
        assertThat(VenueTrouble.of(new StoreException("cannot read the journal in jdbc:...: An I/O error occurred",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")), AT).key())
                .isEqualTo("venue.trouble.noServer");
        assertThat(VenueTrouble.of(new SQLException("terminating connection due to administrator command", "57P01"), AT).key())
                .isEqualTo("venue.trouble.noServer");
        assertThat(VenueTrouble.of(new RuntimeException(new ConnectException("Connection refused")), AT).key())
                .isEqualTo("venue.trouble.noServer");
        assertThat(VenueTrouble.of(new SQLException("sorry, too many clients already", "53300"), AT).key())
                .isEqualTo("venue.trouble.tooMany");
    }

    @Test
    void anotherContestsServerNamesBothContests() {
        StoreException other = StoreException.bundledLine("store.server.otherContest", "jdbc:postgresql://" + AT + "/podium",
                "Spring cup", "2026-04-01", "Autumn cup", "2026-10-01");
        assertThat(VenueTrouble.of(other, AT)).isEqualTo(new VenueTrouble("venue.trouble.otherContest",
                List.of(AT, "Spring cup", "2026-04-01", "Autumn cup", "2026-10-01")));
        assertThat(VenueTrouble.of(StoreException.bundledLine("store.server.wrongPassword", "jdbc:...", "postgres"), AT).key())
                .isEqualTo("venue.trouble.wrongPassword");
    }

    @Test
    void anythingElseNamesTheServerAndLeavesTheDetailsToTheLog() {
        VenueTrouble t = VenueTrouble.of(new IllegalStateException("something odd"), AT);
        assertThat(t).isEqualTo(new VenueTrouble("venue.trouble.other", List.of(AT)));
    }

    @Test
    void everyTroubleIsInBothLanguages() {
        for (String key : List.of("venue.trouble.noServer", "venue.trouble.wrongPassword", "venue.trouble.otherContest",
                "venue.trouble.tooMany", "venue.trouble.other")) {
            assertThat(java.util.ResourceBundle.getBundle("org.podium.i18n.messages", java.util.Locale.ROOT).getString(key))
                    .contains("{0}");
            assertThat(java.util.ResourceBundle.getBundle("org.podium.i18n.messages", java.util.Locale.SIMPLIFIED_CHINESE)
                    .getString(key)).contains("{0}");
        }
    }
}
