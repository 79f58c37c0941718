package org.podium.store;

import org.podium.domain.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Officials are journal rows (schema 5): adding one, renaming, a new role or PIN is a row of the chain, and the official
 * table is only its cache. A table changed by plain SQL fails verify, naming the official, and nobody logs in or acts
 * as that official until it is resolved.
 */
class OfficialsInJournalTest extends StoreContract {
    static final char[] CHIEF_PIN = "482915".toCharArray();
    static final char[] JUDGE_PIN = "5823".toCharArray();

    ContestStore store;

    @BeforeEach
    void aRealContest() {
        store = engine.open(dir, StoreFixture.realContest());
        store.addOfficial("C", "Chief", Role.CHIEF, CHIEF_PIN);
        store.addOfficial("J1", "李四", Role.JUDGE, JUDGE_PIN);
        store.addOfficial("J2", "Judge Two", Role.JUDGE, "7351".toCharArray());
    }

    /** A change made behind the store's back, on the same database. */
    private void sql(String statement) throws java.sql.SQLException {
        try (java.sql.Connection c = engine.connect(dir); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    @Test
    void addingAnOfficialIsAJournalRowAndTheAuditShowsNoPinHash() {
        assertThat(store.journal()).extracting(JournalRow::kind, JournalRow::official, JournalRow::item, JournalRow::recordedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("official", "C", "add", "setup"),
                        org.assertj.core.groups.Tuple.tuple("official", "J1", "add", "setup"),
                        org.assertj.core.groups.Tuple.tuple("official", "J2", "add", "setup"));
        assertThat(Audit.lines(store.journal()).get(1)).endsWith("setup @setup official J1 add: judge, 李四")
                .doesNotContain("hash=");
        assertThat(store.officials()).extracting(OfficialAccount::id).containsExactly("C", "J1", "J2");
        assertThat(store.verify().ok()).isTrue();
    }

    @Test
    void aRoleChangedInTheOfficialTableFailsVerifyAndNobodyActsAsThatOfficial() throws Exception {
        sql("UPDATE official SET role = 'chief' WHERE id = 'J1'");
        Verification v = store.verify();
        assertThat(v.ok()).isFalse();
        assertThat(v.problems()).containsExactly("official J1: the official table has role chief (the journal says judge)"
                + " (journal row 2): it was changed outside Podium");
        assertThatThrownBy(() -> store.official("J1")).isInstanceOf(StoreException.class)
                .hasMessageContaining("official J1: the official table has role chief").hasMessageContaining("nobody acts as J1");
        assertThatThrownBy(() -> store.checkPin("J1", JUDGE_PIN)).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> store.lockRound("J1", "head", "stand", "final", null)).isInstanceOf(StoreException.class);
        assertThatThrownBy(store::officials).isInstanceOf(StoreException.class).hasMessageContaining("official J1");
        assertThat(StoreFixture.rows(store)).isEmpty(); // the forged chief locked nothing
        assertThat(store.official("J2")).isPresent(); // the others are not held up
    }

    @Test
    void aPinHashCopiedFromTheChiefToAJudgeFailsVerifyAndLetsNobodyInWithIt() throws Exception {
        sql("UPDATE official SET pin_hash = (SELECT pin_hash FROM official WHERE id = 'C'),"
                + " pin_salt = (SELECT pin_salt FROM official WHERE id = 'C') WHERE id = 'J1'");
        assertThat(store.verify().problems()).containsExactly("official J1: the official table has a PIN hash that is not the"
                + " one the journal holds (journal row 2): it was changed outside Podium");
        assertThatThrownBy(() -> store.checkPin("J1", CHIEF_PIN)).isInstanceOf(StoreException.class)
                .hasMessageContaining("official J1");
        assertThatThrownBy(() -> store.checkPin("J1", JUDGE_PIN)).isInstanceOf(StoreException.class);
        assertThat(store.checkPin("C", CHIEF_PIN).ok()).isTrue();
    }

    @Test
    void anOfficialSlippedIntoTheTableOrDeletedFromItFailsVerify() throws Exception {
        sql("INSERT INTO official SELECT 'X9', 'Nobody', 'chief', pin_hash, pin_salt, pin_iterations FROM official"
                + " WHERE id = 'C'");
        sql("DELETE FROM official WHERE id = 'J2'");
        assertThat(store.verify().problems()).containsExactly(
                "official X9 is in the official table but in no journal row: it was added outside Podium",
                "official J2 (journal row 3) is missing from the official table: it was deleted outside Podium");
        assertThatThrownBy(() -> store.checkPin("X9", CHIEF_PIN)).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> store.official("J2")).isInstanceOf(StoreException.class);
    }

