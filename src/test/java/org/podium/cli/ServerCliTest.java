package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Contest;
import org.podium.domain.Event;
import org.podium.domain.Role;
import org.podium.server.TestFolders;
import org.podium.server.VenueServer;
import org.podium.service.VenueLink;
import org.podium.store.ContestStore;
import org.podium.store.SqliteContestStore;
import org.podium.store.StoreException;
import org.podium.store.Verification;

/**
 * {@code --server HOST:PORT} beside {@code --db} (contest-files.md, "Several stations: the venue server"): against a real
 * {@code podium serve} on 127.0.0.1, the same facts give byte-identical rank, teams, verify, audit and exports through
 * the server as through the contest.db it was moved from (same rows, same hashes, so the same seals); export facts from
 * one imports into the other; nothing is written to the server by a reading command; bad input is one line.
 */
class ServerCliTest {
    /** One instant for every run, so that files dated by the clock are dated alike. */
    private static final Clock CLOCK = Clock.fixed(Instant.now(), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    /** Runs the command line with {@code password} as standard input's first line (no terminal in a test). */
    private static CliRunner run(String password, String... args) {
        return CliRunner.withInput(password, CLOCK, args);
    }

    private static CliRunner ok(CliRunner r) {
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        return r;
    }

    private static String[] with(String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /**
     * The sample's facts imported into its contest.db, its first round locked and published (so the exports carry a
     * seal), then moved into a new venue server: the contest.db stays beside it as contest-before-server.db.
     */
    private static VenueServer served(Path dir, Contest contest) {
        ok(run("", "import", dir.toString(), "--scores", dir.resolve("scores/sample.csv").toString()));
        Event first = contest.events().get(0);
        String round = first.rounds().get(0).id();
        try (SqliteContestStore store = new SqliteContestStore(dir.resolve("contest.db"), contest, CLOCK)) {
            if (store.official("C").isEmpty()) {
                store.addOfficial("C", "Chief", Role.CHIEF, "482915".toCharArray());
            }
            store.lockRound("C", "head", first.id(), round, null);
            store.publishRound("C", "head", first.id(), round);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        try {
            return VenueServer.start(dir, contest, new VenueServer.Options(TestFolders.freePort(), "127.0.0.1", null), CLOCK);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"monitor-stand", "fire-safety", "sanitation"})
    void theSameFactsGiveByteIdenticalOutputThroughTheServerAsThroughTheContestDb(String slug) throws Exception {
        Path dir = TestFolders.sample(tmp, slug);
        Contest contest = ContestFolder.load(dir).contest();
        try (VenueServer server = served(dir, contest)) {
            Path file = dir.resolve(VenueServer.BEFORE_SERVER);
            assertThat(file).exists();
            assertThat(dir.resolve("contest.db")).doesNotExist();
            String[] db = {"--db", file.toString()};
            // the head table's chief logs in on the server: the venue password's line, then the PIN's
            String[] at = {"--server", "127.0.0.1:" + server.port(), "--official", "C"};
            String password = server.password() + "\n482915";
            Verification before = server.store().verify();

            List<List<String>> printing = new ArrayList<>(List.of(
                    List.of("rank", dir.toString()), List.of("rank", dir.toString(), "--format", "table"),
                    List.of("rank", dir.toString(), "--format", "json"), List.of("verify", dir.toString()),
                    List.of("audit", dir.toString())));
            if (contest.teams() != null) {
                printing.add(List.of("teams", dir.toString()));
                printing.add(List.of("teams", dir.toString(), "--format", "json"));
            }
            for (List<String> command : printing) {
                String[] args = command.toArray(String[]::new);
                String fromFile = ok(run("", with(args, db))).out();
                assertThat(ok(run(password, with(args, at))).out()).as(String.join(" ", command)).isEqualTo(fromFile);
            }
            assertThat(run(password, with(new String[] {"rank", dir.toString()}, at)).out())
                    .isEqualTo(Files.readString(Path.of("src/test/resources/golden", slug, "rank.csv")));
            assertThat(ok(run(password, with(new String[] {"verify", dir.toString()}, at))).out())
                    .isEqualTo("ok: " + before.rows() + " rows, seal " + before.seal() + "\n");

            // every export: the same files, byte for byte (the clock is fixed: POI's and the PDF's dates are alike)
            for (String what : List.of("results", "awards", "certificates", "facts")) {
                Path viaFile = tmp.resolve("file-" + what);
                Path viaServer = tmp.resolve("server-" + what);
                ok(run("", with(new String[] {"export", what, dir.toString(), "--out", viaFile.toString()}, db)));
                ok(run(password, with(new String[] {"export", what, dir.toString(), "--out", viaServer.toString()}, at)));
                assertSameFiles(viaFile, viaServer);
            }

            // export facts from the server imports into a new contest.db, whose own export is the same file again
            Path fresh = TestFolders.sample(tmp.resolve("fresh"), slug);
            Path facts = tmp.resolve("server-facts/facts.csv");
            ok(run("", "import", fresh.toString(), "--scores", facts.toString()));
            Path again = tmp.resolve("again");
            ok(run("", "export", "facts", fresh.toString(), "--out", again.toString()));
            assertThat(again.resolve("facts.csv")).hasSameBinaryContentAs(facts);
            assertThat(ok(run("", "rank", fresh.toString(), "--db", fresh.resolve("contest.db").toString())).out())
                    .isEqualTo(ok(run(password, with(new String[] {"rank", dir.toString()}, at))).out());

            // nothing was written to the server by any of it
            Verification after = server.store().verify();
            assertThat(after.rows()).isEqualTo(before.rows());
            assertThat(after.seal()).isEqualTo(before.seal());
        }
    }

    /**
     * A server that is the contest's only database: facts exported from a contest.db import into it through --server
     * (the server's sequencer records them) and come out the same; a blind round whose work numbers are not drawn is
     * one line, not a draw (nothing written); officials listed; the bad input of the venue, each one line, exit 1.
     */
    @Test
    void factsFromAContestDbImportIntoTheServerAndBadInputIsOneLine() throws Exception {
        Path dir = TestFolders.sample(tmp, "monitor-stand");
        Path yaml = dir.resolve("contest.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("blind_judging: false", "blind_judging: true"));
        Contest contest = ContestFolder.load(dir).contest();
        Path elsewhere = tmp.resolve("elsewhere.db");
        ok(run("", "import", dir.toString(), "--db", elsewhere.toString(), "--scores", "contests/monitor-stand/scores/sample.csv"));
        Path fromFile = tmp.resolve("from-file");
        ok(run("", "export", "facts", dir.toString(), "--db", elsewhere.toString(), "--out", fromFile.toString()));

        try (VenueServer server = VenueServer.start(dir, contest, new VenueServer.Options(TestFolders.freePort(), "127.0.0.1",
                null), CLOCK)) {
            String at = "127.0.0.1:" + server.port();
            String password = server.password();
            // a server with no chief judge or organiser yet is set up with the venue password alone: the facts, the chief
            assertThat(ok(run(password, "import", dir.toString(), "--server", at, "--scores",
                    fromFile.resolve("facts.csv").toString())).out()).startsWith("imported ").contains(" facts into " + at + " (ids ");
            ok(run(password + "\n482915", "officials", dir.toString(), "--server", at, "--add", "C", "--name", "Chief", "--role",
                    "chief"));
            String chief = password + "\n482915";
            // then only a chief judge or organiser logged in reads or writes from the command line, in one line else
            run(password, "rank", dir.toString(), "--server", at).assertOneLineInputError(
                    "the venue server " + at + " shows the results only to a chief judge or organiser: give --official ID");
            run(password + "\n000000", "rank", dir.toString(), "--server", at, "--official", "C").assertOneLineInputError(
                    "the PIN of C is wrong on the venue server " + at, "nothing was read or written");
            run(password, "rank", dir.toString(), "--server", at, "--official", "C").assertOneLineInputError("PODIUM_PIN");
            run(password + "\n5823", "officials", dir.toString(), "--server", at, "--add", "J8", "--name", "Judge Eight",
                    "--role", "judge").assertOneLineInputError("not logged in at this station");
            assertThat(server.store().official("J8")).isEmpty();
            Path fromServer = tmp.resolve("from-server");
            ok(run(chief, "export", "facts", dir.toString(), "--server", at, "--official", "C", "--out", fromServer.toString()));
            assertThat(fromServer.resolve("facts.csv")).hasSameBinaryContentAs(fromFile.resolve("facts.csv"));
            assertThat(ok(run(chief, "rank", dir.toString(), "--server", at, "--official", "C")).out())
                    .isEqualTo(ok(run("", "rank", dir.toString(), "--db", elsewhere.toString())).out());
            // an official added on the server: the venue password's line first, then the PIN's
            assertThat(ok(run(chief + "\n5823", "officials", dir.toString(), "--server", at, "--official", "C", "--add", "J9",
                    "--name", "Judge Nine", "--role", "judge")).out()).isEqualTo("added J9 (judge, Judge Nine)\n");
            assertThat(server.store().official("J9")).isPresent();
            assertThat(ok(run(chief, "officials", dir.toString(), "--server", at, "--official", "C")).out())
                    .contains("T1\ttimekeeper").contains("J9\tjudge\tJudge Nine");
            // a PIN changed and an official renamed through the server: the journal rows carry the PIN columns whole
            ok(run(chief + "\n5823\n7391", "officials", dir.toString(), "--server", at, "--official", "C", "--pin", "J9"));
            assertThat(server.store().checkPin("J9", "7391".toCharArray()).ok()).isTrue();
            ok(run(chief + "\n482915", "officials", dir.toString(), "--server", at, "--official", "C", "--change", "J9",
                    "--name", "Judge Nine B", "--by", "C"));
            assertThat(server.store().official("J9").orElseThrow().name()).isEqualTo("Judge Nine B");
            assertThat(server.store().verify().ok()).isTrue();
            run(password + "\n7391", "rank", dir.toString(), "--server", at, "--official", "J9").assertOneLineInputError(
                    "J9 is a judge: on the venue server " + at + " only a chief judge or organiser reads");

            // the blind round's numbers are drawn by a station, not by a command that reads
            long rows = server.store().lastRowId();
            Path sheets = tmp.resolve("sheets");
            run(chief, "export", "sheets", dir.toString(), "--server", at, "--official", "C", "--out", sheets.toString())
                    .assertOneLineInputError("the venue server " + at + " has not drawn the work numbers",
                            "nothing was written");
            assertThat(sheets).doesNotExist();
            try (ContestStore reader = VenueLink.of(at, password).as("C", "482915".toCharArray()).read(contest, CLOCK)) {
                assertThatThrownBy(() -> reader.workNumbers("stand", "final")).isInstanceOf(StoreException.class);
            }
            assertThat(server.store().lastRowId()).isEqualTo(rows);

            String[] reading = {"rank", "teams", "verify", "audit", "export results", "export awards", "export certificates",
                    "export sheets", "export facts"};
            for (String command : reading) {
                List<String> args = new ArrayList<>(List.of(command.split(" ")));
                args.add(dir.toString());
                if (command.startsWith("export")) {
                    args.addAll(List.of("--out", tmp.resolve("never").toString()));
                }
                String[] base = args.toArray(String[]::new);
                run("not-the-password", with(base, "--server", at)).assertOneLineInputError(
                        "the venue password is wrong for podium_station at jdbc:postgresql://" + at + "/podium: nothing was read or"
                                + " written");
                run(password, with(base, "--server", at, "--db", elsewhere.toString()))
                        .assertOneLineInputError("--db " + elsewhere + " and --server " + at + " name two databases");
                run(password, with(base, "--server", "127.0.0.1")).assertOneLineInputError(
                        "--server 127.0.0.1: give the venue server as HOST:PORT");
            }
            assertThat(tmp.resolve("never")).doesNotExist();
            int nobody = TestFolders.freePort();
            run(password, "rank", dir.toString(), "--server", "127.0.0.1:" + nobody).assertOneLineInputError(
                    "no venue server answers at jdbc:postgresql://127.0.0.1:" + nobody + "/podium");
            if (System.getenv(VenueLink.PASSWORD_VARIABLE) == null) {
                run("", "rank", dir.toString(), "--server", at).assertOneLineInputError(VenueLink.PASSWORD_VARIABLE);
            }
            run(password, "restore", dir.toString(), "--server", at).assertOneLineInputError(
                    "podium restore puts a backup back in a contest.db, not on the venue server " + at, "nothing was changed");
            run("not-the-password", "--lang", "zh", "audit", dir.toString(), "--server", at)
                    .assertOneLineInputError("的现场密码不正确：未读写任何内容");

            // the server of another contest
            Path other = TestFolders.sample(tmp.resolve("other"), "monitor-stand");
            Path otherYaml = other.resolve("contest.yaml");
            Files.writeString(otherYaml, Files.readString(otherYaml).replace("2020年岗位练兵首场拉练赛", "另一场比赛"));
            run(password, "rank", other.toString(), "--server", at).assertOneLineInputError(
                    "holds another contest (2020年岗位练兵首场拉练赛");
            assertThat(server.store().lastRowId()).isEqualTo(rows);
        }
    }

    @Test
    void helpSaysServerInBothLanguages() {
        for (String command : List.of("rank", "teams", "export results", "export certificates", "export facts", "verify",
                "audit", "import", "officials")) {
            String[] help = with(command.split(" "), "--help");
            // picocli wraps the lines: compared without white space
            assertThat(ok(run("", help)).out().replaceAll("\\s", "")).as(command).contains("--server=HOST:PORT",
                    "thevenueserver,aspodiumserveprintedit(HOST:PORT),insteadof--db.", "PODIUM_VENUE_PASSWORD", "--db=FILE",
                    "--official=ID", "with--server:thechiefjudgeororganiserwhologsinonthevenueserver", "PODIUM_PIN");
            String[] zh = new String[help.length + 2];
            zh[0] = "--lang";
            zh[1] = "zh";
            System.arraycopy(help, 0, zh, 2, help.length);
            assertThat(ok(run("", zh)).out().replaceAll("\\s", "")).as(command).contains("场地服务器，按podiumserve显示的地址",
                    "在场地服务器上登录的裁判长或组织方");
        }
    }

    /** Both folders hold the same file names with the same bytes (and at least one file). */
    private static void assertSameFiles(Path a, Path b) throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(a)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        try (Stream<Path> files = Files.list(b)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).isEqualTo(names);
        }
        assertThat(names).isNotEmpty();
        for (String name : names) {
            if (name.endsWith(".xlsx")) {
                assertThat(xlsxParts(b.resolve(name))).as(name).isEqualTo(xlsxParts(a.resolve(name)));
            } else if (name.endsWith(".pdf")) {
                assertThat(pdfBytes(b.resolve(name))).as(name).isEqualTo(pdfBytes(a.resolve(name)));
            } else {
                assertThat(b.resolve(name)).as(name).hasSameBinaryContentAs(a.resolve(name));
            }
        }
    }

    /**
     * A PDF's bytes (as ISO-8859-1 text, one char per byte) but for what OpenPDF makes new at every writing: the font
     * subset's random six-letter tag, the file's /ID (a hash of the time of writing) and its dates.
     */
    private static String pdfBytes(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        String normal = text.replaceAll("/([A-Z]{6})\\+", "/SUBSET+")
                .replaceAll("/ID ?\\[<[0-9a-fA-F]+> ?<[0-9a-fA-F]+>\\]", "/ID[]")
                .replaceAll("/(CreationDate|ModDate) ?\\(D:[^)]*\\)", "/$1()");
        assertThat(normal).startsWith("%PDF-");
        return normal;
    }

    /**
     * An .xlsx file's parts by name, as text: POI stamps the zip entries and docProps/core.xml's {@code dcterms:created}
     * with the time of writing (not Podium's clock), so those are left out; every sheet, the shared strings and the
     * styles are compared whole.
     */
    private static java.util.Map<String, String> xlsxParts(Path file) throws IOException {
        java.util.Map<String, String> parts = new java.util.TreeMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                String text = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals("docProps/core.xml")) {
                    text = text.replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", "");
                }
                parts.put(e.getName(), text);
            }
        }
        assertThat(parts).containsKey("xl/worksheets/sheet1.xml");
        return parts;
    }
}
