package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.contestfile.ContestFolder;
import org.podium.store.Forger;
import org.podium.store.JournalRow;
import org.podium.domain.Role;
import org.podium.store.Seal;
import org.podium.store.SqliteContestStore;

/**
 * The attacks of issue 12 on a published round's journal, each made the way someone with a copy of contest.db and
 * Podium's source would make it (plain SQL, every later hash recomputed with Podium's own chain code: {@link Forger}),
 * and what catches it: {@code verify} alone cannot (a recomputed chain is a valid chain), the seal printed on the
 * result sheet can.
 */
class TrustCliTest {
    private static final String STAND = "contests/monitor-stand";

    @TempDir
    Path dir;
    Path db;
    Forger forger;
    /** The publish row's seal, as the result sheet prints it. */
    Seal published;
    long lockRow;

    @BeforeEach
    void aPublishedRound() throws Exception {
        db = dir.resolve("contest.db");
        CliRunner imported = CliRunner.run("import", STAND, "--db", db.toString(), "--scores", STAND + "/scores/sample.csv");
        assertThat(imported.code()).isZero();
        try (SqliteContestStore store = new SqliteContestStore(db, ContestFolder.load(Path.of(STAND)).contest(),
                Clock.systemUTC())) {
            store.addOfficial("C", "Chief", Role.CHIEF, "482915".toCharArray());
            lockRow = store.lockRound("C", "head", "stand", "final", null);
            long publish = store.publishRound("C", "head", "stand", "final");
            published = Seal.of(store.journal().get((int) publish - 1));
        }
        forger = new Forger(db);
    }

    private CliRunner verify(String... seals) {
        List<String> args = new java.util.ArrayList<>(List.of("verify", STAND, "--db", db.toString()));
        for (String s : seals) {
            args.add("--seal");
            args.add(s);
        }
        return CliRunner.run(args.toArray(String[]::new));
    }

    /** The id of the first journal row of {@code kind} for {@code bib}. */
    private long row(String kind, String bib) throws Exception {
        try (SqliteContestStore store = new SqliteContestStore(db, ContestFolder.load(Path.of(STAND)).contest(),
                Clock.systemUTC())) {
            return store.journal().stream().filter(r -> r.kind().equals(kind) && bib.equals(r.bib())).findFirst()
                    .orElseThrow().id();
        }
    }

    @Test
    void verifyPrintsTheSealOfTheLastRowAndASealThatHoldsSaysSo() {
        CliRunner ok = verify();
        assertThat(ok.err()).isEmpty();
        assertThat(ok.out()).isEqualTo("ok: " + published.row() + " rows, seal " + published + "\n");
        CliRunner held = verify(published.toString(), "3:" + published.hash());
        // row 3's hash does not begin with the publish row's digits: a seal is a row AND its hash
        assertThat(held.code()).isEqualTo(1);
        assertThat(held.err()).isEqualTo("seal 3 does not match: the journal was rewritten\n");
        CliRunner both = verify(published.toString(), published.toString().toUpperCase(java.util.Locale.ROOT));
        assertThat(both.code()).isZero();
        assertThat(both.out()).endsWith("seal " + published + " holds\nseal " + published + " holds\n");
    }

