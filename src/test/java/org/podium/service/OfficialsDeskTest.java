package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Role;

/**
 * Officials at set-up through the service, with the PIN rules of "Trust": add (the first chief too), rename and change
 * role with a chief's PIN, set a PIN with the old one or a chief's; weak PINs refused; the login sheet as a PDF.
 */
class OfficialsDeskTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-07-19T08:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;

    private static char[] pin(String s) {
        return s.toCharArray();
    }

    private static String refusalKey(ThrowingRunnable r) {
        try {
            r.run();
        } catch (SetupRefused e) {
            return e.key();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("not refused");
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void officialsAreAddedChangedAndGivenPinsByTheRules() throws Exception {
        Path folder = SampleCopies.withPeople(Path.of("contests/monitor-stand"), dir.resolve("drill"));
        try (OfficialsDesk desk = OfficialsDesk.open(folder, CLOCK)) {
            // contest.yaml names T1-T3 and J1-J5; nobody has an account yet
            assertThat(desk.officials()).hasSize(8).allSatisfy(o -> assertThat(o.account()).isFalse());

            // the PIN rules of a real contest
            assertThat(refusalKey(() -> desk.add("C", "赵敏", Role.CHIEF, pin("2580"), pin("2580"))))
                    .isEqualTo("people.officials.error.weak.TOO_SHORT_FOR_HEAD");
            assertThat(refusalKey(() -> desk.add("T1", "张三", Role.TIMEKEEPER, pin("0000"), pin("0000"))))
                    .isEqualTo("people.officials.error.weak.ONE_DIGIT");
            assertThat(refusalKey(() -> desk.add("T1", "张三", Role.TIMEKEEPER, pin("1234"), pin("1234"))))
                    .isEqualTo("people.officials.error.weak.RUN");
            assertThat(refusalKey(() -> desk.add("T1", "张三", Role.TIMEKEEPER, pin("2580"), pin("2581"))))
                    .isEqualTo("people.officials.error.pinsDiffer");
            assertThat(refusalKey(() -> desk.add("T 1", "张三", Role.TIMEKEEPER, pin("2580"), pin("2580"))))
                    .isEqualTo("people.officials.error.id");
            assertThat(refusalKey(() -> desk.add("T1", " ", Role.TIMEKEEPER, pin("2580"), pin("2580"))))
                    .isEqualTo("people.officials.error.name");
            assertThat(desk.officials()).noneMatch(OfficialsDesk.Official::account);

            desk.add("C", "赵敏", Role.CHIEF, pin("258046"), pin("258046"));
            desk.add("T1", "张三", Role.TIMEKEEPER, pin("2580"), pin("2580"));
            assertThat(refusalKey(() -> desk.add("T1", "李四", Role.TIMEKEEPER, pin("3691"), pin("3691"))))
                    .isEqualTo("people.officials.error.exists");

            // a rename and a role change need the chief's PIN
            assertThat(refusalKey(() -> desk.change("T1", "张叁", null, "C", pin("999999"))))
                    .isEqualTo("people.officials.error.wrongPin");
            assertThat(refusalKey(() -> desk.change("T1", "张叁", null, "T1", pin("2580"))))
                    .isEqualTo("people.officials.error.chief");
            desk.change("T1", "张叁", Role.JUDGE, "C", pin("258046"));

            // a new PIN: with the old one, or the chief's
            desk.setPin("T1", pin("1470"), pin("1470"), null, pin("2580"));
            assertThat(refusalKey(() -> desk.setPin("T1", pin("3691"), pin("3691"), null, pin("2580"))))
                    .isEqualTo("people.officials.error.wrongPin");
            desk.setPin("T1", pin("3691"), pin("3691"), "C", pin("258046"));
            assertThat(refusalKey(() -> desk.setPin("T1", pin("9876"), pin("9876"), "C", pin("258046"))))
                    .isEqualTo("people.officials.error.weak.RUN");

            assertThat(desk.officials()).extracting(o -> o.id(), o -> o.name(), o -> o.role(), o -> o.account())
                    .startsWith(tuple("C", "赵敏", Role.CHIEF, true), tuple("T1", "张叁", Role.JUDGE, true),
                            tuple("T2", "", Role.TIMEKEEPER, false));
        }
        // the changes are the database's: T1 logs in with the PIN set last
        try (OpenContest open = OpenContest.open(folder, CLOCK)) {
            assertThat(open.store().checkPin("T1", pin("3691")).ok()).isTrue();
        }
    }

    @Test
    void aContestWithoutRosterYetHasItsOfficialsToo() throws Exception {
        Path folder = NewContest.fromTemplate(Path.of("contests/monitor-stand"), dir.resolve("new"), "拉练赛");
        try (OfficialsDesk desk = OfficialsDesk.open(folder, CLOCK)) {
            desk.add("C", "赵敏", Role.CHIEF, pin("258046"), pin("258046"));
            assertThat(desk.officials()).hasSize(9);
        }
        Path empty = NewContest.empty(dir.resolve("empty"), "空赛");
        try (OfficialsDesk desk = OfficialsDesk.open(empty, CLOCK)) {
            // contest.yaml cannot be read yet (no event): a real contest's PIN rules
            assertThat(refusalKey(() -> desk.add("C", "赵敏", Role.CHIEF, pin("0000"), pin("0000"))))
                    .isEqualTo("people.officials.error.weak.TOO_SHORT_FOR_HEAD");
        }
    }

    @Test
    void theLoginSheetListsIdsNamesAndRolesWithABlankForEachPin() throws Exception {
        Path folder = SampleCopies.withPeople(Path.of("contests/monitor-stand"), dir.resolve("drill"));
        Path pdf = dir.resolve("login.pdf");
        try (OfficialsDesk desk = OfficialsDesk.open(folder, CLOCK)) {
            assertThat(desk.loginSheet(pdf, Locale.CHINA, CLOCK)).isZero(); // nobody yet: no file
            assertThat(pdf).doesNotExist();
            desk.add("C", "赵敏", Role.CHIEF, pin("258046"), pin("258046"));
            desk.add("T1", "张三", Role.TIMEKEEPER, pin("2580"), pin("2580"));
            desk.add("J1", "王䶮", Role.JUDGE, pin("3691"), pin("3691"));
            assertThat(desk.loginSheet(pdf, Locale.CHINA, CLOCK)).isEqualTo(1);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("2020年岗位练兵首场拉练赛", "裁判员登录表", "赵敏", "张三", "王䶮", "裁判长", "计时员", "T1", "J1")
                    .doesNotContain("258046", "2580", "3691");
        }
        assertThat(Files.size(pdf)).isPositive();
    }
}
