package org.podium.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.podium.contestfile.ContestYaml;

/**
 * For tests that need a real contest with people at once: a new contest from a sample's scheme (as the app makes it,
 * without people) and then the sample's roster and theory results copied in, as an organiser imports them.
 */
public final class SampleCopies {
    private SampleCopies() {
    }

    /** {@link NewContest#fromTemplate} under the sample's own name, then its roster and theory files. */
    public static Path withPeople(Path sample, Path target) throws Exception {
        Path made = NewContest.fromTemplate(sample, target, ContestYaml.read(sample.resolve("contest.yaml")).name());
        for (String f : List.of("roster.csv", "roster.xlsx", "theory.csv", "theory.xlsx")) {
            if (Files.exists(sample.resolve(f))) {
                Files.copy(sample.resolve(f), made.resolve(f));
            }
        }
        return made;
    }
}