    @Test
    void theSheetsNoticeAndAwardListOfThePublishedRoundCarryItsSeal() throws Exception {
        Path out = dir.resolve("out");
        assertThat(CliRunner.run("export", "results", STAND, "--db", db.toString(), "--out", out.toString(), "--lang", "en")
                .code()).isZero();
        assertThat(CliRunner.run("export", "awards", STAND, "--db", db.toString(), "--out", out.toString(), "--lang", "en")
                .code()).isZero();
        String printed = "Published. Seal " + published + " (anyone can check it: podium verify --seal " + published + ")";
        assertThat(cells(out.resolve("results-stand-final.xlsx"))).contains(printed);
        assertThat(cells(out.resolve("awards.xlsx"))).contains(printed);
        CliRunner pdf = CliRunner.run("export", "certificates", STAND, "--db", db.toString(), "--out", out.toString(),
                "--lang", "en");
        assertThat(pdf.code()).isZero();
        for (String file : List.of("results-notice.pdf", "award-list.pdf")) {
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(out.resolve(file).toFile())) {
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).as(file).contains("Seal " + published);
            }
        }
    }

    @Test
    void aMalformedSealIsAUsageError() {
        CliRunner r = verify("42-9f86d081");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'42-9f86d081' is not a seal");
    }

    @Test
    void aPublishedTimeRewrittenWithEveryLaterHashRecomputedPassesVerifyButNotTheSeal() throws Exception {
        String before = CliRunner.run("rank", STAND, "--db", db.toString()).out();
        forger.rewriteValue(row("time", "102"), "61.5"); // 133.57 s becomes the fastest time of the round
        assertThat(CliRunner.run("rank", STAND, "--db", db.toString()).out()).isNotEqualTo(before); // the ranking flips

        CliRunner plain = verify();
        assertThat(plain.code()).as("the threat model: a recomputed chain is a valid chain").isZero();
        assertThat(plain.out()).doesNotContain(published.toString()); // the last row's hash changed with it
        CliRunner sealed = verify(published.toString());
        assertThat(sealed.code()).isEqualTo(1);
        assertThat(sealed.out()).isEmpty();
        assertThat(sealed.err()).isEqualTo("seal " + published.row() + " does not match: the journal was rewritten\n");
    }

    @Test
    void cuttingTheLockAndPublishRowsOffTheEndPassesVerifyButNotTheSeal() throws Exception {
        forger.cutFrom(lockRow);
        assertThat(verify().code()).isZero();
        verify(published.toString()).assertOneLineInputError("seal " + published.row()
                + " does not match: the journal was rewritten");
    }

    @Test
    void aRowDeletedAndTheRestRenumberedPassesVerifyButNotTheSeal() throws Exception {
        forger.deleteAndRenumber(row("mark", "103"));
        assertThat(verify().code()).isZero();
        verify(published.toString()).assertOneLineInputError("seal " + published.row() + " does not match");
    }

    @Test
    void aForgedUnlockAppendedAfterThePublishRowIsNamedByItsSeal() throws Exception {
        long unlock = forger.append(new JournalRow(0, "unlock", "stand", "final", null, null, null, null, null, null, "C",
                "head", "2020-07-20T09:00:00Z", "forged", null, null));
        assertThat(verify().code()).isZero(); // an appended row in Podium's format is a valid row
        CliRunner sealed = verify(published.toString());
        sealed.assertOneLineInputError("seal " + published + " holds, but round stand/final was unlocked after it (row "
                + unlock + ", by C at 2020-07-20T09:00:00Z, reason: forged)", "no longer shows the published result",
                "the round is not published now");
        // and what prints from the database now says so too: no seal, provisional
        CliRunner export = CliRunner.run("export", "results", STAND, "--db", db.toString(), "--out", dir.resolve("x").toString(),
                "--lang", "en");
        assertThat(export.code()).isZero();
        assertThat(cells(dir.resolve("x/results-stand-final.xlsx"))).anyMatch(c -> c.startsWith("Provisional: "))
                .noneMatch(c -> c.contains("seal "));
    }

    /** Every text cell of every sheet of a workbook. */
    static List<String> cells(Path xlsx) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                java.nio.file.Files.newInputStream(xlsx))) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            out.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void aDroppedGuardOrAnAddedTriggerFailsVerify() throws Exception {
        forger.sql("DROP TRIGGER fact_no_delete");
        CliRunner dropped = verify();
        dropped.assertOneLineInputError(db + ": the guard fact_no_delete is missing");

        forger.sql("CREATE TRIGGER fact_no_delete BEFORE DELETE ON fact BEGIN SELECT RAISE(ABORT, 'the fact journal is"
                + " append-only: rows are never deleted'); END");
        assertThat(verify().code()).isZero();
        forger.sql("CREATE TRIGGER quiet BEFORE INSERT ON fact WHEN NEW.bib = '101' BEGIN SELECT RAISE(IGNORE); END");
        verify().assertOneLineInputError(db + ": trigger quiet on table fact was not made by Podium");
    }

    @Test
    void aMarkOf999OnAMax40CriterionIsAnErrorNamingItsRowNeverAScore() throws Exception {
        long mark = row("mark", "101");
        forger.rewriteValue(mark, "999");
        assertThat(verify().code()).isZero(); // the chain was recomputed: only the read-back check sees it
        CliRunner rank = CliRunner.run("rank", STAND, "--db", db.toString());
        rank.assertOneLineInputError(db + " row " + mark + ": mark 999 on C1 is out of range: it must be from 0 to 40");
        CliRunner export = CliRunner.run("export", "facts", STAND, "--db", db.toString(), "--out", dir.resolve("f").toString());
        export.assertOneLineInputError(db + " row " + mark + ": mark 999 on C1");
    }
}
