package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podium.contestfile.ContestFolder;
import org.podium.contestfile.HrSheets;
import org.podium.contestfile.Preview;
import org.podium.contestfile.TheoryReader;
import org.podium.domain.Contest;
import org.podium.domain.Contestant;
import org.podium.domain.Fact;

/**
 * The roster and theory results imported from HR's files: previewed by the engine's readers, written into the folder
 * only on confirmation of a preview without problems, and then read by the folder exactly as the reference files.
 */
class PeopleImportTest {
    @TempDir
    Path dir;

    private Path contestFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("drill"));
        Files.copy(HrSheets.FOLDER.resolve("contest.yaml"), folder.resolve("contest.yaml"));
        return folder;
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "xlsx"})
    void hrFilesImportedReadAsTheReferenceFiles(String form) throws Exception {
        Path folder = contestFolder();
        Path roster;
        Path theory;
        if (form.equals("csv")) {
            roster = HrSheets.FOLDER.resolve("roster-hr.csv");
            theory = HrSheets.FOLDER.resolve("theory-hr.csv");
        } else {
            roster = dir.resolve("名单.xlsx");
            theory = dir.resolve("理论.xlsx");
            HrSheets.rosterWorkbook(roster);
            HrSheets.theoryWorkbook(theory);
        }
        PeopleImport people = new PeopleImport(folder);
        Preview<?> p = people.preview(PeopleImport.Kind.ROSTER, roster, Map.of(), Locale.CHINA);
        assertThat(p.problems()).isEmpty();
        assertThat(folder.resolve("roster.csv")).doesNotExist(); // a preview writes nothing
        assertThat(people.confirm(PeopleImport.Kind.ROSTER, p)).isEqualTo(folder.resolve("roster.csv"));

        Preview<?> t = people.preview(PeopleImport.Kind.THEORY, theory, Map.of(), Locale.CHINA);
        assertThat(t.problems()).isEmpty();
        people.confirm(PeopleImport.Kind.THEORY, t);

        Contest reference = HrSheets.reference();
        ContestFolder loaded = ContestFolder.load(folder);
        assertThat(people(loaded.contest().roster())).isEqualTo(people(reference.roster()));
        assertThat(loaded.contest().roster()).isEqualTo(p.read()); // exactly as previewed, other columns included
        List<Fact> referenceTheory = TheoryReader.read(HrSheets.FOLDER.resolve("theory.csv"), reference);
        assertThat(loaded.theoryFacts()).extracting(Fact::event, Fact::bib, Fact::amount)
                .isEqualTo(referenceTheory.stream().map(f -> org.assertj.core.groups.Tuple.tuple(f.event(), f.bib(), f.amount())).toList());
        assertThat(Files.readString(folder.resolve("roster.csv")).lines().findFirst().orElseThrow())
                .isEqualTo(form.equals("csv") ? "编号,姓　名,性别,出生年月,所在单位,工号,岗位,比赛项目,组别,备注"
                        : "参赛号,姓名,单位,分组,出生日期,项目,性别,工号,岗位,备注");
        try (var s = Files.list(folder)) {
            assertThat(s.map(f -> f.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder("contest.yaml", "roster.csv", "theory.csv");
        }
    }

    /** What the reference roster holds of each person (the HR files add columns of their own). */
    private static List<List<Object>> people(List<Contestant> roster) {
        return roster.stream().map(c -> List.<Object>of(c.bib(), c.name(), c.unit(), c.team(), c.event(), c.heat(),
                String.valueOf(c.birthDate()), c.columns().get("gender"), c.columns().get("工号"), c.columns().get("岗位"))).toList();
    }

    @Test
    void aColumnMappedByHandIsWrittenUnderItsNewNameAndAnotherLeftOut() throws Exception {
        Path folder = contestFolder();
        Path f = dir.resolve("in.csv");
        Files.writeString(f, "人员号,姓名,车间,籍贯,性别,出生日期\n1001,张伟,总装一车间,湖北,男,1990-1-2\n1002,王芳,注塑车间,河南,女,1991-3-4\n",
                Charset.forName("GB18030"));
        PeopleImport people = new PeopleImport(folder);
        Preview<?> unmapped = people.preview(PeopleImport.Kind.ROSTER, f, Map.of(), Locale.ENGLISH);
        assertThat(unmapped.importable()).isFalse();
        assertThatThrownBy(() -> people.confirm(PeopleImport.Kind.ROSTER, unmapped))
                .isInstanceOfSatisfying(SetupRefused.class, e -> assertThat(e.key()).isEqualTo("people.import.error.problems"));
        assertThat(folder.resolve("roster.csv")).doesNotExist();

        Preview<?> mapped = people.preview(PeopleImport.Kind.ROSTER, f, Map.of("人员号", "bib", "车间", "unit", "籍贯", ""),
                Locale.ENGLISH);
        assertThat(mapped.problems()).isEmpty();
        people.confirm(PeopleImport.Kind.ROSTER, mapped);
        assertThat(Files.readString(folder.resolve("roster.csv"))).isEqualTo("bib,姓名,unit,性别,出生日期\n1001,张伟,总装一车间,男,1990-01-02\n1002,王芳,注塑车间,女,1991-03-04\n");
        assertThat(ContestFolder.load(folder).contest().roster()).extracting(c -> c.unit()).containsExactly("总装一车间", "注塑车间");
    }

    @Test
    void anImportReplacesTheOtherFormSoTheFolderNeverHoldsBoth() throws Exception {
        Path folder = contestFolder();
        HrSheets.rosterWorkbook(folder.resolve("roster.xlsx"));
        PeopleImport people = new PeopleImport(folder);
        Preview<?> p = people.preview(PeopleImport.Kind.ROSTER, HrSheets.FOLDER.resolve("roster.csv"), Map.of(), Locale.ENGLISH);
        people.confirm(PeopleImport.Kind.ROSTER, p);
        assertThat(folder.resolve("roster.xlsx")).doesNotExist();
        assertThat(ContestFolder.check(folder).problems()).isEmpty();
    }
}
