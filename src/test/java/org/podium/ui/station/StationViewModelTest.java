package org.podium.ui.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.service.LoginAnswer;
import org.podium.service.Logins;
import org.podium.service.OpenContest;
import org.podium.domain.Role;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;

/** Logging in at a station on a copy of monitor-stand whose officials were seeded with PIN 0000. */
class StationViewModelTest {
    @TempDir
    Path dir;
    OpenContest open;
    final List<LoginAnswer.LoggedIn> logins = new ArrayList<>();
    StationViewModel vm;

    @BeforeEach
    void open() throws Exception {
        for (String f : List.of("contest.yaml", "roster.csv")) {
            Files.copy(Path.of("contests/monitor-stand").resolve(f), dir.resolve(f));
        }
        open = OpenContest.open(dir, Clock.systemUTC());
        vm = new StationViewModel(new Logins(open.store()), Background.sameThread(), I18n.forLocale(Locale.ROOT),
                List.of(Role.TIMEKEEPER, Role.JUDGE), logins::add);
    }

    @AfterEach
    void close() {
        open.close();
    }

    private void logIn(Role station, String id, String pin) {
        vm.stationProperty().set(station);
        vm.officialIdProperty().set(id);
        vm.pinProperty().set(pin);
        vm.logIn();
    }

    @Test
    void theSampleOfficialsLogInWithTheSamplePin() {
        assertThat(open.seeded()).isTrue();
        logIn(Role.TIMEKEEPER, "T1", "0000");
        assertThat(logins).singleElement().satisfies(l -> {
            assertThat(l.official().id()).isEqualTo("T1");
            assertThat(l.station()).isEqualTo(Role.TIMEKEEPER);
        });
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.pinProperty().get()).isEmpty();
    }

    @Test
    void aWrongPinOrAnUnknownOfficialIsRefusedInline() {
        logIn(Role.TIMEKEEPER, "T1", "1234");
        assertThat(vm.errorProperty().get()).isEqualTo("Wrong official id or PIN.");
        logIn(Role.TIMEKEEPER, "T7", "0000");
        assertThat(vm.errorProperty().get()).isEqualTo("Wrong official id or PIN.");
        assertThat(vm.pinProperty().get()).isEmpty();
        assertThat(logins).isEmpty();
    }

    @Test
    void aJudgeCannotOpenTheTimekeeperStationButTheChiefCan() {
        logIn(Role.TIMEKEEPER, "J1", "0000");
        assertThat(vm.errorProperty().get()).isEqualTo("J1 is a Judge and cannot open the Timekeeper station.");
        assertThat(logins).isEmpty();
        logIn(Role.TIMEKEEPER, "C", "0000");
        assertThat(logins).singleElement().extracting(l -> l.official().role()).isEqualTo(Role.CHIEF);
    }

    @Test
    void aTimekeeperCannotOpenTheJudgeStation() {
        logIn(Role.JUDGE, "T1", "0000");
        assertThat(vm.errorProperty().get()).isEqualTo("T1 is a Timekeeper and cannot open the Judge station.");
        assertThat(logins).isEmpty();
        logIn(Role.JUDGE, "J2", "0000");
        assertThat(logins).singleElement().satisfies(l -> {
            assertThat(l.official().id()).isEqualTo("J2");
            assertThat(l.station()).isEqualTo(Role.JUDGE);
        });
    }

    @Test
    void afterFiveWrongPinsTheLoginSaysHowLongToWaitEvenForTheRightPin() throws Exception {
        open.close();
        open = OpenContest.open(dir, Clock.fixed(java.time.Instant.parse("2020-07-20T01:30:00Z"), java.time.ZoneOffset.UTC));
        vm = new StationViewModel(new Logins(open.store()), Background.sameThread(), I18n.forLocale(Locale.ROOT),
                List.of(Role.TIMEKEEPER, Role.JUDGE), logins::add);
        for (int i = 0; i < 4; i++) {
            logIn(Role.TIMEKEEPER, "T1", "1357");
            assertThat(vm.errorProperty().get()).isEqualTo("Wrong official id or PIN.");
        }
        logIn(Role.TIMEKEEPER, "T1", "1357");
        assertThat(vm.errorProperty().get()).isEqualTo("Wrong official id or PIN. Too many wrong PINs in a row: try again in 30 s.");
        logIn(Role.TIMEKEEPER, "T1", "0000");
        assertThat(vm.errorProperty().get()).isEqualTo("Too many wrong PINs for T1: try again in 30 s.");
        assertThat(logins).isEmpty();
        logIn(Role.TIMEKEEPER, "T2", "0000"); // another official logs in meanwhile
        assertThat(logins).singleElement().extracting(l -> l.official().id()).isEqualTo("T2");
    }

    @Test
    void anOfficialWhoseTableRowWasChangedOutsidePodiumIsToldWhyAndTheOthersLogIn() throws Exception {
        new org.podium.store.Forger(dir.resolve("contest.db")).sql("UPDATE official SET role = 'chief' WHERE id = 'J1'");
        logIn(Role.JUDGE, "J1", "0000");
        assertThat(vm.errorProperty().get()).startsWith("J1 cannot log in until the database is put right (the chief runs"
                + " podium verify): ").contains("the official table has role chief");
        assertThat(logins).isEmpty();
        logIn(Role.JUDGE, "J2", "0000");
        assertThat(logins).singleElement().extracting(l -> l.official().id()).isEqualTo("J2");
    }

    @Test
    void aSampleHasOfficialsAndARealContestSaysItHasNone() throws Exception {
        vm.lookForOfficials();
        assertThat(vm.noOfficialsProperty().get()).isFalse();
        open.close();
        Path yaml = dir.resolve("contest.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("sample: true", "sample: false"));
        Files.delete(dir.resolve("contest.db"));
        open = OpenContest.open(dir, Clock.systemUTC());
        assertThat(open.seeded()).isFalse();
        vm = new StationViewModel(new Logins(open.store()), Background.sameThread(), I18n.forLocale(Locale.ROOT),
                List.of(Role.TIMEKEEPER, Role.JUDGE), logins::add);
        vm.lookForOfficials();
        assertThat(vm.noOfficialsProperty().get()).isTrue();
        logIn(Role.TIMEKEEPER, "C", "0000");
        assertThat(vm.errorProperty().get()).isEqualTo("Wrong official id or PIN.");
    }

    @Test
    void anEmptyIdOrPinIsAskedFor() {
        logIn(Role.TIMEKEEPER, "", "");
        assertThat(vm.errorProperty().get()).isEqualTo("Type your official id and PIN.");
    }

    @Test
    void theSampleOfficialsAreSeededOnlyIntoAnEmptyDatabase() throws Exception {
        open.close();
        open = OpenContest.open(dir, Clock.systemUTC());
        assertThat(open.seeded()).isFalse();
        assertThat(open.store().official("J5")).get().extracting(a -> a.role()).isEqualTo(Role.JUDGE);
        assertThat(open.store().official("C")).get().extracting(a -> a.role()).isEqualTo(Role.CHIEF);
    }
}
