package org.podium.store;

import java.time.Clock;
import org.podium.domain.Contest;

/** The venue server's sequencer on a database of the test server (TestPostgres), as podium serve runs it. */
public final class TestSequencer {
    private TestSequencer() {
    }

    /** A sequencer serving {@code database}'s requests; unbound requests served in the name they give. */
    public static Sequencer start(String database, Contest contest) {
        return start(database, contest, false);
    }

    /** A sequencer serving {@code database}'s requests; {@code requireLogIn}: unbound requests refused. */
    public static Sequencer start(String database, Contest contest, boolean requireLogIn) {
        return at(TestPostgres.url(database), contest, requireLogIn);
    }

    /** A sequencer serving the requests of the test server's database at {@code url}. */
    public static Sequencer at(String url, Contest contest, boolean requireLogIn) {
        return Sequencer.start(() -> new PostgresContestStore(url, TestPostgres.login(), contest, Clock.systemUTC(), null),
                requireLogIn);
    }
}
