package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.Status;
import org.podium.store.JournalRow;
import org.podium.store.SqliteContestStore;

/**
 * Issue 15 points 1 and 4 in the service, on the monitor-stand drill after heat 1: each heat's completeness, a lock
 * refused until what is missing is confirmed as it stands, publish only of the summary confirmed, and a paper sheet
 * typed in by the clerk submitted in the clerk's name once complete.
 */
class ContestDayRulesTest {
    @TempDir
    Path dir;
    private SqliteContestStore store;
    private ContestFolder folder;
    private Recording recording;
    private RoundControl control;
    private Set<String> heat1;

    @BeforeEach
    void heatOne() throws Exception {
        folder = ContestFolder.load(MonitorStand.folder(dir.resolve("monitor-stand")));
        store = MonitorStand.store(folder);
        ResultsService results = new ResultsService(folder.contest(), folder.theoryFacts(), store);
        recording = new Recording(results);
        control = new RoundControl(results);
        heat1 = MonitorStand.heat(folder, "1");
        List<Fact> stations = new ArrayList<>();
        List<Fact> paper = new ArrayList<>();
        for (Fact f : MonitorStand.sample(folder)) {
            if (!heat1.contains(f.bib()) || (f.bib().equals("101") && "T3".equals(f.official()))) {
                continue;
            }
            ("J5".equals(f.official()) && f.kind() == FactKind.MARK ? paper : stations).add(f);
        }
        store.importFacts(stations, null);
        for (String bib : heat1) {
            for (String judge : List.of("J1", "J2", "J3", "J4")) {
                if (!(bib.equals("102") && judge.equals("J4")) && hasMarks(bib, judge)) {
                    recording.submit(judge, "judge", "stand", "final", bib, judge, null);
                }
            }
        }
        for (Fact f : paper) { // J5's paper sheets typed in by the organiser
            recording.record("O", "judge", f, null);
        }
    }

    private boolean hasMarks(String bib, String judge) {
        return store.currentFacts().stream().anyMatch(f -> f.bib().equals(bib) && judge.equals(f.official()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aPaperSheetTypedInByTheClerkIsSubmittedInTheClerksNameOnceComplete() {
        List<JournalRow> submits = store.journal().stream().filter(r -> "submit".equals(r.kind()) && "J5".equals(r.official()))
                .toList();
        assertThat(submits).extracting(JournalRow::bib).containsExactlyInAnyOrderElementsOf(
                heat1.stream().filter(b -> hasMarks(b, "J5")).toList());
        assertThat(submits).extracting(JournalRow::recordedBy).containsOnly("O");
    }

    @Test
    void eachHeatSaysWhatItLacksAndALockWaitsForTheChiefToConfirmItAsItStands() throws Exception {
        List<HeatCompleteness> heats = HeatCompleteness.of(control.report("C", "stand", "final"));
        assertThat(heats).extracting(HeatCompleteness::heat).containsExactly("1", "2", "3");
        HeatCompleteness one = heats.get(0);
        assertThat(one.entries()).isEqualTo(heat1.size());
        assertThat(one.noRecord()).isEmpty();
        assertThat(one.unsubmitted()).containsExactly(new HeatCompleteness.SheetGap("102", "J4", 1));
        assertThat(one.shortTimed()).containsExactly(new HeatCompleteness.TimeGap("101", 1, 2, 3));
        assertThat(heats.get(1).noRecord()).hasSize(heats.get(1).entries()).hasSizeGreaterThan(10);
        assertThat(heats.get(1).unsubmitted()).isEmpty();
        assertThat(heats.get(2).noRecord()).hasSize(heats.get(2).entries()).hasSizeGreaterThan(10);

        long before = store.lastRowId();
        assertThatThrownBy(() -> recording.lock("C", "stand", "final", List.of()))
                .isInstanceOfSatisfying(LockUnconfirmed.class, e -> assertThat(e.missing()).isEqualTo(heats))
                .hasMessageContaining("heat 2: " + heats.get(1).entries() + " without a record");
        List<HeatCompleteness> older = List.of(heats.get(1), heats.get(2));
        assertThatThrownBy(() -> recording.lock("C", "stand", "final", older)).isInstanceOf(LockUnconfirmed.class);
        assertThat(store.lastRowId()).isEqualTo(before);
        assertThatThrownBy(() -> recording.lock("O", "stand", "final", heats)).isInstanceOf(Refused.class);

        recording.lock("C", "stand", "final", recording.missing("C", "stand", "final"));
        assertThat(control.report("C", "stand", "final").stage().locked()).isTrue();
    }

    @Test
    void publishingMakesPublicOnlyTheSummaryTheChiefConfirmed() throws Exception {
        recording.lock("C", "stand", "final", recording.missing("C", "stand", "final"));
        for (FlagState f : control.report("C", "stand", "final").flags()) {
            control.acknowledge("C", "stand", "final", f.flag(), "checked");
        }
        PublishSummary summary = control.publishSummary("C", "stand", "final");
        assertThat(summary.ranked()).isBetween(1, 14);
        int entries = folder.contest().entrants("stand").size();
        assertThat(summary.ranked() + summary.unranked().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(entries);
        assertThat(summary.unranked().get(Status.DNS)).isGreaterThanOrEqualTo(entries - heat1.size());
        PublishSummary other = new PublishSummary(summary.ranked() + 1, summary.unranked(), summary.awards(), summary.titles());
        assertThatThrownBy(() -> recording.publish("C", "stand", "final", other))
                .isInstanceOfSatisfying(PublishBlocked.class, e -> assertThat(e.summary()).contains(summary));
        assertThat(store.journal()).extracting(JournalRow::kind).doesNotContain("publish");
        recording.publish("C", "stand", "final", summary);
        assertThat(store.journal()).extracting(JournalRow::kind).contains("publish");
    }
}
