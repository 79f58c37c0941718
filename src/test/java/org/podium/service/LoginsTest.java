package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Role;
import org.podium.store.Forger;
import org.podium.store.SqliteContestStore;
import org.podium.store.StoreException;

/**
 * Every answer of a login through the service, on monitor-stand with a stopped clock (so the waits after wrong PINs are
 * exact): the PIN check and its wait are the store's, the station check is the service's.
 */
class LoginsTest {
    static final Clock STOPPED = Clock.fixed(Instant.parse("2026-05-16T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Path db;
    SqliteContestStore store;
    Logins logins;

    @BeforeEach
    void open() throws Exception {
        Path folder = ServiceFixtures.monitorStand(dir);
        db = folder.resolve("contest.db");
        store = new SqliteContestStore(db, ContestFolder.load(folder).contest(), STOPPED);
        logins = new Logins(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void officials() {
        store.addOfficial("T1", "Wang Fang", Role.TIMEKEEPER, "0000".toCharArray());
        store.addOfficial("J1", "李四", Role.JUDGE, "1111".toCharArray());
        store.addOfficial("C", "Chief", Role.CHIEF, "2222".toCharArray());
        store.addOfficial("O", "Organiser", Role.ORGANISER, "3333".toCharArray());
    }

    private LoginAnswer logIn(String id, String pin, Role station) {
        return logins.logIn(id, pin.toCharArray(), station);
    }

    @Test
    void anOfficialLogsInAtTheirOwnStationAsWhoTheyAre() {
        officials();
        assertThat(logIn("J1", "1111", Role.JUDGE)).isEqualTo(
                new LoginAnswer.LoggedIn(new LoginAnswer.Official("J1", "李四", Role.JUDGE), Role.JUDGE));
        assertThat(logIn("T1", "0000", Role.TIMEKEEPER)).isEqualTo(
                new LoginAnswer.LoggedIn(new LoginAnswer.Official("T1", "Wang Fang", Role.TIMEKEEPER), Role.TIMEKEEPER));
    }

    @Test
    void chiefsAndOrganisersOpenEveryStationOthersOnlyTheirOwn() {
        officials();
        for (Role station : List.of(Role.TIMEKEEPER, Role.JUDGE, Role.CHIEF)) {
            assertThat(logIn("C", "2222", station)).isInstanceOf(LoginAnswer.LoggedIn.class);
            assertThat(logIn("O", "3333", station)).isInstanceOf(LoginAnswer.LoggedIn.class);
        }
        assertThat(logIn("J1", "1111", Role.TIMEKEEPER)).isEqualTo(new LoginAnswer.WrongStation("J1", Role.JUDGE, Role.TIMEKEEPER));
        assertThat(logIn("J1", "1111", Role.CHIEF)).isEqualTo(new LoginAnswer.WrongStation("J1", Role.JUDGE, Role.CHIEF));
        assertThat(logIn("T1", "0000", Role.JUDGE)).isEqualTo(new LoginAnswer.WrongStation("T1", Role.TIMEKEEPER, Role.JUDGE));
    }

    @Test
    void anUnknownIdIsAnsweredLikeAWrongPin() {
        officials();
        assertThat(logIn("J1", "1234", Role.JUDGE)).isEqualTo(new LoginAnswer.WrongPin(0));
        assertThat(logIn("J9", "1111", Role.JUDGE)).isEqualTo(new LoginAnswer.WrongPin(0));
    }

    @Test
    void theFifthWrongPinStartsAWaitThatEvenTheRightPinMeetsAndTheOthersAreNotHeldUp() {
        officials();
        for (int miss = 1; miss <= 4; miss++) {
            assertThat(logIn("J1", "9999", Role.JUDGE)).isEqualTo(new LoginAnswer.WrongPin(0));
        }
        assertThat(logIn("J1", "9999", Role.JUDGE)).isEqualTo(new LoginAnswer.WrongPin(30));
        assertThat(logIn("J1", "1111", Role.JUDGE)).isEqualTo(new LoginAnswer.Waiting("J1", 30));
        assertThat(logIn("T1", "0000", Role.TIMEKEEPER)).isInstanceOf(LoginAnswer.LoggedIn.class);
    }

    @Test
    void anOfficialWhoseTableRowDisagreesWithTheJournalLogsInNowhereAndTheOthersCarryOn() throws Exception {
        officials();
        new Forger(db).sql("UPDATE official SET role = 'chief' WHERE id = 'J1'");
        LoginAnswer answer = logIn("J1", "1111", Role.CHIEF);
        assertThat(answer).isInstanceOf(LoginAnswer.Disagrees.class);
        assertThat(((LoginAnswer.Disagrees) answer).id()).isEqualTo("J1");
        assertThat(((LoginAnswer.Disagrees) answer).detail()).contains("the official table has role chief")
                .contains("nobody acts as J1");
        assertThat(logIn("T1", "0000", Role.TIMEKEEPER)).isInstanceOf(LoginAnswer.LoggedIn.class);
    }

    @Test
    void thePinTypedIsWipedWhateverTheAnswer() {
        officials();
        char[] right = "1111".toCharArray();
        char[] wrong = "1234".toCharArray();
        logins.logIn("J1", right, Role.JUDGE);
        logins.logIn("J1", wrong, Role.TIMEKEEPER);
        assertThat(right).containsOnly('\0');
        assertThat(wrong).containsOnly('\0');
    }

    @Test
    void aDatabaseWithNoOfficialIsToldAndAFaultOfTheDatabaseIsNotARefusal() {
        assertThat(logins.noOfficials()).isTrue();
        officials();
        assertThat(logins.noOfficials()).isFalse();
        store.close();
        assertThatThrownBy(() -> logIn("J1", "1111", Role.JUDGE)).isInstanceOf(StoreException.class);
    }
}
