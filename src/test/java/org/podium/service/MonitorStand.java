package org.podium.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.podium.contestfile.ContestFileException;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Contestant;
import org.podium.domain.Fact;
import org.podium.domain.Role;
import org.podium.store.RecordingRefused;
import org.podium.store.SqliteContestStore;

/** The monitor-stand sample (one round, 3 heats of 14): the contest day's drill (issue 15). */
public final class MonitorStand {
    private MonitorStand() {
    }

    /** A copy of the sample's contest.yaml and roster.csv in {@code dir}. */
    public static Path folder(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String f : List.of("contest.yaml", "roster.csv")) {
            Files.copy(Path.of("contests/monitor-stand").resolve(f), dir.resolve(f));
        }
        return dir;
    }

    /** The sample's facts in file order. */
    public static List<Fact> sample(ContestFolder folder) throws ContestFileException {
        return folder.readScores(List.of(Path.of("contests/monitor-stand/scores/sample.csv")));
    }

    /** The bibs of one heat, in roster order. */
    public static Set<String> heat(ContestFolder folder, String heat) {
        return folder.contest().entrants("stand").stream().filter(c -> c.heat().equals(heat)).map(Contestant::bib)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** A store on {@code dir/contest.db} with the chief C, organiser O, timekeepers T1-T3 and judges J1-J5 (PIN 0000). */
    public static SqliteContestStore store(ContestFolder folder) throws RecordingRefused {
        SqliteContestStore store = new SqliteContestStore(folder.dir().resolve("contest.db"), folder.contest(),
                FireSafety.CLOCK);
        char[] pin = "0000".toCharArray();
        store.addOfficial("C", "Chief", Role.CHIEF, pin);
        store.addOfficial("O", "Organiser", Role.ORGANISER, pin);
        for (String t : List.of("T1", "T2", "T3")) {
            store.addOfficial(t, t, Role.TIMEKEEPER, pin);
        }
        for (String j : List.of("J1", "J2", "J3", "J4", "J5")) {
            store.addOfficial(j, j, Role.JUDGE, pin);
        }
        return store;
    }
}
