package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Role;
import org.podium.store.SqliteContestStore;

/**
 * Issue 15 point 8: with {@code --lang zh} every line a command prints is Chinese, whichever layer said it: picocli's
 * usage errors, the command line's own lines, the store's refusals (a locked round, an official who exists, a seal
 * that is not one, a database that is not one) and its successes. Each line holds Chinese (no line of English alone),
 * and the same run with {@code --lang en} says it in English.
 */
class CliLanguageTest {
    private static final String STAND = "contests/monitor-stand";
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @TempDir
    Path dir;

    private static CliRunner zh(String... args) {
        return CliRunner.run(prefixed("zh", args));
    }

    private static CliRunner en(String... args) {
        return CliRunner.run(prefixed("en", args));
    }

    private static String[] prefixed(String lang, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--lang";
        all[1] = lang;
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    /** Every non-empty line holds a Chinese character: no sentence of the run is in English alone. */
    private static void allChinese(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).isNotEmpty();
        assertThat(lines).allSatisfy(line -> assertThat(HAN.matcher(line).find()).as(line).isTrue());
    }

    @Test
    void picocliUsageErrorsAreSaidInTheLanguageOfTheRun() {
        CliRunner unknown = zh("rank", STAND, "--bogus");
        assertThat(unknown.code()).isEqualTo(Podium.USAGE_ERROR);
        assertThat(unknown.err()).contains("无法识别的选项或参数：--bogus").doesNotContain("Unknown option");
        allChinese(unknown.err());

        CliRunner missing = zh("import", STAND);
        assertThat(missing.code()).isEqualTo(Podium.USAGE_ERROR);
        assertThat(missing.err()).contains("缺少：--scores").doesNotContain("Missing required");
        allChinese(missing.err());

        CliRunner badValue = zh("rank", STAND, "--format", "word");
        assertThat(badValue.err()).contains("--format 的值无效：word");
        allChinese(badValue.err());

        assertThat(en("rank", STAND, "--bogus").err()).contains("unknown option or argument: --bogus");
        assertThat(en("import", STAND).err()).contains("missing: --scores");
    }

