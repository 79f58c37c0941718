package org.podium.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.podium.contestfile.ContestFileException;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Fact;
import org.podium.store.RecordingRefused;
import org.podium.domain.Role;
import org.podium.store.SqliteContestStore;

/**
 * The fire-safety sample (event hose: prelim with advance share 0.5 and max_per_unit 2, then final; theory.csv) copied
 * into a folder, with a database holding the sample's hose prelim facts, imported, and officials C (chief), O
 * (organiser), T1 and J1. In the prelim: TIME_SPREAD on bib 6, JUDGE_SPREAD on 13, bib 8 INCOMPLETE (no theory),
 * 15 DNS; the final's entrants are 7, 3, 12, 1, 5, 10, 16, 9 (golden rank.csv).
 */
public final class FireSafety {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2022-11-09T01:30:00Z"), ZoneOffset.UTC);
    public static final List<String> FINALISTS = List.of("1", "3", "5", "7", "9", "10", "12", "16");

    private FireSafety() {
    }

    /** Copies contest.yaml, roster.csv and theory.csv of contests/fire-safety into {@code dir}. */
    public static Path folder(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String f : List.of("contest.yaml", "roster.csv", "theory.csv")) {
            Files.copy(Path.of("contests/fire-safety").resolve(f), dir.resolve(f));
        }
        return dir;
    }

    /** The sample's facts of one event and round, in file order. */
    public static List<Fact> sample(ContestFolder folder, String event, String round) throws ContestFileException {
        return folder.readScores(List.of(Path.of("contests/fire-safety/scores/sample.csv"))).stream()
                .filter(f -> f.event().equals(event) && round.equals(f.round())).toList();
    }

    /** A store on {@code dir/contest.db} with the officials and the hose prelim facts imported. */
    public static SqliteContestStore store(ContestFolder folder) throws ContestFileException, RecordingRefused {
        SqliteContestStore store = new SqliteContestStore(folder.dir().resolve("contest.db"), folder.contest(), CLOCK);
        char[] pin = "0000".toCharArray();
        store.addOfficial("C", "Chief", Role.CHIEF, pin);
        store.addOfficial("O", "Organiser", Role.ORGANISER, pin);
        store.addOfficial("T1", "T1", Role.TIMEKEEPER, pin);
        store.addOfficial("T2", "T2", Role.TIMEKEEPER, pin);
        store.addOfficial("J1", "J1", Role.JUDGE, pin);
        store.importFacts(sample(folder, "hose", "prelim"), null);
        return store;
    }
}
