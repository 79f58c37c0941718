package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.contestfile.HrSheets;
import org.podium.domain.Contest;
import org.podium.domain.Contestant;
import org.podium.domain.Event;
import org.podium.domain.Role;
import org.podium.service.Readiness.Kind;
import org.podium.service.Readiness.Missing;

/** Ready for the day: each thing a contest may still lack is listed, and nothing once it lacks nothing. */
class ReadinessTest {
    @TempDir
    Path dir;

    private static List<OfficialsDesk.Official> accounts(String... idRole) {
        List<OfficialsDesk.Official> out = new ArrayList<>();
        for (String s : idRole) {
            String[] p = s.split(":");
            out.add(new OfficialsDesk.Official(p[0], p[0], Role.fromKey(p[1]), true));
        }
        return out;
    }

    private static final List<OfficialsDesk.Official> ALL = accounts("C:chief", "T1:timekeeper", "T2:timekeeper",
            "T3:timekeeper", "J1:judge", "J2:judge", "J3:judge", "J4:judge", "J5:judge");

    @Test
    void officialsWithoutPinsAndNoChiefUntilTheyAreAddedThenReady() throws Exception {
        Path folder = SampleCopies.withPeople(Path.of("contests/monitor-stand"), dir.resolve("drill"));
        try (OfficialsDesk desk = OfficialsDesk.open(folder, Clock.systemUTC())) {
            assertThat(Readiness.check(folder, desk.officials())).extracting(Missing::kind, Missing::args).containsExactly(
                    tuple(Kind.NO_CHIEF, List.of()),
                    tuple(Kind.OFFICIAL_WITHOUT_PIN, List.of("T1", "timekeeper")),
                    tuple(Kind.OFFICIAL_WITHOUT_PIN, List.of("T2", "timekeeper")),
                    tuple(Kind.OFFICIAL_WITHOUT_PIN, List.of("T3", "timekeeper")),
                    tuple(Kind.OFFICIAL_WITHOUT_PIN, List.of("J1", "judge")),
                    tuple(Kind.OFFICIAL_WITHOUT_PIN, List.of("J2", "judge")),
                    tuple(Kind.OFFICIAL_WITHOUT_PIN, List.of("J3", "judge")),
                    tuple(Kind.OFFICIAL_WITHOUT_PIN, List.of("J4", "judge")),
                    tuple(Kind.OFFICIAL_WITHOUT_PIN, List.of("J5", "judge")));
            desk.add("C", "赵敏", Role.CHIEF, "258046".toCharArray(), "258046".toCharArray());
            String[] ids = {"T1", "T2", "T3", "J1", "J2", "J3", "J4", "J5"};
            for (int i = 0; i < ids.length; i++) {
                String pin = "25" + (80 + i);
                desk.add(ids[i], "员" + i, ids[i].startsWith("T") ? Role.TIMEKEEPER : Role.JUDGE, pin.toCharArray(), pin.toCharArray());
            }
            assertThat(Readiness.check(folder, desk.officials())).isEmpty();
        }
    }

    @Test
    void aRealContestWhoseDateIsPastIsNamedFirstASampleNever() throws Exception {
        Path folder = HrSheets.folder(dir.resolve("drill"), "plain"); // contest.yaml: date 2020-07-20, not a sample
        assertThat(Readiness.check(folder, ALL, java.time.LocalDate.of(2020, 7, 20))).isEmpty();
        List<Missing> later = Readiness.check(folder, ALL, java.time.LocalDate.of(2026, 12, 6));
        assertThat(later).extracting(Missing::kind, Missing::args).containsExactly(tuple(Kind.DATE_PAST, List.of("2020-07-20")));
        assertThat(I18nCheck.text(later.get(0), Locale.CHINA)).isEqualTo(
                "竞赛日期 2020-07-20 已经过去（是否沿用了模板的日期？）：请在“竞赛信息”页填写比赛当天的日期；记录表和证书上都印有此日期。");
        assertThat(I18nCheck.text(later.get(0), Locale.ROOT)).startsWith("The contest date 2020-07-20 is already past (the"
                + " template's date kept?)");
        Path sample = Path.of("contests/monitor-stand"); // a sample keeps its date: it is only to try
        assertThat(Readiness.check(sample, ALL, java.time.LocalDate.of(2026, 12, 6)))
                .extracting(Missing::kind).doesNotContain(Kind.DATE_PAST);
    }