    @Test
    void theStoresRefusalsAndTheCommandsLinesAreChinese() throws Exception {
        Path db = dir.resolve("contest.db");
        CliRunner imported = zh("import", STAND, "--db", db.toString(), "--scores", STAND + "/scores/sample.csv");
        assertThat(imported.code()).isZero();
        assertThat(imported.out()).startsWith("导入 ").contains("条记录到 " + db);
        allChinese(imported.out());
        try (SqliteContestStore store = new SqliteContestStore(db, ContestFolder.load(Path.of(STAND)).contest(),
                Clock.systemUTC())) {
            store.addOfficial("C", "Chief", Role.CHIEF, "482915".toCharArray());
            store.lockRound("C", "head", "stand", "final", null);
        }

        // the store's refusal of a recording on a locked round, through import
        Path more = dir.resolve("more.csv");
        Files.writeString(more, "event,round,bib,kind,official,item,value\nstand,final,101,penalty,J1,P1,1\n");
        CliRunner locked = zh("import", STAND, "--db", db.toString(), "--scores", more.toString());
        assertThat(locked.code()).isEqualTo(Podium.INPUT_ERROR);
        assertThat(locked.err()).contains("轮次 stand/final 已锁定").contains("什么都没有导入").doesNotContain("is locked");
        allChinese(locked.err());
        assertThat(en("import", STAND, "--db", db.toString(), "--scores", more.toString()).err())
                .contains("round stand/final is locked").contains("nothing was imported");

        // the store's refusal of an official added twice, and of a reserved id
        CliRunner twice = CliRunner.withStdin(Clock.systemUTC(), "482915\n", "--lang", "zh", "officials", STAND, "--db", db.toString(),
                "--add", "C", "--name", "又一个", "--role", "chief");
        assertThat(twice.code()).isEqualTo(Podium.INPUT_ERROR);
        assertThat(twice.err()).contains("裁判员 C 已经存在").contains("未添加任何内容");
        allChinese(twice.err());
        CliRunner reserved = CliRunner.withStdin(Clock.systemUTC(), "482915\n", "--lang", "zh", "officials", STAND, "--db", db.toString(),
                "--add", "import", "--name", "导入", "--role", "chief");
        assertThat(reserved.err()).contains("“import”是保留名称");
        allChinese(reserved.err());
        CliRunner noRole = zh("officials", STAND, "--db", db.toString(), "--add", "T9", "--name", "张三", "--role", "boss");
        assertThat(noRole.err()).contains("而不是“boss”");
        allChinese(noRole.err());

        // verify: a seal that is not one (picocli's converter says the store's words), and the ok line
        CliRunner badSeal = zh("verify", STAND, "--db", db.toString(), "--seal", "abc");
        assertThat(badSeal.code()).isEqualTo(Podium.USAGE_ERROR);
        assertThat(badSeal.err()).contains("“abc”不是封签");
        allChinese(badSeal.err());

        // restore: the list of backups and a backup that is not there
        CliRunner noBackup = zh("restore", STAND, "--db", db.toString(), "nothing-here.db");
        assertThat(noBackup.code()).isEqualTo(Podium.INPUT_ERROR);
        assertThat(noBackup.err()).contains("没有这个备份");
        allChinese(noBackup.err());

        // a database that is not a Podium database
        Path notDb = dir.resolve("not.db");
        Files.writeString(notDb, "this is not a database, only text written to look like one: ".repeat(40));
        CliRunner notPodium = zh("audit", STAND, "--db", notDb.toString());
        assertThat(notPodium.code()).isEqualTo(Podium.INPUT_ERROR);
        allChinese(notPodium.err());

        // the command line's own lines: validate, and a folder that is not a contest's
        CliRunner valid = zh("validate", STAND);
        assertThat(valid.code()).isZero();
        assertThat(valid.out()).contains("检查通过：1 个项目");
        allChinese(valid.out());
        CliRunner notFolder = zh("rank", dir.resolve("nowhere").toString());
        assertThat(notFolder.err()).contains("不是竞赛文件夹");
        allChinese(notFolder.err());
        CliRunner noTeams = zh("teams", STAND, "--scores", STAND + "/scores/sample.csv");
        assertThat(noTeams.err()).contains("没有团体排名").contains("teams: {score: sum-best, k: 3}");
        allChinese(noTeams.err());
        assertThat(en("teams", STAND, "--scores", STAND + "/scores/sample.csv").err())
                .contains("(add e.g. 'teams: {score: sum-best, k: 3}')");

        // the contest files' readers: a scores file that is empty, one that is not there, one with a field too many
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        CliRunner emptyScores = zh("rank", STAND, "--scores", empty.toString());
        assertThat(emptyScores.err()).contains("是空文件：应有标题行 event,round,bib");
        allChinese(emptyScores.err());
        CliRunner missingScores = zh("rank", STAND, "--scores", dir.resolve("missing.csv").toString());
        assertThat(missingScores.err()).contains("不存在：请检查路径和文件名");
        allChinese(missingScores.err());
        Path wide = Files.writeString(dir.resolve("wide.csv"),
                "event,round,bib,kind,official,item,value\nstand,final,101,time,T1,,1:08.12,extra\n");
        CliRunner wideScores = zh("rank", STAND, "--scores", wide.toString());
        assertThat(wideScores.err()).contains("有 8 个字段，而标题行有 7 个");
        allChinese(wideScores.err());
        assertThat(en("rank", STAND, "--scores", wide.toString()).err()).contains("has 8 fields but the header has 7");
        Path marks = Files.writeString(dir.resolve("marks.csv"),
                "event,round,bib,kind,official,item,value\nstand,final,101,mark,J1,C1,55\nstand,final,101,time,T1,,1:7x\n");
        CliRunner badMarks = zh("rank", STAND, "--scores", marks.toString());
        assertThat(badMarks.err()).contains("C1 的评分 55 超出范围：应在 0 到 40 之间").contains("“1:7x”");
        allChinese(badMarks.err());
    }
}
