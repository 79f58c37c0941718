package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podium.contestfile.ContestYaml;
import org.podium.domain.Contest;
import org.podium.domain.Role;

/**
 * Starting points (issue 14): an empty contest, or a template's scheme under the name the organiser gives; never the
 * template's people, officials, scores, theory marks or database; a real contest, not a sample.
 */
class NewContestTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"monitor-stand", "sanitation", "fire-safety"})
    void eachSampleIsATemplateOfItsSchemeOnlyUnderTheNewName(String sample) throws Exception {
        Path template = Files.createDirectories(dir.resolve("t"));
        copyFolder(Path.of("contests", sample), template);
        // a template that has been used: a database with officials (PIN 0000), backups, templates
        try (OpenContest used = OpenContest.open(template, Clock.systemUTC())) {
            assertThat(used.store().officials()).isNotEmpty();
        }
        Files.createDirectories(template.resolve("templates"));
        Files.writeString(template.resolve("templates/certificate.jrxml"), "<jasperReport/>");
        Files.writeString(template.resolve("theory.xlsx.note"), "x");

        Path made = NewContest.fromTemplate(template, dir.resolve("mine"), "  2025年拉练赛 \"二\"  ");

        Contest c = ContestYaml.read(made.resolve("contest.yaml"));
        Contest original = ContestYaml.read(Path.of("contests", sample, "contest.yaml"));
        assertThat(c.name()).isEqualTo("2025年拉练赛 \"二\"");
        assertThat(c.sample()).isFalse();
        assertThat(Files.readString(made.resolve("contest.yaml"))).doesNotContain("sample:");
        assertThat(c.events()).isEqualTo(original.events());
        assertThat(c.date()).isEqualTo(original.date());
        assertThat(names(made)).containsExactlyInAnyOrder("contest.yaml", "templates");
        assertThat(made.resolve("templates/certificate.jrxml")).exists();
        assertThat(dir.resolve("mine")).isEqualTo(made);
    }

    @Test
    void aSampleMarkAndNameWrittenInAFlowMapAreReplacedToo() throws Exception {
        Path sample = Files.createDirectories(dir.resolve("sample"));
        Files.copy(Path.of("contests/monitor-stand/roster.csv"), sample.resolve("roster.csv"));
        String yaml = Files.readString(Path.of("contests/monitor-stand/contest.yaml"));
        String header = yaml.substring(yaml.indexOf("contest:"), yaml.indexOf("decimals:"));
        Files.writeString(sample.resolve("contest.yaml"), yaml.replace(header,
                "contest: {name: 拉练赛, date: 2020-07-20, sample: true}\n"));
        assertThat(ContestYaml.read(sample.resolve("contest.yaml")).sample()).isTrue();

        Path made = NewContest.fromTemplate(sample, dir.resolve("mine"), "新赛");
        assertThat(ContestYaml.read(made.resolve("contest.yaml")).sample()).isFalse();
        assertThat(Files.readString(made.resolve("contest.yaml"))).contains("contest: {name: \"新赛\", date: 2020-07-20}");
        assertThat(made.resolve("roster.csv")).doesNotExist();
        assertThat(made.resolve("contest.db")).doesNotExist();
    }

    @Test
    void aContestMadeFromATemplateGetsNoOfficialWhenOpened() throws Exception {
        Path made = SampleCopies.withPeople(Path.of("contests/monitor-stand"), dir.resolve("mine"));
        try (OpenContest open = OpenContest.open(made, Clock.systemUTC())) {
            assertThat(open.seeded()).isFalse();
            assertThat(open.store().officials()).isEmpty();
            open.store().addOfficial("T1", "张三", Role.TIMEKEEPER, "2580".toCharArray()); // T1 is free
        }
    }

    @Test
    void anEmptyContestHasItsNameAndNothingElse() throws Exception {
        Path made = NewContest.empty(dir.resolve("a/b/empty"), "市职工技能竞赛");
        assertThat(Files.readString(made.resolve("contest.yaml")))
                .isEqualTo("contest:\n  name: \"市职工技能竞赛\"\ndecimals: 2\nevents: []\n");
        assertThat(names(made)).containsExactly("contest.yaml");
        // the only problem of its contest.yaml: no event yet
        assertThatThrownBy(() -> ContestYaml.read(made.resolve("contest.yaml"))).hasMessageContaining("events: the list is empty");
    }

    @Test
    void refusalsSayWhyAndLeaveNothingBehind() throws Exception {
        assertThatThrownBy(() -> NewContest.empty(dir.resolve("x"), "  "))
                .isInstanceOfSatisfying(SetupRefused.class, r -> assertThat(r.key()).isEqualTo("newContest.error.noName"));
        assertThatThrownBy(() -> NewContest.fromTemplate(dir, dir.resolve("x"), "名"))
                .isInstanceOfSatisfying(SetupRefused.class, r -> assertThat(r.key()).isEqualTo("newContest.error.notTemplate"));
        Files.createDirectories(dir.resolve("taken"));
        assertThatThrownBy(() -> NewContest.empty(dir.resolve("taken"), "名"))
                .isInstanceOfSatisfying(SetupRefused.class, r -> assertThat(r.key()).isEqualTo("newContest.error.exists"));
        assertThatThrownBy(() -> NewContest.empty(dir.resolve("y"), "a\nb"))
                .isInstanceOfSatisfying(SetupRefused.class, r -> assertThat(r.key()).isEqualTo("newContest.error.badName"));
        assertThat(names(dir)).containsExactly("taken");
    }

    private static void copyFolder(Path from, Path to) throws Exception {
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    /** The names in a folder, sorted. */
    private static List<String> names(Path folder) throws Exception {
        try (var s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