    @Test
    void theoryThatCountsNeedsItsResults() throws Exception {
        Path folder = HrSheets.folder(dir.resolve("drill"), "plain");
        assertThat(Readiness.check(folder, ALL)).isEmpty();
        // some results missing
        List<String> lines = Files.readAllLines(folder.resolve("theory.csv"));
        Files.write(folder.resolve("theory.csv"), lines.subList(0, lines.size() - 7));
        assertThat(Readiness.check(folder, ALL)).extracting(Missing::kind, Missing::args).containsExactly(
                tuple(Kind.THEORY_MISSING, List.of("stand", "7", "1036, 1037, 1038, 1039, 1040")));
        // none at all
        Files.delete(folder.resolve("theory.csv"));
        assertThat(Readiness.check(folder, ALL)).extracting(Missing::kind, Missing::args).containsExactly(
                tuple(Kind.NO_THEORY, List.of("stand")));
    }

    @Test
    void weightsThatDoNotAddUpAreSaidWithTheRemainder() throws Exception {
        Path folder = HrSheets.folder(dir.resolve("drill"), "plain");
        Path yaml = folder.resolve("contest.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("weights: {theory: 0.3, time: 0.28, quality: 0.42}",
                "weights: {theory: 0.3, time: 0.28, quality: 0.4}"));
        assertThat(Readiness.check(folder, ALL)).extracting(Missing::kind, Missing::args).containsExactly(
                tuple(Kind.WEIGHTS, List.of("stand", "0.98", "0.02")));
        assertThat(I18nCheck.text(Readiness.check(folder, ALL).get(0), Locale.CHINA))
                .isEqualTo("项目 stand：各部分权重合计为 0.98，不是 1：还差 0.02 未分配。");
    }

    @Test
    void heatsEventsJudgesAndTimekeepers() throws Exception {
        Contest c = ContestFolder.load(HrSheets.folder(dir.resolve("drill"), "plain")).contest();
        List<Contestant> roster = new ArrayList<>();
        for (Contestant p : c.roster()) {
            String heat = p.heat().equals("2") ? "4" : p.bib().equals("1001") ? "" : p.heat(); // heats 1, 3, 4; 1001 in none
            roster.add(new Contestant(p.bib(), p.name(), p.unit(), p.team(), p.event(), heat, p.birthDate(), p.columns()));
        }
        Event e = c.events().get(0);
        Event noOfficials = new Event(e.id(), e.name(), List.of(), List.of(), e.blindJudging(), e.laps(), e.attempts(),
                e.timing(), e.timeScore(), e.quality(), e.theoryMax(), e.penalties(), e.weights(), e.tieBreak(), e.rounds(),
                e.awards());
        Event second = new Event("second", "第二项", e.timekeepers(), e.judges(), e.blindJudging(), e.laps(), e.attempts(),
                e.timing(), e.timeScore(), e.quality(), e.theoryMax(), e.penalties(), Map.of(e.weights().keySet().iterator().next(),
                java.math.BigDecimal.ONE), e.tieBreak(), e.rounds(), e.awards());
        Contest changed = new Contest(c.name(), c.date(), c.venue(), c.organiser(), c.decimals(), List.of(noOfficials, second),
                c.teams(), roster, false);
        List<Missing> missing = Readiness.check(changed, ContestFolder.load(HrSheets.folder(dir.resolve("d2"), "plain")).theoryFacts(),
                accounts("C:chief"));
        assertThat(missing).extracting(Missing::kind, Missing::args).contains(
                tuple(Kind.EVENT_WITHOUT_JUDGES, List.of("stand")),
                tuple(Kind.EVENT_WITHOUT_TIMEKEEPERS, List.of("stand")),
                tuple(Kind.CONTESTANTS_WITHOUT_HEAT, List.of("stand", "1", "1001")),
                tuple(Kind.HEAT_WITHOUT_CONTESTANTS, List.of("stand", "2")),
                tuple(Kind.EVENT_WITHOUT_CONTESTANTS, List.of("second")));
    }

    @Test
    void aContestWithoutRosterOrEventsListsItsFileProblems() throws Exception {
        Path folder = NewContest.empty(dir.resolve("empty"), "空赛");
        List<Missing> missing = Readiness.check(folder, List.of());
        assertThat(missing).extracting(Missing::kind).containsExactly(Kind.FILE_PROBLEM, Kind.FILE_PROBLEM, Kind.NO_CHIEF);
        assertThat(missing.get(0).args().get(0)).contains("events: the list is empty");
        assertThat(missing.get(1).args().get(0)).contains("has no roster");
    }

    /** A missing item in a language, as a screen says it. */
    static final class I18nCheck {
        static String text(Missing m, Locale locale) {
            java.util.ResourceBundle b = java.util.ResourceBundle.getBundle("org.podium.i18n.messages", locale,
                    java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
            return new java.text.MessageFormat(b.getString(m.key()), locale).format(m.args().toArray());
        }
    }
}
