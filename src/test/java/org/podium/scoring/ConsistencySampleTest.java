package org.podium.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.ConsistencyReport;
import org.podium.domain.RoundResult;

/**
 * The monitor-stand sample against a second, plain reading of its scores CSV (no engine: lines split by comma, a
 * judgement mark worth mark x 30 / 3, the median of three whole-10-ms times is one of them): every judge's and
 * timekeeper's mean deviations agree to 9 places, and so does the number of marks and times past the default limits.
 */
class ConsistencySampleTest {
    private static final Path SAMPLE = Path.of("contests/monitor-stand");

    @Test
    void theSampleAgreesWithAPlainReadingOfItsCsv() throws Exception {
        ContestFolder.Loaded loaded = ContestFolder.loadWithScores(SAMPLE, List.of(SAMPLE.resolve("scores/sample.csv")));
        RoundResult round = new ScoringEngine().score(loaded.folder().contest(), loaded.facts()).rounds().get(0);
        ConsistencyReport report = Consistency.of(round, ConsistencyReport.Limits.of(round.event()));

        Map<String, Map<String, Double>> marks = new TreeMap<>(); // "bib/criterion" -> judge -> points
        Map<String, Map<String, Long>> times = new TreeMap<>(); // bib -> timekeeper -> ms
        List<String> csv = Files.readAllLines(SAMPLE.resolve("scores/sample.csv"));
        for (String line : csv.subList(1, csv.size())) {
            String[] p = line.split(",", -1);
            if (p[3].equals("mark")) {
                double points = Double.parseDouble(p[6]) * (p[5].equals("C3") ? 10 : 1);
                marks.computeIfAbsent(p[2] + "/" + p[5], k -> new HashMap<>()).put(p[4], points);
            } else if (p[3].equals("time")) {
                times.computeIfAbsent(p[2], k -> new HashMap<>()).put(p[4], millis(p[6]));
            }
        }
        Map<String, List<Double>> deviations = new HashMap<>(); // "judge/criterion" -> deviations
        int farMarks = 0;
        for (Map.Entry<String, Map<String, Double>> panel : marks.entrySet()) {
            if (panel.getValue().size() < 2) {
                continue;
            }
            double mean = panel.getValue().values().stream().mapToDouble(d -> d).average().orElseThrow();
            String criterion = panel.getKey().substring(panel.getKey().indexOf('/') + 1);
            double limit = criterion.equals("C3") ? 10 : criterion.equals("C1") ? 4 : 3; // one level; 10 % of 40, of 30
            for (Map.Entry<String, Double> m : panel.getValue().entrySet()) {
                double d = m.getValue() - mean;
                deviations.computeIfAbsent(m.getKey() + "/" + criterion, k -> new ArrayList<>()).add(d);
                farMarks += Math.abs(d) > limit + 1e-9 ? 1 : 0;
            }
        }
        for (ConsistencyReport.JudgeCriterion j : report.judges()) {
            List<Double> ds = deviations.get(j.judge() + "/" + j.criterion().id());
            assertThat(j.count()).isEqualTo(ds.size());
            assertThat(j.signedMean().round(9, RoundingMode.HALF_UP))
                    .isEqualByComparingTo(round9(ds.stream().mapToDouble(d -> d).average().orElseThrow()));
            assertThat(j.absoluteMean().round(9, RoundingMode.HALF_UP))
                    .isEqualByComparingTo(round9(ds.stream().mapToDouble(Math::abs).average().orElseThrow()));
        }
        assertThat(report.marks()).hasSize(farMarks);

        Map<String, List<Long>> timeDeviations = new HashMap<>();
        int farTimes = 0;
        for (Map<String, Long> entry : times.values()) {
            long median = entry.values().stream().sorted().toList().get(1);
            for (Map.Entry<String, Long> t : entry.entrySet()) {
                long d = t.getValue() - median;
                timeDeviations.computeIfAbsent(t.getKey(), k -> new ArrayList<>()).add(d);
                farTimes += Math.abs(d) > 500 ? 1 : 0;
            }
        }
        for (ConsistencyReport.Timekeeper t : report.timekeepers()) {
            List<Long> ds = timeDeviations.get(t.timekeeper());
            assertThat(t.count()).isEqualTo(ds.size());
            assertThat(t.signedMean().round(9, RoundingMode.HALF_UP))
                    .isEqualByComparingTo(round9(ds.stream().mapToLong(d -> d).average().orElseThrow()));
            assertThat(t.absoluteMean().round(9, RoundingMode.HALF_UP))
                    .isEqualByComparingTo(round9(ds.stream().mapToLong(Math::abs).average().orElseThrow()));
        }
        assertThat(report.times()).hasSize(farTimes);
        // The sample's panel: J1 marks low on the measured criteria, J5 high.
        assertThat(report.judges().get(0).signedMean().signum()).isNegative();
        assertThat(report.judges().get(12).signedMean().signum()).isPositive();
    }

    private static BigDecimal round9(double d) {
        return BigDecimal.valueOf(d).setScale(9, RoundingMode.HALF_UP);
    }

    /** 1:08.12 or 133.57 (or in full-width characters, as one line of the sample is) in ms. */
    private static long millis(String text) {
        String[] p = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).split(":");
        BigDecimal seconds = new BigDecimal(p[p.length - 1]);
        if (p.length == 2) {
            seconds = seconds.add(BigDecimal.valueOf(60L * Integer.parseInt(p[0])));
        }
        return seconds.movePointRight(3).longValueExact();
    }
}