    @Test
    void aPinIsChangedWithTheOldPinOrAChiefsAndLeavesARowNamingWho() {
        char[] mine = "9402".toCharArray();
        assertThat(store.changePin("J1", mine, "J1", JUDGE_PIN, "cli").ok()).isTrue();
        JournalRow row = store.journal().get(store.journal().size() - 1);
        assertThat(row).extracting(JournalRow::kind, JournalRow::official, JournalRow::item, JournalRow::recordedBy,
                JournalRow::station).containsExactly("official", "J1", "pin", "J1", "cli");
        assertThat(Audit.lines(store.journal()).get(3)).endsWith("J1 @cli official J1 pin: judge, 李四, new PIN");
        assertThat(store.checkPin("J1", mine).ok()).isTrue();
        assertThat(store.checkPin("J1", JUDGE_PIN).ok()).isFalse();

        assertThat(store.changePin("J1", "6170".toCharArray(), "C", CHIEF_PIN, "cli").ok()).isTrue();
        assertThat(store.journal().get(store.journal().size() - 1).recordedBy()).isEqualTo("C");
        assertThat(store.checkPin("J1", "6170".toCharArray()).ok()).isTrue();
        assertThat(store.verify().ok()).isTrue();
    }

    @Test
    void aPinIsNotChangedWithAWrongPinByAnotherJudgeOrToAWeakOne() {
        int rows = store.journal().size();
        assertThat(store.changePin("J1", "9402".toCharArray(), "J1", "1357".toCharArray(), "cli").outcome())
                .isEqualTo(PinCheck.Outcome.WRONG);
        assertThatThrownBy(() -> store.changePin("J1", "9402".toCharArray(), "J2", "7351".toCharArray(), "cli"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("J2 may not change the PIN of J1");
        assertThatThrownBy(() -> store.changePin("J1", "1111".toCharArray(), "J1", JUDGE_PIN, "cli"))
                .isInstanceOf(WeakPin.class).extracting(e -> ((WeakPin) e).problem()).isEqualTo(PinProblem.ONE_DIGIT);
        assertThatThrownBy(() -> store.changePin("C", "4826".toCharArray(), "C", CHIEF_PIN, "cli"))
                .isInstanceOf(WeakPin.class).extracting(e -> ((WeakPin) e).problem()).isEqualTo(PinProblem.TOO_SHORT_FOR_HEAD);
        assertThat(store.journal()).hasSize(rows);
        assertThat(store.checkPin("J1", JUDGE_PIN).ok()).isTrue();
    }

    @Test
    void aChiefRenamesAnOfficialOrChangesTheirRoleInJournalRows() {
        assertThat(store.changeOfficial("J2", "王五", Role.TIMEKEEPER, "C", CHIEF_PIN, "cli").ok()).isTrue();
        assertThat(store.journal()).extracting(JournalRow::item, JournalRow::recordedBy).endsWith(
                org.assertj.core.groups.Tuple.tuple("name", "C"), org.assertj.core.groups.Tuple.tuple("role", "C"));
        assertThat(store.official("J2")).hasValue(new OfficialAccount("J2", "王五", Role.TIMEKEEPER));
        assertThat(store.checkPin("J2", "7351".toCharArray()).ok()).isTrue(); // the PIN stays
        assertThatThrownBy(() -> store.changeOfficial("J2", null, Role.CHIEF, "C", CHIEF_PIN, "cli"))
                .hasMessageContaining("cannot become a chief");
        assertThatThrownBy(() -> store.changeOfficial("J2", "x", null, "J1", JUDGE_PIN, "cli"))
                .hasMessageContaining("a chief changes an official's name or role");
        assertThat(store.verify().ok()).isTrue();
    }
}
