package org.podium.contestfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.domain.Origin;

/** Theory results as HR sends them (contest-files.md): theory.xlsx, Chinese columns, the roster's habits. */
class HrTheoryTest {
    private static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    Path dir;

    private Contest hr;
    private List<Fact> reference;

    @BeforeEach
    void reference() throws ContestFileException {
        hr = HrSheets.reference();
        reference = TheoryReader.read(HrSheets.FOLDER.resolve("theory.csv"), hr);
    }

    /** Event, bib and mark of each fact: what must not depend on the file's form. */
    private static List<List<Object>> marks(List<Fact> facts) {
        return facts.stream().map(f -> List.<Object>of(f.event(), f.bib(), f.amount().stripTrailingZeros())).toList();
    }

    @Test
    void theHrCsvIsTheReference() {
        Path f = HrSheets.FOLDER.resolve("theory-hr.csv");
        Preview<Fact> p = TheoryReader.preview(f, hr, Map.of(), Locale.ENGLISH);
        assertThat(p.problems()).isEmpty();
        assertThat(reference).hasSize(42);
        assertThat(marks(p.read())).isEqualTo(marks(reference));
        assertThat(p.headerLine()).isEqualTo(3);
        assertThat(p.read().get(0).origin()).isEqualTo(new Origin(f.toString(), 4));
        assertThat(p.columns()).extracting(Table.Column::header, Table.Column::name, Table.Column::source).containsExactly(
                tuple("参赛编号", "bib", Table.Source.ALIAS), tuple("姓名", "name", Table.Source.ALIAS),
                tuple("理论成绩", "value", Table.Source.ALIAS));
        // bib 1010's mark is typed full-width
        assertThat(p.rows().get(9).cells().get(2)).isEqualTo("８３");
        assertThat(p.rows().get(9).values()).containsEntry("value", "83");
        assertThat(p.end()).isEqualTo(new Table.End(46, "备注：理论考试满分100分", 0));
        assertThat(p.notes()).extracting(Problem::toString).containsExactly(f + ":46: the theory results end at this row"
                + " ('备注：理论考试满分100分'): it and the 0 row(s) after it are left out");
    }

    @Test
    void theHrWorkbookIsTheReference() {
        Path f = dir.resolve("theory.xlsx");
        HrSheets.theoryWorkbook(f);
        Preview<Fact> p = TheoryReader.preview(f, hr, Map.of(), Locale.ENGLISH);
        assertThat(p.problems()).isEmpty();
        assertThat(marks(p.read())).isEqualTo(marks(reference));
        assertThat(p.headerLine()).isEqualTo(2);
        assertThat(p.read().get(0).origin().line()).isEqualTo(3);
        assertThat(p.end()).isEqualTo(new Table.End(45, "合计", 0));
    }

    @Test
    void everyChineseNameOfTheColumns() throws Exception {
        Contest two = Fixtures.twoEvents();
        for (String header : List.of("项目,编号,成绩", "比赛项目,号码,理论成绩", "项目,参赛号,成绩,姓名", "event,参赛编号,value,name")) {
            Path f = Fixtures.write(dir, "theory.csv", header + "\n支架,101,45" + (header.split(",").length == 4 ? ",张伟" : "") + "\n",
                    GB18030);
            assertThat(TheoryReader.read(f, two)).as(header).containsExactly(
                    Fact.theory("stand", "101", new BigDecimal("45"), new Origin(f.toString(), 2)));
        }
    }

