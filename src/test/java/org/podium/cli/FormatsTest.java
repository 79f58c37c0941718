package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The table and JSON forms of rank and teams carry the same cells as the CSV. */
class FormatsTest {
    private static final String[] SAMPLE = {"contests/monitor-stand", "--scores", "contests/monitor-stand/scores/sample.csv"};

    private static CliRunner rank(String... more) {
        String[] args = new String[1 + SAMPLE.length + more.length];
        args[0] = "rank";
        System.arraycopy(SAMPLE, 0, args, 1, SAMPLE.length);
        System.arraycopy(more, 0, args, 1 + SAMPLE.length, more.length);
        return CliRunner.run(args);
    }

    @Test
    void tableAlignsColumnsCountingChineseAsTwoColumns() {
        CliRunner r = rank("--format", "table");
        assertThat(r.code()).isZero();
        var lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("显示器支架组装 (stand) · 决赛 (final)");
        assertThat(lines.get(1)).startsWith("rank  bib  name");
        // Every row's status column starts at the same display column as the header's.
        int statusColumn = Table.displayWidth(lines.get(1).substring(0, lines.get(1).indexOf("status")));
        for (String line : lines.subList(2, 42)) {
            int at = -1;
            for (String s : new String[] {"OK", "INCOMPLETE", "DNF", "DNS", "DSQ"}) {
                int i = line.indexOf("  " + s + " ");
                if (i >= 0) {
                    at = i + 2;
                    break;
                }
            }
            assertThat(Table.displayWidth(line.substring(0, at))).as(line).isEqualTo(statusColumn);
        }
    }

    @Test
    void jsonHasEveryColumnWithNumbersAndNulls() {
        CliRunner r = rank("--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("{\"contest\":\"2020年岗位练兵首场拉练赛\",\"rounds\":[")
                .contains("{\"rank\":1,\"bib\":\"101\",\"name\":\"张伟\",\"unit\":\"冠捷显示总装一车间\",\"team\":null,\"status\":\"OK\","
                        + "\"official_time\":68.000,\"time_score\":100.00,\"quality_score\":93.50,\"theory_score\":null,"
                        + "\"penalty_points\":0.00,\"total\":96.10,\"award\":\"一等奖\",\"titles\":[\"岗位技能标兵\"],\"flags\":[],\"attempt\":null}");
    }

    @Test
    void eventAndRoundChooseTheRows() {
        CliRunner r = CliRunner.run("rank", "contests/fire-safety", "--scores", "contests/fire-safety/scores/sample.csv",
                "--event", "hose", "--round", "final");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().skip(1)).allMatch(l -> l.startsWith("hose,final,"));
        CliRunner unknown = CliRunner.run("rank", "contests/fire-safety", "--event", "nope");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("--event nope").contains("events: hose");
    }

    @Test
    void teamsAsTable() {
        CliRunner r = CliRunner.run("teams", "contests/sanitation", "--scores", "contests/sanitation/scores/sample.csv",
                "--format", "table");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("event  rank  team");
    }
}
