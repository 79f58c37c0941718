package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestYaml;

/** A contest made from a sample is a real contest: it loses the sample mark, however the sample wrote it. */
class NewContestTest {
    @TempDir
    Path dir;

    @Test
    void aSampleMarkWrittenInAFlowMapIsTakenOffToo() throws Exception {
        Path sample = Files.createDirectories(dir.resolve("sample"));
        Files.copy(Path.of("contests/monitor-stand/roster.csv"), sample.resolve("roster.csv"));
        String yaml = Files.readString(Path.of("contests/monitor-stand/contest.yaml"));
        String header = yaml.substring(yaml.indexOf("contest:"), yaml.indexOf("decimals:"));
        Files.writeString(sample.resolve("contest.yaml"), yaml.replace(header,
                "contest: {name: 拉练赛, date: 2020-07-20, sample: true}\n"));
        assertThat(ContestYaml.read(sample.resolve("contest.yaml")).sample()).isTrue();

        Path made = NewContest.fromSample(sample, dir.resolve("mine"));
        assertThat(ContestYaml.read(made.resolve("contest.yaml")).sample()).isFalse();
        assertThat(Files.readString(made.resolve("contest.yaml"))).contains("contest: {name: 拉练赛, date: 2020-07-20, sample: false}");
        assertThat(made.resolve("contest.db")).doesNotExist();
    }
}