    @Test
    void anUnknownColumnIsStillRefusedUnlessMappedByHand() throws Exception {
        Contest two = Fixtures.twoEvents();
        Path f = Fixtures.write(dir, "theory.csv", "序号,项目,编号,姓名,成绩\n1,stand,101,张伟,45\n", GB18030);
        Preview<Fact> p = TheoryReader.preview(f, two, Map.of(), Locale.ENGLISH);
        assertThat(p.problems()).extracting(Problem::toString)
                .containsExactly(f + ":1: unknown column '序号' in the header (columns: event, bib, value)");
        Preview<Fact> zh = TheoryReader.preview(f, two, Map.of(), Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.problems()).extracting(Problem::message).containsExactly("表头中的“序号”列无法识别（可用列：event, bib, value）");
        Preview<Fact> mapped = TheoryReader.preview(f, two, Map.of("序号", ""), Locale.ENGLISH);
        assertThat(mapped.problems()).isEmpty();
        assertThat(mapped.read()).hasSize(1);
        assertThat(mapped.columns().get(0).source()).isEqualTo(Table.Source.LEFT_OUT);
    }

    @Test
    void theHeaderIsTheFirstRowNamingABibAndAValueColumn() throws Exception {
        Contest two = Fixtures.twoEvents();
        Path f = Fixtures.write(dir, "theory.csv", "理论考试成绩,,\n编号,姓名,\n项目,编号,成绩\n焊接,201,\n支架,101,45\n", GB18030);
        Preview<Fact> p = TheoryReader.preview(f, two, Map.of(), Locale.ENGLISH);
        assertThat(p.headerLine()).isEqualTo(3);
        assertThat(p.problems()).extracting(Problem::line, Problem::message).containsExactly(tuple(4,
                "event weld does not use theory (its total.weights has no theory): remove this line, or give theory a weight"));
        assertThat(p.read()).isEmpty(); // nothing is half-read
    }

    @Test
    void aFileWithoutAnyHeaderIsReadInTheDefaultOrder() throws Exception {
        Path f = Fixtures.write(dir, "theory.csv", "支架,１０１,４５.５\n");
        assertThat(TheoryReader.read(f, Fixtures.twoEvents()))
                .containsExactly(Fact.theory("stand", "101", new BigDecimal("45.5"), new Origin(f.toString(), 1)));
    }

    @Test
    void aHeaderInCapitalsIsAHeaderWithUnknownColumns() throws Exception {
        Path f = Fixtures.write(dir, "theory.csv", "EVENT,bib,value\nstand,101,45\n");
        assertThat(TheoryReader.preview(f, Fixtures.twoEvents(), Map.of(), Locale.ENGLISH).problems()).extracting(Problem::message)
                .containsExactly("unknown column 'EVENT' in the header (did you mean 'event'? columns: event, bib, value)",
                        "missing column 'event' (or 项目, 比赛项目) in the header (expected the columns event,bib,value, in any order)");
        Path g = Fixtures.write(dir, "theory2.csv", "EVENT,BIB,VALUE\nstand,101,45\n");
        assertThat(TheoryReader.preview(g, Fixtures.twoEvents(), Map.of(), Locale.ENGLISH).problems()).extracting(Problem::line)
                .containsExactly(1, 1, 1, 1, 1, 1);
    }

    @Test
    void aHeaderWithoutAValueColumn() throws Exception {
        Path f = Fixtures.write(dir, "theory.csv", "成绩表\n项目,编号,分数\nstand,101,45\n", GB18030);
        assertThat(TheoryReader.preview(f, Fixtures.twoEvents(), Map.of(), Locale.ENGLISH).problems()).extracting(Problem::toString)
                .containsExactly(f + ":2: unknown column '分数' in the header (columns: event, bib, value)",
                        f + ":2: missing column 'value' (or 成绩, 理论成绩) in the header (expected the columns event,bib,value, in any"
                                + " order)");
    }

    @Test
    void aWorkbookProblemNamesTheSheetRow() throws ContestFileException {
        Path f = HrSheets.workbook(dir.resolve("theory.xlsx"), new Object[] {"理论成绩"}, null, new Object[] {"编号", "理论成绩", "项目"},
                new Object[] {101, 51, "stand"});
        assertThat(TheoryReader.preview(f, Fixtures.twoEvents(), Map.of(), Locale.ENGLISH).problems()).extracting(Problem::toString)
                .containsExactly(f + ":4: theory mark 51 is out of range: it must be from 0 to 50 (theory.max)");
    }
}
